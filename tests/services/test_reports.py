"""Every report's figures against the small year of ``reports_support``, counted by hand,
on SQLite and PostgreSQL; the exports opened again with openpyxl; the figures unchanged
after patron data is anonymised."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import delete, update

from illdesk.domain.report_table import ReportFilter, ReportKind
from illdesk.persistence import orm
from illdesk.printing.documents.report_pdf import ReportPdf
from illdesk.services.copyright import CopyrightService
from illdesk.services.reports import ReportService
from illdesk.services.reports import queries as q
from illdesk.services.requests import RequestService
from illdesk.settings_registry import default_settings
from tests.services.reports_support import NATURE, SWEETGRASS, build_small_year

YEAR = ReportFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31), repeat_times=1)


@pytest.fixture
def reports(db) -> ReportService:
    build_small_year(db)
    settings = default_settings(purchase__fiscal_year_start_month=1)
    clock = lambda: dt.datetime(2026, 12, 31, 12, 0)  # noqa: E731
    copyright_service = CopyrightService(db, settings, RequestService(db, settings, clock), clock)
    return ReportService(db, settings, copyright_service, ReportPdf())


def _table(report, title):
    return next(t for t in report.tables if t.title == title).rows


def test_fill_rate_by_month_created_and_by_month_finished(reports) -> None:
    report = reports.fill_rate(YEAR)
    assert _table(report, "Fill rate by month") == (
        ("2026-01", "borrowing", 2, 2, 0, 100.0),
        ("2026-01", "lending", 2, 2, 0, 100.0),
        ("2026-02", "borrowing", 3, 1, 1, 50.0),
        ("2026-02", "lending", 1, 0, 1, 0.0),
        ("2026-03", "borrowing", 2, 0, 0, None),
    )
    assert sorted(_table(report, "Unfilled reasons")) == [
        ("borrowing", "Not on shelf", 1),
        ("lending", "Not on shelf", 1),
    ]
    assert "month a request was created" in report.definition
    finished = reports.fill_rate(ReportFilter(YEAR.start, YEAR.end, by_finished=True))
    assert _table(finished, "Fill rate by month") == (
        ("2026-01", "borrowing", 2, 2, 0, 100.0),
        ("2026-01", "lending", 2, 2, 0, 100.0),
        ("2026-02", "borrowing", 2, 1, 1, 50.0),
        ("2026-02", "lending", 1, 0, 1, 0.0),
    )
    assert "month a request was finished" in finished.definition
    lending = reports.fill_rate(ReportFilter(YEAR.start, YEAR.end, side="lending"))
    assert [r[1] for r in _table(lending, "Fill rate by month")] == ["lending", "lending"]


def test_turnaround_median_percentile_and_buckets(reports) -> None:
    report = reports.turnaround(YEAR)
    assert _table(report, "Per step") == (
        ("request → received", 3, 72.0, 120.0, 1, 1, 1),
        ("received → patron notified", 2, 2.0, 3.0, 2, 0, 0),
        ("lending request → shipped", 2, 24.0, 72.0, 1, 1, 0),
    )
    assert _table(report, "Per step and partner") == (
        ("request → received", "A", 2, 24.0, 72.0, 1, 1, 0),
        ("request → received", "B", 1, 120.0, 120.0, 0, 0, 1),
        ("received → patron notified", "A", 2, 2.0, 3.0, 2, 0, 0),
        ("lending request → shipped", "A", 1, 24.0, 24.0, 1, 0, 0),
        ("lending request → shipped", "B", 1, 72.0, 72.0, 0, 1, 0),
    )
    assert report.chart is not None
    assert report.chart.series[2].values == (1.0, 0.0, 0.0)  # over 72 h per step


def test_partners_balance_fill_rate_and_speed(reports) -> None:
    assert _table(reports.partners(YEAR), "Lending and borrowing per partner") == (
        ("A", "Alpha College", 1, 2, -1, 100.0, 24.0),
        ("B", "Beta University", 1, 1, 0, 50.0, 120.0),
    )


def test_volume_new_and_finished(reports) -> None:
    rows = {
        r[:4]: r[4:]
        for r in _table(reports.volume(YEAR), "Requests by month, side, service and material")
    }
    assert rows[("2026-01", "borrowing", "loan", "book")] == (2, 0)
    assert rows[("2026-01", "lending", "loan", "book")] == (1, 1)
    assert rows[("2026-01", "lending", "copy", "serial")] == (1, 1)
    assert rows[("2026-02", "borrowing", "loan", "book")] == (2, 2)  # b4 b5 new; b1 b4 done
    assert rows[("2026-02", "borrowing", "copy", "serial")] == (1, 0)
    assert rows[("2026-03", "borrowing", "copy", "serial")] == (1, 1)
    assert sum(new for new, _done in rows.values()) == 10


def test_annual_survey_counts(reports) -> None:
    counts = {r[0]: r[1] for r in _table(reports.annual(YEAR), "Survey counts")}
    assert counts["Requests received from other libraries"] == 3
    assert counts["Items provided (returnables)"] == 1
    assert counts["Copies provided (non-returnables)"] == 1
    assert counts["Requests made to other libraries"] == 7
    assert counts["Returnables received"] == 2
    assert counts["Non-returnables received"] == 1
    assert all(r[2] for r in _table(reports.annual(YEAR), "Survey counts"))  # a definition each


def test_money_and_budget(reports) -> None:
    report = reports.money(YEAR)
    assert _table(report, "Paid and billed") == (
        ("Lender charges paid", "EUR", 1, Decimal("5.00")),
        ("Lender charges paid", "USD", 1, Decimal("10.00")),
        ("Purchases", "USD", 1, Decimal("30.00")),
        ("Royalties", "USD", 1, Decimal("12.50")),
        ("Charges billed to borrowers", "USD", 2, Decimal("23.00")),
        ("Charges received", "USD", 1, Decimal("15.00")),
    )
    summary = {r[0]: r for r in _table(report, "Per request and budget")}
    assert summary["Borrowing requests filled (received or bought)"][2] == 4
    assert summary["Cost per filled request"][3] == Decimal("13.13")  # 52.50 / 4
    assert summary["Budget 2026"][3] == Decimal("1000.00")
    assert summary["Spent in 2026"][3] == Decimal("52.50")
    assert summary["Left in 2026"][3] == Decimal("947.50")


def test_borrow_or_buy(reports) -> None:
    report = reports.borrow_or_buy(YEAR)
    assert _table(report, "Titles requested again and again") == (
        ("Braiding Sweetgrass", SWEETGRASS, "loan", 3, 0),
        ("Nature", NATURE, "copy", 2, 0),
    )
    assert _table(report, "Classes most requested") == (("QH", 1),)
    assert _table(report, "Open access and purchase share") == (
        ("Borrowing requests", 7, 100.0),
        ("Met by open access", 1, 14.3),
        ("Bought", 1, 14.3),
    )
    fewer = reports.borrow_or_buy(ReportFilter(YEAR.start, YEAR.end, repeat_times=2))
    assert [r[0] for r in _table(fewer, "Titles requested again and again")] == [
        "Braiding Sweetgrass"
    ]


def test_copyright_joins_the_reports(reports) -> None:
    report = reports.build(ReportKind.COPYRIGHT, YEAR)
    assert _table(report, "Journals") == (("Nature", NATURE, 1, 0, Decimal("12.50")),)


def test_dashboard_counts_todays_work(reports) -> None:
    board = reports.dashboard()
    assert (board.to_pull, board.to_ship, board.to_receive, board.overdue, board.notices) == (
        1,
        1,
        1,
        1,
        1,
    )


def test_reports_stay_right_after_patrons_are_anonymised(db, reports) -> None:
    before = {kind: reports.build(kind, YEAR) for kind in reports.kinds()}
    with db.transaction() as session:
        session.execute(update(orm.Request).values(patron_id=None))
        session.execute(delete(orm.Patron))
    after = {kind: reports.build(kind, YEAR) for kind in reports.kinds()}
    assert after == before


def test_exports_open_again_with_the_same_figures(reports, tmp_path) -> None:
    report = reports.turnaround(YEAR)
    book = openpyxl.load_workbook(reports.export(report, tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Per step", "Per step and partner"]
    sheet = book["Per step"]
    assert [c.value for c in sheet[4]] == list(report.tables[0].columns)
    assert [c.value for c in sheet[5]] == ["request → received", 3, 72, 120, 1, 1, 1]
    money = reports.money(YEAR)
    cells = openpyxl.load_workbook(reports.export(money, tmp_path / "m.xlsx")).active
    assert [c.value for c in cells[7]] == ["Purchases", "USD", 1, 30]
    with reports.export(report, tmp_path / "t.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[4] == list(report.tables[0].columns)
    assert rows[5] == ["request → received", "3", "72.0", "120.0", "1", "1", "1"]
    pdf = reports.export(report, tmp_path / "t.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")


def test_an_unknown_export_suffix_is_refused_in_words(reports, tmp_path) -> None:
    from illdesk.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as raised:
        reports.export(reports.annual(YEAR), tmp_path / "report.doc")
    assert ".xlsx" in raised.value.message
    assert not (tmp_path / "report.doc").exists()


def test_the_partners_fill_rate_feeds_the_rota_suggestion(db, reports) -> None:
    from illdesk.services.rota import RotaService

    ranked = RotaService(db).ranked()
    assert [c.symbol for c in ranked] == ["A", "B"]  # same terms; A fills all, B half
    assert ranked[1].fill_rate == 50.0
    assert ranked[1].describe().endswith("; 50% filled)")


def test_demo_data_makes_plausible_reports(sqlite_db) -> None:
    from illdesk.demo.data import generate

    generate(sqlite_db, 3000, today=dt.date(2026, 11, 23))
    service = ReportService(sqlite_db, default_settings())
    three_years = ReportFilter(dt.date(2023, 12, 1), dt.date(2026, 11, 22))
    new = {}
    for month, *_key, count in service._rows(q.volume_new(three_years)):
        new[month[5:]] = new.get(month[5:], 0) + count
    assert new["07"] < 0.6 * new["10"]  # summer is quiet, October busy
    turnaround = service.turnaround(three_years)
    speed = {r[1]: r[3] for r in _table(turnaround, "Per step and partner") if r[0] == q.STEPS[0]}
    assert speed["US-NPHVC"] < speed["CA-OTU"] < speed["DE-1"]  # near, then far, then abroad
    paid = {r[0] for r in _table(service.money(three_years), "Paid and billed")}
    assert paid >= {"Lender charges paid", "Purchases", "Charges billed to borrowers"}
    rates = [
        r[5] for r in _table(service.partners(three_years), "Lending and borrowing per partner")
    ]
    assert any(rate is not None and rate < 100 for rate in rates)
