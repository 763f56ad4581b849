"""Carries out the print effects of an action: book band on receipt, return label, pull slip.

Every printout is also saved as a PDF in the data directory (to reprint or show later).
When this desk has a printer chosen for the document kind (Printers settings), it goes
straight there, so a receive scan prints its band with no keypress; otherwise the preview
opens beside the window.

Shipping labels on sheets (Avery-style) ask where on the sheet the label goes, starting
from the position this desk remembers (``printing.label_next_position``), and remember
the next free one afterwards, so a half-used sheet is used up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from illdesk.domain.errors import DeskError
from illdesk.domain.label_sheets import LAYOUTS, position_after
from illdesk.domain.printed import ShippingLabel
from illdesk.domain.workflow import Effect
from illdesk.services.rows import Performed
from illdesk.services.shipping import ShipmentPapers, Shipped
from illdesk.ui import i18n
from illdesk.ui.after_commit import AfterCommitWorker
from illdesk.ui.printing.batch import keep_printout
from illdesk.ui.printing.preview_dialog import PreviewDialog, remembered_printer
from illdesk.ui.printing.sheet_position import ask_sheet_position
from illdesk.ui.services_context import DeskContext

log = logging.getLogger(__name__)

_PRINTED = {
    Effect.PRINT_BOOK_BAND.value,
    Effect.PRINT_RETURN_LABEL.value,
    Effect.PRINT_PULL_SLIP.value,
}

NEXT_POSITION = "printing.label_next_position"


class PrintDispatcher:
    def __init__(self, context: DeskContext, parent: QWidget, store: QSettings) -> None:
        self.context = context
        self.parent = parent
        self.store = store
        self.saved: list[Path] = []
        self.unprinted: list[Path] = []
        self.previews: list[PreviewDialog] = []
        self.worker: AfterCommitWorker | None = None
        """Where the papers of an action are drawn (the window's worker; None: at once)."""

    def carry_out(self, performed: Performed) -> None:
        """Print what the action's effects ask for; a failure is told, the action stands.

        The papers are drawn after the commit on the window's worker thread (the next scan
        need not wait for reportlab), then printed or shown here on the GUI thread."""
        effects = set(performed.effects)
        if not effects & _PRINTED:
            return
        detail = performed.detail
        staff = self.context.current_staff()

        def make() -> list[object]:
            return self._make(effects, detail.row.id, staff)

        if self.worker is None:
            self._print_made(detail.row.number, make())
        else:
            self.worker.submit_then(make, partial(self._print_made, detail.row.number))

    def _make(self, effects: set[str], request_id: int, staff: str) -> list[object]:
        """The papers the effects ask for, in order; a refusal ends the list (as told)."""
        made: list[object] = []
        try:
            if Effect.PRINT_BOOK_BAND.value in effects:
                made.append(("book-band", self.context.paper.book_band(request_id)))
            if Effect.PRINT_RETURN_LABEL.value in effects:  # and customs, to a lender abroad
                made.append(self.context.shipping.return_papers(request_id, staff=staff))
            if Effect.PRINT_PULL_SLIP.value in effects:
                made.append(("pull-slip", self.context.paper.pull_slips([request_id])))
        except DeskError as exc:
            made.append(exc)
        return made

    def _print_made(self, number: str, made: list[object]) -> None:
        for paper in made:
            if isinstance(paper, DeskError):
                QMessageBox.warning(self.parent, self.parent.tr("Not printed"), i18n.words(paper))
            elif isinstance(paper, ShipmentPapers):
                self.print_papers(paper)
            elif isinstance(paper, tuple):
                kind, pdf = paper
                try:
                    self.output(pdf, kind, number)
                except DeskError as exc:
                    QMessageBox.warning(self.parent, self.parent.tr("Not printed"), i18n.words(exc))

    def shipped(self, shipped: Shipped) -> None:
        """The label and any customs form of a shipment; a failure is told, the shipment
        stands."""
        self.print_papers(
            ShipmentPapers(
                shipped.performed.detail.row.number,
                shipped.label,
                shipped.customs,
                shipped.customs_form,
            )
        )

    def reprint_shipment(self, request_id: int) -> None:
        """The last parcel's label and customs form again (a label jammed, a form got lost)."""
        try:
            papers = self.context.shipping.papers_again(request_id)
        except DeskError as exc:
            QMessageBox.warning(self.parent, self.parent.tr("Not printed"), i18n.words(exc))
            return
        self.print_papers(papers)

    def print_papers(self, papers: ShipmentPapers) -> None:
        number = papers.number
        try:
            self.print_label(papers.label, number)
        except DeskError as exc:
            QMessageBox.warning(self.parent, self.parent.tr("Not printed"), i18n.words(exc))
        if papers.customs is None or papers.customs_form is None:
            return
        try:
            pdf = self.context.paper.customs(papers.customs, papers.customs_form)
            self.output(pdf, papers.customs_form.value.lower(), number)
        except DeskError as exc:
            QMessageBox.warning(self.parent, self.parent.tr("Not printed"), i18n.words(exc))

    def print_label(self, label: ShippingLabel, number: str) -> Path | None:
        """The shipping label on this desk's stock; on a sheet, staff say where first.

        Returns the saved PDF, or None when staff cancelled the sheet position (nothing
        printed; the label is kept as a PDF to print later and staff are told so).
        """
        layout = self.context.settings.get_str("printing.label_layout")
        sheet = LAYOUTS.get(layout)
        if sheet is None or sheet.per_sheet == 1:  # thermal (an unknown layout is refused)
            return self.output(self.context.paper.shipping_label(label), "shipping-label", number)
        remembered = self.context.settings.get_int(NEXT_POSITION)
        position = ask_sheet_position(sheet, remembered, self.parent, what=number)
        if position is None:
            self._not_printed(label, number)
            return None
        pdf = self.context.paper.shipping_label(label, position)
        self._remember_next_position(position_after(sheet, position))
        return self.output(pdf, "shipping-label", number)

    def _remember_next_position(self, position: int) -> None:
        """For this session (the Settings object) and the next (this desk's QSettings)."""
        self.context.settings.set(NEXT_POSITION, position)
        self.store.setValue(f"settings/{NEXT_POSITION}", position)
        self.store.sync()

    def _not_printed(self, label: ShippingLabel, number: str) -> None:
        path = self.save(
            self.context.paper.shipping_label(label), "shipping-label-unprinted", number
        )
        self.unprinted.append(path)
        QMessageBox.information(
            self.parent,
            self.parent.tr("Label not printed"),
            self.parent.tr(
                "No shipping label was printed for {0}; the shipment itself is "
                "recorded. The label is kept to print later:\n{1}"
            ).format(number, str(path)),
        )

    def save(self, pdf: bytes, kind: str, number: str) -> Path:
        """The PDF in the printouts folder of the data directory."""
        return keep_printout(pdf, kind, number)

    def output(
        self,
        pdf: bytes,
        kind: str,
        number: str,
        on_printed: Callable[[], None] | None = None,
    ) -> Path:
        """Keep the PDF, then print it: in the background straight to this desk's printer
        for ``kind`` when one is chosen (the preview opens only if that fails), else in the
        preview.  ``on_printed`` runs once the printer took the job, never before."""
        path = self.save(pdf, kind, number)
        self.saved.append(path)
        title = self.parent.tr("{0} for {1}").format(kind.replace("-", " "), number)
        preview = PreviewDialog(pdf, kind, self.parent, title=title, store=self.store)
        self.previews.append(preview)
        preview.printed.connect(self._tell_printed)
        if on_printed is not None:
            preview.accepted.connect(on_printed)
        if remembered_printer(self.store, kind) and preview.print_now():
            log.info("printing %s to %s", path.name, preview.chosen_printer())
            preview.print_failed.connect(lambda _words: self._show(preview))
            return path
        self._show(preview)
        return path

    def _show(self, preview: PreviewDialog) -> None:
        preview.setModal(False)
        preview.show()

    def _tell_printed(self, words: str) -> None:
        window = self.parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(words, 8000)
