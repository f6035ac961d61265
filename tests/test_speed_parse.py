"""Shortcuts taken for speed in the parse stage find what the plain scans they replace find (bench/README.md,
"Session 12" on).

Each shortcut is checked against the plain version on random input: words and rules for `strikes.struck_words`, row
and column rules for `rules_to_boxes` (drawn on a coarse grid so that rules meet, align and run within the tolerance
of each other as a table's or a card's do), ruled tables for the table finder ported from pdfplumber, text-object
looks for the styles `pdfium.page_words` keeps, pages of columns for `gutters`, byte strings for `files.last_obj`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.parse import files, gutters
from pipeline.parse.boxes import MIN_HEIGHT, _box_sides, rules_to_boxes
from pipeline.parse.geometry import Grid, Word, cluster_baselines
from pipeline.parse.strikes import struck_words


def _strike_out_scanning_every_rule(words, rules):
    """Session 11's strike_out: every word against the rules between its 30 % and 80 % heights."""
    kept = []
    for w in words:
        h, margin = w.bottom - w.top, 0.2 * (w.x1 - w.x0)
        crossing = [r for r in rules if w.top + 0.3 * h <= r[0] <= w.bottom - 0.2 * h]
        if not any(x0 <= w.x0 + margin and x1 >= w.x1 - margin for _, x0, x1 in crossing):
            kept.append(w)
    return kept


def _boxes_pairwise(rules, tolerance=1.5):
    """rules_to_boxes as first written: every pair of row rules, both column sides asked for each pair."""
    sides = _box_sides(rules, tolerance)
    if sides is None:
        return []
    rows, buckets = sides
    columns = [c for bucket in buckets.values() for c in bucket]

    def has_column(x, top, bottom):
        return any(abs(pos - x) <= tolerance and start <= top + tolerance and end >= bottom - tolerance
                   for pos, start, end in columns)

    found = set()
    for i, (top, x0, x1) in enumerate(rows):
        for j, (bottom, b0, b1) in enumerate(rows):
            if j == i or bottom - top < MIN_HEIGHT or abs(b0 - x0) > tolerance or abs(b1 - x1) > tolerance:
                continue
            if has_column(x0, top, bottom) and has_column(x1, top, bottom):
                found.add((round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)))
    return sorted(found, key=lambda b: (b[1], b[0], b[2], b[3]))


_COARSE = st.integers(0, 40).map(lambda k: k * 12.5)
_JITTER = st.sampled_from([0.0, 0.4, -0.9, 1.5, 1.6, -2.0])


@st.composite
def _word(draw):
    x0, top = draw(_COARSE), draw(_COARSE)
    return Word("w", x0, x0 + draw(st.floats(2, 80)), top, top + draw(st.floats(4, 14)), 10.0, False)


@st.composite
def _rule(draw):
    x0 = draw(_COARSE)
    return (draw(_COARSE) + draw(st.floats(0, 12.5)), x0, x0 + draw(st.floats(0, 200)))


_AT = st.sampled_from([0.25, 0.3, 0.31, 0.5, 0.79, 0.8, 0.81])  # of a word's height, from its top
_OVER = st.sampled_from([-5.0, 0.0, 0.19, 0.2, 0.21, 0.5])  # of its width, inside (>0) or past (<0) an end


@st.composite
def _struck(draw, words):
    """A rule drawn near a word's mid-height and ends: struck through or only nearly."""
    w = draw(st.sampled_from(words))
    h, width = w.bottom - w.top, w.x1 - w.x0
    return (w.top + draw(_AT) * h, w.x0 + draw(_OVER) * width, w.x1 - draw(_OVER) * width)


@st.composite
def _page(draw):
    words = draw(st.lists(_word(), min_size=1, max_size=40))
    return words, draw(st.lists(_rule(), max_size=10)) + draw(st.lists(_struck(words), max_size=20))


@settings(max_examples=300, deadline=None)
@given(_page())
def test_strike_out_one_search_per_word_keeps_the_words_a_scan_of_every_rule_keeps(page):
    words, rules = page
    struck = struck_words(words, rules)
    assert [w for i, w in enumerate(words) if i not in struck] == _strike_out_scanning_every_rule(words, rules)


