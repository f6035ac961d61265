"""Warm up a process that will extract: spaCy's Dutch pipeline and the shipped theme model, loaded once.

The worker pool's fork server imports this module, so that every worker forked from it starts with both in
memory (shared until written) instead of spending about 1.5 s of CPU on its first document. Importing it
also freezes the collector's view of what is loaded (`gc.freeze`) and makes it collect less often: meant for
that server, not for a notebook.
"""

from __future__ import annotations

import gc
import logging

from .parallel import BATCH_GC_THRESHOLDS

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
# What is loaded now lives as long as the server: kept out of the collector, whose passes would otherwise write
# to every object's header in each worker and so copy the shared pages (Python's advice for fork without exec;
# a worker's page faults: 89,700 -> 70,900 over the benchmark corpus).
gc.freeze()
# A worker only reads documents: it keeps the batch thresholds (pipeline.parallel.fewer_collections) for life.
gc.set_threshold(*BATCH_GC_THRESHOLDS)
