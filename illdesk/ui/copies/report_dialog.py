"""The yearly copyright report: titles, requests, those over the rule, royalties; CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.services.copyright import CopyrightService
from illdesk.ui import i18n


class CopyrightReportDialog(QDialog):
    def __init__(
        self,
        copyright_service: CopyrightService,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = copyright_service
        self.setWindowTitle(self.tr("Copyright report"))
        self.resize(720, 420)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.export = QPushButton(self.tr("Export CSV…"), self)
        self.export.setObjectName("export_csv")
        self.export.clicked.connect(self.choose_export)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("report_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Journal"),
                self.tr("ISSN"),
                self.tr("Requests"),
                self.tr("Over the rule"),
                self.tr("Royalties paid"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        rows = self.service.report(self.year.value())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.journal,
                row.issn,
                str(row.requests),
                str(row.over_limit),
                i18n.decimal_text(row.royalties),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        over = sum(1 for row in rows if row.over_limit)
        self.summary.setText(self.tr("{0} titles; {1} over the rule.").format(len(rows), over))

    def export_to(self, path: Path) -> int:
        count = self.service.export_report(self.year.value(), path)
        self.summary.setText(self.tr("Saved {0} rows to {1}.").format(count, str(path)))
        return count

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export copyright report"),
            f"copyright-report-{self.year.value()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if name:
            try:
                self.export_to(Path(name))
            except OSError as exc:
                self.summary.setText(self.tr("Could not save: {0}").format(exc.strerror))
