"""Report benchmarks on a demo database of 250,000 requests (10,000 with ``--quick``).

* ``reports.<kind>_250k``: the report as the Reports window computes it (service call:
  the SQL aggregates plus shaping the rows into tables and a chart).  Baseline: the same
  SQL statements executed bare on a connection and fetched (ratio = service / bare SQL;
  goal: at most 1.5).
* ``reports.dashboard_250k``: the start dashboard (today's work), in milliseconds; goal
  under 100 ms.  Ratio against its two bare statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from benchmarks.fixtures import demo_database_url
from benchmarks.runner import Result, timed
from illdesk.domain.report_table import ReportFilter, ReportKind
from illdesk.persistence.database import open_database
from illdesk.persistence.settings_store import load_settings
from illdesk.services.reports import ReportService
from illdesk.services.reports import queries as q
from illdesk.settings_registry import all_setting_defs

TODAY = dt.date(2026, 11, 23)
FULL = 250_000
QUICK = 10_000


def _statements(flt: ReportFilter, service: ReportService) -> dict[ReportKind, list[Any]]:
    """Every statement each report runs, as the service runs them."""
    year, _label, fiscal = service.fiscal_year(flt.end)
    return {
        ReportKind.VOLUME: [q.volume_new(flt), q.volume_finished(flt)],
        ReportKind.FILL_RATE: [q.fill_rate(flt), q.unfilled_reasons(flt)],
        ReportKind.TURNAROUND: [
            q.partner_names(),
            q.turnaround(flt, per_partner=False),
            q.turnaround(flt, per_partner=True),
        ],
        ReportKind.MONEY: [
            q.money(flt),
            q.filled_borrowing(flt),
            q.budget(year),
            q.money(fiscal),
        ],
        ReportKind.PARTNERS: [
            q.partner_names(),
            q.partner_exchange(flt),
            q.partner_answers(flt),
            q.turnaround(flt, per_partner=True),
        ],
        ReportKind.BORROW_OR_BUY: [
            q.repeated_titles(flt),
            q.requested_classes(flt),
            q.requested_journals(flt),
            q.borrowing_shares(flt),
        ],
        ReportKind.ANNUAL: [q.annual(flt)],
    }


def _interleaved(
    baseline: Callable[[], object], ours: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Best times of the two, measured turn about after one warm-up each, so a cold cache
    or a busy machine weighs on both alike."""
    baseline()
    ours()
    times = [(timed(baseline), timed(ours)) for _ in range(repeat)]
    return min(t[0] for t in times), min(t[1] for t in times)


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = QUICK if quick else FULL
    suffix = f"{n // 1000}k"
    names = [f"reports.{k.value}_{suffix}" for k in ReportKind if k is not ReportKind.COPYRIGHT]
    if only and not any(only in name for name in [*names, f"reports.dashboard_{suffix}"]):
        return
    db = open_database(demo_database_url(n))
    settings = load_settings(db, all_setting_defs())
    service = ReportService(db, settings)
    flt = ReportFilter(dt.date(TODAY.year - 1, 1, 1), TODAY)
    repeat = 2 if quick else 3

    def bare(statements: list[Any]) -> Callable[[], object]:
        def go() -> object:
            with db.engine.connect() as connection:
                return [connection.execute(s).fetchall() for s in statements]

        return go

    for kind, statements in _statements(flt, service).items():
        name = f"reports.{kind.value}_{suffix}"
        if only and only not in name:
            continue
        baseline, ours = _interleaved(
            bare(statements), lambda k=kind: service.build(k, flt), repeat
        )
        yield Result(name, ours * 1000, "ms", ours / baseline)
    name = f"reports.dashboard_{suffix}"
    if not only or only in name:
        baseline, ours = _interleaved(
            bare([q.dashboard_counts(), q.dashboard_notices()]), service.dashboard, 7
        )
        yield Result(name, ours * 1000, "ms", ours / baseline)
    db.dispose()
