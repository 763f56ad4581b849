"""Print preview: the PDF as it will print (Qt's PDF viewer), then print, save or send as ZPL.

The printer chosen for each document kind (slips to the slip printer, labels to the
label printer) is remembered per desk in QSettings under ``printers/<kind>``.

Where the printer is a CUPS queue (Linux, macOS), the PDF itself goes to CUPS: vector
pages, a few kilobytes, printed at the printer's own resolution.  Qt's print path, which
draws each page as an image at the printer's resolution, is kept for printers CUPS does
not know (Windows).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.printing import cups
from illdesk.ui import i18n
from illdesk.ui.screen_fit import fit_size

log = logging.getLogger(__name__)
SYSTEM_DEFAULT = ""


def cups_queue(name: str) -> str | None:
    """The CUPS queue for the printer ``name`` ("" = the system default), or None when
    CUPS is not here or does not know it (then Qt prints)."""
    try:
        if not name:
            return cups.default_printer()
        return name if name in cups.list_printers() else None
    except cups.CupsError:
        return None


def desk_settings() -> QSettings:
    return QSettings("illdesk", "illdesk")


def remembered_printer(store: QSettings, kind: str) -> str:
    value = store.value(f"printers/{kind}", SYSTEM_DEFAULT)
    return str(value) if value is not None else SYSTEM_DEFAULT


def remember_printer(store: QSettings, kind: str, name: str) -> None:
    store.setValue(f"printers/{kind}", name)
    store.sync()


def print_pdf_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution into its painter; returns pages printed."""
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(dpi)
            size_pt = document.pagePointSize(page)
            scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
            pixels = QSize(round(size_pt.width() * scale), round(size_pt.height() * scale))
            image = document.render(page, pixels)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return pages


class PreviewDialog(QDialog):
    """Shows a PDF (bytes or a file) and prints it to the printer chosen for ``kind``."""

    def __init__(
        self,
        pdf: bytes | Path,
        kind: str,
        parent: QWidget | None = None,
        *,
        title: str = "",
        store: QSettings | None = None,
        send_zpl: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._store = store if store is not None else desk_settings()
        self._send_zpl = send_zpl
        self.last_job: cups.PrintJob | None = None
        self._pdf_bytes = pdf.read_bytes() if isinstance(pdf, Path) else bytes(pdf)
        self.setWindowTitle(title or self.tr("Print preview"))
        fit_size(self, 820, 900)

        self._data = QByteArray(self._pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.printer_box = QComboBox(self)
        self.printer_box.addItem(self.tr("System default printer"), SYSTEM_DEFAULT)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_box.addItem(name, name)
        wanted = remembered_printer(self._store, kind)
        index = self.printer_box.findData(wanted)
        if index < 0 and wanted:
            self.printer_box.addItem(self.tr("%1 (not found)").replace("%1", wanted), wanted)
            index = self.printer_box.count() - 1
        self.printer_box.setCurrentIndex(max(index, 0))
        self.printer_box.currentIndexChanged.connect(self._printer_changed)

        self.pages_label = QLabel(self)
        self.print_now_button = QPushButton(self.tr("Print"), self)
        self.print_now_button.setDefault(True)
        self.print_now_button.setToolTip(self.tr("Print on the printer chosen on the left"))
        self.print_now_button.clicked.connect(self.print_now)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Choose printer, pages and copies"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_button.clicked.connect(self.save_with_dialog)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Printer:"), self))
        bar.addWidget(self.printer_box, 1)
        bar.addWidget(self.pages_label)
        if send_zpl is not None:
            self.zpl_button = QPushButton(self.tr("Send to label printer (ZPL)"), self)
            self.zpl_button.clicked.connect(self._zpl_clicked)
            bar.addWidget(self.zpl_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.print_now_button)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._show_status()

    # --- state -------------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def is_loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def chosen_printer(self) -> str:
        return str(self.printer_box.currentData() or SYSTEM_DEFAULT)

    def _show_status(self) -> None:
        if not self.is_loaded():
            self.pages_label.setText(self.tr("The document could not be opened."))
            self.print_button.setEnabled(False)
            self.print_now_button.setEnabled(False)
            return
        self.pages_label.setText(self.tr("%n page(s)", "", self.page_count()))

    def _printer_changed(self) -> None:
        remember_printer(self._store, self.kind, self.chosen_printer())

    # --- actions -----------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.chosen_printer()
        if name:
            printer.setPrinterName(name)
        printer.setDocName(self.windowTitle())
        printer.setFullPage(True)
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Print every page on ``printer``; shows a message and returns 0 if it fails."""
        try:
            return print_pdf_document(self.document, printer)
        except OSError as exc:
            log.warning("printing failed: %s", exc)
            QMessageBox.warning(
                self,
                self.tr("Printing failed"),
                self.tr("The document could not be printed: %1.").replace("%1", str(exc)),
            )
            return 0

    def spool(self, queue: str) -> int:
        """The PDF as it is (vector) to the CUPS ``queue``; returns the pages sent, or 0
        after telling staff why CUPS refused it."""
        try:
            job = cups.submit_pdf(self._pdf_bytes, queue, self.windowTitle() or "illdesk")
        except cups.CupsError as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), i18n.words(exc))
            return 0
        self.last_job = job
        log.info("sent %s to CUPS as job %s", self.kind, job.job_id)
        return self.page_count()

    def print_now(self) -> int:
        """Print on the chosen printer without asking; returns the pages the printer took
        (the dialog is then accepted: ``accepted`` means the printer has the job)."""
        if not self.is_loaded():
            return 0
        queue = cups_queue(self.chosen_printer())
        pages = self.spool(queue) if queue else self.print_to(self.make_printer())
        if pages:
            self.accept()
        return pages

    def print_with_dialog(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.printerName():
            remember_printer(self._store, self.kind, printer.printerName())
        if self.print_to(printer):
            self.accept()

    def save_to(self, path: Path) -> None:
        path.write_bytes(self._pdf_bytes)

    def save_with_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), f"{self.kind}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("The PDF could not be saved: %1.").replace("%1", exc.strerror or str(exc)),
            )

    def _zpl_clicked(self) -> None:
        if self._send_zpl is None:
            return
        try:
            done = self._send_zpl()
        except Exception as exc:  # a DeskError says what went wrong in words
            QMessageBox.warning(self, self.tr("Label not sent"), i18n.words(exc))
            return
        QMessageBox.information(self, self.tr("Label sent"), done)
