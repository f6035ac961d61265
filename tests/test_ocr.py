"""The --ocr path: a scan is handed to ocrmypdf and the text layer it adds is read (the tools are faked here:
they are not installed on the build machines, and what is tested is our side of the call)."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline.errors import NoTextLayer
from pipeline.run import extract, file_sha256

from . import badinputs as bad


@pytest.fixture
def fake_ocr_tools(tmp_path, monkeypatch):
    """ocrmypdf that 'recognises' a scan by copying a text PDF to its output; tesseract that exists."""
    text_pdf = bad.good_pdf(tmp_path, "herkend.pdf")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ocrmypdf").write_text(
        "#!/bin/sh\n"
        "for last; do :; done\n"  # the output path is the last argument
        'case "$*" in *"-l nld"*) ;; *) echo "no Dutch language" >&2; exit 2;; esac\n'
        f'cp "{text_pdf}" "$last"\n'
    )
    (bin_dir / "tesseract").write_text("#!/bin/sh\nexit 0\n")
    for tool in bin_dir.iterdir():
        tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return text_pdf


def test_a_scan_is_read_through_ocr_in_dutch_and_keeps_its_own_hash(tmp_path, fake_ocr_tools):
    scan = bad.scanned_pdf(tmp_path)
    with pytest.raises(NoTextLayer):
        extract(scan, model=None)
    doc = extract(scan, model=None, ocr=True)
    assert [a.text for a in doc.afspraken] == [bad.AFSPRAAK[3:]]
    assert doc.meta.sha256 == file_sha256(scan) != file_sha256(fake_ocr_tools)
    assert any("OCR" in w for w in doc.warnings)


def test_ocr_without_the_tools_says_how_to_install_them(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(NoTextLayer, match="apt-get install ocrmypdf tesseract-ocr-nld"):
        extract(bad.scanned_pdf(tmp_path), model=None, ocr=True)
