"""Many documents at once: ingest PDFs into the store, and record the changes of each series.

- `files`: the PDFs under the given paths, their sidecar metadata, which ones the store already has.
- `worker`: what a worker process runs for one document (`Extractor`), with failures turned into data.
- `pool`: maps that work over worker processes (`ProcessMap`, forked from a fork server that `warm` fills
  with spaCy and the theme model) or a Dask cluster (`DaskMap`); a crashing document costs only itself.
- `writer`: the one process that writes, about a second's documents per transaction, handing the lock over.
- `ingest`: the batch itself (`ingest`), with `results` for what it reports.
- `changes`: consecutive years of each series compared and stored (`record_changes`).

Nothing is imported here: a worker process loads `worker` without DuckDB or pandas.
"""
