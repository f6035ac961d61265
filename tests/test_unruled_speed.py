"""The unruled-table search (pipeline/parse/unruled.py) on pages of prose: cheap, and still finding tables.

Most pages have a line with a column gap (a numbered item, "1.   De gemeente ..."), so the search runs on nearly
every page: it splits each line into phrases once, and asks what a cell holds only while the line can still
open a row of a table (issue #19: ingest throughput).
"""

from __future__ import annotations

import pytest

import pipeline.parse.unruled as unruled
from pipeline.parse.geometry import Word


def _line(y: float, *phrases: tuple[float, str]) -> list[Word]:
    words = []
    for x, text in phrases:
        for token in text.split():
            width = 5.5 * len(token)
            words.append(Word(token, x, x + width, y - 10, y, 10.0, False))
            x += width + 3.0
    return words


def test_unruled_search_asks_cell_kinds_only_while_a_line_can_open_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = unruled.cell_kind
    monkeypatch.setattr(unruled, "cell_kind", lambda text: calls.append(text) or real(text))
    prose = [_line(100 + 14 * i, (60, f"{i + 1}."), (90, "De gemeente en de corporatie bouwen samen meer woningen"),
                   (420, "in"), (460, "2025")) for i in range(20)]
    words = [w for line in prose for w in line]
    assert unruled.find_unruled_grids(words) == []
    # per line: the number, the text (three words and more: it could be a row), then "in", which is no who/when
    assert len(calls) == 3 * len(prose)


def test_unruled_search_still_finds_a_table_of_rows_with_who_and_when() -> None:
    rows = [_line(100 + 14 * i, (60, f"{i + 1}"), (90, f"Meer sociale huurwoningen bouwen in wijk {i}"),
                  (360, "Gemeente"), (460, "2025")) for i in range(4)]
    (grid,) = unruled.find_unruled_grids([w for line in rows for w in line])
    assert len(grid.rows) == 4 and len(grid.rows[0]) == 4
