"""Time to produce N pull slips as one PDF, against the same content drawn with plain reportlab.

illdesk's ``render_pull_slips`` sorts the batch, fits and wraps text, switches to the CJK
font per character run and draws python-barcode bars as vector paths.  The baseline, timed
in the same run, writes the same strings at fixed places with ``Canvas.drawString`` (DejaVu
for the text, the CJK font for CJK strings, no measuring or wrapping) and reportlab's own
barcode widgets (Code 128, Code 39, Codabar) - what a hand-written report would do.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportlab.graphics.barcode import code39, code128, common
from reportlab.lib.pagesizes import A4, inch
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks.runner import Result, best_of
from illdesk.domain.printed import PullSlip, ShippingLabel
from illdesk.printing import cups, fonts, sample_data
from illdesk.printing.barcode_writer import Symbology
from illdesk.printing.documents import render_pull_slips, render_shipping_label, shelf_order
from illdesk.printing.documents.common import format_date
from illdesk.printing.settings_defs import default_printing_settings

QUEUE = "illdesk-pdf"


def _plain_reportlab(slips: Sequence[PullSlip]) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    _, height = A4
    slot = height / 3
    for index, slip in enumerate(shelf_order(slips)):
        if index and index % 3 == 0:
            canvas.showPage()
        top = height - (index % 3) * slot - 10 * mm
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(7 * mm, top, "PULL SLIP · LENDING")
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(7 * mm, top - 17, slip.location)
        canvas.setFont(fonts.BOLD, 28)
        canvas.drawString(7 * mm, top - 46, slip.call_number)
        cjk = any(ord(c) > 0x2E80 for c in slip.title + slip.author + slip.edition)
        canvas.setFont(fonts.CJK if cjk else fonts.BOLD, 10.5)
        canvas.drawString(7 * mm, top - 64, slip.title)
        canvas.setFont(fonts.CJK if cjk else fonts.REGULAR, 10)
        canvas.drawString(7 * mm, top - 77, slip.author)
        canvas.drawString(7 * mm, top - 90, slip.edition)
        canvas.setFont(
            fonts.CJK if any(ord(c) > 0x2E80 for c in slip.borrowing_library) else fonts.REGULAR, 10
        )
        canvas.drawString(7 * mm, top - 104, slip.borrowing_library)
        canvas.setFont(fonts.BOLD, 9.5)
        canvas.drawString(7 * mm, top - 120, slip.conditions)
        canvas.setFont(fonts.BOLD, 14)
        canvas.drawString(140 * mm, top - 15, format_date(slip.need_by))
        code128.Code128(
            slip.request_number, barHeight=12 * mm, barWidth=0.33 * mm, humanReadable=True
        ).drawOn(canvas, 138 * mm, top - 60)
        if slip.item_symbology is Symbology.CODE39:
            item = code39.Standard39(
                slip.item_barcode,
                barHeight=10 * mm,
                barWidth=0.33 * mm,
                checksum=0,
                humanReadable=True,
            )
        else:
            item = common.Codabar(
                f"A{slip.item_barcode}B", barHeight=10 * mm, barWidth=0.33 * mm, humanReadable=True
            )
        item.drawOn(canvas, 138 * mm, top - 105)
    canvas.save()
    return buffer.getvalue()


def _plain_label(label: ShippingLabel) -> bytes:
    """One 4x6 inch label with the same strings at fixed places and reportlab's Code 128."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(4 * inch, 6 * inch), pageCompression=1)
    top = 6 * inch - 10 * mm
    canvas.setFont(fonts.BOLD, 18)
    canvas.drawString(6 * mm, top, label.carrier)
    canvas.setFont(fonts.REGULAR, 8)
    for index, line in enumerate(label.sender.as_lines()):
        canvas.drawString(14 * mm, top - 30 - index * 10, line)
    canvas.setFont(fonts.BOLD, 13)
    for index, line in enumerate(label.recipient.as_lines()):
        canvas.drawString(14 * mm, top - 90 - index * 16, line)
    code128.Code128(label.tracking_number, barHeight=20 * mm, barWidth=0.4 * mm).drawOn(
        canvas, 10 * mm, 45 * mm
    )
    code128.Code128(label.request_number, barHeight=12 * mm, barWidth=0.33 * mm).drawOn(
        canvas, 10 * mm, 12 * mm
    )
    canvas.save()
    return buffer.getvalue()


