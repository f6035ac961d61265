"""Score the pipeline against the corpus gold; above `pipeline.run`, which reads the documents.

- `metrics`: token overlap, one-to-one matching of texts, precision/recall/F1 (the one implementation).
- `extract`: segmentation per document and family (`afspraken evaluate extract`).
- `compare`: change detection on the gold pairs (`afspraken evaluate compare`).
- `themes`: leave-one-family-out theme scores (`afspraken evaluate themes`).
"""
