"""OCR for scanned PDFs through ocrmypdf and tesseract (Dutch), when they are installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import NoTextLayer

INSTALL_HINT = "install them with 'apt-get install ocrmypdf tesseract-ocr-nld' (or 'pip install ocrmypdf')"


def ocr_available() -> bool:
    """Whether ocrmypdf and tesseract are on the PATH."""
    return shutil.which("ocrmypdf") is not None and shutil.which("tesseract") is not None


def ocr_pdf(path: str | Path, language: str = "nld") -> Path:
    """Add a text layer to a scanned PDF; returns the path of an OCR'd copy in a temporary folder.

    Raises:
        NoTextLayer: OCR tools are missing or OCR failed.
    """
    if not ocr_available():
        raise NoTextLayer(f"--ocr needs ocrmypdf and tesseract: {INSTALL_HINT}", path=str(path))
    out = Path(tempfile.mkdtemp(prefix="afspraken-ocr-")) / Path(path).name
    result = subprocess.run(
        ["ocrmypdf", "--quiet", "--skip-text", "-l", language, str(path), str(out)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise NoTextLayer(f"OCR failed: {reason}", path=str(path))
    return out