@st.composite
def _box_rule(draw):
    orientation = draw(st.sampled_from("hv"))
    start = draw(_COARSE) * 2 + draw(_JITTER)
    return (orientation, draw(_COARSE) * 2 + draw(_JITTER), start, start + draw(_COARSE) * 2 + draw(_JITTER))


@st.composite
def _drawn_box(draw):
    """The four sides of a box, each end off by up to about the tolerance (or more)."""
    x0, top = draw(_COARSE), draw(_COARSE) * 2
    x1, bottom = x0 + 50 + draw(_COARSE), top + 25 + draw(_COARSE)
    return [("h", top + draw(_JITTER), x0 + draw(_JITTER), x1 + draw(_JITTER)),
            ("h", bottom + draw(_JITTER), x0 + draw(_JITTER), x1 + draw(_JITTER)),
            ("v", x0 + draw(_JITTER), top + draw(_JITTER), bottom + draw(_JITTER)),
            ("v", x1 + draw(_JITTER), top + draw(_JITTER), bottom + draw(_JITTER))]


@settings(max_examples=300, deadline=None)
@given(st.lists(_drawn_box(), max_size=8), st.lists(_box_rule(), max_size=30))
def test_box_finder_asks_each_side_once_per_top_and_finds_the_boxes_of_every_pair(boxes, rules):
    rules = [side for box in boxes for side in box] + rules
    assert rules_to_boxes(rules) == _boxes_pairwise(rules)


def test_box_finder_asks_each_side_once_per_top_on_a_page_of_cards():
    """Two columns of four cards each with a header bar: the boxes of every pair, cards and bars alike."""
    rules = []
    for x0 in (36.0, 300.0):
        for k in range(4):
            top = 80.0 + 160 * k
            rules += [("h", top, x0, x0 + 240), ("h", top + 20, x0, x0 + 240), ("h", top + 140, x0, x0 + 240),
                      ("v", x0, top, top + 140), ("v", x0 + 240, top, top + 140)]
    found = rules_to_boxes(rules)
    assert found == _boxes_pairwise(rules)
    assert len(found) == 16  # each card, and each card less its header bar


