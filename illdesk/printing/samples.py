"""Test prints: each document kind rendered with sample data, and where each kind is printed."""

from __future__ import annotations

from decimal import Decimal

from illdesk.domain.customs import CustomsForm
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import letterhead_from_settings
from illdesk.domain.settings import Settings
from illdesk.printing import sample_data
from illdesk.printing.documents import (
    render_book_band,
    render_customs,
    render_invoice,
    render_notice,
    render_pull_slips,
    render_shipping_label,
)
from illdesk.printing.documents.common import settings_or_default

DOCUMENT_KINDS: tuple[str, ...] = (
    "pull-slip",
    "book-band",
    "shipping-label",
    "cn22",
    "cn23",
    "notice",
    "invoice",
)
KIND_TITLES: dict[str, str] = {
    "pull-slip": "Pull slips",
    "book-band": "Book bands",
    "shipping-label": "Shipping labels",
    "cn22": "Customs form CN22",
    "cn23": "Customs form CN23",
    "notice": "Notices",
    "invoice": "Invoices",
}


def render_sample(kind: str, settings: Settings | None = None) -> bytes:
    """The PDF of a test print of ``kind`` (one of :data:`DOCUMENT_KINDS`)."""
    settings = settings_or_default(settings)
    letterhead = letterhead_from_settings(settings)
    if kind == "pull-slip":
        return render_pull_slips(sample_data.pull_slips(3), letterhead, settings)
    if kind == "book-band":
        return render_book_band(sample_data.book_band(), letterhead, settings)
    if kind == "shipping-label":
        layout = settings.get_str("printing.label_layout")
        return render_shipping_label(sample_data.shipping_label(), layout)
    if kind == "cn22":
        return render_customs(sample_data.customs_declaration(), CustomsForm.CN22, settings)
    if kind == "cn23":
        return render_customs(
            sample_data.customs_declaration(Decimal("850.00")), CustomsForm.CN23, settings
        )
    if kind == "notice":
        return render_notice(sample_data.notice(), letterhead, settings)
    if kind == "invoice":
        return render_invoice(sample_data.invoice(), letterhead, settings)
    raise DeskError(
        f"“{kind}” is not a kind of document; choose one of {', '.join(DOCUMENT_KINDS)}."
    )
