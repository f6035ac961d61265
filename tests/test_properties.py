"""Properties of the text-level stages: no crash on arbitrary input, and the invariants that hold for any text

Each property is a plain `check_*` function over the values one strategy draws; the tests below run each a few
dozen times, and `fuzz/fuzz_text.py` runs the same properties for minutes (see PROPERTIES at the end).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import clean as clean_module
from pipeline import normalise as normalise_module
from pipeline.changes import compare
from pipeline.clean import LIGATURES, clean, normalise_text
from pipeline.features import extract_features
from pipeline.meta import detect_meta
from pipeline.segment import segment
from pipeline.text import join_lines
from pipeline.types import Afspraak, Block, Document, DocumentMeta, Layout, Line, Page, Table

# --- strategies ---------------------------------------------------------------------------------------------

# What PDF text layers hold besides plain words: ligatures, soft hyphens, odd spaces, (cid:N) glyphs,
# private-use bullets, combining accents, list markers, page numbers, signature and heading words.
ODD_PIECES = [
    "ﬁ", "ﬂ", "ﬀ", "ﬃ", "\u00ad", "\u00a0", "\u2009", "\u202f", "\u200b", "\ufeff", "\uf0b7", "\uf0a7",
    "\ue000", "\x95", "\x92",
    "(cid:", "(cid:127)", "(cid:3)", ")", "e\u0301", "\u0301", "•", "–", "-", "/", "\t", "\n", " ", "  ",
]
WORDS = [
    "De", "gemeente", "corporatie", "Woonstichting", "bouwt", "realiseert", "ten minste", "120", "1.200", "€",
    "sociale", "huur-", "woningen", "in", "2024", "label", "B", "uiterlijk", "eind", "indien", "geen", "alle",
    "afspraken", "Afspraak 3:", "Inleiding", "Inhoud", "Bijlage", "Aldus overeengekomen", "Ondertekening",
    "pagina 2 van 9", "1.", "2.", "1.1", "a)", "(3)", "•", "-", "*", "3", "....... 4", ".", ",", ":", ";",
]
MIXED_TEXT = st.lists(
    st.one_of(st.sampled_from(ODD_PIECES), st.sampled_from(WORDS),
              st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)),
    max_size=30,
).map("".join)
ANY_TEXT = st.one_of(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120),
                     MIXED_TEXT)
LINE_TEXT = st.lists(st.sampled_from(WORDS + ODD_PIECES), min_size=1, max_size=14).map(" ".join)
SIZES = st.sampled_from([7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 14.0, 16.0])


@st.composite
def pages(draw: st.DrawFn) -> tuple[Page, ...]:
    """A few synthetic pages of lines (and now and then a ruled table) with plausible positions and fonts."""
    out = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        lines, top = [], draw(st.floats(20, 120))
        for _ in range(draw(st.integers(0, 14))):
            size = draw(SIZES)
            x0 = draw(st.sampled_from([56.0, 70.0, 85.0, 300.0])) + draw(st.floats(0, 4))
            lines.append(Line(text=draw(LINE_TEXT), page=number, x0=x0, x1=x0 + draw(st.floats(10, 480)),
                              top=top, bottom=top + size, size=size, bold=draw(st.booleans()),
                              markers=tuple(draw(st.lists(st.sampled_from(["1", "2", "*"]), max_size=1))),
                              column=draw(st.sampled_from([0, 0, 1, 2]))))
            top += size + draw(st.floats(0, 30))
        tables = []
        if draw(st.integers(0, 4)) == 0:
            width = draw(st.integers(2, 4))
            cell = st.one_of(st.none(), LINE_TEXT)
            rows = draw(st.lists(st.tuples(*[cell] * width), min_size=1, max_size=4))
            tables.append(Table(page=number, top=top, bottom=top + 20 * len(rows), x0=56, x1=540,
                                rows=tuple(rows)))
        out.append(Page(number, 595.0, 842.0, tuple(lines), tuple(tables), draw(st.sampled_from([1, 2]))))
    return tuple(out)


MARKERS = st.sampled_from([None, "1.", "2.", "1.1", "12", "a)", "(3)", "•", "-", "Afspraak 4:", "*", "x"])


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    """Arbitrary cleaned layouts: blocks of any kind, text, marker, cells and position, pages in order."""
    blocks = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["heading", "paragraph", "item", "item", "table_row"]))
        cell = LINE_TEXT | st.sampled_from(["Nr", "Afspraak", "Trekker", "Planning", ""])
        cells = tuple(draw(st.lists(cell, min_size=1, max_size=4))) if kind == "table_row" else ()
        page = draw(st.integers(1, 5))
        blocks.append(Block(
            kind=kind, text=" | ".join(cells) if cells else draw(LINE_TEXT), page=page,
            x0=draw(st.floats(0, 500)), top=draw(st.floats(0, 800)), size=draw(SIZES | st.just(0.0)),
            bold=draw(st.booleans()), marker=draw(MARKERS) if kind == "item" else None, cells=cells,
            end_page=draw(st.one_of(st.none(), st.just(page), st.just(page + 1))),
        ))
    return Layout(tuple(sorted(blocks, key=lambda b: b.page)), pages=5)  # clean gives reading order


META = st.builds(
    DocumentMeta, path=st.just("x.pdf"), sha256=st.just("f" * 64), pages=st.just(5),
    type=st.sampled_from(["prestatieafspraken", "bod", "kennisgeving", "other"]),
    years=st.lists(st.integers(2015, 2030), max_size=2).map(tuple),
    corporaties=st.lists(st.sampled_from(["Woonstichting De Eik", "Lindehof", "De"]), max_size=2).map(tuple),
)
AFSPRAAK_TEXT = st.one_of(ANY_TEXT, st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))


def document(texts: Sequence[str], prefix: str, year: int | None) -> Document:
    meta = DocumentMeta(path=f"{prefix}.pdf", sha256=prefix * 12, pages=1, type="prestatieafspraken",
                        years=(year,) if year else ())
    return Document(meta=meta, afspraken=tuple(
        Afspraak(id=f"{prefix}-{i}", number=str(i + 1), section=None, party=None, page=1, text=t)
        for i, t in enumerate(texts)))


# --- helpers ------------------------------------------------------------------------------------------------

def squash(text: str) -> str:
    """Letters and digits only: what must survive joining, de-hyphenation and whitespace folding."""
    return "".join(ch for ch in text if ch.isalnum())


def pieces_needed(text: str, sources: Sequence[str]) -> int | None:
    """How few runs of the sources (letters and digits only) make up `text`; None if some part occurs nowhere.

    Greedy longest-prefix matching gives the fewest pieces: any part of a run is itself a run.
    """
    target, haystack = squash(text), [squash(s) for s in sources]
    count, i = 0, 0
    while i < len(target):
        best = 0
        for source in haystack:
            lo, hi = best, len(target) - i
            while lo < hi:  # the longest prefix of target[i:] that occurs in this source
                mid = (lo + hi + 1) // 2
                if target[i:i + mid] in source:
                    lo = mid
                else:
                    hi = mid - 1
            best = max(best, lo)
        if best == 0:
            return None
        i += best
        count += 1
    return count


# --- properties ---------------------------------------------------------------------------------------------

def check_normalise_text(text: str) -> None:
    """normalise_text never fails, is idempotent, and leaves no ligature, soft hyphen, NBSP or (cid:N)."""
    once = normalise_text(text)
    assert once == normalise_module._normalise_fully(text)  # the quick path for ordinary lines changes nothing
    assert normalise_text(once) == once
    assert once == once.strip()
    assert not any(ch in once for ch in [*LIGATURES, "\u00ad", "\u00a0", "\u200b", "\ufeff"])
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in once)
    assert re.search(r"\(cid:\d+\)", once) is None


def check_join_lines(first: str, second: str) -> None:
    """Joining keeps both lines whole, apart from one hyphen or space where they meet."""
    joined = join_lines(first, second)
    assert join_lines(first, "") == first and join_lines("", second) == second
    if first and second:
        assert joined.endswith(second)
        assert joined.startswith(first[:-1])
        assert len(first) + len(second) - 1 <= len(joined) <= len(first) + len(second) + 1


def check_clean_and_segment(pages_: tuple[Page, ...], meta: DocumentMeta) -> None:
    """clean and segment never fail on synthetic pages; nothing in a block or afspraak is made up.

    Every block is made of runs of the normalised line texts (and table cells), and every afspraak text of
    runs of the cleaned document's blocks: at most one run per line or block it spans.
    """
    layout = clean(pages_)
    lines = [normalise_text(ln.text) for p in pages_ for ln in p.lines]
    cells = [normalise_text(c or "") for p in pages_ for t in p.tables for row in t.rows for c in row]
    for block in layout.blocks:
        assert block.text.strip()
        assert 1 <= block.page <= len(pages_)
        needed = pieces_needed(block.text, lines + cells)
        assert needed is not None and needed <= len(lines) + len(cells), block
    detect_meta(layout.blocks)
    check_afspraken_from_blocks(layout, meta)


def check_afspraken_from_blocks(layout: Layout, meta: DocumentMeta) -> None:
    """segment never fails on any layout, and every afspraak text occurs in the cleaned document text."""
    afspraken = segment(layout, meta)
    texts = [b.text for b in layout.blocks]
    for a in afspraken:
        assert a.text == a.text.strip() and "  " not in a.text
        needed = pieces_needed(a.text, texts)
        assert needed is not None and needed <= len(texts), a
        assert a.page in {b.page for b in layout.blocks}
        assert a.end_page is None or a.end_page >= a.page


def check_extract_features(text: str, year: int | None) -> None:
    """Feature extraction never fails, and its scales stay in range."""
    f = extract_features(text, year=year)
    assert f.scope is None or 0.0 <= f.scope <= 1.0
    assert all(isinstance(q.value, float | int) for q in f.quantities)


def check_compare(old_texts: list[str], new_texts: list[str]) -> None:
    """Every afspraak of both documents appears in exactly one change, with a similarity in 0..1."""
    c = compare(document(old_texts, "o", 2022), document(new_texts, "n", 2023))
    olds = Counter(ch.old.id for ch in c.changes if ch.old)
    news = Counter(ch.new.id for ch in c.changes if ch.new)
    assert olds == Counter(f"o-{i}" for i in range(len(old_texts)))
    assert news == Counter(f"n-{i}" for i in range(len(new_texts)))
    assert all(ch.similarity is None or 0.0 <= ch.similarity <= 1.0 for ch in c.changes)
    assert all(ch.status in ("new", "split") for ch in c.changes if ch.old is None)


#: name -> (strategy of argument tuples, property); what fuzz/fuzz_text.py runs for minutes.
PROPERTIES: dict[str, tuple[st.SearchStrategy[tuple[Any, ...]], Callable[..., None]]] = {
    "normalise_text": (st.tuples(ANY_TEXT), check_normalise_text),
    "join_lines": (st.tuples(ANY_TEXT, ANY_TEXT), check_join_lines),
    "clean_segment": (st.tuples(pages(), META), check_clean_and_segment),
    "segment_layouts": (st.tuples(layouts(), META), check_afspraken_from_blocks),
    "extract_features": (st.tuples(AFSPRAAK_TEXT, st.one_of(st.none(), st.integers(1990, 2100))),
                         check_extract_features),
    "compare": (st.tuples(st.lists(AFSPRAAK_TEXT, max_size=5), st.lists(AFSPRAAK_TEXT, max_size=5)),
                check_compare),
}

QUICK = settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))


@QUICK
@given(ANY_TEXT)
def test_normalise_text(text):
    check_normalise_text(text)


def test_issue_8_the_quick_normalisation_of_ordinary_lines_equals_the_full_one():
    """Every line of every corpus PDF (and of the real notice where it is), through both paths."""
    from pipeline.parse import parse_pdf

    from .conftest import CORPUS, REAL_NOTICE

    files = [*sorted((CORPUS / "pdf").glob("*.pdf")), *[p for p in [REAL_NOTICE] if p.exists()]]
    lines = [ln.text for path in files for page in parse_pdf(path, {"backend": "pdfplumber"}) for ln in page.lines]
    assert len(lines) > 5_000
    assert [normalise_text(t) for t in lines] == [normalise_module._normalise_fully(t) for t in lines]
    assert sum(normalise_module._ODD.search(t) is not None for t in lines) > 0  # some lines take the full path


@QUICK
@given(ANY_TEXT, ANY_TEXT)
def test_join_lines(first, second):
    check_join_lines(first, second)


@QUICK
@given(pages(), META)
def test_clean_and_segment_synthetic_pages(pages_, meta):
    check_clean_and_segment(pages_, meta)


@QUICK
@given(layouts(), META)
def test_segment_arbitrary_layouts(layout, meta):
    check_afspraken_from_blocks(layout, meta)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(AFSPRAAK_TEXT, st.one_of(st.none(), st.integers(1990, 2100)))
def test_extract_features(text, year):
    check_extract_features(text, year)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(AFSPRAAK_TEXT, max_size=5), st.lists(AFSPRAAK_TEXT, max_size=5))
def test_compare_links_every_afspraak_once(old_texts, new_texts):
    check_compare(old_texts, new_texts)


def _types_then_names_as_first_written(types: Sequence[str]) -> re.Pattern[str]:
    """meta's organisation-type pattern before issue #8 spelled it one alternative per initial."""
    from pipeline.meta import NAME_WORD

    alternatives = "|".join(re.escape(t) for t in sorted(types, key=len, reverse=True))
    initials = "".join(sorted({c for t in types for c in (t[:1].lower(), t[:1].upper())}))
    return re.compile(r"\b(?=[" + initials + r"])((?i:" + alternatives + r")) ((?:" + NAME_WORD + r")(?: "
                      + NAME_WORD + r"){0,3})")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Stichting", "stichting", "STICHTING", "Woonstichting", "woonstichting", "Het",
                                 "Lindehof", "Huurdersvereniging", "huurdersvereniging", "De", "Zon", "van",
                                 "xStichting", "Woningcorporatie", "Vivare", "-", ".", "\n", "1", "Huurders",
                                 "Belangen"]),
                max_size=12), st.sampled_from([" ", "", "\n", "-"]))