def _grids_with_pdfplumbers_finder(edges):
    """rules.find_grids as it was (session 12): pdfplumber's own table functions on the rules as its dicts."""
    from pdfplumber.table import Table, TableSettings, cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.utils import filter_edges

    from pipeline.parse.rules import TABLE_SETTINGS, closing_rules, intersections_to_cells

    edges = [*edges, *closing_rules(edges)]
    if len({e.pos for e in edges if e.orientation == "v"}) < 3 or sum(e.orientation == "h" for e in edges) < 2:
        return []
    s = TableSettings.resolve(TABLE_SETTINGS)
    found = filter_edges([e.as_pdfplumber() for e in edges], min_length=s.edge_min_length_prefilter)
    found = merge_edges(found, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                        join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    found = filter_edges(found, min_length=s.edge_min_length)
    crossings = edges_to_intersections(found, s.intersection_x_tolerance, s.intersection_y_tolerance)
    box = itemgetter("x0", "top", "x1", "bottom")
    cells = intersections_to_cells({p: ([box(e) for e in c["v"]], [box(e) for e in c["h"]])
                                    for p, c in crossings.items()})
    grids = []
    for group in cells_to_tables(cells):
        table = Table(None, group)
        rows = tuple(tuple(tuple(map(float, cell)) if cell else None for cell in row.cells) for row in table.rows)
        if rows and max(len(r) for r in rows) >= 2:
            grids.append(Grid(*map(float, table.bbox), rows))
    return grids


def _pdfplumbers_cells(intersections):
    from pdfplumber.table import intersections_to_cells

    return intersections_to_cells(intersections)


_RULE_AT = st.integers(0, 24).map(lambda k: k * 25.0)
_RULE_JITTER = st.sampled_from([0.0, 0.3, -0.7, 1.4, 2.9, 3.0, 3.1, -3.5, 6.2, 0.1 + 0.2])


@st.composite
def _table_rule(draw):
    """A rule on a coarse grid, off by up to about the snap and join tolerances, some in pieces or short."""
    from pipeline.parse.rules import Edge

    start = draw(_RULE_AT) + draw(_RULE_JITTER)
    end = start + draw(st.sampled_from([0.5, 2.0, 3.0, 25.0, 50.0, 100.0, 300.0])) + draw(_RULE_JITTER)
    return Edge(draw(st.sampled_from("hv")), draw(_RULE_AT) + draw(_RULE_JITTER), start, end)


@st.composite
def _ruled_table(draw):
    """A ruled table: row and column rules across it, each end off by a jitter."""
    from pipeline.parse.rules import Edge

    x0, top = draw(_RULE_AT), draw(_RULE_AT)
    xs = sorted({x0 + k * 40.0 for k in range(draw(st.integers(1, 5)))} | {x0 + draw(st.integers(1, 6)) * 40.0})
    ys = sorted({top + k * 15.0 for k in range(draw(st.integers(1, 5)))} | {top + draw(st.integers(1, 6)) * 15.0})
    rules = [Edge("h", y + draw(_RULE_JITTER), xs[0] + draw(_RULE_JITTER), xs[-1] + draw(_RULE_JITTER)) for y in ys]
    rules += [Edge("v", x + draw(_RULE_JITTER), ys[0] + draw(_RULE_JITTER), ys[-1] + draw(_RULE_JITTER)) for x in xs]
    return draw(st.permutations(rules))


@settings(max_examples=400, deadline=None)
@given(st.lists(_ruled_table(), max_size=3), st.lists(_table_rule(), max_size=25))
def test_table_finder_ported_from_pdfplumber_finds_the_grids_pdfplumbers_functions_find(tables, rules):
    from pipeline.parse.rules import find_grids

    edges = [e for table in tables for e in table] + rules
    assert find_grids(edges) == _grids_with_pdfplumbers_finder(edges)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ruled_table(), min_size=1, max_size=3), st.lists(_table_rule(), max_size=10))
def test_crossings_to_cells_find_pdfplumbers_cells_in_its_order(tables, rules):
    from pdfplumber.table import edges_to_intersections as pdfplumbers_intersections

    from pipeline.parse.rules import _rule, edges_to_intersections, intersections_to_cells

    edges = [e.as_pdfplumber() for table in tables for e in table] + [e.as_pdfplumber() for e in rules]
    ref = pdfplumbers_intersections(edges, 3, 3)
    mine = edges_to_intersections([_rule(e) for table in tables for e in table] + [_rule(e) for e in rules])
    box = itemgetter("x0", "top", "x1", "bottom")
    assert {p: ([box(e) for e in c["v"]], [box(e) for e in c["h"]]) for p, c in ref.items()} == mine
    assert list(ref) == list(mine)
    assert intersections_to_cells(mine) == _pdfplumbers_cells(ref)


def test_table_finder_ported_from_pdfplumber_on_the_ruled_pages_of_the_corpus():
    """Every page of the bundled and dev PDFs with rules: the same grids as pdfplumber's functions."""
    import pypdfium2 as pdfium

    from pipeline.parse.drawing import page_edges
    from pipeline.parse.pdfium_calls import address
    from pipeline.parse.rules import find_grids

    from .conftest import CORPUS

    compared = 0
    for path in sorted((CORPUS / "pdf").glob("*.pdf")) + sorted((CORPUS / "challenge/dev/pdf").glob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(doc)):
                page = doc[i]
                edges = page_edges(address(page.raw), page.get_height())
                page.close()
                if len(edges) >= 4:
                    mine = find_grids(edges)
                    assert mine == _grids_with_pdfplumbers_finder(edges), (path.name, i + 1)
                    compared += bool(mine)
        finally:
            doc.close()
    assert compared >= 100  # pages with a ruled table


# --- Session 14: a text object's style worked out once per font, size and matrix of a document ---------------


