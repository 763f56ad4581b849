"""What the borrowing and the lending copy panels share: a box of buttons and a message
line, attaching a PDF (file chooser or drop) and e-mailing it off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.drop_area import PdfDropArea
from illdesk.ui.field_form import ERROR_STYLE
from illdesk.ui.flow_layout import FlowLayout

OK_STYLE = "color: #2f855a; font-weight: 600;"
SENDING: set[BackgroundTask] = set()
"""E-mails still being sent; a task outlives its panel if staff move on meanwhile."""


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{i18n.decimal_text(size / (1024 * 1024), 1)} MB"
    return f"{max(1, round(size / 1024))} KB"


def _open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class DocumentBox(QGroupBox):
    changed = Signal(int)
    """The request was changed here (its id): reload it and refresh the list."""
    email_done = Signal(bool)
    """An e-mail delivery finished (True) or failed (False, the reason is shown)."""

    def __init__(
        self, context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.open_url: Callable[[str], bool] = _open_in_browser
        """How a file or lookup is opened (the desktop's viewer); replaceable for tests."""
        self.column = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("copy_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons: dict[str, QPushButton] = {}
        self.drop_area: PdfDropArea | None = None
        self.document_words: QLabel | None = None
        self.sent_words = ""
        """What the message line says after a successful e-mail."""
        self._email_key = "email"

    # -- building ----------------------------------------------------------------------------
    def _button(
        self, key: str, text: str, slot: Callable[[], object], row: FlowLayout | QHBoxLayout
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(key)
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        self.buttons[key] = button
        return button

    def _row(self) -> FlowLayout:
        holder = QWidget(self)
        row = FlowLayout(holder)
        self.column.addWidget(holder)
        return row

    def _add_document_words(self, words: str) -> QLabel:
        self.document_words = QLabel(words, self)
        self.document_words.setObjectName("document_status")
        self.document_words.setWordWrap(True)
        self.column.addWidget(self.document_words)
        return self.document_words

    def _add_drop_area(self) -> PdfDropArea:
        self.drop_area = PdfDropArea(self)
        self.drop_area.file_dropped.connect(lambda path: self.attach_file(Path(path)))
        self.column.addWidget(self.drop_area)
        return self.drop_area

    def _open_pdf_button(self, path: Path, row: FlowLayout) -> QPushButton:
        return self._button(
            "open_pdf",
            self.tr("Open PDF"),
            lambda: self.open_url(QUrl.fromLocalFile(str(path)).toString()),
            row,
        )

    def _delete_now_button(self, row: FlowLayout) -> QPushButton:
        """A delivered PDF may go before its purge date (the patron has it)."""
        return self._button("delete_now", self.tr("Delete PDF now"), self.delete_now, row)

    # -- acting ------------------------------------------------------------------------------
    def delete_now(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the PDF now"),
            self.tr(
                "Delete the PDF of {0} now, before its purge date? It cannot be sent again."
            ).format(self.detail.row.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(
            lambda: self.context.documents.delete_now(self.detail.row.id, staff=self._staff()),
            self.tr("The PDF of {0} was deleted.").format(self.detail.row.number),
        )

    def _staff(self) -> str:
        return self.context.current_staff()

    def _run(self, call: Callable[[], object], done_words: str) -> bool:
        try:
            call()
        except DeskError as exc:
            self.show_message(i18n.words(exc), error=True)
            return False
        self.show_message(done_words)
        self.changed.emit(self.detail.row.id)
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setVisible(bool(text))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach the PDF"), "", self.tr("PDF files (*.pdf);;All files (*)")
        )
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        return self._run(
            lambda: self.context.documents.attach(self.detail.row.id, path, staff=self._staff()),
            self.tr("{0} attached.").format(path.name),
        )

    def send_email(self) -> None:
        """Send off the GUI thread (the mail server may be slow); ``email_done`` tells."""
        request_id, staff = self.detail.row.id, self._staff()
        sender = self.context.notice_sender
        documents = self.context.documents
        button = self.buttons.get(self._email_key)
        if button is not None:
            button.setEnabled(False)
        self.show_message(self.tr("Sending…"))
        task = BackgroundTask(
            lambda _progress: documents.deliver_by_email(request_id, sender, staff=staff)
        )
        SENDING.add(task)
        task.succeeded.connect(self._email_succeeded)
        task.failed.connect(self._email_failed)
        task.finished.connect(lambda: SENDING.discard(task))
        task.finished.connect(task.release)
        task.start()

    def _email_succeeded(self, _result: object) -> None:
        self._email_finished("")

    def _email_failed(self, exc: object) -> None:
        words = (
            i18n.words(exc)
            if isinstance(exc, DeskError)
            else self.tr("The e-mail could not be sent: {0}").format(str(exc))
        )
        self._email_finished(words)

    def _email_finished(self, error: str) -> None:
        button = self.buttons.get(self._email_key)
        if button is not None:
            button.setEnabled(True)
        if error:
            self.show_message(error, error=True)
            self.email_done.emit(False)
            return
        self.show_message(self.sent_words)
        self.email_done.emit(True)
        self.changed.emit(self.detail.row.id)