def test_organisation_types_found_as_with_the_pattern_as_first_written(words, joiner):
    from pipeline.meta import _type_then_name
    from pipeline.structure import structure_lexicon

    text = joiner.join(words)
    for key in ("huurders_types", "corporatie_types"):
        types = tuple(structure_lexicon()[key])
        ours = [m.groups() for m in _type_then_name(types).finditer(text)]
        assert ours == [m.groups() for m in _types_then_names_as_first_written(types).finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Inhoud", " ", "\u00a0", "\t", "\n", ".", ". ", "…", "3", "14", "٣", "²", "x", "2.1",
                                 "Duurzaamheid"]), max_size=12).map("".join) | st.text(max_size=40))
def test_issue_8_drop_toc_looks_at_a_line_only_where_it_ends_in_a_digit(text):
    """drop_toc tries its page-number patterns only on lines ending in a digit: every match ends in one."""
    if clean_module.TOC_LEADER.search(text) or clean_module.TOC_PAGE_NUMBER.search(text):
        assert clean_module.ends_in_digit(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["WWW.", "www.", "wWw.", "http", "HTTPS", "httpſ", "://", ":/", "/", "x", " ", "\u00a0",
                                 "\x1c", "\n", "ww", "w.", "İ"]), max_size=10).map("".join) | st.text(max_size=40))
def test_issue_8_segment_quick_tests_agree_with_the_patterns_they_stand_before(text):
    """The URL search runs only where may_hold_url says it could match; whitespace is folded by split/join as
    by the regex it replaced."""
    from pipeline import drafts as segment_module  # the URL test moved with the drafts (segment split)

    if segment_module.URL.search(text):
        assert segment_module.may_hold_url(text)
    assert " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()
