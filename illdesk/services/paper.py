"""The desk's printouts as PDFs: the services say what goes on the paper, the printing
adapter draws it (through the ``PaperRenderer`` port, injected by ``app.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.domain.customs import CustomsForm
from illdesk.domain.errors import NotLendable
from illdesk.domain.printed import CustomsDeclaration, ShippingLabel
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.words import N_, Sentence
from illdesk.services.charges import ChargeService
from illdesk.services.ports import PaperRenderer
from illdesk.services.printouts import PrintoutService, SlipBatch, SlipRound


@dataclass(frozen=True)
class PrintedSlips:
    """A pull-slip batch drawn: the PDF (empty when every request was refused)."""

    batch: SlipBatch
    pdf: bytes


class PaperService:
    """Book bands, pull slips, labels, customs forms and invoices, ready to print."""

    def __init__(
        self,
        settings: Settings,
        printouts: PrintoutService,
        charges: ChargeService,
        renderer: PaperRenderer,
    ) -> None:
        self._settings = settings
        self._printouts = printouts
        self._charges = charges
        self._renderer = renderer

    def book_band(self, request_id: int) -> bytes:
        """The band for a received loan (NotFound in words before it has a due date)."""
        return self._renderer.book_band(self._printouts.book_band(request_id), self._settings)

    def pull_slips(self, request_ids: list[int]) -> bytes:
        return self._renderer.pull_slips(self._printouts.pull_slips(request_ids), self._settings)

    def pull_slip(self, request_id: int) -> bytes:
        """One request's pull slip (from its detail pane); NotLendable in words when the
        lending policy will not lend it, as a batch would leave it out."""
        reason = self._printouts.slip_refusal(request_id)
        if reason:
            raise NotLendable(Sentence(N_("No pull slip: {reason}."), reason=reason))
        return self.pull_slips([request_id])

    def pull_slip_batch(self, which: SlipRound, progress: Progress = NO_PROGRESS) -> PrintedSlips:
        """One round of pull slips (new, or again for slips not pulled yet) in one PDF, only
        for lendable requests; ``progress`` reports each slip and can cancel.  Nothing is
        recorded here: the requests are marked printed once the printer took the job."""
        batch = self._printouts.slip_batch(which)
        pdf = (
            self._renderer.pull_slips(batch.slips, self._settings, progress) if batch.slips else b""
        )
        return PrintedSlips(batch, pdf)

    def shipping_label(self, label: ShippingLabel, position: int = 1) -> bytes:
        """On this desk's label stock (``printing.label_layout``), at ``position`` of a sheet."""
        layout = self._settings.get_str("printing.label_layout")
        return self._renderer.shipping_label(label, layout, position)

    def customs(self, declaration: CustomsDeclaration, form: CustomsForm) -> bytes:
        return self._renderer.customs(declaration, form, self._settings)

    def invoice(self, charge_id: int) -> bytes:
        return self._renderer.invoice(self._charges.invoice(charge_id), self._settings)
