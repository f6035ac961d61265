"""Matching afspraken across two documents: similarity, an optimal one-to-one assignment, splits and merges.

Similarity is the cosine of lemma n-gram TF-IDF vectors and of character n-gram (char_wb 3-5) vectors, both
fitted on the two documents, plus small bonuses for the same section, the same theme and shared figures.
Years are masked, so an afspraak that was renumbered or re-yeared still matches itself.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import TfidfVectorizer

from . import lexicon
from .config import Resolvable
from .nlp import docs as nlp_docs
from .text import mask_years
from .types import Afspraak

__all__ = ["AlignSettings", "Link", "align", "similarity_matrix", "texts_to_keys"]

log = logging.getLogger(__name__)

DEFAULT_WORD_WEIGHT = 0.5
DEFAULT_CHAR_WEIGHT = 0.5
DEFAULT_SECTION_BONUS = 0.05
DEFAULT_THEME_BONUS = 0.03
DEFAULT_FIGURES_BONUS = 0.05
DEFAULT_THRESHOLD = 0.30
DEFAULT_SPLIT_CONTAINMENT = 0.75
DEFAULT_SPLIT_MIN_SIMILARITY = 0.25
FOLLOW_UP_BELOW = 0.5  # a follow-up is told apart only from a pair that does not look alike already
CAP_TO_NONE_MIN = 0.15  # a cap on a burden that becomes none still shares some words with its old afspraak

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class AlignSettings(Resolvable):
    """How afspraken are matched.

    Args:
        word_weight: weight of the lemma 1-2-gram TF-IDF cosine.
        char_weight: weight of the char_wb 3-5-gram TF-IDF cosine.
        section_bonus: added when both afspraken stand under the same section heading.
        theme_bonus: added when both have the same (known) theme.
        figures_bonus: added times the Jaccard overlap of the figures both texts print.
        threshold: pairs scoring below this stay unmatched (new / dropped).
        split_containment: share of an unmatched afspraak's lemma bigrams found in one afspraak on the other
            side for it to count as split off from (or merged into) that afspraak.
        split_min_similarity: and the minimum similarity for such a split or merge.

    Raises:
        ValueError: a weight or bonus is negative, or a threshold is outside [0, 1].
    """

    word_weight: float = DEFAULT_WORD_WEIGHT
    char_weight: float = DEFAULT_CHAR_WEIGHT
    section_bonus: float = DEFAULT_SECTION_BONUS
    theme_bonus: float = DEFAULT_THEME_BONUS
    figures_bonus: float = DEFAULT_FIGURES_BONUS
    threshold: float = DEFAULT_THRESHOLD
    split_containment: float = DEFAULT_SPLIT_CONTAINMENT
    split_min_similarity: float = DEFAULT_SPLIT_MIN_SIMILARITY

    def __post_init__(self) -> None:
        for name in ("word_weight", "char_weight", "section_bonus", "theme_bonus", "figures_bonus"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)!r}")
        if self.word_weight + self.char_weight <= 0:
            raise ValueError("word_weight + char_weight must be > 0")
        for name in ("threshold", "split_containment", "split_min_similarity"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {getattr(self, name)!r}")


    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Link:
    """One link between the documents, by index into the old and new afspraken.

    kind: "match" (old and new), "new", "dropped", "split" (a new afspraak split off `partner`, an old one
    that is matched elsewhere) or "merged" (an old afspraak merged into `partner`, a new one matched
    elsewhere).
    Links of one split or merge share a `group`.
    """

    old: int | None
    new: int | None
    similarity: float
    kind: str = "match"
    group: int | None = None
    partner: int | None = None


def texts_to_keys(texts: Sequence[str]) -> list[str]:
    """Texts as masked lemma strings: years -> JJJJ, other figures -> 0, lowercased lemmas."""
    masked = [mask_years(t) for t in texts]
    out = []
    for d in nlp_docs(masked):
        lem = []
        for t in d:
            if t.is_punct or t.is_space:
                continue
            lem.append("0" if _NUMBER.fullmatch(t.text) else (t.lemma_ or t.text).lower())
        out.append(" ".join(lem))
    return out


def _cosine(vectorizer: TfidfVectorizer, left: list[str], right: list[str]) -> np.ndarray:
    try:
        matrix = vectorizer.fit_transform(left + right)
    except ValueError:  # empty vocabulary: texts without any usable token
        return np.zeros((len(left), len(right)))
    a, b = matrix[: len(left)], matrix[len(left):]
    return np.asarray((a @ b.T).todense())


def _figures(text: str) -> frozenset[str]:
    return frozenset(_FIGURE.findall(mask_years(text)))


def similarity_matrix(
    old: Sequence[Afspraak], new: Sequence[Afspraak], settings: AlignSettings | None = None
) -> np.ndarray:
    """The old x new similarity matrix (about 0..1, bonuses may push a little above 1)."""
    s = AlignSettings.resolve(settings)
    if not old or not new:
        return np.zeros((len(old), len(new)))
    keys = texts_to_keys([a.text for a in old] + [a.text for a in new])
    left, right = keys[: len(old)], keys[len(old):]
    word = _cosine(TfidfVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=(1, 2),
                                   sublinear_tf=True), left, right)
    chars_l = [re.sub(r"\d", "0", mask_years(a.text).lower()) for a in old]
    chars_r = [re.sub(r"\d", "0", mask_years(a.text).lower()) for a in new]
    char = _cosine(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
                   chars_l, chars_r)
    sim = (s.word_weight * word + s.char_weight * char) / (s.word_weight + s.char_weight)
    sections_l = [_norm(a.section) for a in old]
    sections_r = [_norm(a.section) for a in new]
    figs_l = [_figures(a.text) for a in old]
    figs_r = [_figures(a.text) for a in new]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            bonus = 0.0
            if sections_l[i] and sections_l[i] == sections_r[j]:
                bonus += s.section_bonus
            if a.theme and a.theme == b.theme:
                bonus += s.theme_bonus
            if figs_l[i] and figs_r[j]:
                bonus += s.figures_bonus * len(figs_l[i] & figs_r[j]) / len(figs_l[i] | figs_r[j])
            sim[i, j] += bonus * min(1.0, sim[i, j] * 4)  # bonuses only help pairs that already look alike
    return sim


def _norm(text: str | None) -> str:
    return re.sub(r"[\W\d_]+", " ", text or "").strip().lower()


def _bigrams(key: str) -> set[tuple[str, str]]:
    words = key.split()
    return set(zip(words, words[1:], strict=False))


def _containment(part: set[tuple[str, str]], whole: set[tuple[str, str]]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def align(
    old: Sequence[Afspraak],
    new: Sequence[Afspraak],
    *,
    settings: AlignSettings | Mapping[str, float] | None = None,
) -> list[Link]:
    """Link the afspraken of two documents: one-to-one matches, then splits and merges, then the rest alone.

    Args:
        old: the afspraken of the earlier document, in reading order.
        new: the afspraken of the later document.
        settings: `AlignSettings`, a dict of its fields, or None for the defaults.

    Returns:
        Links in the order of the new document (dropped and merged afspraken after); every index of `old` and
        of `new` is in exactly one link.
    """
    s = AlignSettings.resolve(settings)
    sim = similarity_matrix(old, new, s)
    pairs: dict[int, int] = {}  # new -> old
    if sim.size:
        rows, cols = linear_sum_assignment(-sim)
        pairs = {int(j): int(i) for i, j in zip(rows, cols, strict=True) if sim[i, j] >= s.threshold
                 and not (sim[i, j] < FOLLOW_UP_BELOW and follows_up(old[i].text, new[j].text))}
        pairs.update(_caps_to_none(old, new, sim, pairs))
    extra_new, extra_old = _splits_and_merges(old, new, sim, pairs, s)
    groups: dict[int, int] = {}  # old index of a matched pair -> group id
    for partner_old in [i for i, _ in extra_new.values()] + [pairs[j] for j, _ in extra_old.values()]:
        groups.setdefault(partner_old, len(groups))
    links: list[Link] = []
    for j in range(len(new)):
        if j in pairs:
            i = pairs[j]
            links.append(Link(i, j, _bounded(sim[i, j]), "match", groups.get(i)))
        elif j in extra_new:
            i, score = extra_new[j]
            links.append(Link(None, j, _bounded(score), "split", groups[i], partner=i))
        else:
            links.append(Link(None, j, _bounded(sim[:, j].max()) if sim.size else 0.0, "new"))
    matched_old = set(pairs.values())
    for i in range(len(old)):
        if i in matched_old:
            continue
        if i in extra_old:
            j, score = extra_old[i]
            links.append(Link(i, None, _bounded(score), "merged", groups[pairs[j]], partner=j))
        else:
            links.append(Link(i, None, _bounded(sim[i].max()) if sim.size else 0.0, "dropped"))
    return links


@cache
def _follow_up() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("commitment").get("follow_up", {})
    made = re.compile(r"\b(?:" + "|".join(data.get("made", [])) + r")\s+(?:\w+\s+)?$", re.I)
    carried = re.compile("|".join(data.get("carried_out", [])), re.I)
    return tuple(data.get("deliverables", ())), made, carried


_WORD = re.compile(r"\w+")


def _made_in(word: str, text: str) -> bool:
    """Whether `text` names the deliverable `word` (or its plural) as made: "de herziene urgentieregeling",
    "maatregelen uit de wijkactieplannen", "werken de woonvisie uit"."""
    _, made, carried = _follow_up()
    for m in _WORD.finditer(text):
        if not m[0].lower().startswith(word):
            continue
        if made.search(text[max(0, m.start() - 40):m.start()]):
            return True
        sentence = re.split(r"[.;]\s", text[:m.start()])[-1] + re.split(r"[.;]\s", text[m.start():])[0]
        if carried.search(sentence):
            return True
    return False


def follows_up(old_text: str, new_text: str) -> bool:
    """Whether `new_text` carries out what `old_text` made: a plan, vision or regulation (lexicon/commitment.yaml
    `follow_up`) the old text names without saying it exists, and the new text names as made or carries out,
    other than by working by it (`arrangement.working`: that is the old afspraak made firmer)."""
    heads = _follow_up()[0]
    working = lexicon.load("commitment").get("arrangement", {}).get("working", [])
    if any(w in new_text.lower() for w in working):
        return False  # "werkt volgens de vastgestelde woonvisie": the same afspraak, now worked by (compare)
    words = {w.lower() for w in _WORD.findall(old_text)
             if len(w) >= 8 and w.lower().endswith(heads)}  # compounds: wijkactieplan, woonzorgvisie
    return any(_made_in(w, new_text) and not _made_in(w, old_text) for w in words)


@cache
def _cap_to_none_rules() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    data = lexicon.load("directions").get("cap_to_none", {})
    figure = "|".join([r"\d+(?:[.,]\d+)*", *map(re.escape, lexicon.numbers()["words"])])
    caps = "|".join(map(re.escape, sorted(data.get("caps", []), key=len, reverse=True)))
    cap = re.compile(rf"\b(?:{caps})\s+(?:{figure})\b", re.I)
    none = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.directions().none_words)) + r")\b", re.I)
    burdens = tuple(w for w in lexicon.directions().more_is_weaker if " " not in w and len(w) >= 6)
    return cap, none, burdens


def _burdens(sentence: str) -> set[str]:
    """The burden families (directions.yaml `more_is_weaker`, by their first five letters) a sentence names, in
    any form: "liberaliseert", "geliberaliseerd" and "liberalisatie" are one family."""
    words = [w[2:] if w.startswith("ge") and len(w) > 8 else w for w in _WORD.findall(sentence.lower())]
    return {b[:5] for b in _cap_to_none_rules()[2] for w in words if w.startswith(b[: max(5, len(b) - 3)])}


def cap_to_none(old_text: str, new_text: str) -> bool:
    """Whether `new_text` states none of a burden `old_text` capped: "liberaliseert maximaal 10 woningen" ->
    "liberaliseert geen woningen", "beperken tot maximaal 4 huisuitzettingen" -> "geen huisuitzettingen"."""
    cap, none, _ = _cap_to_none_rules()
    capped = set().union(*(_burdens(x) for x in re.split(r"[.;]\s", old_text) if cap.search(x)))
    if not capped or cap.search(new_text):
        return False
    return any(capped & _burdens(x) for x in re.split(r"[.;]\s", new_text) if none.search(x))


def _caps_to_none(old: Sequence[Afspraak], new: Sequence[Afspraak], sim: np.ndarray,
                  pairs: dict[int, int]) -> dict[int, int]:
    """Unmatched pairs in which a capped burden became none, each the other's most similar unmatched afspraak."""
    free_old = [i for i in range(len(old)) if i not in set(pairs.values())]
    free_new = [j for j in range(len(new)) if j not in pairs]
    out: dict[int, int] = {}
    for i in free_old:
        if not free_new:
            break
        j = max(free_new, key=lambda k: sim[i, k])
        if (sim[i, j] >= CAP_TO_NONE_MIN and max(free_old, key=lambda k: sim[k, j]) == i
                and j not in out and cap_to_none(old[i].text, new[j].text)):
            out[j] = i
    return out


