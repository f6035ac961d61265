"""afspraken: extract, classify and compare Dutch prestatieafspraken from PDFs."""
