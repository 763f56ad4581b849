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
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks.runner import Result, best_of
from illdesk.domain.printed import PullSlip
from illdesk.printing import fonts, sample_data
from illdesk.printing.barcode_writer import Symbology
from illdesk.printing.documents import render_pull_slips, shelf_order
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


def run(quick: bool, only: str | None) -> Iterable[Result]:
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
