"""The printing adapter behind the services' ``PaperRenderer`` port: reportlab PDFs."""

from __future__ import annotations

from collections.abc import Sequence

from illdesk.domain.customs import CustomsForm
from illdesk.domain.printed import BookBand, CustomsDeclaration, Invoice, PullSlip, ShippingLabel
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.printing.documents import (
    render_book_band,
    render_customs,
    render_invoice,
    render_pull_slips,
    render_shipping_label,
)


class PdfRenderer:
    """Each printout drawn with the library's letterhead from ``settings``."""

    def book_band(self, band: BookBand, settings: Settings) -> bytes:
        return render_book_band(band, settings=settings)

    def pull_slips(
        self, slips: Sequence[PullSlip], settings: Settings, progress: Progress = NO_PROGRESS
    ) -> bytes:
        return render_pull_slips(slips, settings=settings, progress=progress)

    def shipping_label(self, label: ShippingLabel, layout: str, position: int = 1) -> bytes:
        return render_shipping_label(label, layout, position)

    def customs(
        self, declaration: CustomsDeclaration, form: CustomsForm, settings: Settings
    ) -> bytes:
        return render_customs(declaration, form, settings=settings)

    def invoice(self, invoice: Invoice, settings: Settings) -> bytes:
        return render_invoice(invoice, settings=settings)
