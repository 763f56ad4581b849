"""The notice queue: what is waiting to go out, what failed and why, what to print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_
from illdesk.services.notices import NoticeRow, SendReport
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import Column, RowTableModel

STATUS_WORDS = {
    "queued": "waiting to send",
    "to_print": "to print",
    "sent": "sent",
    "printed": "printed",
}


class NoticeTableModel(RowTableModel[NoticeRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(N_("Created"), lambda n: n.created_at),
                Column(N_("Request"), lambda n: n.request_number),
                Column(N_("Kind"), lambda n: n.kind.replace("_", " ")),
                Column(N_("To"), lambda n: n.recipient or "(paper)"),
                Column(N_("Status"), lambda n: STATUS_WORDS.get(n.status, n.status)),
                Column(N_("Tries"), lambda n: n.attempts),
                Column(
                    N_("Next try"), lambda n: n.next_attempt_at if n.status == "queued" else None
                ),
                Column(N_("Problem"), lambda n: n.last_error),
            ],
            parent,
        )


class NoticesDialog(QDialog):
    listed = Signal()
    """The list was read again (after sending, printing, a refresh): counts elsewhere
    should be read again too, so they never lag behind it."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Notices"))
        self.model = NoticeTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("notices")
        self.table.setAccessibleName(self.tr("Notices"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview of the notice"))
        self.preview.setTabChangesFocus(True)
        self.preview.setReadOnly(True)
        self.show_sent = QCheckBox(self.tr("Show sent and printed too"), self)
        self.show_sent.toggled.connect(lambda _c: self.refresh())
        self.send_button = QPushButton(self.tr("Send waiting e-mails now"), self)
        self.send_button.setObjectName("send_now")
        self.send_button.clicked.connect(self.send_now)
        self.retry_button = QPushButton(self.tr("Retry this one now"), self)
        self.retry_button.clicked.connect(self.retry_selected)
        self.printed_button = QPushButton(self.tr("Mark as printed and handed out"), self)
        self.printed_button.setObjectName("mark_printed")
        self.printed_button.clicked.connect(self.mark_printed)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for widget in (self.show_sent, self.send_button, self.retry_button, self.printed_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        fit_size(self, 1100, 650)
        self.refresh()

    def selected(self) -> NoticeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        statuses: tuple[str, ...] = () if self.show_sent.isChecked() else ("queued", "to_print")
        self.model.set_rows(self.context.notices.list(statuses))
        self._show_selected()
        self.listed.emit()

    def _show_selected(self) -> None:
        notice = self.selected()
        self.retry_button.setEnabled(notice is not None and notice.status == "queued")
        self.printed_button.setEnabled(notice is not None and notice.status == "to_print")
        if notice is None:
            self.preview.setPlainText("")
            return
        self.preview.setPlainText(f"{self.tr('Subject')}: {notice.subject}\n\n{notice.body}")

    def send_now(self) -> None:
        notices, sender = self.context.notices, self.context.notice_sender
        self.send_button.setEnabled(False)

        def done(report: SendReport) -> None:
            self.send_button.setEnabled(True)
            self.refresh()
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("{0} sent, {1} could not be sent (kept for retry), {2} to print.").format(
                    report.sent, report.failed, report.to_print
                ),
            )

        def failed(exc: Exception) -> None:
            self.send_button.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))

        self._task = run_with_progress(
            self, self.tr("Sending notices"), lambda _p: notices.send_due(sender), done, failed
        )

    def retry_selected(self) -> None:
        notice = self.selected()
        if notice is not None:
            self.context.notices.retry_now(notice.id)
            self.send_now()

    def mark_printed(self) -> None:
        notice = self.selected()
        if notice is None:
            return
        try:
            self.context.notices.mark_printed(notice.id, self.context.current_staff())
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
        self.refresh()
