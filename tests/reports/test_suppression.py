from __future__ import annotations

import random

from w4i_desktop.reports.suppression import HIDDEN, SMALL, suppress, suppress_counts


def test_small_counts_become_less_than_five_and_the_next_smallest_is_hidden() -> None:
    counts = {"a": 0, "b": 3, "c": 10, "d": 7, "e": 20}
    assert suppress_counts(counts) == {"a": 0, "b": SMALL, "c": 10, "d": HIDDEN, "e": 20}


def test_boundaries_one_four_five_zero() -> None:
    assert suppress_counts({"a": 1, "b": 4, "c": 5, "d": 0}) == {
        "a": SMALL,
        "b": SMALL,
        "c": 5,
        "d": 0,
    }


def test_two_small_cells_need_no_second_cell() -> None:
    assert suppress_counts({"a": 2, "b": 4, "c": 9}) == {"a": SMALL, "b": SMALL, "c": 9}


def test_nothing_small_nothing_hidden() -> None:
    assert suppress_counts({"a": 5, "b": 0, "c": 120}) == {"a": 5, "b": 0, "c": 120}
    assert suppress_counts({}) == {}


def test_ties_take_the_first_cell_in_order() -> None:
    assert suppress_counts({"a": 2, "b": 7, "c": 7}) == {"a": SMALL, "b": HIDDEN, "c": 7}


def test_a_zero_is_hidden_only_when_nothing_else_is_left() -> None:
    assert suppress_counts({"a": 0, "b": 3, "c": 0}) == {"a": HIDDEN, "b": SMALL, "c": 0}
    assert suppress_counts({"a": 0, "b": 3, "c": 6}) == {"a": 0, "b": SMALL, "c": HIDDEN}


def test_a_single_cell_cannot_be_helped() -> None:
    assert suppress_counts({"a": 3}) == {"a": SMALL}


def test_two_dimensional_cascade() -> None:
    table = {
        "r1": {"x": 3, "y": 10, "z": 12},
        "r2": {"x": 8, "y": 9, "z": 15},
        "r3": {"x": 20, "y": 30, "z": 6},
    }
    assert suppress(table) == {
        "r1": {"x": SMALL, "y": HIDDEN, "z": 12},
        "r2": {"x": HIDDEN, "y": HIDDEN, "z": 15},
        "r3": {"x": 20, "y": 30, "z": 6},
    }
    assert table["r1"]["x"] == 3  # the input is left alone


def test_ragged_rows_keep_their_shape() -> None:
    table = {"r1": {"x": 2, "y": 40}, "r2": {"y": 7}}
    assert suppress(table) == {"r1": {"x": SMALL, "y": HIDDEN}, "r2": {"y": HIDDEN}}


def _lines(table: dict[str, dict[str, int | str]]) -> list[list[int | str]]:
    rows = [list(cells.values()) for cells in table.values()]
    columns: dict[str, list[int | str]] = {}
    for cells in table.values():
        for column, value in cells.items():
            columns.setdefault(column, []).append(value)
    return rows + list(columns.values())


def test_random_tables_leave_no_line_with_a_single_hidden_cell() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, columns = rng.randint(1, 6), rng.randint(1, 5)
        table = {
            f"r{r}": {f"c{c}": rng.choice((0, 0, 1, 2, 4, 5, 6, 9, 30)) for c in range(columns)}
            for r in range(rows)
        }
        result = suppress(table)
        for row, cells in table.items():
            for column, count in cells.items():
                shown = result[row][column]
                if 1 <= count <= 4:
                    assert shown == SMALL
                else:
                    assert shown in (count, HIDDEN)
        for line in _lines(result):
            hidden = sum(value in (SMALL, HIDDEN) for value in line)
            # A line with exactly one hidden cell is left only when it has no other cell.
            assert hidden != 1 or len(line) == 1
