"""Labelled examples: the corpus gold (or its YAML sources), weak labels from theme headings, a corrections CSV."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from ..config import default_corpus_dir
from ..spreadsheet import restore
from ..types import THEMES, Afspraak, Document
from .masking import _WORD, names_of

Source = Literal["gold", "weak", "correction"]
SOURCE_PRIORITY = {"correction": 0, "gold": 1, "weak": 2}
_HEADING_NUMBER = re.compile(r"^\s*(?:(?:hoofdstuk|paragraaf|bijlage)\s+)?[\dIVXivx]+(?:\.\d+)*\.?\s+|^\s*[a-z]\)\s+")

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
    themes: tuple[str, ...] = ()  # the primary theme and a second one where the content spans two

    def __post_init__(self) -> None:
        for theme in (self.theme, *self.themes):
            if theme not in THEMES:
                raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {theme!r}")


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
                examples.append(Example(a["text"], a["theme"], doc["family"], "gold", doc["id"], names,
                                        tuple(a.get("themes") or (a["theme"],))))
    else:
        examples = _examples_from_sources(corpus / "sources")
    if not examples:
        raise FileNotFoundError(f"no gold or sources with afspraken under {corpus}")
    all_names = tuple(dict.fromkeys(n for e in examples for n in e.names))
    return [replace(e, names=all_names) for e in examples]


def load_jsonl_examples(path: str | Path) -> list[Example]:
    """Labelled afspraken from a JSON-lines file with `text`, `theme` and optionally `id`, `family` and `themes`
    (such as `corpus/themes_extra/afspraken.jsonl`); families are prefixed with the file's folder name so that
    they never collide with a corpus family (a row without one belongs to the folder's family)."""
    path = Path(path)
    out = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            family = f"{path.parent.name}:{row['family']}" if row.get("family") else path.parent.name
            out.append(Example(row["text"], row["theme"], family, "gold",
                               str(row.get("id", line_number)), (), tuple(row.get("themes") or (row["theme"],))))
        except KeyError as exc:
            raise ValueError(f"{path}:{line_number}: missing field {exc}") from exc
    return out


def extra_training_sources(corpus_dir: str | Path | None = None) -> list[Path]:
    """The labelled data that trains the shipped model beside a corpus's gold, where present: the afspraken
    written in the manner of real documents (`themes_extra/afspraken.jsonl`) and the challenge corpus's dev
    split (`challenge/dev`). Never the challenge test split."""
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    found = [corpus / "themes_extra" / "afspraken.jsonl", corpus / "challenge" / "dev"]
    return [p for p in found if p.exists()]


def training_examples(corpus_dir: str | Path | None = None) -> list[Example]:
    """A corpus's gold plus its `extra_training_sources`: what `afspraken train` learns from by default."""
    examples = load_gold_examples(corpus_dir)
    for source in extra_training_sources(corpus_dir):
        examples += load_examples(source)
    return examples


def load_examples(source: str | Path) -> list[Example]:
    """Labelled examples from a corpus folder (its gold) or a JSON-lines file."""
    path = Path(source)
    return load_jsonl_examples(path) if path.suffix == ".jsonl" else load_gold_examples(path)


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
    from ..lexicon import theme_headings

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
    from ..lexicon import theme_headings

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
            text = restore(row.get("text") or "").strip()  # the review CSV neutralised formula starts
            names: tuple[str, ...] = ()
            doc_id = "corrections"
            if not text:
                found = by_id.get(restore(row.get("id") or "").strip())
                if found is None:
                    raise ValueError(f"{path}:{row_number}: id {row.get('id')!r} is not in the given documents")
                afspraak, doc = found
                text, names, doc_id = afspraak.text, names_of(doc), Path(doc.meta.path).stem
            out.append(Example(text, theme, "corrections", "correction", doc_id, names))
    return out
