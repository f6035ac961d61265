"""Shared fixtures: where the real notice and the corpus are, and a clean environment per test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL_NOTICE = SHARED / "real" / "westervoort-2022-kennisgeving.pdf"
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"


def corpus_index() -> dict:
    """The corpus index written by corpus/build.py, or an empty one when the corpus is not built."""
    path = GOLD / "index.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"documents": [], "pairs": []}


def gold_ids(kind: str | None = None) -> list[str]:
    """Document ids in the corpus, optionally of one type (prestatieafspraken, bod, kennisgeving)."""
    return [d["id"] for d in corpus_index()["documents"] if kind is None or d["type"] == kind]


def families() -> list[str]:
    """The corpus families."""
    return sorted({d["family"] for d in corpus_index()["documents"]})


@pytest.fixture(scope="session")
def real_notice() -> Path:
    """The real Westervoort council notice; tests that need it skip where ../shared is absent."""
    if not REAL_NOTICE.exists():
        pytest.skip(f"{REAL_NOTICE} is not there (../shared beside the clone)")
    return REAL_NOTICE


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test writes outside its tmp_path: run from there, with no stray AFSPRAKEN_DB."""
    monkeypatch.delenv("AFSPRAKEN_DB", raising=False)
    monkeypatch.setenv("AFSPRAKEN_HOME", str(ROOT))
    monkeypatch.chdir(tmp_path)


def load_gold(doc_id: str) -> dict:
    """One corpus gold document."""
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request) -> str:
    """Each PDF backend in turn, for tests that read the PDFs they make with reportlab."""
    return request.param
