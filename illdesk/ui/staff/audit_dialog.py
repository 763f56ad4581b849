"""The audit view: who did what, when - filtered by words, person and days; exported as CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.services.audit import AuditFilter, AuditRow, AuditService
from illdesk.ui import i18n
from illdesk.ui.screen_fit import fit_size

DEFAULT_DAYS = 30


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class AuditDialog(QDialog):
    def __init__(
        self, audit: AuditService, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Audit log: who did what, when"))
        self.audit = audit
        today = today or dt.date.today()
        self.text = QLineEdit(self)
        self.text.setObjectName("audit_text")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Words in the action, request or note…"))
        self.person = QComboBox(self)
        self.person.setObjectName("audit_person")
        self.person.addItem(self.tr("Everyone"), "")
        for name in audit.people():
            self.person.addItem(name, name)
        self.since = QDateEdit(self)
        self.since.setObjectName("audit_since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(i18n.date_pattern())
        since = today - dt.timedelta(days=DEFAULT_DAYS)
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.until = QDateEdit(self)
        self.until.setObjectName("audit_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(i18n.date_pattern())
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("audit_export")
        self.export_button.setAutoDefault(False)  # Enter in the filter filters, no more
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        filters.addWidget(QLabel(self.tr("Who:"), self))
        filters.addWidget(self.person, 1)
        filters.addWidget(QLabel(self.tr("From:"), self))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to:"), self))
        filters.addWidget(self.until)
        filters.addWidget(self.export_button)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("About"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((140, 150, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.count.setObjectName("audit_count")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self.reload)
        self.text.textEdited.connect(lambda _t: timer.start())
        self.text.returnPressed.connect(self.reload)
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.until.dateChanged.connect(lambda _d: self.reload())
        fit_size(self, 1100, 600)  # no bigger than the screen (ui/screen_fit.py)
        self.rows: list[AuditRow] = []
        self.reload()

    def wanted(self) -> AuditFilter:
        return AuditFilter(
            text=self.text.text(),
            staff=str(self.person.currentData() or ""),
            since=_day(self.since.date()),
            until=_day(self.until.date()),
        )

    def reload(self) -> None:
        try:
            self.rows = self.audit.rows(self.wanted())
        except DeskError as exc:
            self.count.setText(i18n.words(exc))
            return
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            for column, text in enumerate(
                (
                    i18n.datetime_text(row.at),
                    row.staff,
                    row.action.replace("_", " "),
                    row.subject,
                    row.note,
                )
            ):
                self.table.setItem(number, column, QTableWidgetItem(text.replace("\n", " ")))
        self.count.setText(self.tr("{0} entries").format(len(self.rows)))

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            count = self.audit.export_csv(Path(name), self.wanted())
        except (DeskError, OSError) as exc:
            words = i18n.words(exc)
            QMessageBox.warning(self, self.windowTitle(), words)
            return
        self.count.setText(self.tr("{0} entries written to {1}.").format(count, name))
