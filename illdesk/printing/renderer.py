"""The printing adapter behind the services' ``PaperRenderer`` port: reportlab PDFs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from illdesk.domain.customs import CustomsForm
from illdesk.domain.printed import (
    BookBand,
    CustomsDeclaration,
    DataSheet,
    Invoice,
    LibraryLetterhead,
    PullSlip,
    ShippingLabel,
    letterhead_from_settings,
)
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings

# reportlab, Pillow and python-barcode are imported with the first printout, not at start


class PdfRenderer:
    """Each printout drawn with the library's letterhead from ``settings``.

    ``letterhead`` makes the letterhead from the settings; the composition root hands in
    the one whose address is laid out for the library's own post (``services.shipping``),
    which this adapter may not import.  Without it the settings' lines are used as they are.
    """

    def __init__(
        self, letterhead: Callable[[Settings], LibraryLetterhead] = letterhead_from_settings
    ) -> None:
        self._letterhead = letterhead

    def book_band(self, band: BookBand, settings: Settings) -> bytes:
        from illdesk.printing.documents import render_book_band

        return render_book_band(band, self._letterhead(settings), settings=settings)

    def pull_slips(
        self, slips: Sequence[PullSlip], settings: Settings, progress: Progress = NO_PROGRESS
    ) -> bytes:
        from illdesk.printing.documents import render_pull_slips

        return render_pull_slips(
            slips, self._letterhead(settings), settings=settings, progress=progress
        )

    def shipping_label(self, label: ShippingLabel, layout: str, position: int = 1) -> bytes:
        from illdesk.printing.documents import render_shipping_label

        return render_shipping_label(label, layout, position)

    def customs(
        self, declaration: CustomsDeclaration, form: CustomsForm, settings: Settings
    ) -> bytes:
        from illdesk.printing.documents import render_customs

        return render_customs(declaration, form, settings=settings)

    def invoice(self, invoice: Invoice, settings: Settings) -> bytes:
        from illdesk.printing.documents import render_invoice

        return render_invoice(invoice, self._letterhead(settings), settings=settings)

    def data_sheet(self, sheet: DataSheet, settings: Settings) -> bytes:
        from illdesk.printing.documents.data_sheet import render_data_sheet

        return render_data_sheet(sheet, settings)
