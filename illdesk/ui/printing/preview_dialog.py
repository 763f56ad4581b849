"""Print preview: the PDF as it will print (Qt's PDF viewer), then print, save or send as ZPL.

The printer chosen for each document kind (slips to the slip printer, labels to the
label printer) is remembered per desk in QSettings under ``printers/<kind>``.

Printing never runs on the GUI thread: the Print button starts a background job with a
progress dialog (Cancel), and the result comes back in words (``printed``, or
``print_failed`` with a message box; the document stays in the preview, nothing lost).

Where the printer is a CUPS queue (Linux, macOS), the PDF itself goes to CUPS: vector
pages, a few kilobytes, printed at the printer's own resolution.  Qt's print path is kept
for printers CUPS does not know (Windows).  QtPdf can only draw a page into an image, not
onto a QPainter as vectors, so that path draws each page at the printer's resolution in
bands of a few megabytes (``print_pdf_document``), on the worker thread.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSettings, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
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

from illdesk.domain.errors import DeskError
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.printing import cups
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
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


BAND_BYTES = 4 * 1024 * 1024
"""The most image memory Qt's print path holds at once: each page is drawn in bands."""


def band_height(width_px: int) -> int:
    """Rows per band so one ARGB32 band of ``width_px`` stays within ``BAND_BYTES``."""
    return max(16, BAND_BYTES // max(1, width_px * 4))


def print_pdf_document(
    document: QPdfDocument, printer: QPrinter, progress: Progress = NO_PROGRESS
) -> int:
    """Draw each page at the printer's own resolution into its painter; returns pages printed.

    QtPdf draws a page only into an image, so a page is drawn in horizontal bands of at
    most ``BAND_BYTES`` (Pdfium renders just the band's part of the page, at full
    resolution), never as one whole-page image.  Runs on a worker thread: Qt paints on a
    QPrinter from any thread.  ``progress`` reports each page and can cancel between bands.
    """
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = printer.resolution()
        for page in range(pages):
            progress.step(page, pages, "")
            if page:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(dpi)
            size_pt = document.pagePointSize(page)
            scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
            whole = QSize(round(size_pt.width() * scale), round(size_pt.height() * scale))
            rows = band_height(whole.width())
            for top in range(0, whole.height(), rows):
                height = min(rows, whole.height() - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(whole)
                options.setScaledClipRect(QRect(0, top, whole.width(), height))
                band = document.render(page, QSize(whole.width(), height), options)
                painter.drawImage(0, top, band)
                progress.step(page, pages, "")
    finally:
        painter.end()
    return pages


def print_pdf_bytes(pdf: bytes, printer: QPrinter, progress: Progress = NO_PROGRESS) -> int:
    """``print_pdf_document`` for a PDF given as bytes, opened in the calling thread."""
    with tempfile.TemporaryDirectory(prefix="illdesk-print-") as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise OSError("the document could not be opened")
            return print_pdf_document(document, printer, progress)
        finally:
            document.close()


@dataclass(frozen=True)
class PrintOutcome:
    """What a print job came to: pages the printer took, and CUPS's job when it went there."""

    pages: int
    printer: str
    job: cups.PrintJob | None


class PrinterMissing(DeskError):
    """The chosen printer is known neither to CUPS nor to the system's print dialog."""


class PreviewDialog(QDialog):
    """Shows a PDF (bytes or a file) and prints it to the printer chosen for ``kind``.

    Printing runs off the GUI thread; ``printed`` (words saying where it went) fires once
    the printer took the job, ``print_failed`` (words saying why not) otherwise.
    """

    printed = Signal(str)
    print_failed = Signal(str)

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
        self.printing: BackgroundTask | None = None
        self.outcome = ""
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
        self._qt_printers = set(QPrinterInfo.availablePrinterNames())
        for name in sorted(self._qt_printers):
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
        """Print every page on ``printer`` here and now (Qt's path, for callers already
        off the GUI thread or printing to a file); shows a message and returns 0 if it fails."""
        try:
            return print_pdf_document(self.document, printer)
        except OSError as exc:
            log.warning("printing failed: %s", exc)
            QMessageBox.warning(
                self,
                self.tr("Printing failed"),
                self.tr("The document could not be printed: {0}.").format(str(exc)),
            )
            return 0

    def is_printing(self) -> bool:
        return self.printing is not None

    def print_now(self) -> bool:
        """Print on the chosen printer without asking, in the background (progress,
        Cancel): the PDF itself to its CUPS queue, else through Qt.  Returns False when
        nothing was started.  ``printed`` follows once the printer took the job (then the
        dialog is accepted: ``accepted`` means the printer has it), or ``print_failed``
        after staff were told why; the document stays in the preview."""
        if not self.is_loaded() or self.printing is not None:
            return False
        name = self.chosen_printer()
        printer = self.make_printer() if not name or name in self._qt_printers else None
        return self._start(name, printer, use_cups=True)

    def print_with_dialog(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.printerName():
            remember_printer(self._store, self.kind, printer.printerName())
        self._start(printer.printerName(), printer, use_cups=False)

    def _start(self, name: str, printer: QPrinter | None, *, use_cups: bool) -> bool:
        if self.printing is not None:
            return False
        pdf = self._pdf_bytes
        title = self.windowTitle() or "illdesk"
        pages = self.page_count()
        missing = self.tr("The printer {0} is not set up on this computer.").format(name)

        def job(progress: Progress) -> PrintOutcome:
            queue = cups_queue(name) if use_cups else None
            if queue is not None:
                progress.step(0, 1, "")
                sent = cups.submit_pdf(pdf, queue, title)
                log.info("sent %s to CUPS as job %s", title, sent.job_id)
                return PrintOutcome(pages, queue, sent)
            if printer is None:
                raise PrinterMissing(missing)
            return PrintOutcome(print_pdf_bytes(pdf, printer, progress), name, None)

        self._set_buttons(enabled=False)
        if self.isVisible():  # staff pressed Print: progress over the preview, Cancel
            self.printing = run_with_progress(
                self,
                self.tr("Sending to the printer…"),
                job,
                self._took_it,
                self._not_printed,
                self._cancelled,
            )
        else:  # straight to the printer from a scan: the desk goes on, nothing modal
            self.printing = BackgroundTask(job, self)
            self.printing.succeeded.connect(self._took_it)
            self.printing.failed.connect(self._not_printed)
            self.printing.cancelled.connect(self._cancelled)
            self.printing.finished.connect(self.printing.release)
            self.printing.start()
        self.printing.finished.connect(self._ended)
        return True

    def _set_buttons(self, *, enabled: bool) -> None:
        for button in (self.print_now_button, self.print_button):
            button.setEnabled(enabled and self.is_loaded())

    def _ended(self) -> None:
        self.printing = None
        self._set_buttons(enabled=True)

    def _took_it(self, result: object) -> None:
        assert isinstance(result, PrintOutcome)
        self.last_job = result.job
        where = result.printer or self.tr("the system default printer")
        if result.job is not None:
            self.outcome = self.tr("Sent to {0} as job {1}.").format(where, result.job.job_id)
        else:
            self.outcome = self.tr("Sent to {0}.").format(where)
        self.pages_label.setText(self.outcome)
        self.printed.emit(self.outcome)
        self.accept()

    def _not_printed(self, error: Exception) -> None:
        why = i18n.words(error)
        log.warning("printing failed: %s", why)
        self.outcome = self.tr(
            "The document was not printed: {0}\nNothing is lost: it is still in the "
            "preview, to print again or save as PDF."
        ).format(why)
        shown = self if self.isVisible() else (self.parentWidget() or self)
        self.print_failed.emit(self.outcome)
        QMessageBox.warning(shown, self.tr("Printing failed"), self.outcome)

    def _cancelled(self) -> None:
        self.outcome = self.tr("Printing was cancelled; the document is still in the preview.")
        self.pages_label.setText(self.outcome)
        self.print_failed.emit(self.outcome)

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
