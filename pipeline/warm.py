"""Warm up a process that will extract: spaCy's Dutch pipeline and the shipped theme model, loaded once.

The worker pool's fork server imports this module, so that every worker forked from it starts with both in
memory (shared until written) instead of spending about 1.5 s of CPU on its first document.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load the lookup pipeline and the shipped model; a failure only means the workers load them later."""
    try:
        from .nlp import get_nlp
        from .worker import shipped_model

        get_nlp()
        model = shipped_model()
        if model is not None and model != "default":
            model.predict_proba(["De gemeente en de corporatie maken afspraken."])
    except Exception as exc:  # noqa: BLE001 - warming up is an optimisation, never a reason to fail
        log.debug("warm-up skipped: %s", exc)


warm_up()
