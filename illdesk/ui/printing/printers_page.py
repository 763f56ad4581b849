"""Settings page "Printers": which printer each document kind goes to, and test prints."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings
from illdesk.printing import sample_data, zpl
from illdesk.printing.sample_data import DOCUMENT_KINDS, render_sample
from illdesk.ui import i18n
from illdesk.ui.printing.preview_dialog import (
    SYSTEM_DEFAULT,
    PreviewDialog,
    desk_settings,
    remember_printer,
    remembered_printer,
)


def kind_title(widget: QWidget, kind: str) -> str:
    titles = {
        "pull-slip": widget.tr("Pull slips"),
        "book-band": widget.tr("Book bands"),
        "shipping-label": widget.tr("Shipping labels"),
        "cn22": widget.tr("Customs form CN22"),
        "cn23": widget.tr("Customs form CN23"),
        "notice": widget.tr("Notices"),
        "invoice": widget.tr("Invoices"),
    }
    return titles.get(kind, kind)


class PrintersPage(QWidget):
    """One row per document kind: printer choice (remembered per desk) and a Test print button."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, store: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._store = store if store is not None else desk_settings()
        self.boxes: dict[str, QComboBox] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        self.previews: list[PreviewDialog] = []
        printers = QPrinterInfo.availablePrinterNames()

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Document</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Printer</b>"), self), 0, 1)
        for row, kind in enumerate(DOCUMENT_KINDS, start=1):
            grid.addWidget(QLabel(kind_title(self, kind), self), row, 0)
            box = QComboBox(self)
            box.addItem(self.tr("System default printer"), SYSTEM_DEFAULT)
            for name in printers:
                box.addItem(name, name)
            wanted = remembered_printer(self._store, kind)
            index = box.findData(wanted)
            if index < 0 and wanted:
                box.addItem(self.tr("%1 (not found)").replace("%1", wanted), wanted)
                index = box.count() - 1
            box.setCurrentIndex(max(index, 0))
            box.currentIndexChanged.connect(
                lambda _i, k=kind, b=box: remember_printer(self._store, k, str(b.currentData()))
            )
            grid.addWidget(box, row, 1)
            button = QPushButton(self.tr("Test print"), self)
            button.clicked.connect(lambda _c=False, k=kind: self.test_print(k))
            grid.addWidget(button, row, 2)
            self.boxes[kind] = box
            self.test_buttons[kind] = button
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the printer for each kind of document. “Test print” shows a sample on "
                "the real paper size, so you can check the alignment before printing for real."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not printers:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No printers are set up on this computer; "
                        "documents can still be saved as PDF."
                    ),
                    self,
                )
            )
        layout.addLayout(grid)
        layout.addStretch(1)

    def test_print(self, kind: str) -> PreviewDialog | None:
        """Render the sample document for ``kind`` and open it in the preview."""
        try:
            pdf = render_sample(kind, self._settings)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Test print failed"), i18n.words(exc))
            return None
        send = self._zpl_sender() if kind == "shipping-label" else None
        dialog = PreviewDialog(
            pdf,
            kind,
            self,
            store=self._store,
            title=self.tr("Test print: %1").replace("%1", kind_title(self, kind)),
            send_zpl=send,
        )
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.previews.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: PreviewDialog) -> None:
        if dialog in self.previews:
            self.previews.remove(dialog)
        dialog.deleteLater()

    def _zpl_sender(self) -> Callable[[], str] | None:
        if not self._settings.get_str("printing.zpl_target"):
            return None

        def send() -> str:
            target = zpl.send_label([sample_data.shipping_label()], self._settings)
            return self.tr("The sample label was sent to the %1.").replace("%1", target.describe())

        return send
