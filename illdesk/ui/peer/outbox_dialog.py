"""The ISO 18626 outbox dialog: what was sent to partner libraries, what waits, what failed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_
from illdesk.services.outbox_view import OutboxRow, OutboxState, OutboxViewService
from illdesk.ui import i18n
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.table_models import Column, RowTableModel

REFRESH_MS = 2000
"""While something is queued the list refreshes itself this often."""


def _tr(text: str) -> str:
    return i18n.translate(text)


def _state_words(row: OutboxRow) -> str:
    if row.state is OutboxState.SENT:
        return _tr("Sent")
    if row.state is OutboxState.FAILED:
        return _tr("Failed")
    return _tr("Queued")


def _next_attempt(row: OutboxRow) -> str:
    # seconds matter here: the first retries come after half a minute
    return i18n.datetime_text(row.next_attempt_at, seconds=True)


class OutboxTableModel(RowTableModel[OutboxRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(N_("Created"), lambda r: r.created_at),
                Column(N_("Request"), lambda r: r.request_number),
                Column(N_("Partner"), lambda r: r.partner),
                Column(N_("Message"), lambda r: r.message),
                Column(N_("State"), _state_words),
                Column(N_("Attempts"), lambda r: r.attempts),
                Column(N_("Next attempt"), _next_attempt),
                Column(N_("Sent"), lambda r: r.sent_at),
                Column(N_("Reason"), lambda r: r.reason),
            ],
            parent,
        )

    def extra_data(self, row: OutboxRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.state is OutboxState.FAILED:
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ForegroundRole and row.state is OutboxState.SENT:
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.ToolTipRole and row.reason:
            return row.reason
        return None


class OutboxDialog(QDialog):
    """Lists outbox messages; "Retry now" queues the selected one for sending at once."""

    def __init__(self, service: OutboxViewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("ISO 18626 outbox"))
        fit_size(self, 1000, 420)

        self.summary = QLabel()
        self.show_sent = QCheckBox(self.tr("Show sent messages"))
        self.show_sent.setChecked(True)
        self.show_sent.toggled.connect(self.refresh)

        self.model = OutboxTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_sent)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.status, 1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def selected(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_message(self, message_id: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == message_id:
                self.table.selectRow(number)
                return True
        return False

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            rows = self._service.rows(include_sent=self.show_sent.isChecked())
            counts = self._service.counts()
        except DeskError as exc:
            self.status.setText(i18n.words(exc))
            return
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_message(chosen.id)
        self._selection_changed()
        self.summary.setText(
            self.tr("{queued} queued, {failed} failed, {sent} sent").format(
                queued=counts[OutboxState.QUEUED],
                failed=counts[OutboxState.FAILED],
                sent=counts[OutboxState.SENT],
            )
        )
        if counts[OutboxState.QUEUED]:
            self._timer.start()
        else:
            self._timer.stop()

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            words = self._service.retry_now(row.id)
        except DeskError as exc:
            self.status.setText(i18n.words(exc))
        else:
            self.status.setText(i18n.words(words))
        self.refresh()

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.retry_button.setEnabled(row is not None and row.can_retry)
