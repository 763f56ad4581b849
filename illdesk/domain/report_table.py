"""What a report is, independent of how it is computed or shown: tables of figures, the
definition used for them, and the chart drawn from them (pure values, no I/O)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from illdesk.domain.words import N_, Sentence

Cell = str | int | float | Decimal | None


class ReportKind(StrEnum):
    VOLUME = "volume"
    FILL_RATE = "fill_rate"
    TURNAROUND = "turnaround"
    MONEY = "money"
    PARTNERS = "partners"
    BORROW_OR_BUY = "borrow_or_buy"
    ANNUAL = "annual"
    COPYRIGHT = "copyright"


class ChartKind(StrEnum):
    BAR = "bar"
    STACKED = "stacked"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """Categories along the bottom, one bar or line per series."""

    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str = ""
    ceiling: float | None = None
    """The top of the value axis when it is fixed (100 for percentages)."""


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Report:
    kind: ReportKind
    title: str
    period: str
    definition: str
    """The definitions used, in words, printed with the figures."""
    tables: tuple[Table, ...]
    chart: Chart | None = None


@dataclass(frozen=True)
class ReportFilter:
    """The period (``start`` to ``end``, both days included) and the side; ``by_finished``
    counts fill rates by the month a request was finished instead of created."""

    start: dt.date
    end: dt.date
    side: str | None = None
    by_finished: bool = False
    repeat_times: int = 3
    """Borrow or buy: titles requested more than this many times…"""
    repeat_years: int = 3
    """…within this many years up to the end of the period."""

    def describe(self) -> str:
        """The period, e.g. "2026-01-01 – 2026-12-31" (dates in the desk's format on screen)."""
        return Sentence(N_("{start} – {end}"), start=self.start, end=self.end)

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_before(self) -> dt.datetime:
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())


@dataclass(frozen=True)
class Dashboard:
    """Today's work at the desk."""

    to_pull: int
    to_ship: int
    to_receive: int
    overdue: int
    notices: int
    extra: dict[str, int] = field(default_factory=dict)


def bucket_of(hours: float) -> str:
    """The turnaround bucket a duration falls into."""
    if hours < 48:
        return "under 48 h"
    if hours <= 72:
        return "48–72 h"
    return "over 72 h"


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)
