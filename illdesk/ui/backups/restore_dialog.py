"""File → Restore…: pick a backup and put it in place of the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.services.backups import BackupRow, BackupService
from illdesk.ui import i18n
from illdesk.ui.background import run_with_progress
from illdesk.ui.screen_fit import fit_size


def _size(num: int) -> str:
    value = float(num)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{i18n.decimal_text(value, 1)} {unit}"
        value /= 1024
    return f"{i18n.decimal_text(value, 1)} GB"


class RestoreDialog(QDialog):
    """The backups, newest first; Restore replaces the database with the chosen one after
    backing up the current one."""

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.restored: BackupRow | None = None
        self.error = ""
        self.setWindowTitle(self.tr("Restore a backup"))
        fit_size(self, 720, 420)  # no bigger than the screen (ui/screen_fit.py)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Choose the backup to go back to. The database is replaced by it; everything "
                "entered after that backup was made is set aside in a backup of the current "
                "database, made first. Other desks should close illdesk before you restore."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.folder = QLabel(self.tr("Backups are kept in {0}").format(service.folder))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        layout.addWidget(self.buttons)
        self.rows: list[BackupRow] = []
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.load()

    def _why(self, reason: str) -> str:
        words = {
            "daily": self.tr("scheduled"),
            "manual": self.tr("Back up now"),
            "before-restore": self.tr("before a restore"),
        }
        if reason.startswith("upgrade-"):
            return self.tr("before upgrading schema {0}").format(reason.removeprefix("upgrade-"))
        return words.get(reason, reason)

    def load(self) -> None:
        self.rows = self.service.list()
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            for column, text in enumerate(
                (
                    i18n.datetime_text(row.made_at, seconds=True),
                    self._why(row.reason),
                    _size(row.size_bytes),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(row.path))
                self.table.setItem(n, column, item)
        if not self.rows:
            self.message.setText(self.tr("There are no backups yet. Use File → Back up now."))
        else:
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def chosen(self) -> BackupRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def restore_chosen(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.restore_button.setEnabled(False)
        self.message.setText(
            self.tr("Restoring the backup of {0}…").format(i18n.datetime_text(row.made_at))
        )

        def done(_kept: object) -> None:
            self.restored = row
            self.accept()

        def failed(exc: Exception) -> None:
            self.error = i18n.words(exc)
            self.message.setText(self.tr("The backup was not restored: {0}").format(self.error))
            self.restore_button.setEnabled(True)

        run_with_progress(
            self, self.tr("Restoring"), lambda _p: self.service.restore(row.path), done, failed
        )
