"""A page of words in more whitespace columns than prose is ever set in (a grid of figures without rules) is read as
one text, not as columns: its column numbers would otherwise run into those of drawn boxes (`types.BOX_COLUMN`),
issue #21. Made with reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from pipeline.parse import parse_pdf
from pipeline.parse.gutters import MAX_COLUMNS
from pipeline.types import BOX_COLUMN

WIDTH, HEIGHT = landscape(A3)


def grid_pdf(path: Path, columns: int) -> Path:
    c = Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=1)
    c.setFont("Helvetica", 9)
    step = (WIDTH - 80) / columns
    for row in range(45):
        for k in range(columns):
            c.drawString(40 + k * step, HEIGHT - 90 - 14 * row, f"{(row * 7 + k * 3) % 97 + 100}")
    c.showPage()
    c.save()
    return path


def test_issue_21_a_grid_of_many_columns_is_no_page_of_text_columns(tmp_path, backend):
    assert MAX_COLUMNS < BOX_COLUMN
    pages = parse_pdf(grid_pdf(tmp_path / "grid.pdf", 20), {"backend": backend})
    assert all(line.column < BOX_COLUMN for page in pages for line in page.lines)
    assert {line.column for page in pages for line in page.lines} <= {0, 1}
