#!/usr/bin/env python
"""Check the rendered corpus against its gold: texts are in the PDFs, pages are right, pairs are complete.

Usage: python corpus/check.py [CORPUS_DIR]     (prints one problem per line; exit status 1 when there are any)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

CORPUS_DIR = Path(__file__).resolve().parent
BODY_MIN_SIZE = 8.5      # running headers, footers, footnotes and footnote markers are set smaller than this
START_CHARS = 25         # how much of a text must be on its gold page to count as "its first words are there"
BREAK_SLACK = 200        # at a page break, how far the text may end before the page end / restart after its start
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "new", "dropped"}


def normalise(text: str) -> str:
    """Lower-case letters and digits only: whitespace, punctuation and end-of-line hyphens disappear."""
    return "".join(c for c in text.lower() if c.isalnum())


def is_body_char(char: dict) -> bool:
    return char.get("size", 0) >= BODY_MIN_SIZE


def lines_text(page) -> list[tuple[float, str]]:
    """The page's text lines as (top, text)."""
    return [(line["top"], line["text"]) for line in page.extract_text_lines(return_chars=False)]


def table_segments(page) -> tuple[list[tuple[float, str]], list[tuple]]:
    """Ruled tables as (top, text) segments read cell by cell, row by row, and their bounding boxes."""
    segments, boxes = [], []
    for table in page.find_tables():
        cells = []
        for row in table.rows:
            for cell in row.cells:
                if cell is not None:
                    cells.append(page.within_bbox(cell).extract_text())
        segments.append((table.bbox[1], " ".join(cells)))
        boxes.append(table.bbox)
    return segments, boxes


def outside(boxes: list[tuple]):
    """A char filter keeping chars that are in none of the boxes."""
    def keep(obj):
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)
    return keep


def region_text(region) -> str:
    """Reading-order text of a page region: lines and tables sorted top to bottom."""
    segments, boxes = table_segments(region)
    rest = region.filter(outside(boxes)) if boxes else region
    segments += lines_text(rest)
    return " ".join(text for _, text in sorted(segments, key=lambda s: s[0]))


def column_split(page) -> float | None:
    """The x of the gutter when the body text sits in two columns, else None."""
    chars = page.chars
    if len(chars) < 200:
        return None
    middle = page.width / 2
    for gutter in (middle - 6, middle, middle + 6):
        if not any(c["x0"] < gutter < c["x1"] or abs((c["x0"] + c["x1"]) / 2 - gutter) < 2 for c in chars):
            left = sum(1 for c in chars if c["x1"] < gutter)
            if left > 50 and len(chars) - left > 50:
                return gutter
    return None


def page_stream(page) -> str:
    """The normalised body text of a page in reading order (columns left before right)."""
    body = page.filter(lambda obj: obj.get("object_type") != "char" or is_body_char(obj))
    gutter = column_split(body)
    if gutter is None:
        return normalise(region_text(body))
    left = body.crop((0, 0, gutter, page.height))
    right = body.crop((gutter, 0, page.width, page.height))
    return normalise(region_text(left) + " " + region_text(right))


def longest_prefix(target: str, stream: str) -> int:
    """Length of the longest prefix of target that occurs in stream."""
    low, high = 0, len(target)
    while low < high:
        mid = (low + high + 1) // 2
        if target[:mid] in stream:
            low = mid
        else:
            high = mid - 1
    return low


def start_page(target: str, streams: list[str]) -> int | None:
    """The 1-based page where the text's first words appear, if any."""
    head = target[:START_CHARS]
    return next((i + 1 for i, s in enumerate(streams) if head in s), None)


def locate(target: str, streams: list[str], page: int) -> str | None:
    """Check that the text starts on `page` and reads on, across page breaks, until its end; a problem or None."""
    index, pos = page - 1, 0
    if index >= len(streams) or target[:START_CHARS] not in streams[index]:
        found = start_page(target, streams)
        return f"starts on page {found}, gold says {page}" if found else "text not found in the PDF"
    while True:
        stream = streams[index]
        rest = target[pos:]
        length = longest_prefix(rest, stream)
        if pos and stream.find(rest[:length]) > BREAK_SLACK:
            return f"continuation on page {index + 1} does not follow the page break"
        if length == len(rest):
            return None
        if length < min(START_CHARS, len(rest)) and pos:
            return f"text breaks off on page {index + 1}: ...{rest[:40]}"
        if len(stream) - (stream.rfind(rest[:length]) + length) > BREAK_SLACK or index + 1 >= len(streams):
            return f"text differs on page {index + 1} after {pos + length} characters: ...{rest[length:length + 40]}"
        pos += length
        index += 1


def check_document(corpus: Path, entry: dict) -> list[str]:
    """Every gold afspraak of a document is in its PDF from its gold page on."""
    gold = json.loads((corpus / entry["gold"]).read_text(encoding="utf-8"))
    with pdfplumber.open(corpus / entry["pdf"]) as pdf:
        streams = [page_stream(page) for page in pdf.pages]
    problems = []
    if gold["document"]["pages"] != len(streams):
        problems.append(f"{entry['id']}: gold says {gold['document']['pages']} pages, the PDF has {len(streams)}")
    for afspraak in gold["afspraken"]:
        problem = locate(normalise(afspraak["text"]), streams, afspraak["page"])
        if problem:
            problems.append(f"{entry['id']}: {afspraak['key']}: {problem}")
    return problems


def check_pair(corpus: Path, entry: dict) -> list[str]:
    """Every afspraak of both documents is in exactly one link, with a known status."""
    pair = json.loads((corpus / entry["gold"]).read_text(encoding="utf-8"))
    name = f"{pair['old']}__{pair['new']}"
    problems = []
    for side in ("old", "new"):
        gold = json.loads((corpus / "gold" / f"{pair[side]}.json").read_text(encoding="utf-8"))
        keys = Counter(a["key"] for a in gold["afspraken"])
        linked = Counter(link[side] for link in pair["links"] if link[side] is not None)
        problems += [f"{name}: {side} afspraak {k} is in {linked[k]} links" for k in keys if linked[k] != 1]
        problems += [f"{name}: link to unknown {side} afspraak {k}" for k in linked if k not in keys]
    for link in pair["links"]:
        if link["status"] not in STATUSES:
            problems.append(f"{name}: unknown status {link['status']!r}")
        expected = "new" if link["old"] is None else "dropped" if link["new"] is None else None
        if (expected or link["status"]) != link["status"] or (
                expected is None and link["status"] in ("new", "dropped")):
            problems.append(f"{name}: link {link['old']} -> {link['new']} has status {link['status']}")
    return problems


def check_corpus(corpus_dir: Path | str = CORPUS_DIR) -> list[str]:
    """All problems of the corpus; an empty list when it is fine."""
    corpus = Path(corpus_dir)
    index = json.loads((corpus / "gold" / "index.json").read_text(encoding="utf-8"))
    problems = []
    for entry in index["documents"]:
        problems += check_document(corpus, entry)
    for entry in index["pairs"]:
        problems += check_pair(corpus, entry)
    return problems


if __name__ == "__main__":
    found = check_corpus(sys.argv[1] if len(sys.argv) > 1 else CORPUS_DIR)
    for problem in found:
        print(problem)
    print(f"{len(found)} problem(s)", file=sys.stderr)
    sys.exit(1 if found else 0)
