"""The copy, copyright and purchase box shown in a borrowing request's detail pane.

It offers what fits the request's state: attach the PDF (file chooser or drop), deliver
or send again, the rule-of-five count with the compliance choice and clearance, the
open-access lookups and "found open access", and buying instead of borrowing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.services.rows import RequestDetail
from illdesk.ui.background import BackgroundTask
from illdesk.ui.copies.clearance_dialog import ClearanceDialog
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.drop_area import PdfDropArea
from illdesk.ui.copies.purchase_dialog import PurchaseDialog
from illdesk.ui.field_form import ERROR_STYLE
from illdesk.ui.flow_layout import FlowLayout

_ATTACH_STATES = {State.SOURCING, State.REQUESTED, State.SHIPPED_BY_LENDER, State.CONDITIONAL,
                  State.PURCHASE_ORDERED, State.RECEIVED, State.DELIVERED}
_DELIVER_STATES = {State.RECEIVED, State.DELIVERED, State.COMPLETE}
_COPYRIGHT_STATES = {State.NEW, State.CITATION_VERIFIED, State.AWAITING_COPYRIGHT}
_OPEN_ACCESS_STATES = {State.CITATION_VERIFIED, State.SOURCING, State.AWAITING_COPYRIGHT}
OK_STYLE = "color: #2f855a; font-weight: 600;"
_RUNNING: set[BackgroundTask] = set()


def _size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class CopyPanel(QGroupBox):
    changed = Signal(int)
    """The request was changed here (its id): reload it and refresh the list."""
    email_done = Signal(bool)
    """An e-mail delivery finished (True) or failed (False, the reason is shown)."""

    def __init__(self, context: CopiesContext, detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copy_panel")
        self.context = context
        self.detail = detail
        self.open_url: Callable[[str], bool] = _open_in_browser
        """How a lookup is opened (the desktop's browser); replaceable for tests."""
        self.opened: list[str] = []
        self.setTitle(self.tr("Copy, copyright and purchase")
                      if detail.row.service_type is ServiceType.COPY
                      else self.tr("Purchase on demand"))
        self.column = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("copy_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons: dict[str, QPushButton] = {}
        self.drop_area: PdfDropArea | None = None
        self.compliance: QComboBox | None = None
        self.oa_link: QLineEdit | None = None
        self.copyright_words: QLabel | None = None
        self.document_words: QLabel | None = None
        self._build()
        self.column.addWidget(self.message)

    # -- building ----------------------------------------------------------------------------
    def _button(self, key: str, text: str, slot: Callable[[], object],
                row: FlowLayout | QHBoxLayout) -> QPushButton:
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

    def _build(self) -> None:
        d = self.detail
        state = d.row.state
        legal = {a.action for a in d.actions}
        if d.row.service_type is ServiceType.COPY:
            self._build_copyright(legal, controls=state in _COPYRIGHT_STATES)
            if state in _OPEN_ACCESS_STATES and Action.MARK_OPEN_ACCESS in legal:
                self._build_open_access()
            if state in _ATTACH_STATES | _DELIVER_STATES:
                self._build_document(state)
        if Action.ORDER_PURCHASE in legal:
            row = self._row()
            self._button("buy", self.tr("Buy instead of borrow…"), self.open_purchase, row)

    def _build_copyright(self, legal: set[Action], controls: bool) -> None:
        status = self.context.copyright.status(self.detail.row.id)
        words = status.words()
        if not controls and status.compliance:
            words += " " + self.tr("Compliance: {0}.").format(status.compliance)
        self.copyright_words = QLabel(words, self)
        self.copyright_words.setObjectName("rule_of_five")
        self.copyright_words.setWordWrap(True)
        if status.hold:
            self.copyright_words.setStyleSheet(ERROR_STYLE)
        self.column.addWidget(self.copyright_words)
        if not controls:
            return
        row = self._row()
        row.addWidget(QLabel(self.tr("Compliance"), self))
        self.compliance = QComboBox(self)
        self.compliance.setObjectName("compliance")
        self.compliance.addItem(self.tr("— choose —"), "")
        self.compliance.addItem(self.tr("CCG: CONTU guidelines"), "CCG")
        self.compliance.addItem(self.tr("CCL: copyright law"), "CCL")
        chosen = status.compliance or ""
        self.compliance.setCurrentIndex(max(0, self.compliance.findData(chosen)))
        if not chosen:
            self.compliance.setToolTip(self.tr("Suggested: {0}").format(
                status.verdict.suggested_compliance()))
        self.compliance.activated.connect(lambda _i: self.save_compliance())
        row.addWidget(self.compliance)
        if Action.HOLD_FOR_COPYRIGHT in legal:
            self._button("hold", self.tr("Hold for copyright"), self.hold, row)
        if status.verdict.over_limit and not status.cleared:
            self._button("clearance", self.tr("Record royalty or override…"),
                         self.open_clearance, row)

    def _build_open_access(self) -> None:
        self.column.addWidget(QLabel(self.tr("Look for an open-access copy:"), self))
        row = self._row()
        for number, (name, url) in enumerate(
                self.context.open_access.urls_for(self.detail.citation)):
            self._button(f"lookup_{number}", name, self._opener(url), row)
        found = QHBoxLayout()
        self.oa_link = QLineEdit(self)
        self.oa_link.setObjectName("oa_link")
        self.oa_link.setPlaceholderText(self.tr("https://… address of the open-access copy"))
        found.addWidget(self.oa_link, 1)
        self._button("found_open_access", self.tr("Found open access"), self.mark_open_access,
                     found)
        self.column.addLayout(found)

    def _opener(self, url: str) -> Callable[[], None]:
        return lambda: self.open_lookup(url)

    def _build_document(self, state: State) -> None:
        doc = self.context.documents.current(self.detail.row.id)
        if doc is None:
            words = self.tr("No PDF attached yet.")
        elif doc.available:
            words = self.tr("PDF: {0}, {1} pages, {2}.").format(
                doc.filename, doc.pages, _size_words(doc.size))
            if doc.purge_due is not None:
                words += " " + self.tr("Deleted on {0}.").format(doc.purge_due.isoformat())
        else:
            words = self.tr("The PDF was removed on {0}.").format(
                f"{doc.purged_at:%Y-%m-%d}" if doc.purged_at else "")
        self.document_words = QLabel(words, self)
        self.document_words.setObjectName("document_status")
        self.document_words.setWordWrap(True)
        self.column.addWidget(self.document_words)
        row = self._row()
        if state in _ATTACH_STATES:
            self.drop_area = PdfDropArea(self)
            self.drop_area.file_dropped.connect(lambda path: self.attach_file(Path(path)))
            self.column.addWidget(self.drop_area)
            self._button("attach", self.tr("Attach PDF…"), self.choose_file, row)
        if doc is not None and doc.available and state in _DELIVER_STATES:
            sent_before = bool(self.context.documents.deliveries(self.detail.row.id))
            self._button("email", self.tr("E-mail again") if sent_before
                         else self.tr("E-mail to patron"), self.deliver_email, row)
            self._button("printed", self.tr("Mark printed"), self.mark_printed, row)
            self._button("open_pdf", self.tr("Open PDF"),
                         lambda: self.open_url(QUrl.fromLocalFile(str(doc.path)).toString()),
                         row)

    # -- acting ------------------------------------------------------------------------------
    def _staff(self) -> str:
        return self.context.current_staff()

    def _run(self, call: Callable[[], object], done_words: str) -> bool:
        try:
            call()
        except DeskError as exc:
            self.show_message(exc.message, error=True)
            return False
        self.show_message(done_words)
        self.changed.emit(self.detail.row.id)
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setVisible(bool(text))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the PDF"), "",
                                              self.tr("PDF files (*.pdf);;All files (*)"))
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        return self._run(lambda: self.context.documents.attach(
            self.detail.row.id, path, staff=self._staff()),
            self.tr("{0} attached.").format(path.name))

    def deliver_email(self) -> None:
        """Send off the GUI thread (the mail server may be slow); ``email_done`` tells."""
        request_id, staff = self.detail.row.id, self._staff()
        sender = self.context.notice_sender
        documents = self.context.documents
        button = self.buttons.get("email")
        if button is not None:
            button.setEnabled(False)
        self.show_message(self.tr("Sending…"))
        # the task outlives this panel if staff move to another request meanwhile
        task = BackgroundTask(
            lambda _progress: documents.deliver_by_email(request_id, sender, staff=staff))
        _RUNNING.add(task)
        task.succeeded.connect(self._email_succeeded)
        task.failed.connect(self._email_failed)
        task.finished.connect(lambda: _RUNNING.discard(task))
        task.finished.connect(task.deleteLater)
        task.start()

    def _email_succeeded(self, _result: object) -> None:
        self._email_finished("")

    def _email_failed(self, exc: object) -> None:
        words = exc.message if isinstance(exc, DeskError) else self.tr(
            "The e-mail could not be sent: {0}").format(str(exc))
        self._email_finished(words)

    def _email_finished(self, error: str) -> None:
        button = self.buttons.get("email")
        if button is not None:
            button.setEnabled(True)
        if error:
            self.show_message(error, error=True)
            self.email_done.emit(False)
            return
        self.show_message(self.tr("E-mailed to the patron."))
        self.email_done.emit(True)
        self.changed.emit(self.detail.row.id)

    def mark_printed(self) -> bool:
        return self._run(lambda: self.context.documents.mark_printed(
            self.detail.row.id, staff=self._staff()), self.tr("Recorded as printed."))

    def save_compliance(self) -> bool:
        if self.compliance is None or not self.compliance.currentData():
            return False
        choice = str(self.compliance.currentData())
        return self._run(lambda: self.context.copyright.set_compliance(
            self.detail.row.id, choice, staff=self._staff()),
            self.tr("Compliance recorded: {0}.").format(choice))

    def hold(self) -> bool:
        return self._run(lambda: self.context.copyright.hold_if_needed(
            self.detail.row.id, staff=self._staff()),
            self.tr("Held for copyright clearance."))

    def open_lookup(self, url: str) -> None:
        self.opened.append(url)
        if not self.open_url(url):
            self.show_message(self.tr("The browser could not be opened for {0}.").format(url),
                              error=True)

    def mark_open_access(self) -> bool:
        link = self.oa_link.text() if self.oa_link is not None else ""
        return self._run(lambda: self.context.open_access.mark_found(
            self.detail.row.id, link, staff=self._staff(),
            expected_version=self.detail.row.version),
            self.tr("Completed with the open-access link; the patron is notified."))

    def open_clearance(self) -> None:
        dialog = ClearanceDialog(self.context, self.detail.row.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_message(self.tr("Copyright cleared."))
            self.changed.emit(self.detail.row.id)

    def open_purchase(self) -> None:
        dialog = PurchaseDialog(self.context, self.detail.row.id, self.detail.row.version, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.done_ is not None:
            self.show_message(self.tr("Order recorded."))
            self.changed.emit(self.detail.row.id)


def copy_actions_widget(context: CopiesContext, detail: RequestDetail,
                        parent: QWidget | None = None) -> CopyPanel | None:
    """The box for ``detail``'s detail pane, or None when it has nothing to offer."""
    if detail.row.side is not Side.BORROWING:
        return None
    legal = {a.action for a in detail.actions}
    if detail.row.service_type is ServiceType.LOAN and Action.ORDER_PURCHASE not in legal:
        return None
    if detail.row.service_type is ServiceType.COPY:
        state = detail.row.state
        relevant = _COPYRIGHT_STATES | _OPEN_ACCESS_STATES | _ATTACH_STATES | _DELIVER_STATES
        if state not in relevant and Action.ORDER_PURCHASE not in legal:
            return None
        if state is State.COMPLETE:
            doc = context.documents.current(detail.row.id)
            if doc is None or not doc.available:
                return None
    return CopyPanel(context, detail, parent)