def _style_of_each_object(font_size, matrix, bold):
    """Session 13's page_words: every text object's style from its own size and matrix (`_orientation`)."""
    import math

    from pipeline.parse.layout import is_horizontal
    from pipeline.parse.pdfium import DESCENT

    if matrix is None:
        level, scale = True, 1.0
    else:
        scale = math.hypot(matrix[2], matrix[3])
        level, scale = is_horizontal((matrix[0], matrix[1], matrix[2], matrix[3])), scale if scale > 0 else 1.0
    size = round(font_size * scale, 2)
    return (size, bold, level, DESCENT * size)


_ENTRIES = st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.04, 0.05, 0.06, 0.7071, 12.0, 1e-9, float("nan"), float("inf")])
_MATRICES = st.none() | st.tuples(_ENTRIES, _ENTRIES, _ENTRIES, _ENTRIES)
_SIZES = st.sampled_from([0.0, -0.0, 1.0, 9.5, 10.0, 10.004999, 12.0, 1e-3, float("nan")]) | st.floats(0, 72)
_FONTS = st.sampled_from([(b"Helvetica", 0), (b"Helvetica-Bold", 0), (b"ABCDEF+Calibri", 1 << 18), (b"Arial", 32)])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_FONTS, _SIZES, _MATRICES), min_size=1, max_size=30))
def test_text_styles_kept_per_look_are_the_styles_each_text_object_works_out(objects):
    """page_words keeps a text object's style per look (font name and flags, PDFium's size, glyph matrix) for the
    whole document: asked again, in any order, the kept style is the one the object's own size and matrix give,
    to the sign of a zero (`repr`); a NaN, never equal to itself, is worked out again."""
    from pipeline.parse.pdfium import _is_bold, _new_look

    fonts = {font: _is_bold(*font, 400) for font, _, _ in objects}  # the weight is asked only for a new font
    looks: dict = {}
    for font, size, matrix in objects + objects[::-1]:
        look = (*font, size, matrix)
        kept = looks.get(look) or _new_look(None, 0, look, fonts, looks)
        assert repr(kept) == repr(_style_of_each_object(size, matrix, fonts[font]))


def test_text_styles_kept_per_look_read_a_document_as_styles_per_page_do(tmp_path):
    """A page of bold, scaled, rotated and plain text read twice in one document: the second page's words (styles
    all kept from the first) are the first page's, and those a fresh reading of each page gives."""
    import ctypes

    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from pipeline.parse.pdfium import page_words
    from pipeline.parse.pdfium_calls import address

    path = tmp_path / "styles.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for _ in range(2):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, "Prestatieafspraken 2025")
        c.setFont("Helvetica", 10)
        c.drawString(72, 750, "De corporatie bouwt 40 woningen1 in 2025.")
        c.setFont("Helvetica", 6)
        c.drawString(72, 740, "zes punten klein")
        c.saveState()
        c.translate(72, 700)
        c.scale(2, 2)
        c.setFont("Times-Roman", 5)
        c.drawString(0, 0, "geschaald naar tien")
        c.restoreState()
        c.saveState()
        c.translate(300, 400)
        c.rotate(45)
        c.setFont("Helvetica", 40)
        c.drawString(0, 0, "CONCEPT")
        c.restoreState()
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    try:
        fonts: dict = {}
        looks: dict = {}
        shared, fresh = [], []
        for i in range(2):
            page = doc[i]
            for out, kept in ((shared, (fonts, looks)), (fresh, ({}, {}))):
                tp = page.get_textpage()
                out.append(page_words(ctypes.c_void_p(address(tp.raw)), page.get_height(), *kept))
                tp.close()
            page.close()
    finally:
        doc.close()
    assert shared == fresh and shared[0] == shared[1]
    words = shared[0][0]
    assert [w.text for w in words if w.bold] == ["Prestatieafspraken", "2025"]
    assert "CONCEPT" not in [w.text for w in words]
    assert {w.size for w in words if w.text in ("geschaald", "tien")} == {10.0}


