"""Warm up a process that will extract: spaCy's Dutch pipeline and the shipped theme model, loaded once.

The worker pool's fork server imports this module, so that every worker forked from it starts with both in
memory (shared until written) instead of spending about 1.5 s of CPU on its first document. Importing it
also makes the collector run less often: meant for that server, not for a notebook. (It no longer freezes
what is loaded with `gc.freeze`: that measured unchanged within the noise, issue #18.)
"""

from __future__ import annotations

import gc
import logging

from ..nlp import get_nlp
from .pool import BATCH_GC_THRESHOLDS
from .worker import shipped_model

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load the lookup pipeline and the shipped model; a failure only means the workers load them later."""
    try:
        get_nlp()
        model = shipped_model()
        if model is not None and model != "default":
            model.predict_proba(["De gemeente en de corporatie maken afspraken."])
    except Exception as exc:  # noqa: BLE001 - warming up is an optimisation, never a reason to fail
        log.debug("warm-up skipped: %s", exc)


warm_up()
# A worker only reads documents: it keeps the batch thresholds (pipeline.batch.pool.fewer_collections) for life.
gc.set_threshold(*BATCH_GC_THRESHOLDS)
