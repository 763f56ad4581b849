"""The box in a lending article request's detail pane: attach our scan (or download), send
it to the borrowing library by e-mail, and send it again after completion until the PDF
is purged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from illdesk.domain.vocabulary import ServiceType, Side
from illdesk.domain.workflow import Capability
from illdesk.services.documents import DocumentRow, Recipient
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.document_box import DocumentBox, size_words
from illdesk.ui.field_form import ERROR_STYLE
from illdesk.ui.flow_layout import FlowLayout

MUTED_STYLE = "color: #555;"


def lending_panel_fits(context: CopiesContext, detail: RequestDetail) -> bool:
    """A lending article request still being supplied, or sent with its PDF still kept."""
    row = detail.row
    if row.side is not Side.LENDING or row.service_type is not ServiceType.COPY:
        return False
    if Capability.ATTACH_PDF in detail.can:
        return True
    if Capability.RESEND_PDF in detail.can:
        doc = context.documents.current(row.id)
        return doc is not None and doc.available
    return False


class LendingCopyPanel(DocumentBox):
    def __init__(
        self, context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("lending_copy_panel")
        self.symbol = detail.row.partner or detail.partner_name
        self.setTitle(self.tr("Article copy for {0}").format(self.symbol))
        self._email_key = "send"
        self.sent_words = self.tr("Sent to {0}.").format(self.symbol)
        self.recipient_words: QLabel | None = None
        self.sent_before: QLabel | None = None
        self._build()
        self.column.addWidget(self.message)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        request_id, can = self.detail.row.id, self.detail.can
        documents = self.context.documents
        doc = documents.current(request_id)
        available = doc is not None and doc.available
        recipient = documents.recipient(request_id)
        self._add_document_words(self._document_text(doc))
        self._add_recipient(recipient)
        deliveries = documents.deliveries(request_id)
        if deliveries:
            last = deliveries[-1]
            how = self.tr("PDF attached") if last.channel == "attachment" else self.tr("as a link")
            self.sent_before = self._muted(
                self.tr("Sent {0} times; last on {1} to {2} ({3}).").format(
                    len(deliveries), i18n.datetime_text(last.at), last.recipient, how
                )
                if len(deliveries) > 1
                else self.tr("Sent on {0} to {1} ({2}).").format(
                    i18n.datetime_text(last.at), last.recipient, how
                ),
                "sent_before",
            )
        if Capability.ATTACH_PDF in can:
            if not available:
                self._muted(
                    self.tr(
                        "Scan or download the article, then drop the PDF here or "
                        "attach it; that records it as scanned"
                        " (and holdings and licence as checked)."
                    ),
                    "attach_hint",
                )
            drop = self._add_drop_area()
            if available:
                drop.label.setText(self.tr("Drop a better scan here to replace the PDF"))
        row = self._row()
        if Capability.ATTACH_PDF in can:
            self._button(
                "attach",
                self.tr("Replace PDF…") if available else self.tr("Attach scanned PDF…"),
                self.choose_file,
                row,
            )
        if available and Capability.SEND_PDF in can and Capability.RESEND_PDF not in can:
            self._send_button(self.tr("Send to {0} by e-mail").format(self.symbol), recipient, row)
        if available and Capability.RESEND_PDF in can:
            self._send_button(self.tr("Send again"), recipient, row)
        if doc is not None and available:
            self._open_pdf_button(doc.path, row)
            if doc.purge_due is not None:
                self._delete_now_button(row)

    def _document_text(self, doc: DocumentRow | None) -> str:
        if doc is None:
            return self.tr("No PDF attached yet.")
        if not doc.available:
            return self.tr("The PDF was removed on {0}.").format(i18n.date_text(doc.purged_at))
        words = self.tr("PDF: {0} · {1} pages · {2} · SHA-256 {3}…").format(
            doc.filename, doc.pages, size_words(doc.size), doc.sha256[:12]
        )
        if doc.purge_due is not None:
            words += " " + self.tr("Deleted on {0}.").format(i18n.date_text(doc.purge_due))
        return words

    def _add_recipient(self, recipient: Recipient) -> None:
        if recipient.address:
            text = self.tr("To: {0} <{1}>").format(
                self.detail.partner_name or recipient.who, recipient.address
            )
        else:
            text = recipient.missing
        self.recipient_words = self._muted(text, "copy_recipient")
        if not recipient.address:
            self.recipient_words.setStyleSheet(ERROR_STYLE)

    def _muted(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        self.column.addWidget(label)
        return label

    def _send_button(self, text: str, recipient: Recipient, row: FlowLayout) -> None:
        """Disabled, with the reason, while the borrowing library has no e-mail address."""
        button = self._button("send", text, self.send_email, row)
        if not recipient.address:
            button.setEnabled(False)
            button.setToolTip(recipient.missing)