def _bounded(value: float) -> float:
    """A reported similarity: the matrix's bonuses can pass 1, a reader expects 0..1."""
    return round(min(1.0, max(0.0, float(value))), 4)


def _splits_and_merges(
    old: Sequence[Afspraak], new: Sequence[Afspraak], sim: np.ndarray, pairs: dict[int, int], s: AlignSettings
) -> tuple[dict[int, tuple[int, float]], dict[int, tuple[int, float]]]:
    """Unmatched new afspraken split off a matched old one, and unmatched old ones merged into a matched one.

    A split-off afspraak repeats most of its words from the old afspraak (bigram containment), and is similar
    enough to it; the same the other way round for a merge.  Returns {new: (old, similarity)} and
    {old: (new, similarity)}.
    """
    if not sim.size:
        return {}, {}
    keys = texts_to_keys([a.text for a in old] + [a.text for a in new])
    bi_old = [_bigrams(k) for k in keys[: len(old)]]
    bi_new = [_bigrams(k) for k in keys[len(old):]]
    matched_old = set(pairs.values())
    splits: dict[int, tuple[int, float]] = {}
    for j in range(len(new)):
        if j in pairs:
            continue
        best = max(((_containment(bi_new[j], bi_old[i]), i) for i in matched_old), default=(0.0, -1))
        if best[0] >= s.split_containment and sim[best[1], j] >= s.split_min_similarity:
            splits[j] = (best[1], float(sim[best[1], j]))
    merges: dict[int, tuple[int, float]] = {}
    for i in range(len(old)):
        if i in matched_old:
            continue
        best = max(((_containment(bi_old[i], bi_new[j]), j) for j in pairs), default=(0.0, -1))
        if best[0] >= s.split_containment and sim[i, best[1]] >= s.split_min_similarity:
            merges[i] = (best[1], float(sim[i, best[1]]))
    return splits, merges
