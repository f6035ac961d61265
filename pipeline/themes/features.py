"""Features of masked texts: lemma n-grams (spaCy lookup lemmas), character n-grams and the keyword lexicon."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..types import THEMES
from .settings import ThemeSettings

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


# ---------------------------------------------------------------------------------------------------- features


def lemma_text(masked: Sequence[str], compounds: bool = False) -> list[str]:
    """Each text as its lowercased lemmas, space-separated; tokens without a letter or digit left out.

    With a lookup lemmatizer a piece between whitespace always gives the same words, so they are kept per
    piece; other pipelines lemmatize in context, text by text. With compounds, a compound lemma is followed by
    its parts (`compound_parts`).
    """
    texts = _lemma_text(masked)
    if compounds:
        texts = [" ".join(w for lemma in t.split() for w in (lemma, *compound_parts(lemma))) for t in texts]
    return texts


def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a compound made wholly of the parts in the lexicon's theme_compounds.yaml, else ().

    Parts may be joined by a linking s, e or en, or by hyphens ("zon-op-dak": pieces shorter than three
    letters are left out).

    >>> compound_parts("zonnepanelen"), compound_parts("huurwoningen"), compound_parts("woning")
    (('zon', 'paneel'), ('huur', 'woning'), ())
    """
    found = _COMPOUNDS.get(word)
    if found is None:
        if "-" in word:
            pieces = [p for p in word.split("-") if len(p) >= MIN_PART]
            found = tuple(q for p in pieces for q in (_split(p) or ((p,) if len(pieces) > 1 else ())))
        else:
            found = _split(word)
        if len(_COMPOUNDS) >= MAX_CACHED_PIECES:
            _COMPOUNDS.clear()
        _COMPOUNDS[word] = found
    return found


MIN_PART = 3
_LINKS = ("", "s", "e", "en")
_COMPOUNDS: dict[str, tuple[str, ...]] = {}


def _split(word: str) -> tuple[str, ...]:
    """The decomposition of word into two or more known parts (the fewest parts, longest first part), or ()."""
    parts = compound_lexicon()
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - MIN_PART, -1, -1):
        options = []
        for j in range(i + MIN_PART, n + 1):
            canonical = parts.get(word[i:j])
            if canonical is None:
                continue
            for link in _LINKS:
                k = j + len(link)
                if k <= n and word[j:k] == link and best[k] is not None:
                    options.append((canonical, *best[k]))  # type: ignore[misc]
        if options:
            best[i] = min(options, key=len)
    return best[0] if best[0] is not None and len(best[0]) >= 2 else ()


def compound_lexicon() -> dict[str, str]:
    """Compound parts (as spelled inside a compound) -> the word they stand for, from theme_compounds.yaml."""
    global _PARTS
    if _PARTS is None:
        from ..lexicon import load

        data = (load("theme_compounds") or {}).get("parts") or {}
        _PARTS = {str(k).lower(): str(v).lower() for k, v in data.items() if len(str(k)) >= MIN_PART}
    return _PARTS


_PARTS: dict[str, str] | None = None


def _lemma_text(masked: Sequence[str]) -> list[str]:
    from .. import nlp

    if not nlp.lemmas_by_text():
        return [_lemma_words(pairs) for pairs in nlp.token_lemmas(masked)]
    known = _PIECE_WORDS.setdefault(id(nlp.get_nlp()), {})
    split = [text.split() for text in masked]
    # the pieces not seen before, lemmatized in one pass (one call, not one per piece)
    new = list(dict.fromkeys(piece for pieces in split for piece in pieces if piece not in known))
    if new:
        if len(known) + len(new) > MAX_CACHED_PIECES:
            known.clear()
        for piece, pairs in zip(new, nlp.token_lemmas(new), strict=True):
            known[piece] = _lemma_words(pairs)
    get = known.__getitem__
    return [" ".join([found for found in map(get, pieces) if found]) for pieces in split]


def _lemma_words(pairs: Sequence[tuple[str, str]]) -> str:
    return " ".join((lemma or text).lower() for text, lemma in pairs if _ALNUM.search(text))


_PIECE_WORDS: dict[int, dict[str, str]] = {}
MAX_CACHED_PIECES = 500_000
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit, as str.isalnum sees it


def compile_keywords(keywords: dict[str, Sequence[str]]) -> list[KeywordPattern]:
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


def lexicon_matrix(masked: Sequence[str], patterns: Sequence[KeywordPattern]) -> np.ndarray:
    """Per text and theme: log(1 + number of distinct keywords found)."""
    out = np.zeros((len(masked), len(patterns)))
    for i, text in enumerate(masked):
        low = text.lower()
        for j, pattern in enumerate(patterns):
            out[i, j] = math.log1p(len(set(pattern.findall(low))))
    return out


def default_keywords() -> dict[str, tuple[str, ...]]:
    """The theme keyword lexicon: `keywords:` in the lexicon's themes.yaml when present, else THEME_KEYWORDS."""
    from ..lexicon import load

    found = (load("themes") or {}).get("keywords")
    if found:
        return {str(k): tuple(str(w) for w in v) for k, v in found.items()}
    return THEME_KEYWORDS


def make_vectorizer(kind: str, settings: ThemeSettings, vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if kind == "lemma":
        return TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=settings.lemma_ngrams,
                               sublinear_tf=True, vocabulary=vocabulary, dtype=np.float64)
    return TfidfVectorizer(analyzer="char_wb", lowercase=True, ngram_range=settings.char_ngrams,
                           sublinear_tf=True, min_df=1 if vocabulary else 2, vocabulary=vocabulary,
                           dtype=np.float64)


def stack_features(lemma_x: Any, char_x: Any) -> Any:
    """The lemma and character blocks side by side, as one sparse matrix."""
    from scipy import sparse

    return sparse.hstack([lemma_x, char_x], format="csr")
