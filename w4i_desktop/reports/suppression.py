"""Small-cell suppression for pseudonymised reports (indicators.md, "Small-cell suppression").

A count from 1 to 4 is shown as `SMALL` ("<5"). Where exactly one cell of a row or column is
hidden, a second cell of that row or column is hidden too (shown as `HIDDEN`), so the small
value cannot be worked out from the total; this repeats until no row or column has exactly one
hidden cell. Decisions:

- The second cell is the smallest not-yet-hidden cell with a count above zero (ties: the first
  in the table's order). A shown 0 gives nothing away that the total does not, so a zero is
  hidden only when the line has no other candidate: with every other cell 0, the total would
  otherwise equal the small value.
- A line whose every other cell is already hidden, or that has a single cell, cannot be helped
  by its own cells and is left as it is.
- Second cells get their own mark: they hold 5 or more, and calling them "<5" would be false.
- The functions receive only the inner cells. Totals are computed by the caller from the exact
  counts and are never suppressed (the spec's rule), which is why second cells are needed.
- Zero stays 0 (it is not a small count) and counts of 5 or more stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

SMALL = "<5"
HIDDEN = "[c]"  # "confidential", the mark statistics offices use for a secondary suppression
SMALL_MAX = 4

Cell = tuple[str, str]


def suppress(table: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int | str]]:
    """`table[row][column]` with small counts and their complementary cells masked; the
    result has the same rows and columns in the same order. Rows may differ in length."""
    counts: dict[Cell, int] = {
        (row, column): count for row, cells in table.items() for column, count in cells.items()
    }
    lines: dict[tuple[int, str], list[Cell]] = {}
    for cell in counts:
        lines.setdefault((0, cell[0]), []).append(cell)
        lines.setdefault((1, cell[1]), []).append(cell)
    small = {cell for cell, count in counts.items() if 1 <= count <= SMALL_MAX}
    hidden = set(small)
    changed = True
    while changed:
        changed = False
        for line in lines.values():
            if sum(cell in hidden for cell in line) != 1:
                continue
            shown = [cell for cell in line if cell not in hidden]
            candidates = [cell for cell in shown if counts[cell] > 0] or shown
            if candidates:
                hidden.add(min(candidates, key=counts.__getitem__))
                changed = True
    return {
        row: {
            column: SMALL
            if (row, column) in small
            else HIDDEN
            if (row, column) in hidden
            else count
            for column, count in cells.items()
        }
        for row, cells in table.items()
    }


def suppress_counts(counts: Mapping[str, int]) -> dict[str, int | str]:
    """One breakdown column (category -> count), suppressed as a one-column table."""
    table = suppress({category: {"": count} for category, count in counts.items()})
    return {category: cells[""] for category, cells in table.items()}
