"""`panels._any_nested` answers in one array comparison for a large grid what the pairwise test answers."""

import random

from pipeline.parse.panels import SMALL_GRID, _any_nested, _inside


def _pairwise(cells):
    return any(a != b and _inside(b, a) for a in cells for b in cells)


def test_array_comparison_agrees_with_pairwise_on_random_grids():
    rng = random.Random(21)
    seen = set()
    for _ in range(400):
        rows, cols = rng.randint(2, 8), rng.randint(2, 6)
        cells = [(c * 50.0 + rng.uniform(-1.5, 1.5), r * 20.0 + rng.uniform(-1.5, 1.5),
                  (c + 1) * 50.0 + rng.uniform(-1.5, 1.5), (r + 1) * 20.0 + rng.uniform(-1.5, 1.5))
                 for r in range(rows) for c in range(cols)]
        if rng.random() < 0.3:  # a title bar drawn over the top of a cell
            x0, top, x1, bottom = rng.choice(cells)
            cells.append((x0 + rng.uniform(-1.5, 1.5), top, x1, top + rng.uniform(2, 30)))
        if rng.random() < 0.2:
            cells.append(rng.choice(cells))  # the same cell twice is no nesting
        expected = _pairwise(cells)
        assert _any_nested(cells) == expected
        if len(cells) > SMALL_GRID:
            seen.add(expected)
    assert seen == {True, False}
