"""The printed documents: inputs in :mod:`illdesk.domain.printed`, one renderer per document kind.

Every renderer returns the PDF as bytes.
"""

from illdesk.printing.documents.book_band import render_book_band, render_book_bands
from illdesk.printing.documents.customs import render_customs
from illdesk.printing.documents.invoice import render_invoice
from illdesk.printing.documents.notice import render_notice
from illdesk.printing.documents.pull_slip import render_pull_slips, shelf_order
from illdesk.printing.documents.shipping_label import render_shipping_label, render_shipping_labels

__all__ = [
    "render_book_band",
    "render_book_bands",
    "render_customs",
    "render_invoice",
    "render_notice",
    "render_pull_slips",
    "render_shipping_label",
    "render_shipping_labels",
    "shelf_order",
]
