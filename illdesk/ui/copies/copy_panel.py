"""The copy, copyright and purchase box shown in a borrowing request's detail pane.

It offers what fits the request's state: attach the PDF (file chooser or drop), deliver
or send again, the rule-of-five count with the compliance choice and clearance, the
open-access lookups and "found open access", and buying instead of borrowing.
:func:`copy_actions_widget` picks this box, or the lending article box, for a request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import Capability
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.copies.clearance_dialog import ClearanceDialog
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.document_box import SENDING, DocumentBox, size_words
from illdesk.ui.copies.lending_copy_panel import LendingCopyPanel, lending_panel_fits
from illdesk.ui.copies.purchase_dialog import PurchaseDialog
from illdesk.ui.field_form import ERROR_STYLE

_RUNNING = SENDING
"""E-mails still being sent (tests wait for it to empty)."""


class CopyPanel(DocumentBox):
    def __init__(
        self, context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("copy_panel")
        self.opened: list[str] = []
        self.setTitle(
            self.tr("Copy, copyright and purchase")
            if detail.row.service_type is ServiceType.COPY
            else self.tr("Purchase on demand")
        )
        self.compliance: QComboBox | None = None
        self.oa_link: QLineEdit | None = None
        self.copyright_words: QLabel | None = None
        self.sent_words = self.tr("E-mailed to the patron.")
        self._build()
        self.column.addWidget(self.message)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        d = self.detail
        legal = {a.action for a in d.actions}
        if d.row.service_type is ServiceType.COPY:
            self._build_copyright(legal, controls=Capability.COPYRIGHT_CHOICE in d.can)
            if Action.MARK_OPEN_ACCESS in legal:
                self._build_open_access()
            if d.can & {Capability.ATTACH_PDF, Capability.SEND_PDF}:
                self._build_document()
        if Action.ORDER_PURCHASE in legal:
            row = self._row()
            self._button("buy", self.tr("Buy instead of borrow…"), self.open_purchase, row)

    def _build_copyright(self, legal: set[Action], controls: bool) -> None:
        status = self.context.copyright.status(self.detail.row.id)
        words = i18n.words(status.words())
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
            self.compliance.setToolTip(
                self.tr("Suggested: {0}").format(status.verdict.suggested_compliance())
            )
        self.compliance.activated.connect(lambda _i: self.save_compliance())
        row.addWidget(self.compliance)
        if Action.HOLD_FOR_COPYRIGHT in legal:
            self._button("hold", self.tr("Hold for copyright"), self.hold, row)
        if status.verdict.over_limit and not status.cleared:
            self._button(
                "clearance", self.tr("Record royalty or override…"), self.open_clearance, row
            )

    def _build_open_access(self) -> None:
        self.column.addWidget(QLabel(self.tr("Look for an open-access copy:"), self))
        row = self._row()
        for number, (name, url) in enumerate(
            self.context.open_access.urls_for(self.detail.citation)
        ):
            self._button(f"lookup_{number}", name, self._opener(url), row)
        found = QHBoxLayout()
        self.oa_link = QLineEdit(self)
        self.oa_link.setObjectName("oa_link")
        self.oa_link.setPlaceholderText(self.tr("https://… address of the open-access copy"))
        found.addWidget(self.oa_link, 1)
        self._button(
            "found_open_access", self.tr("Found open access"), self.mark_open_access, found
        )
        self.column.addLayout(found)

    def _opener(self, url: str) -> Callable[[], None]:
        return lambda: self.open_lookup(url)

    def _build_document(self) -> None:
        doc = self.context.documents.current(self.detail.row.id)
        if doc is None:
            words = self.tr("No PDF attached yet.")
        elif doc.available:
            words = self.tr("PDF: {0}, {1} pages, {2}.").format(
                doc.filename, doc.pages, size_words(doc.size)
            )
            if doc.purge_due is not None:
                words += " " + self.tr("Deleted on {0}.").format(i18n.date_text(doc.purge_due))
        else:
            words = self.tr("The PDF was removed on {0}.").format(i18n.date_text(doc.purged_at))
        self._add_document_words(words)
        row = self._row()
        if Capability.ATTACH_PDF in self.detail.can:
            self._add_drop_area()
            self._button("attach", self.tr("Attach PDF…"), self.choose_file, row)
        if doc is not None and doc.available and Capability.SEND_PDF in self.detail.can:
            sent_before = bool(self.context.documents.deliveries(self.detail.row.id))
            self._button(
                "email",
                self.tr("E-mail again") if sent_before else self.tr("E-mail to patron"),
                self.deliver_email,
                row,
            )
            self._button("printed", self.tr("Mark printed"), self.mark_printed, row)
            self._open_pdf_button(doc.path, row)
        if doc is not None and doc.available and doc.purge_due is not None:
            self._delete_now_button(row)

    # -- acting ------------------------------------------------------------------------------
    def deliver_email(self) -> None:
        """E-mail the PDF to the patron, off the GUI thread; ``email_done`` tells."""
        self.send_email()

    def mark_printed(self) -> bool:
        return self._run(
            lambda: self.context.documents.mark_printed(self.detail.row.id, staff=self._staff()),
            self.tr("Recorded as printed."),
        )

    def save_compliance(self) -> bool:
        if self.compliance is None or not self.compliance.currentData():
            return False
        choice = str(self.compliance.currentData())
        return self._run(
            lambda: self.context.copyright.set_compliance(
                self.detail.row.id, choice, staff=self._staff()
            ),
            self.tr("Compliance recorded: {0}.").format(choice),
        )

    def hold(self) -> bool:
        return self._run(
            lambda: self.context.copyright.hold_if_needed(self.detail.row.id, staff=self._staff()),
            self.tr("Held for copyright clearance."),
        )

    def open_lookup(self, url: str) -> None:
        self.opened.append(url)
        if not self.open_url(url):
            self.show_message(
                self.tr("The browser could not be opened for {0}.").format(url), error=True
            )

    def mark_open_access(self) -> bool:
        link = self.oa_link.text() if self.oa_link is not None else ""
        return self._run(
            lambda: self.context.open_access.mark_found(
                self.detail.row.id,
                link,
                staff=self._staff(),
                expected_version=self.detail.row.version,
            ),
            self.tr("Completed with the open-access link; the patron is notified."),
        )

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


def copy_actions_widget(
    context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
) -> DocumentBox | None:
    """The box for ``detail``'s detail pane, or None when it has nothing to offer."""
    if detail.row.side is Side.LENDING:
        if lending_panel_fits(context, detail):
            return LendingCopyPanel(context, detail, parent)
        return None
    legal = {a.action for a in detail.actions}
    if detail.row.service_type is ServiceType.LOAN and Action.ORDER_PURCHASE not in legal:
        return None
    if detail.row.service_type is ServiceType.COPY:
        offered = detail.can & {
            Capability.COPYRIGHT_CHOICE,
            Capability.ATTACH_PDF,
            Capability.SEND_PDF,
        }
        if not offered and not legal & {Action.MARK_OPEN_ACCESS, Action.ORDER_PURCHASE}:
            return None
        if detail.row.state is State.COMPLETE:
            doc = context.documents.current(detail.row.id)
            if doc is None or not doc.available:
                return None
    return CopyPanel(context, detail, parent)
