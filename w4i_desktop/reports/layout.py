"""What the Excel and the PDF report both show, as translated rows: the indicator list, the
breakdown tables (with small-cell suppression in pseudonymised reports) and the two charts.

Each breakdown column is one indicator's breakdown over one dimension, so it is suppressed on
its own with `suppress_counts`: its total (the indicator's value) is printed and never
suppressed. The rows of a side-by-side table (I1, I2, I6 of one category) have no total of
their own, so they need no secondary suppression. Countries are sorted by their name in the
report's language, "unknown" last; every other dimension keeps the order of `indicators`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from w4i_desktop.reports.indicators import BREAKDOWN_IDS, DIMENSIONS, IDS
from w4i_desktop.reports.queries import UNKNOWN
from w4i_desktop.reports.report_data import ReportData
from w4i_desktop.reports.suppression import HIDDEN, SMALL, suppress_counts

__all__ = [
    "HIDDEN",
    "PERCENT_IDS",
    "SMALL",
    "Breakdown",
    "Chart",
    "IndicatorRow",
    "breakdowns",
    "charts",
    "indicator_rows",
]

PERCENT_IDS = frozenset({"I7", "I13"})
Shown = int | str  # a count, or SMALL / HIDDEN


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    value: int | float | None  # I7 and I13 in per cent; None: "n/a"
    definition: str

    @property
    def is_percent(self) -> bool:
        return self.id in PERCENT_IDS


@dataclass(frozen=True)
class Breakdown:
    """One breakdown table: `labels` name each row (country rows also carry the ISO code, in
    `codes`), `columns` name the count columns, `cells[row][column]` and `totals[column]`."""

    key: str  # a dimension of DIMENSIONS, "placement_type" or "closure_reason"
    title: str
    label_header: str
    columns: tuple[str, ...]
    labels: tuple[str, ...]
    codes: tuple[str, ...] | None
    cells: tuple[tuple[Shown, ...], ...]
    totals: tuple[int, ...]

    @property
    def suppressed(self) -> bool:
        return any(isinstance(cell, str) for row in self.cells for cell in row)


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]
    values: tuple[Shown, ...]


def indicator_rows(data: ReportData) -> list[IndicatorRow]:
    t = data.texts
    values = data.indicators.values
    return [IndicatorRow(key, t.indicator(key), values[key], t.definition(key)) for key in IDS]


def column_name(data: ReportData, key: str) -> str:
    return f"{data.texts.indicator(key)} ({key})"


def breakdowns(data: ReportData) -> list[Breakdown]:
    """The five dimensions (I1, I2, I6 side by side), then I5 by type and I12 by reason."""
    t = data.texts
    tables = [_dimension(data, dimension) for dimension in DIMENSIONS]
    ind = data.indicators
    for key, indicator, counts in (
        ("placement_type", "I5", {k.value: v for k, v in ind.placements_by_type.items()}),
        ("closure_reason", "I12", {k.value: v for k, v in ind.exits_by_reason.items()}),
    ):
        shown = _shown(data, counts)
        tables.append(
            Breakdown(
                key=key,
                title=t(f"sheet.{key}"),
                label_header=t(f"dimension.{key}"),
                columns=(column_name(data, indicator),),
                labels=tuple(t.category(key, value) for value in counts),
                codes=None,
                cells=tuple((shown[value],) for value in counts),
                totals=(sum(counts.values()),),
            )
        )
    return tables


def _dimension(data: ReportData, dimension: str) -> Breakdown:
    t = data.texts
    columns = {key: data.indicators.breakdowns[key][dimension] for key in BREAKDOWN_IDS}
    categories = list(columns[BREAKDOWN_IDS[0]])
    for counts in columns.values():  # countries appear only where counted
        categories += [c for c in counts if c not in categories]
    if dimension == "site":
        labels = {c: data.site_names.get(c, c) for c in categories}
    else:
        labels = {c: t.category(dimension, c) for c in categories}
    if dimension == "country_of_birth":
        categories.sort(key=lambda c: (c == UNKNOWN, _sort_key(labels[c]), c))
    full = {key: {c: counts.get(c, 0) for c in categories} for key, counts in columns.items()}
    shown = {key: _shown(data, counts) for key, counts in full.items()}
    return Breakdown(
        key=dimension,
        title=t(f"sheet.{dimension}"),
        label_header=t(f"dimension.{dimension}"),
        columns=tuple(column_name(data, key) for key in BREAKDOWN_IDS),
        labels=tuple(labels[c] for c in categories),
        codes=(
            tuple("" if c == UNKNOWN else c for c in categories)
            if dimension == "country_of_birth"
            else None
        ),
        cells=tuple(tuple(shown[key][c] for key in BREAKDOWN_IDS) for c in categories),
        totals=tuple(sum(full[key].values()) for key in BREAKDOWN_IDS),
    )


def _shown(data: ReportData, counts: Mapping[str, int]) -> dict[str, Shown]:
    return dict(counts) if data.named else suppress_counts(counts)


def _sort_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def charts(tables: list[Breakdown], data: ReportData) -> tuple[Chart, Chart]:
    """Placements started by type (I5) and active participants (I2) by age band, from the
    breakdown tables, so a chart never shows more than its table."""
    t = data.texts
    by_key = {table.key: table for table in tables}
    types = by_key["placement_type"]
    ages = by_key["age_band"]
    active = BREAKDOWN_IDS.index("I2")
    return (
        Chart(t("chart.placements_by_type"), types.labels, tuple(r[0] for r in types.cells)),
        Chart(
            t("chart.participants_by_age_band"),
            ages.labels,
            tuple(row[active] for row in ages.cells),
        ),
    )
