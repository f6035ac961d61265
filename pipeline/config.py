"""Settings per stage: one frozen dataclass each, with named defaults checked when built."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Self

DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_STREAM_BYTES = 3_000_000
DEFAULT_MIN_SUPERSCRIPT_RATIO = 0.85
DEFAULT_HEADER_ZONE = 0.12
DEFAULT_MIN_ITEM_WORDS = 4
ENV_PREFIX = "AFSPRAKEN_"


class Resolvable:
    """Mixin for settings dataclasses: `resolve` accepts an instance, a dict of fields or None."""

    __slots__ = ()

    @classmethod
    def resolve(cls, value: Self | Mapping[str, Any] | None) -> Self:
        """Accept an instance, a dict of fields or None (the defaults)."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, Mapping):
            names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
            unknown = set(value) - names
            if unknown:
                raise ValueError(f"unknown {cls.__name__} field(s): {', '.join(sorted(unknown))}")
            return cls(**dict(value))
        raise TypeError(f"cannot make {cls.__name__} from {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class ParseSettings(Resolvable):
    """How PDFs are read.

    Args:
        backend: "pdfium" (PDFium text and rules, fast) or "pdfplumber" (pdfminer; the same afspraken on the
            corpus, several times slower).
        password: opens encrypted PDFs.
        max_pages: refuse larger documents with a clear message instead of exhausting memory.
        max_stream_bytes: skip (with a warning) a page whose content stream is larger: such pages are
            drawings or pathological files, and reading them would take minutes.
    """

    backend: str = "pdfium"
    password: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    max_stream_bytes: int = DEFAULT_MAX_STREAM_BYTES

    def __post_init__(self) -> None:
        if self.backend not in ("pdfplumber", "pdfium"):
            raise ValueError(f"backend must be 'pdfplumber' or 'pdfium', not {self.backend!r}")
        if self.max_pages < 1:
            raise ValueError("max_pages must be at least 1")


@dataclass(frozen=True, slots=True)
class CleanSettings(Resolvable):
    """How running headers, footers and footnotes are told from body text."""

    header_zone: float = DEFAULT_HEADER_ZONE
    min_repeat_share: float = 0.5

    def __post_init__(self) -> None:
        if not 0 < self.header_zone < 0.5:
            raise ValueError("header_zone must be between 0 and 0.5 (a share of the page height)")
        if not 0 < self.min_repeat_share <= 1:
            raise ValueError("min_repeat_share must be in (0, 1]")


@dataclass(frozen=True, slots=True)
class SegmentSettings(Resolvable):
    """What counts as an afspraak."""

    min_item_words: int = DEFAULT_MIN_ITEM_WORDS

    def __post_init__(self) -> None:
        if self.min_item_words < 1:
            raise ValueError("min_item_words must be at least 1")


def project_root() -> Path:
    """The folder holding models/ and corpus/: AFSPRAKEN_HOME, else the source checkout."""
    env = os.environ.get(ENV_PREFIX + "HOME")
    return Path(env) if env else Path(__file__).resolve().parent.parent


def default_model_dir() -> Path:
    """Where the shipped theme model lives (AFSPRAKEN_MODEL_DIR overrides)."""
    env = os.environ.get(ENV_PREFIX + "MODEL_DIR")
    return Path(env) if env else project_root() / "models"


def default_nlp_model() -> Path:
    """Where the shipped Dutch model lives (AFSPRAKEN_NLP_MODEL overrides): tagger, morphology and parser."""
    env = os.environ.get(ENV_PREFIX + "NLP_MODEL")
    return Path(env) if env else project_root() / "models" / "nl_afspraken"


def default_corpus_dir() -> Path:
    """Where the bundled corpus lives (AFSPRAKEN_CORPUS_DIR overrides)."""
    env = os.environ.get(ENV_PREFIX + "CORPUS_DIR")
    return Path(env) if env else project_root() / "corpus"
