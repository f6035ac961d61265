"""The trained theme classifier (`ThemeModel`): scores, saving and loading (no pickle), the shipped model."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..config import default_model_dir
from ..errors import ModelNotFound
from ..types import THEMES
from .card import model_card
from .features import KeywordPattern, compile_keywords, lemma_text, lexicon_matrix, make_vectorizer, stack_features
from .masking import theme_mask
from .settings import ARRAYS_FILE, CARD_FILE, META_FILE, MODEL_FORMAT, ThemeSettings

# ---------------------------------------------------------------------------------------------------- model


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass(slots=True)
class ThemeModel:
    """A trained theme classifier: vectorisers, linear weights, lexicon weight, temperature and metadata.

    Scores come from `predict_proba(texts, names)`: one row per text over `types.THEMES`, summing to 1.
    """

    settings: ThemeSettings
    lemma_vocab: list[str]
    lemma_idf: np.ndarray
    char_vocab: list[str]
    char_idf: np.ndarray
    coef: np.ndarray  # (len(THEMES), n_features); rows of themes absent from training are zero
    intercept: np.ndarray  # (len(THEMES),); -inf for themes absent from training
    keywords: dict[str, tuple[str, ...]]
    lexicon_weight: float = 0.0
    temperature: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)
    _vectorizers: tuple[Any, Any] | None = None
    _transforms: tuple[Any, Any] | None = None
    _keyword_patterns: list[KeywordPattern] | None = None
    _weights: tuple[np.ndarray, np.ndarray] | None = None

    # -- features
    def _vectorisers(self) -> tuple[Any, Any]:
        if self._vectorizers is None:
            lemma = make_vectorizer("lemma", self.settings, {t: i for i, t in enumerate(self.lemma_vocab)})
            lemma.idf_ = self.lemma_idf
            char = make_vectorizer("char", self.settings, {t: i for i, t in enumerate(self.char_vocab)})
            char.idf_ = self.char_idf
            self._vectorizers = (lemma, char)
        return self._vectorizers

    def _patterns(self) -> list[KeywordPattern]:
        if self._keyword_patterns is None:
            self._keyword_patterns = compile_keywords(self.keywords)
        return self._keyword_patterns

    def _fast(self) -> tuple[Any, Any]:
        if self._transforms is None:
            from ..textvec import CharTfidf, WordTfidf

            self._transforms = (
                WordTfidf({t: i for i, t in enumerate(self.lemma_vocab)}, self.lemma_idf, self.settings.lemma_ngrams),
                CharTfidf({t: i for i, t in enumerate(self.char_vocab)}, self.char_idf, self.settings.char_ngrams),
            )
        return self._transforms

    def features(self, masked: Sequence[str]) -> Any:
        """The sparse feature matrix of masked texts: lemma block | char block."""
        lemma, char = self._fast()
        return stack_features(lemma.transform(lemma_text(masked, self.settings.compounds)), char.transform(masked))

    def _weight_blocks(self) -> tuple[np.ndarray, np.ndarray]:
        """The weights per feature block (lemma, char), each themes x features."""
        if self._weights is None:
            n_lemma = len(self.lemma_vocab)
            self._weights = (np.ascontiguousarray(self.coef[:, :n_lemma]), np.ascontiguousarray(self.coef[:, n_lemma:]))
        return self._weights

    def logits(self, masked: Sequence[str]) -> np.ndarray:
        """Raw model logits plus the weighted lexicon, before the temperature (the features times the
        weights block by block, with no sparse matrix built)."""
        lemma, char = self._fast()
        w_lemma, w_char = self._weight_blocks()
        lemmas = lemma_text(masked, self.settings.compounds)
        z = lemma.rows(lemmas).dot(w_lemma) + char.rows(masked).dot(w_char) + self.intercept
        if self.lexicon_weight:
            z = z + self.lexicon_weight * lexicon_matrix(masked, self._patterns())
        return z

    def mask(self, texts: Sequence[str], names: Iterable[str] = ()) -> list[str]:
        """The texts as the model reads them: figures and names masked (and what its settings mask besides)."""
        names = tuple(names)
        s = self.settings
        return [theme_mask(t, names, afspraak=s.afspraak_mask, proper=s.name_mask) for t in texts]

    def predict_proba(self, texts: Sequence[str], names: Iterable[str] = ()) -> np.ndarray:
        """Calibrated theme scores, one row per text, columns in `types.THEMES` order."""
        names = tuple(names)
        if not texts:
            return np.zeros((0, len(THEMES)))
        masked = self.mask(texts, names)
        return softmax(self.logits(masked) / self.temperature)

    # -- persistence
    def save(self, directory: str | Path, evaluation: dict[str, Any] | None = None) -> Path:
        """Write themes.npz (arrays), themes.json (metadata) and README.md (model card) into directory."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        if evaluation is not None:
            self.meta["evaluation"] = evaluation
        np.savez_compressed(
            out / ARRAYS_FILE,
            lemma_vocab=np.array(self.lemma_vocab, dtype=str), lemma_idf=self.lemma_idf,
            char_vocab=np.array(self.char_vocab, dtype=str), char_idf=self.char_idf,
            coef=self.coef, intercept=np.where(np.isfinite(self.intercept), self.intercept, -1e9),
        )
        meta = {
            **self.meta,
            "format": MODEL_FORMAT,
            "labels": list(THEMES),
            "settings": self.settings.to_dict(),
            "keywords": {k: list(v) for k, v in self.keywords.items()},
            "lexicon_weight": self.lexicon_weight,
            "temperature": self.temperature,
            "arrays_sha256": file_sha256(out / ARRAYS_FILE),
        }
        (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (out / CARD_FILE).write_text(model_card(meta), encoding="utf-8")
        return out

    @classmethod
    def load(cls, directory: str | Path) -> ThemeModel:
        """Read a model saved by `save`; no pickle is ever loaded.

        Raises:
            ModelNotFound: the files are missing, corrupt or of another format.
        """
        path = Path(directory)
        try:
            meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
            if meta.get("format") != MODEL_FORMAT or meta.get("labels") != list(THEMES):
                raise ModelNotFound(f"unsupported theme model format or labels in {path / META_FILE}")
            with np.load(path / ARRAYS_FILE, allow_pickle=False) as arrays:
                data = {k: arrays[k] for k in arrays.files}
            return cls(
                settings=ThemeSettings.from_dict(meta["settings"]),
                lemma_vocab=data["lemma_vocab"].tolist(), lemma_idf=data["lemma_idf"],
                char_vocab=data["char_vocab"].tolist(), char_idf=data["char_idf"],
                coef=data["coef"], intercept=data["intercept"],
                keywords={k: tuple(v) for k, v in meta["keywords"].items()},
                lexicon_weight=float(meta["lexicon_weight"]), temperature=float(meta["temperature"]),
                meta={k: v for k, v in meta.items() if k not in ("settings", "keywords")},
            )
        except ModelNotFound:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelNotFound(f"cannot load theme model: {exc}", path=str(path)) from exc


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------------- use


def resolve_model(model: Any) -> ThemeModel | None:
    """A ThemeModel from "default" (the shipped model, None if absent), a path, or an instance.

    A model read from disk is kept for the process while its files are unchanged (the same instance: do not
    modify it): extract() called in a loop loads it once, and its per-word caches stay warm.

    Raises:
        ModelNotFound: a given path is missing or cannot be loaded.
    """
    if model is None or isinstance(model, ThemeModel):
        return model
    if isinstance(model, str) and model == "default":
        directory = default_model_dir()
        if not (directory / META_FILE).exists():
            return None
        return load_unchanged(directory)
    if isinstance(model, (str, Path)):
        path = Path(model)
        if path.is_file():
            path = path.parent
        if not (path / META_FILE).exists():
            raise ModelNotFound("no theme model here", path=str(path))
        return load_unchanged(path)
    raise TypeError(f"cannot use {type(model).__name__} as a theme model")


def load_unchanged(directory: Path) -> ThemeModel:
    try:
        stamps = tuple((st.st_mtime_ns, st.st_size, st.st_ino) for st in
                       ((directory / name).stat() for name in (META_FILE, ARRAYS_FILE)))
    except OSError:
        return ThemeModel.load(directory)  # raises ModelNotFound with the cause
    return _load_kept(str(directory.resolve()), stamps)


@functools.lru_cache(maxsize=4)
def _load_kept(directory: str, stamps: tuple[tuple[int, int, int], ...]) -> ThemeModel:
    return ThemeModel.load(directory)