def _find_gutters_clustering_twice(words, width, min_gap=10.0, left_edge=0.0):
    """Session 14's find_gutters: find_gutter and title_row_gutters each cluster the page's baselines."""
    first = gutters.find_gutter(words, width, min_gap, left_edge)
    found = []
    if first is not None:
        left = [w for w in words if w.x1 <= first]
        right = [w for w in words if w.x0 >= first]
        found = [*gutters._gutters_within(left, min_gap), first, *gutters._gutters_within(right, min_gap)]
    titled = [x for x in gutters.title_row_gutters(words, min_gap) if not any(abs(x - g) <= 3 * min_gap for g in found)]
    found = sorted([*found, *titled])
    return found if len(found) < gutters.MAX_COLUMNS else []


@st.composite
def _column_pages(draw):
    """Lines of words in one to three columns, a bold title row over them now and then, some words across."""
    columns = draw(st.integers(1, 3))
    width = 600.0
    span = width / columns
    words = []
    if draw(st.booleans()):  # a row of titles, larger and bold
        words += [Word(draw(st.sampled_from(["Waar", "Wat", "Wie"])), 20 + k * span, 60 + k * span, 40, 54, 14.0, True)
                  for k in range(columns)]
    for row in range(draw(st.integers(5, 45))):
        top = 60 + row * 14 + draw(st.floats(-0.5, 0.5))
        for k in range(columns):
            x = 20 + k * span + draw(st.sampled_from([0.0, 0.0, 12.0]))
            for _ in range(draw(st.integers(0, 5))):
                w = draw(st.floats(8, 60))
                words.append(Word(draw(st.sampled_from(["huur", "B6", "3.1", "12", "wijk"])), x, x + w, top, top + 10,
                                  10.0, draw(st.booleans())))
                x += w + draw(st.floats(2, 5))
                if x > (k + 1) * span - 10 and not draw(st.integers(0, 9)):
                    break  # a word that may run across the white between two columns
    return words, width


@settings(max_examples=200, deadline=None)
@given(_column_pages())
def test_gutters_from_one_clustering_of_the_baselines_are_those_of_clustering_twice(page):
    words, width = page
    assert gutters.find_gutters(words, width) == _find_gutters_clustering_twice(words, width)
    assert gutters.find_gutters(words, width, left_edge=15.0) == _find_gutters_clustering_twice(words, width,
                                                                                                 left_edge=15.0)


def _striking_rule_per_word(w, ordered, heights):
    """Session 14's struck_words asked this of each word in a call of its own."""
    h = w.bottom - w.top
    low, high = w.top + 0.3 * h, w.bottom - 0.2 * h
    first = bisect_left(heights, low)
    if first == len(heights) or heights[first] > high:
        return False
    margin = 0.2 * (w.x1 - w.x0)
    return any(x0 <= w.x0 + margin and x1 >= w.x1 - margin for _, x0, x1 in ordered[first:bisect_right(heights, high)])


@settings(max_examples=300, deadline=None)
@given(_page())
def test_strike_out_inlined_in_one_loop_strikes_the_words_a_call_per_word_strikes(page):
    words, rules = page
    ordered = sorted(rules)
    heights = [y for y, _, _ in ordered]
    expected = {i for i, w in enumerate(words) if _striking_rule_per_word(w, ordered, heights)} if rules else set()
    assert struck_words(words, rules) == expected


