"""Desk → Reports and statistics, driven as a person does: the menu, the period, Run, the
tabs, the export buttons; and the bar of today's work under the menus."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from illdesk.composition import build_context
from illdesk.domain.report_table import ReportKind
from illdesk.ui.reports.window import ReportsWindow
from tests.services.reports_support import build_small_year


@pytest.fixture
def desk(qtbot, sqlite_db, desk_settings):
    from illdesk.ui.main_window import MainWindow

    build_small_year(sqlite_db)
    window = MainWindow(build_context(sqlite_db), desk_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_reports(qtbot, desk) -> ReportsWindow:
    action = next(a for a in desk.menus["desk"].actions() if "tatistics" in a.text())
    action.trigger()
    reports = desk.findChild(ReportsWindow)
    assert reports is not None and reports.isVisible()
    qtbot.waitExposed(reports)
    return reports


def _run_2026(qtbot, reports: ReportsWindow) -> None:
    reports.start.setDate(QDate(2026, 1, 1))
    reports.end.setDate(QDate(2026, 12, 31))
    assert reports.period.currentData() == "custom"
    qtbot.mouseClick(reports.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reports.reports) and reports.run_button.isEnabled(), timeout=30000)


def _cells(page, tab: int = 0) -> list[list[str]]:
    table = page.tables.widget(tab)
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_reports_from_the_desk_menu_show_the_hand_counted_figures(qtbot, desk) -> None:
    reports = _open_reports(qtbot, desk)
    _run_2026(qtbot, reports)
    assert reports.status.text() == "Reports for 2026-01-01 – 2026-12-31."
    assert reports.tabs.count() == len(ReportKind)
    turnaround = reports.pages[ReportKind.TURNAROUND]
    reports.tabs.setCurrentWidget(turnaround)
    assert _cells(turnaround) == [
        ["request → received", "3", "72.0", "120.0", "1", "1", "1"],
        ["received → patron notified", "2", "2.0", "3.0", "2", "0", "0"],
        ["lending request → shipped", "2", "24.0", "72.0", "1", "1", "0"],
    ]
    chart = turnaround.chart.chart()
    assert [s.name() for s in chart.series()] == [""]  # one stacked series of three sets
    assert [b.label() for b in chart.series()[0].barSets()] == [
        "Under 48 h",
        "48–72 h",
        "Over 72 h",
    ]
    partners = reports.pages[ReportKind.PARTNERS]
    assert _cells(partners)[1] == ["B", "Beta University", "1", "1", "0", "50.0", "120.0"]
    annual = reports.pages[ReportKind.ANNUAL]
    assert _cells(annual)[0][:2] == ["Requests received from other libraries", "3"]
    fill = reports.pages[ReportKind.FILL_RATE]
    assert fill.tables.tabText(1) == "Unfilled reasons"
    assert "created" in fill.definition.text()
    reports.by_finished.click()
    qtbot.mouseClick(reports.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "finished" in fill.definition.text(), timeout=30000)
    qtbot.waitUntil(reports.run_button.isEnabled)


def test_each_export_button_saves_a_file_that_opens(qtbot, desk, tmp_path, monkeypatch) -> None:
    reports = _open_reports(qtbot, desk)
    _run_2026(qtbot, reports)
    page = reports.pages[ReportKind.MONEY]
    reports.tabs.setCurrentWidget(page)
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / suggested.replace(".", "-chosen.")), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    for suffix in ("xlsx", "csv", "pdf"):
        qtbot.mouseClick(page.buttons[suffix], Qt.MouseButton.LeftButton)
    assert asked == [
        "money-2026-01-01-to-2026-12-31.xlsx",
        "money-2026-01-01-to-2026-12-31.csv",
        "money-2026-01-01-to-2026-12-31.pdf",
    ]
    saved = tmp_path / "money-2026-01-01-to-2026-12-31-chosen.xlsx"
    assert reports.status.text() == f"Saved {saved.with_suffix('.pdf')}."
    sheet = openpyxl.load_workbook(saved)["Paid and billed"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert rows[2] == ["Purchases", "USD", 1, 30]
    assert rows[4] == ["Charges billed to borrowers", "USD", 2, 23]
    pdf = saved.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        words = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Money — 2026-01-01 – 2026-12-31" in words
        assert "Charges billed to borrowers" in words


def test_a_period_that_ends_before_it_starts_is_explained(qtbot, desk) -> None:
    reports = _open_reports(qtbot, desk)
    reports.start.setDate(QDate(2026, 5, 1))
    reports.end.setDate(QDate(2026, 4, 1))
    qtbot.mouseClick(reports.run_button, Qt.MouseButton.LeftButton)
    assert reports.status.text() == (
        "The period ends before it starts: choose a “to” date after 2026-05-01."
    )
    assert reports.task is None and not reports.reports


def test_period_presets_fill_the_dates(qtbot, sqlite_db) -> None:
    window = ReportsWindow(build_context(sqlite_db).reports, today=dt.date(2026, 11, 23))
    qtbot.addWidget(window)
    window.period.setCurrentIndex(window.period.findData("last_year"))
    assert (window.start.date(), window.end.date()) == (QDate(2025, 1, 1), QDate(2025, 12, 31))
    window.period.setCurrentIndex(window.period.findData("last_12_months"))
    assert (window.start.date(), window.end.date()) == (QDate(2025, 11, 24), QDate(2026, 11, 23))


def test_todays_work_is_counted_after_the_window_is_up(qtbot, desk) -> None:
    panel = desk.today
    assert panel is not None and panel.isVisible()
    assert panel.counts["to_pull"].text() == "…"  # nothing counted while the window was built
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dashboard is not None, timeout=10000)
    assert [label.text() for label in panel.counts.values()] == [
        "1 to pull",
        "1 to ship",
        "1 to receive",
        "1 overdue",
        "1 notices waiting",
    ]
