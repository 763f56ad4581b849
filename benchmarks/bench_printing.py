"""Time to produce N pull slips as one PDF, against the same content drawn with plain reportlab.

illdesk's ``render_pull_slips`` sorts the batch, fits and wraps text, switches to the CJK
font per character run and draws python-barcode bars as vector paths.  The baseline, timed
in the same run, writes the same strings at fixed places with ``Canvas.drawString`` (DejaVu
for the text, the CJK font for CJK strings, no measuring or wrapping) and reportlab's own
barcode widgets (Code 128, Code 39, Codabar) - what a hand-written report would do.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from reportlab.graphics.barcode import code39, code128, common
from reportlab.lib.pagesizes import A4, inch
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks.runner import Result, best_of
from illdesk.domain.printed import PullSlip, ShippingLabel
from illdesk.printing import fonts, sample_data
from illdesk.printing.barcode_writer import Symbology
from illdesk.printing.documents import render_pull_slips, render_shipping_label, shelf_order
from illdesk.printing.documents.common import format_date


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
    """A label as the packing station makes it after the ship scan, against plain reportlab."""
    label = sample_data.shipping_label()
    repeat = 5 if quick else 20
    _plain_label(label)
    render_shipping_label(label, "thermal-4x6")
    baseline = best_of(lambda: _plain_label(label), repeat)
    ours = best_of(lambda: render_shipping_label(label, "thermal-4x6"), repeat)
    yield Result("printing.shipping_label_pdf", ours, "s", ours / baseline)


def run(quick: bool, only: str | None) -> Iterable[Result]:
    if not only or only in "printing.shipping_label_pdf" or only in "bench_printing":
        yield from _labels(quick)
    name = "printing.pull_slips_500_pdf"
    if only and only not in name and only not in "bench_printing":
        return
    count = 100 if quick else 500
    slips = sample_data.pull_slips(count)
    repeat = 1 if quick else 3
    _plain_reportlab(slips[:3])  # fonts registered and caches warm for both
    render_pull_slips(slips[:3])
    baseline = best_of(lambda: _plain_reportlab(slips), repeat)
    ours = best_of(lambda: render_pull_slips(slips), repeat)
    label = name if not quick else "printing.pull_slips_100_pdf"
    yield Result(label, ours, "s", ours / baseline)