def _labels(quick: bool) -> Iterable[Result]:
    """A label as the packing station makes it after the ship scan, against plain reportlab;
    then from the scan to the spool: drawn and handed to the CUPS queue (``lp``), as the
    desk does off the GUI thread, against the plain label handed over the same way."""
    label = sample_data.shipping_label()
    repeat = 5 if quick else 20
    _plain_label(label)
    render_shipping_label(label, "thermal-4x6")
    baseline = best_of(lambda: _plain_label(label), repeat)
    ours = best_of(lambda: render_shipping_label(label, "thermal-4x6"), repeat)
    yield Result("printing.shipping_label_pdf", ours, "s", ours / baseline)
    queue = _queue()
    if queue is None:
        print("printing.label_scan_to_spool: no CUPS queue illdesk-pdf here, not measured")
        return
    spools = 3 if quick else 10

    jobs: list[cups.PrintJob] = []

    def to_spool(draw: Callable[[], bytes]) -> None:
        jobs.append(cups.submit_pdf(draw(), queue, "illdesk-benchmark"))

    plain = best_of(lambda: to_spool(lambda: _plain_label(label)), spools)
    spooled = best_of(lambda: to_spool(lambda: render_shipping_label(label, "thermal-4x6")), spools)
    yield Result("printing.label_scan_to_spool", spooled, "s", spooled / plain)
    for job in jobs:  # cups-pdf's files of the benchmark's jobs go again
        cups.wait_until_finished(job, 60)
    for folder in (Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")):
        for printed in folder.glob("illdesk-benchmark*.pdf") if folder.is_dir() else ():
            printed.unlink(missing_ok=True)


def _queue() -> str | None:
    try:
        return QUEUE if QUEUE in cups.list_printers() else None
    except cups.CupsError:
        return None


def _slips(quick: bool, count: int) -> Result:
    slips = sample_data.pull_slips(count)
    repeat = 1 if quick and count > 100 else 3
    _plain_reportlab(slips[:12])  # fonts registered and caches warm for both
    render_pull_slips(slips[:12])
    baseline = best_of(lambda: _plain_reportlab(slips), repeat)
    ours = best_of(lambda: render_pull_slips(slips), repeat)
    return Result(f"printing.pull_slips_{count}_pdf", ours, "s", ours / baseline)


def _qt_fallback(quick: bool) -> Iterable[Result]:
    """Qt's print path (printers CUPS does not know): a 3-page A4 PDF onto a 300 dpi
    QPrinter, drawn in bands (now) against each page as one whole image (before).  The
    second line is the largest image held at once, in MB, as a ratio to a whole page."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from illdesk.ui.printing import preview_dialog

    _app = QApplication.instance() or QApplication([])
    settings = default_printing_settings()
    pdf = render_pull_slips(sample_data.pull_slips(9), None, settings)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "slips.pdf"
        source.write_bytes(pdf)
        document = QPdfDocument()
        document.load(str(source))

        def printer() -> QPrinter:
            out = QPrinter(QPrinter.PrinterMode.HighResolution)
            out.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            out.setOutputFileName(str(Path(folder) / "out.pdf"))
            out.setResolution(300)
            out.setFullPage(True)
            return out

        largest = [0, 0]

        def whole_pages() -> None:  # how it was: one image per page
            target = printer()
            painter = QPainter(target)
            for page in range(document.pageCount()):
                if page:
                    target.newPage()
                rect = target.pageLayout().paintRectPixels(target.resolution())
                size = document.pagePointSize(page)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                pixels = QSize(round(size.width() * scale), round(size.height() * scale))
                image = document.render(page, pixels)
                largest[0] = max(largest[0], image.sizeInBytes())
                painter.drawImage(0, 0, image)
            painter.end()

        def banded() -> None:
            preview_dialog.print_pdf_document(document, printer())

        repeat = 1 if quick else 3
        whole_pages()
        banded()
        before = best_of(whole_pages, repeat)
        after = best_of(banded, repeat)
        width = round(document.pagePointSize(0).width() * 300 / 72)
        largest[1] = preview_dialog.band_height(width) * width * 4
        document.close()
    yield Result("printing.qt_fallback_3_pages", after, "s", after / before)
    yield Result(
        "printing.qt_fallback_largest_image", largest[1] / 1e6, "MB", largest[1] / largest[0]
    )


def run(quick: bool, only: str | None) -> Iterable[Result]:
    if not only or only in "printing.shipping_label_pdf" or only in "bench_printing":
        yield from _labels(quick)
    if only and "pull_slips" not in only and only not in "bench_printing":
        return
    yield _slips(quick, 100)  # the goal: within 1.2x of plain reportlab
    yield _slips(quick, 500)
    yield from _qt_fallback(quick)
