"""The Reports window's use cases: each report is a few SQL aggregates (see
:mod:`.queries`) shaped into a :class:`~illdesk.domain.report_table.Report`, plus the
start dashboard and the exports (CSV, XLSX, and PDF through a renderer port)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Protocol

from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.purchase_rules import fiscal_year_label, fiscal_year_of, fiscal_year_span
from illdesk.domain.report_table import (
    Chart,
    ChartKind,
    Dashboard,
    Report,
    ReportFilter,
    ReportKind,
    Series,
    Table,
)
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.persistence.database import Database
from illdesk.services.copyright import CopyrightService
from illdesk.services.reports import queries as q
from illdesk.services.reports.export import write_csv, write_xlsx

SPENDING = ("charges_paid", "purchases", "royalties")
"""What counts against the budget."""
SIDE_WORDS = {Side.BORROWING.value: N_("borrowing"), Side.LENDING.value: N_("lending")}


class ReportRenderer(Protocol):
    """Draws a report with its chart as PDF bytes (``printing.documents.report_pdf``)."""

    def report(self, report: Report, settings: Settings) -> bytes: ...


def _rate(filled: int, unfilled: int) -> float | None:
    answered = filled + unfilled
    return round(100.0 * filled / answered, 1) if answered else None


def _hours(value: Any) -> float | None:
    return None if value is None else round(float(value), 1)


def _money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


class ReportService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        copyright_service: CopyrightService | None = None,
        renderer: ReportRenderer | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._copyright = copyright_service
        self._renderer = renderer

    def _rows(self, statement: Any) -> list[Any]:
        with self._db.reading() as session:
            return list(session.execute(statement))

    def kinds(self) -> tuple[ReportKind, ...]:
        kinds = tuple(ReportKind)
        return kinds if self._copyright is not None else kinds[:-1]

    def build(self, kind: ReportKind, flt: ReportFilter) -> Report:
        builders: dict[ReportKind, Callable[[ReportFilter], Report]] = {
            ReportKind.VOLUME: self.volume,
            ReportKind.FILL_RATE: self.fill_rate,
            ReportKind.TURNAROUND: self.turnaround,
            ReportKind.MONEY: self.money,
            ReportKind.PARTNERS: self.partners,
            ReportKind.BORROW_OR_BUY: self.borrow_or_buy,
            ReportKind.ANNUAL: self.annual,
            ReportKind.COPYRIGHT: self.copyright,
        }
        return builders[kind](flt)

    def build_all(
        self, flt: ReportFilter, progress: Progress = NO_PROGRESS
    ) -> dict[ReportKind, Report]:
        """Every report for the filter, one progress step each (cancellable between)."""
        kinds = self.kinds()
        built: dict[ReportKind, Report] = {}
        for done, kind in enumerate(kinds):
            progress.step(done, len(kinds), f"{kind.value.replace('_', ' ').capitalize()}…")
            built[kind] = self.build(kind, flt)
        progress.step(len(kinds), len(kinds), "")
        return built

    # -- the reports -----------------------------------------------------------------------
    def volume(self, flt: ReportFilter) -> Report:
        cells: dict[tuple[str, str, str, str], list[int]] = defaultdict(lambda: [0, 0])
        for month, side, service, material, count in self._rows(q.volume_new(flt)):
            cells[(month, side, service, material)][0] += int(count)
        for month, side, service, material, count in self._rows(q.volume_finished(flt)):
            cells[(month, side, service, material)][1] += int(count)
        rows = tuple((*key, new, done) for key, (new, done) in sorted(cells.items()))
        months = sorted({key[0] for key in cells})
        new_by = defaultdict(int, {m: 0 for m in months})
        done_by = defaultdict(int, {m: 0 for m in months})
        for (month, *_), (new, done) in cells.items():
            new_by[month] += new
            done_by[month] += done
        return Report(
            ReportKind.VOLUME,
            N_("Volume"),
            flt.describe(),
            N_(
                "New: requests created in the month. Finished: requests that reached complete, "
                "cancelled, unfilled or deflected to our own copy in the month."
            ),
            (
                Table(
                    N_("Requests by month, side, service and material"),
                    (
                        N_("Month"),
                        N_("Side"),
                        N_("Service"),
                        N_("Material"),
                        N_("New"),
                        N_("Finished"),
                    ),
                    rows,
                ),
            ),
            Chart(
                ChartKind.BAR,
                tuple(months),
                (
                    Series(N_("New"), tuple(float(new_by[m]) for m in months)),
                    Series(N_("Finished"), tuple(float(done_by[m]) for m in months)),
                ),
                N_("requests"),
            ),
        )

    def fill_rate(self, flt: ReportFilter) -> Report:
        rows = []
        by_month: dict[str, dict[str, float]] = defaultdict(dict)
        for month, side, count, filled, unfilled in self._rows(q.fill_rate(flt)):
            filled, unfilled = int(filled or 0), int(unfilled or 0)
            rate = _rate(filled, unfilled)
            rows.append((month, SIDE_WORDS.get(side, side), int(count), filled, unfilled, rate))
            if rate is not None:
                by_month[month][side] = rate
        reasons = tuple(
            (SIDE_WORDS.get(side, side), note or N_("(no reason given)"), int(count))
            for side, note, count in self._rows(q.unfilled_reasons(flt))
        )
        months = tuple(sorted(by_month))
        counted = as_sentence(N_("finished") if flt.by_finished else N_("created"))
        return Report(
            ReportKind.FILL_RATE,
            N_("Fill rate"),
            flt.describe(),
            Sentence(
                N_(
                    "Counted by the month a request was {counted}. Filled: borrowing received "
                    "from a lender; lending shipped or copy sent. Unfilled: ended unfilled "
                    "without being filled. Fill rate = filled ÷ (filled + unfilled); open, "
                    "cancelled, bought and open-access requests are not in the rate. Reasons: "
                    "every unfilled answer, including lenders passed over in a rota."
                ),
                counted=counted,
            ),
            (
                Table(
                    N_("Fill rate by month"),
                    (
                        N_("Month"),
                        N_("Side"),
                        N_("Requests"),
                        N_("Filled"),
                        N_("Unfilled"),
                        N_("Fill rate %"),
                    ),
                    tuple(rows),
                ),
                Table(N_("Unfilled reasons"), (N_("Side"), N_("Reason"), N_("Answers")), reasons),
            ),
            Chart(
                ChartKind.LINE,
                months,
                tuple(
                    Series(
                        SIDE_WORDS[side].capitalize(),
                        tuple(by_month[m].get(side, 0.0) for m in months),
                    )
                    for side in (Side.BORROWING.value, Side.LENDING.value)
                    if flt.side in (None, side)
                ),
                N_("% filled"),
                ceiling=100.0,
            ),
        )

    def _partner_words(self) -> dict[int, tuple[str, str]]:
        return {pid: (symbol, name) for pid, symbol, name in self._rows(q.partner_names())}

    def turnaround(self, flt: ReportFilter) -> Report:
        partners = self._partner_words()
        overall = [
            (step, int(n), _hours(med), _hours(p90), int(a or 0), int(b or 0), int(c or 0))
            for step, n, med, p90, a, b, c in self._rows(q.turnaround(flt, per_partner=False))
        ]
        per_partner = [
            (
                step,
                partners.get(pid, ("", ""))[0] if pid is not None else "",
                int(n),
                _hours(med),
                _hours(p90),
                int(a or 0),
                int(b or 0),
                int(c or 0),
            )
            for step, pid, n, med, p90, a, b, c in self._rows(q.turnaround(flt, per_partner=True))
        ]
        order = {step: i for i, step in enumerate(q.STEPS)}
        overall.sort(key=lambda r: order.get(r[0], 9))
        per_partner.sort(key=lambda r: (order.get(r[0], 9), r[1]))
        steps = tuple(r[0] for r in overall)
        return Report(
            ReportKind.TURNAROUND,
            N_("Turnaround"),
            flt.describe(),
            N_(
                "Hours, for requests created in the period: request → received (borrowing, "
                "created to first received), received → patron notified, lending request → "
                "shipped (created to shipped or copy sent). Median and 90th percentile by the "
                "nearest-rank method."
            ),
            (
                Table(
                    N_("Per step"),
                    (
                        N_("Step"),
                        N_("Requests"),
                        N_("Median h"),
                        N_("90th pct h"),
                        N_("Under 48 h"),
                        N_("48–72 h"),
                        N_("Over 72 h"),
                    ),
                    tuple(overall),
                ),
                Table(
                    N_("Per step and partner"),
                    (
                        N_("Step"),
                        N_("Partner"),
                        N_("Requests"),
                        N_("Median h"),
                        N_("90th pct h"),
                        N_("Under 48 h"),
                        N_("48–72 h"),
                        N_("Over 72 h"),
                    ),
                    tuple(per_partner),
                ),
            ),
            Chart(
                ChartKind.STACKED,
                steps,
                tuple(
                    Series(label, tuple(float(r[4 + i] or 0) for r in overall))
                    for i, label in enumerate(("Under 48 h", "48–72 h", "Over 72 h"))
                ),
                N_("requests"),
            ),
        )

    def partners(self, flt: ReportFilter) -> Report:
        names = self._partner_words()
        exchange = {
            pid: (int(lent or 0), int(got or 0))
            for pid, lent, got in self._rows(q.partner_exchange(flt))
        }
        refused = {pid: int(n or 0) for pid, n in self._rows(q.partner_answers(flt))}
        speed = {
            pid: (_hours(med), int(n))
            for step, pid, n, med, _p90, *_b in self._rows(q.turnaround(flt, per_partner=True))
            if step == q.STEP_REQUEST_RECEIVED
        }
        rows = []
        for pid in sorted(set(exchange) | set(refused), key=lambda p: names.get(p, ("", ""))[0]):
            lent, borrowed = exchange.get(pid, (0, 0))
            symbol, name = names.get(pid, ("?", "?"))
            median = speed.get(pid, (None, 0))[0]
            rows.append(
                (
                    symbol,
                    name,
                    lent,
                    borrowed,
                    lent - borrowed,
                    _rate(borrowed, refused.get(pid, 0)),
                    median,
                )
            )
        return Report(
            ReportKind.PARTNERS,
            N_("Partners"),
            flt.describe(),
            N_(
                "Lent: lending requests from the partner that we shipped or sent. Borrowed: our "
                "borrowing requests the partner filled. Balance = lent − borrowed. Fill rate they "
                "give us = borrowed ÷ (borrowed + times they answered unfilled or we declined "
                "their conditions). Median hours from our request to receiving their item."
            ),
            (
                Table(
                    N_("Lending and borrowing per partner"),
                    (
                        N_("Symbol"),
                        N_("Partner"),
                        N_("Lent"),
                        N_("Borrowed"),
                        N_("Balance"),
                        N_("Fill rate %"),
                        N_("Median h"),
                    ),
                    tuple(rows),
                ),
            ),
            Chart(
                ChartKind.BAR,
                tuple(str(r[0]) for r in rows),
                (
                    Series(N_("Lent"), tuple(float(r[2]) for r in rows)),
                    Series(N_("Borrowed"), tuple(float(r[3]) for r in rows)),
                ),
                N_("requests"),
            ),
        )

    def _many(self, *statements: Any) -> list[list[Any]]:
        """Several statements' rows, read in one session."""
        with self._db.reading() as session:
            return [list(session.execute(s)) for s in statements]

    def fiscal_year(self, day: dt.date) -> tuple[int, str, ReportFilter]:
        """The fiscal year ``day`` falls in: its number, its label and its days."""
        month = self._settings.get_int("purchase.fiscal_year_start_month")
        month = month if 1 <= month <= 12 else 1
        year = fiscal_year_of(day, month)
        first, after = fiscal_year_span(year, month)
        return (
            year,
            fiscal_year_label(year, month),
            ReportFilter(first, after - dt.timedelta(days=1)),
        )

    def money(self, flt: ReportFilter) -> Report:
        words = {
            "charges_paid": "Lender charges paid",
            "purchases": "Purchases",
            "royalties": "Royalties",
            "billed": "Charges billed to borrowers",
            "received": "Charges received",
        }
        year, label, fiscal = self.fiscal_year(flt.end)
        paid, filled_rows, budget_rows, fiscal_paid = self._many(
            q.money(flt), q.filled_borrowing(flt), q.budget(year), q.money(fiscal)
        )
        totals: dict[tuple[str, str], tuple[int, Decimal]] = {}
        for kind, currency, count, amount in paid:
            totals[(kind, currency)] = (int(count), _money(amount))
        budget_currency = self._settings.get_str("purchase.currency")
        rows = [
            (words[kind], currency, count, amount)
            for kind in words
            for (k, currency), (count, amount) in sorted(totals.items())
            if k == kind
        ]
        filled = int(filled_rows[0][0] or 0)
        bought = sum(c for (k, _cur), (c, _a) in totals.items() if k == "purchases")
        spend = sum(
            (a for (k, cur), (_c, a) in totals.items() if k in SPENDING and cur == budget_currency),
            Decimal("0"),
        )
        per_filled = (
            (spend / (filled + bought)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if filled + bought
            else None
        )
        amount = Decimal(budget_rows[0][0]) if budget_rows else None
        currency = budget_rows[0][1] if budget_rows else budget_currency
        spent = sum(
            (_money(a) for kind, cur, _n, a in fiscal_paid if kind in SPENDING and cur == currency),
            Decimal("0"),
        )
        summary: list[tuple[str, str, int | None, Decimal | None]] = [
            (N_("Borrowing requests filled (received or bought)"), "", filled + bought, None),
            (N_("Cost per filled request"), budget_currency, None, per_filled),
            (Sentence(N_("Budget {label}"), label=label), currency, None, amount),
            (Sentence(N_("Spent in {label}"), label=label), currency, None, spent),
            (
                Sentence(N_("Left in {label}"), label=label),
                currency,
                None,
                None if amount is None else amount - spent,
            ),
        ]
        chart_rows = [r for r in rows if r[1] == budget_currency]
        return Report(
            ReportKind.MONEY,
            N_("Money"),
            flt.describe(),
            Sentence(
                N_(
                    "Amounts recorded in the period, per currency. Cost per filled request = "
                    "lender charges + purchases + royalties in {currency} ÷ borrowing requests "
                    "received from a lender or bought in the period. The budget is the fiscal "
                    "year the period ends in."
                ),
                currency=budget_currency,
            ),
            (
                Table(
                    N_("Paid and billed"),
                    (N_("What"), N_("Currency"), N_("Count"), N_("Amount")),
                    tuple(rows),
                ),
                Table(
                    N_("Per request and budget"),
                    (N_("What"), N_("Currency"), N_("Count"), N_("Amount")),
                    tuple(summary),
                ),
            ),
            Chart(
                ChartKind.BAR,
                tuple(str(r[0]) for r in chart_rows),
                (Series(budget_currency, tuple(float(r[3]) for r in chart_rows)),),
                budget_currency,
            ),
        )

    def borrow_or_buy(self, flt: ReportFilter) -> Report:
        titles = tuple(
            (title or "", number or "", service, int(n), int(bought or 0))
            for title, number, service, n, bought in self._rows(q.repeated_titles(flt))
        )
        classes: dict[str, int] = defaultdict(int)
        for prefix, n in self._rows(q.requested_classes(flt)):
            letters = "".join(ch for ch in (prefix or "") if ch.isalpha()) or N_("(none)")
            classes[letters.upper()] += int(n)
        class_rows = tuple(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])))
        journals = tuple((j or "", int(n)) for j, n in self._rows(q.requested_journals(flt)))
        total, open_access, bought = (int(v or 0) for v in self._rows(q.borrowing_shares(flt))[0])
        share = tuple(
            (what, n, round(100.0 * n / total, 1) if total else None)
            for what, n in (
                (N_("Borrowing requests"), total),
                (N_("Met by open access"), open_access),
                (N_("Bought"), bought),
            )
        )
        return Report(
            ReportKind.BORROW_OR_BUY,
            N_("Borrow or buy"),
            flt.describe(),
            Sentence(
                N_(
                    "Titles: borrowing requests for the same book (ISBN, else title) or "
                    "journal (ISSN, else name) more than {times} times in the {years} years up "
                    "to {end}. Classes: the first letters of the call number of our own copy, "
                    "for requests whose ISBN is in our catalogue. Shares: of the borrowing "
                    "requests created in the period."
                ),
                times=flt.repeat_times,
                years=flt.repeat_years,
                end=flt.end,
            ),
            (
                Table(
                    N_("Titles requested again and again"),
                    (N_("Title"), N_("ISBN/ISSN"), N_("Service"), N_("Requests"), N_("Bought")),
                    titles,
                ),
                Table(N_("Classes most requested"), (N_("Class"), N_("Requests")), class_rows),
                Table(N_("Journals most requested"), (N_("Journal"), N_("Requests")), journals),
                Table(
                    N_("Open access and purchase share"),
                    (N_("What"), N_("Requests"), N_("Share %")),
                    share,
                ),
            ),
            Chart(
                ChartKind.BAR,
                tuple(c for c, _n in class_rows[:12]),
                (Series(N_("Requests"), tuple(float(n) for _c, n in class_rows[:12])),),
                N_("requests"),
            ),
        )

    def annual(self, flt: ReportFilter) -> Report:
        values = [int(v or 0) for v in self._rows(q.annual(flt))[0]]
        (
            lend,
            lend_filled,
            lend_items,
            lend_copies,
            lend_unfilled,
            borrow,
            borrow_got,
            borrow_items,
            borrow_copies,
            borrow_unfilled,
        ) = values
        rows = (
            (
                N_("Requests received from other libraries"),
                lend,
                N_("Lending requests created in the period."),
            ),
            (N_("— filled"), lend_filled, N_("Of those, shipped or copy sent.")),
            (N_("— unfilled"), lend_unfilled, N_("Of those, answered unfilled.")),
            (N_("Items provided (returnables)"), lend_items, N_("Lending loans shipped.")),
            (N_("Copies provided (non-returnables)"), lend_copies, N_("Lending copies sent.")),
            (
                N_("Requests made to other libraries"),
                borrow,
                N_("Borrowing requests created in the period."),
            ),
            (N_("— received"), borrow_got, N_("Of those, received from a lender.")),
            (N_("— unfilled"), borrow_unfilled, N_("Of those, unfilled by every lender asked.")),
            (N_("Returnables received"), borrow_items, N_("Borrowing loans received.")),
            (N_("Non-returnables received"), borrow_copies, N_("Borrowing copies received.")),
        )
        return Report(
            ReportKind.ANNUAL,
            N_("Annual statistics"),
            flt.describe(),
            N_(
                "Counts for national and consortium surveys; every count is of requests created "
                "in the period, whatever their state now. The side filter does not apply."
            ),
            (Table(N_("Survey counts"), (N_("Measure"), N_("Count"), N_("Definition")), rows),),
            Chart(
                ChartKind.BAR,
                (N_("Lending"), N_("Borrowing")),
                (
                    Series(N_("Returnables"), (float(lend_items), float(borrow_items))),
                    Series(N_("Non-returnables"), (float(lend_copies), float(borrow_copies))),
                ),
                N_("requests filled"),
            ),
        )

    def copyright(self, flt: ReportFilter) -> Report:
        if self._copyright is None:
            raise LookupError("no copyright service")
        year = flt.end.year
        found = self._copyright.report(year)
        rows = tuple((r.journal, r.issn, r.requests, r.over_limit, r.royalties) for r in found)
        top = found[:12]
        return Report(
            ReportKind.COPYRIGHT,
            N_("Copyright (rule of five)"),
            str(year),
            Sentence(
                N_(
                    "Borrowing copy requests made in {year} per journal, counted under the "
                    "CONTU rule of five (articles published within five years of the request); "
                    "those over the rule, and royalties paid. The report covers the calendar "
                    "year the period ends in."
                ),
                year=str(year),
            ),
            (
                Table(
                    N_("Journals"),
                    (
                        N_("Journal"),
                        N_("ISSN"),
                        N_("Requests"),
                        N_("Over the rule"),
                        N_("Royalties paid"),
                    ),
                    rows,
                ),
            ),
            Chart(
                ChartKind.BAR,
                tuple(r.journal[:24] for r in top),
                (Series(N_("Requests"), tuple(float(r.requests) for r in top)),),
                N_("requests"),
            ),
        )

    # -- today -----------------------------------------------------------------------------
    def dashboard(self) -> Dashboard:
        counts: dict[str, int] = defaultdict(int)
        with self._db.reading() as session:
            for side, state, n in session.execute(q.dashboard_counts()):
                what = q.DASHBOARD_STATES.get((side, state))
                if what is not None:
                    counts[what] += int(n)
            notices = int(session.scalar(q.dashboard_notices()) or 0)
        return Dashboard(
            counts["to_pull"], counts["to_ship"], counts["to_receive"], counts["overdue"], notices
        )

    # -- exports ---------------------------------------------------------------------------
    def export(self, report: Report, path: Path) -> Path:
        """Write the report as CSV, XLSX or PDF, chosen by the file's suffix."""
        suffix = path.suffix.lower()
        if suffix == ".csv":
            write_csv(report, path)
        elif suffix == ".xlsx":
            write_xlsx(report, path)
        elif suffix == ".pdf":
            if self._renderer is None:
                raise LookupError("no PDF renderer")
            path.write_bytes(self._renderer.report(report, self._settings))
        else:
            from illdesk.domain.errors import ValidationFailed

            raise ValidationFailed({"file": "Choose a file ending in .csv, .xlsx or .pdf."})
        return path
