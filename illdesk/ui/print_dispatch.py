"""Carries out the print effects of an action: book band on receipt, return label, pull slip.

Every printout is also saved as a PDF in the data directory (to reprint or show later).
When this desk has a printer chosen for the document kind (Printers settings), it goes
straight there, so a receive scan prints its band with no keypress; otherwise the preview
opens beside the window.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from illdesk.domain.errors import DeskError
from illdesk.domain.workflow import Effect
from illdesk.paths import data_dir
from illdesk.printing.documents import (
    render_book_band,
    render_customs,
    render_pull_slips,
    render_shipping_label,
)
from illdesk.services.rows import Performed
from illdesk.services.shipping import Shipped
from illdesk.ui.printing.preview_dialog import PreviewDialog, remembered_printer
from illdesk.ui.services_context import DeskContext

log = logging.getLogger(__name__)


class PrintDispatcher:
    def __init__(self, context: DeskContext, parent: QWidget, store: QSettings) -> None:
        self.context = context
        self.parent = parent
        self.store = store
        self.saved: list[Path] = []
        self.previews: list[PreviewDialog] = []

    def carry_out(self, performed: Performed) -> None:
        """Print what the action's effects ask for; a failure is told, the action stands."""
        effects = set(performed.effects)
        detail = performed.detail
        try:
            if Effect.PRINT_BOOK_BAND.value in effects:
                band = self.context.printouts.book_band(detail.row.id)
                self.output(render_book_band(band, settings=self.context.settings),
                            "book-band", detail.row.number)
            if Effect.PRINT_RETURN_LABEL.value in effects:
                label = self.context.shipping.return_label(detail.row.id)
                self.output(self._label(label), "shipping-label", detail.row.number)
            if Effect.PRINT_PULL_SLIP.value in effects:
                slips = self.context.printouts.pull_slips([detail.row.id])
                self.output(render_pull_slips(slips, settings=self.context.settings),
                            "pull-slip", detail.row.number)
        except DeskError as exc:
            QMessageBox.warning(self.parent, self.parent.tr("Not printed"), exc.message)

    def shipped(self, shipped: Shipped) -> None:
        number = shipped.performed.detail.row.number
        self.output(self._label(shipped.label), "shipping-label", number)
        if shipped.customs is not None:
            pdf = render_customs(shipped.customs, shipped.customs_form,
                                 settings=self.context.settings)
            self.output(pdf, shipped.customs_form.value.lower() if shipped.customs_form
                        else "cn22", number)

    def _label(self, label: object) -> bytes:
        layout = self.context.settings.get_str("printing.label_layout")
        return render_shipping_label(label, layout)  # type: ignore[arg-type]

    def output(self, pdf: bytes, kind: str, number: str) -> Path:
        folder = data_dir() / "printouts"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{kind}-{number}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"
        path.write_bytes(pdf)
        self.saved.append(path)
        title = self.parent.tr("{0} for {1}").format(kind.replace("-", " "), number)
        preview = PreviewDialog(pdf, kind, self.parent, title=title, store=self.store)
        if remembered_printer(self.store, kind) and preview.print_now():
            log.info("printed %s to %s", path.name, preview.chosen_printer())
            return path
        preview.setModal(False)
        preview.show()
        self.previews.append(preview)
        return path
