"""Desk → Reports and statistics: a period and side filter, one tab per report with its
chart, definitions and tables, and CSV, XLSX and PDF export.  The reports are computed
off the GUI thread, one progress step per report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.report_table import Cell, Report, ReportFilter, ReportKind, Table, cell_text
from illdesk.services.reports import ReportService
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
from illdesk.ui.reports.chart_view import ReportChart

PERIODS = ("this_year", "last_year", "last_12_months", "custom")


def _cell_words(value: Cell) -> str:
    """A report cell as the desk's locale writes it (12,5 and 1.234,50 in German); words
    marked in the domain translated."""
    if isinstance(value, float):
        return i18n.decimal_text(value, 1)
    if isinstance(value, Decimal):
        return i18n.decimal_text(value, 2)
    if isinstance(value, str):
        return i18n.words(value)
    return cell_text(value)


class ReportPage(QWidget):
    """One report: definition, chart, its tables as sub-tabs, export buttons."""

    def __init__(self, kind: ReportKind, window: ReportsWindow) -> None:
        super().__init__(window)
        self.kind = kind
        self.window_ = window
        self.report: Report | None = None
        self.setObjectName(f"report_{kind.value}")
        self.definition = QLabel(self.tr("Press Run to compute this report."), self)
        self.definition.setObjectName("definition")
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ReportChart(self)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("tables")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.tables)
        split.setSizes([300, 320])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for suffix, words in (
            ("csv", self.tr("Export &CSV…")),
            ("xlsx", self.tr("Export &XLSX…")),
            ("pdf", self.tr("&PDF to print…")),
        ):
            button = QPushButton(words, self)
            button.setObjectName(f"export_{suffix}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, s=suffix: self.choose_export(s))
            buttons.addWidget(button)
            self.buttons[suffix] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.definition)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.definition.setText(i18n.words(report.definition))
        self.chart.show_chart(report.chart)
        while self.tables.count():
            page = self.tables.widget(0)
            self.tables.removeTab(0)
            if page is not None:
                page.deleteLater()
        for table in report.tables:
            self.tables.addTab(self._table_widget(table), i18n.words(table.title))
        for button in self.buttons.values():
            button.setEnabled(True)

    def _table_widget(self, table: Table) -> QTableWidget:
        widget = QTableWidget(len(table.rows), len(table.columns), self)
        widget.setObjectName("report_table")
        widget.setHorizontalHeaderLabels([i18n.words(c) for c in table.columns])
        widget.verticalHeader().hide()
        widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        widget.setSortingEnabled(False)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(_cell_words(value))
                if not isinstance(value, str):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                widget.setItem(r, c, item)
        widget.resizeColumnsToContents()
        widget.horizontalHeader().setStretchLastSection(False)
        return widget

    def choose_export(self, suffix: str) -> None:
        if self.report is None:
            return
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the {0} report").format(i18n.words(self.report.title)),
            f"{self.kind.value}-{self.report.period.replace(' – ', '-to-')}.{suffix}",
            filters[suffix],
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        self.window_.export(self.report, path)


class ReportsWindow(QDialog):
    def __init__(
        self,
        reports: ReportService,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = reports
        self.today = today or dt.date.today()
        self.reports: dict[ReportKind, Report] = {}
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Reports and statistics"))
        self.resize(1180, 820)
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for key, words in zip(
            PERIODS,
            (
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("Last 12 months"),
                self.tr("Dates chosen"),
            ),
            strict=True,
        ):
            self.period.addItem(words, key)
        self.start = QDateEdit(self)
        self.start.setObjectName("start")
        self.end = QDateEdit(self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_pattern())
            edit.dateChanged.connect(self._dates_edited)
        self.side = QComboBox(self)
        self.side.setObjectName("side")
        self.side.addItem(self.tr("Both sides"), None)
        self.side.addItem(self.tr("Borrowing"), "borrowing")
        self.side.addItem(self.tr("Lending"), "lending")
        self.by_finished = QCheckBox(self.tr("Fill rate by month &finished"), self)
        self.by_finished.setObjectName("by_finished")
        self.repeat_times = QSpinBox(self)
        self.repeat_times.setObjectName("repeat_times")
        self.repeat_times.setRange(1, 99)
        self.repeat_times.setValue(3)
        self.repeat_years = QSpinBox(self)
        self.repeat_years.setObjectName("repeat_years")
        self.repeat_years.setRange(1, 20)
        self.repeat_years.setValue(3)
        self.run_button = QPushButton(self.tr("&Run"), self)
        self.run_button.setObjectName("run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Period"), self.period),
            (self.tr("from"), self.start),
            (self.tr("to"), self.end),
            (self.tr("Side"), self.side),
        ):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addWidget(self.by_finished)
        top.addWidget(QLabel(self.tr("Titles asked for more than"), self))
        top.addWidget(self.repeat_times)
        top.addWidget(QLabel(self.tr("times in"), self))
        top.addWidget(self.repeat_years)
        top.addWidget(QLabel(self.tr("years"), self))
        top.addStretch(1)
        top.addWidget(self.run_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        titles = {
            ReportKind.VOLUME: self.tr("&Volume"),
            ReportKind.FILL_RATE: self.tr("Fill &rate"),
            ReportKind.TURNAROUND: self.tr("&Turnaround"),
            ReportKind.MONEY: self.tr("&Money"),
            ReportKind.PARTNERS: self.tr("P&artners"),
            ReportKind.BORROW_OR_BUY: self.tr("&Borrow or buy"),
            ReportKind.ANNUAL: self.tr("Annual &statistics"),
            ReportKind.COPYRIGHT: self.tr("C&opyright"),
        }
        self.pages: dict[ReportKind, ReportPage] = {}
        for kind in reports.kinds():
            page = ReportPage(kind, self)
            self.pages[kind] = page
            self.tabs.addTab(page, titles[kind])
        self.status = QLabel("", self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self._period_chosen()

    # -- the filter ------------------------------------------------------------------------
    def _period_chosen(self) -> None:
        key = self.period.currentData()
        year = self.today.year
        spans = {
            "this_year": (dt.date(year, 1, 1), self.today),
            "last_year": (dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
            "last_12_months": (self.today - dt.timedelta(days=364), self.today),
        }
        if key in spans:
            first, last = spans[key]
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)

    def current_filter(self) -> ReportFilter | None:
        first, last = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        if last < first:
            self.status.setText(
                self.tr("The period ends before it starts: choose a “to” date after {0}.").format(
                    i18n.date_text(first)
                )
            )
            return None
        return ReportFilter(
            first,
            last,
            side=self.side.currentData(),
            by_finished=self.by_finished.isChecked(),
            repeat_times=self.repeat_times.value(),
            repeat_years=self.repeat_years.value(),
        )

    # -- running ---------------------------------------------------------------------------
    def run(self) -> None:
        if self.task is not None and self.task.is_running():
            return
        flt = self.current_filter()
        if flt is None:
            return
        service = self.service
        self.run_button.setEnabled(False)
        self.status.setText(
            self.tr("Computing the reports for {0}…").format(i18n.words(flt.describe()))
        )
        self.task = run_with_progress(
            self,
            self.tr("Computing reports"),
            lambda progress: service.build_all(flt, progress),
            self._shown,
            self._failed,
            self._cancelled,
        )

    def _shown(self, reports: dict[ReportKind, Report]) -> None:
        self.reports = reports
        for kind, report in reports.items():
            self.pages[kind].show_report(report)
        self.run_button.setEnabled(True)
        period = next(iter(reports.values())).period if reports else ""
        self.status.setText(self.tr("Reports for {0}.").format(i18n.words(period)))

    def _failed(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        words = i18n.words(exc)
        self.status.setText(self.tr("The reports could not be computed: {0}").format(words))

    def _cancelled(self) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("Stopped; nothing was computed."))

    def export(self, report: Report, path: Path) -> None:
        try:
            self.service.export(report, path)
        except DeskError as exc:
            self.status.setText(i18n.words(exc))
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save {0}: {1}").format(str(path), exc.strerror or str(exc))
            )
        else:
            self.status.setText(self.tr("Saved {0}.").format(str(path)))