def _title_row_gutters_phrasing_every_line(words, min_gap=10.0, baselines=None):
    """Session 14's title_row_gutters: each line cut into phrases before its boldness was asked."""
    if baselines is None:
        baselines = cluster_baselines(words)
    for i, line in enumerate(baselines):
        phrases = []
        for w in sorted(line, key=itemgetter(1)):
            if phrases and w.x0 - phrases[-1][-1].x1 < gutters.TITLE_GAP * min_gap:
                phrases[-1].append(w)
            else:
                phrases.append([w])
        if len(phrases) < 2 or not all(w.bold for w in line) or any(len(p) > gutters.MAX_TITLE_WORDS for p in phrases) \
                or not all(p[0].text[:1].isalpha() for p in phrases):
            continue
        below = [w for ln in baselines[i + 1:] for w in ln]
        if not below or min(w.size for w in line) < sorted(w.size for w in below)[len(below) // 2] + 0.5:
            continue
        starts = [p[0].x0 for p in phrases]
        if sum(any(abs(w.x0 - x) <= 3 for w in below) for x in starts) < 2:
            continue
        allowed = max(1, int(0.03 * len(below)))
        found = [x - 1 for x in starts[1:] if sum(w.x1 > x - min_gap and w.x0 < x - 1 for w in below) <= allowed]
        return found if len(found) == len(starts) - 1 else []
    return []


def _margin_marks_one_search_per_line(baselines, min_gap):
    """Session 14's margin_marks: one search of each baseline's words for a mark."""
    marks, candidates = set(), []
    for line in baselines:
        if not gutters._ANY_MARK.search("\n".join([w[0] for w in line])):
            continue
        ordered = sorted(line, key=itemgetter(1))
        for before, word in zip([None, *ordered], ordered, strict=False):
            if gutters.MARGIN_MARK.match(word.text):
                candidates.append(word)
                if before is None or word.x0 - before.x1 >= min_gap:
                    marks.add(id(word))
    candidates.sort(key=itemgetter(1))
    xs = [c.x0 for c in candidates]
    for word in candidates:
        if bisect_right(xs, word.x0 + 2.0) - bisect_left(xs, word.x0 - 2.0) >= 3:
            marks.add(id(word))
    return marks


@settings(max_examples=200, deadline=None)
@given(_column_pages(), st.lists(st.sampled_from(["", "A-1", "7)", "x\n12", "3.10"]), max_size=4))
def test_title_rows_and_margin_marks_asked_once_a_page_find_what_asking_every_line_finds(page, odd):
    words, width = page
    # odd texts too: an empty word, a line end inside one (a mark after it), on baselines of their own or not
    words = words + [Word(text, 300.0 + 20 * k, 310.0 + 20 * k, 60.0 + 28 * k, 70.0 + 28 * k, 10.0, False)
                     for k, text in enumerate(odd)]
    baselines = cluster_baselines(words)
    for min_gap in (10.0, 3.0):
        assert gutters.title_row_gutters(words, min_gap, baselines) == \
            _title_row_gutters_phrasing_every_line(words, min_gap, baselines)
        assert gutters.margin_marks(baselines, min_gap) == _margin_marks_one_search_per_line(baselines, min_gap)


@settings(max_examples=200, deadline=None)
@given(_column_pages())
def test_gutter_without_margin_marks_reads_the_words_as_they_are_as_filtering_them_did(page):
    words, width = page
    plain = gutters.margin_marks
    with mock.patch.object(gutters, "margin_marks", lambda baselines, min_gap: plain(baselines, min_gap) | {-1}):
        filtered = [gutters.find_gutter(words, width, left_edge=e) for e in (0.0, 15.0)]  # a mark set, never empty
    assert [gutters.find_gutter(words, width, left_edge=e) for e in (0.0, 15.0)] == filtered


_HEAD_PIECES = st.sampled_from([b"obj", b"endobj", b"12", b"0", b"7", b" ", b"\n", b"\r", b"\t", b"<<", b">>", b"x",
                                b"/Length 5", b"objx", b"_", b"\x00", b"\xff", b"stream"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=40).map(b"".join))
def test_last_object_header_found_from_the_end_is_the_last_that_finditer_finds(head):
    found = list(files._OBJ.finditer(head))
    last = files.last_obj(head)
    if not found:
        assert last is None
    else:
        assert last is not None and last.span() == found[-1].span() and last.group(1) == found[-1].group(1)


def test_last_object_header_on_the_stream_heads_of_the_corpus():
    """Every stream of the bundled and dev PDFs: the object its dictionary belongs to, as finditer's last says."""
    import mmap

    from .conftest import CORPUS

    seen = 0
    for path in sorted((CORPUS / "pdf").glob("*.pdf")) + sorted((CORPUS / "challenge/dev/pdf").glob("*.pdf")):
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            for match in files._STREAM.finditer(mm):
                head = mm[max(0, match.start() - 4096):match.start() + 2]
                found = list(files._OBJ.finditer(head))
                last = files.last_obj(head)
                assert (last.span() if last else None) == (found[-1].span() if found else None)
                seen += 1
    assert seen > 1000
