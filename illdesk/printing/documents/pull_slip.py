"""Pull slips for lending requests: what to fetch from the shelf, in shelf order.

Plain sheets carry 2 or 3 slips with cut lines between them; with one slip per page
the page is the slip printer's paper (``printing.slip_width_mm`` x ``slip_height_mm``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import LibraryLetterhead, PullSlip
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import BarcodeDataError, draw_barcode
from illdesk.printing.documents import common

MARGIN = 7 * mm


def shelf_order(slips: Sequence[PullSlip]) -> list[PullSlip]:
    """Sorted by location, then call number (numbers in call numbers compare as numbers)."""
    return sorted(
        slips, key=lambda s: (common.natural_key(s.location), common.natural_key(s.call_number))
    )


def _draw_field_line(
    canvas: Canvas, x: float, y: float, width: float, label: str, value: str, size: float
) -> float:
    common.draw_label(canvas, x, y, label, 7)
    label_width = fonts.text_width(label, fonts.REGULAR, 7) + 4
    fitted = fonts.fit_size(value, fonts.REGULAR, size, width - label_width, size * 0.65)
    fonts.draw_line(canvas, x + label_width, y, value, width - label_width, fonts.REGULAR, fitted)
    return y - size * 1.35


def _draw_text_column(
    canvas: Canvas, slip: PullSlip, library: str, x: float, top: float, width: float
) -> float:
    y = top - 8
    header = "PULL SLIP · LENDING"
    common.draw_label(canvas, x, y, header, 7.5)
    room = width - fonts.text_width(header, fonts.REGULAR, 7.5) - 8
    library_size = fonts.fit_size(library, fonts.REGULAR, 7.5, room, 6)
    if fonts.text_width(library, fonts.REGULAR, library_size) > room:
        y -= 9  # no room beside the header: a line of its own
        room = width
        library_size = fonts.fit_size(library, fonts.REGULAR, 7.5, room, 5)
    fonts.draw_text(canvas, x + width, y, library, fonts.REGULAR, library_size, "right")
    y -= 17
    fonts.draw_text(
        canvas,
        x,
        y,
        slip.location,
        fonts.BOLD,
        fonts.fit_size(slip.location, fonts.BOLD, 13, width, 8),
    )
    y -= 29
    call_size = fonts.fit_size(slip.call_number, fonts.BOLD, 28, width, 12)
    fonts.draw_text(canvas, x, y, slip.call_number, fonts.BOLD, call_size)
    y -= 18
    y = fonts.draw_wrapped(canvas, x, y, slip.title, width, fonts.BOLD, 10.5, 12.5, max_lines=2)
    if slip.author:
        fitted = fonts.fit_size(slip.author, fonts.REGULAR, 10, width, 7)
        fonts.draw_line(canvas, x, y, slip.author, width, fonts.REGULAR, fitted)
        y -= 12.5
    if slip.edition:
        y = _draw_field_line(canvas, x, y, width, "Edition", slip.edition, 9.5)
    y -= 3
    if slip.borrowing_library:
        y = _draw_field_line(canvas, x, y, width, "For", slip.borrowing_library, 10)
    if slip.notes:
        y = _draw_field_line(canvas, x, y, width, "Note", slip.notes, 9)
    if slip.conditions:
        lines = fonts.wrap(slip.conditions, fonts.BOLD, 9.5, width - 8)[:2]
        box_top = y + 6
        box_height = 7 + 11.5 * len(lines)
        canvas.setLineWidth(1)
        canvas.rect(x, box_top - box_height, width, box_height, stroke=1, fill=0)
        line_y = box_top - 11
        for line in lines:
            fonts.draw_line(canvas, x + 4, line_y, line, width - 8, fonts.BOLD, 9.5)
            line_y -= 11.5
        y = box_top - box_height - 12
    return y


def _draw_need_by(canvas: Canvas, slip: PullSlip, x: float, y: float, width: float) -> float:
    common.draw_label(canvas, x, y, "NEED BY", 7)
    y -= 15
    text = common.format_date(slip.need_by) if slip.need_by else "—"
    fonts.draw_text(canvas, x, y, text, fonts.BOLD, fonts.fit_size(text, fonts.BOLD, 14, width, 8))
    return y - 10


def _draw_barcodes(canvas: Canvas, slip: PullSlip, x: float, y_top: float, width: float) -> float:
    """Request barcode then item barcode, stacked; returns y below them."""
    y = y_top
    common.draw_label(canvas, x, y, "REQUEST", 7)
    drawn = draw_barcode(
        canvas,
        Symbology.CODE128,
        slip.request_number,
        x,
        y - 3 - 12 * mm - 12,
        bar_height=12 * mm,
        max_width=width,
    )
    y = y - 3 - drawn.height - 8
    if slip.item_barcode:
        common.draw_label(canvas, x, y, "ITEM", 7)
        try:
            drawn = draw_barcode(
                canvas,
                slip.item_symbology,
                slip.item_barcode,
                x,
                y - 3 - 10 * mm - 12,
                bar_height=10 * mm,
                max_width=width,
            )
        except BarcodeDataError:
            # A catalogue barcode we cannot encode must not stop the batch: print it as text.
            fonts.draw_fitted(canvas, x, y - 16, slip.item_barcode, width, fonts.BOLD, 12)
            common.draw_label(
                canvas, x, y - 26, f"(not printable as {slip.item_symbology.label})", 7
            )
            return y - 36
        y = y - 3 - drawn.height - 8
    return y


def draw_pull_slip(
    canvas: Canvas, slip: PullSlip, library: str, x: float, y: float, width: float, height: float
) -> None:
    """Draw one slip in the box whose bottom-left corner is ``x, y``."""
    inner_x = x + MARGIN
    top = y + height - MARGIN
    inner_width = width - 2 * MARGIN
    if inner_width > 120 * mm:  # wide slip: text left, need-by and barcodes right
        right_width = 70 * mm
        text_width = inner_width - right_width - 6 * mm
        _draw_text_column(canvas, slip, library, inner_x, top, text_width)
        right_x = inner_x + text_width + 6 * mm
        below = _draw_need_by(canvas, slip, right_x, top - 8, right_width)
        _draw_barcodes(canvas, slip, right_x, below - 4, right_width)
    else:  # narrow slip-printer paper: everything stacked
        below = _draw_text_column(canvas, slip, library, inner_x, top, inner_width)
        below = _draw_need_by(canvas, slip, inner_x, below - 4, inner_width)
        _draw_barcodes(canvas, slip, inner_x, below - 4, inner_width)


def render_pull_slips(
    slips: Sequence[PullSlip],
    letterhead: LibraryLetterhead | None = None,
    settings: Settings | None = None,
    progress: Progress = NO_PROGRESS,
) -> bytes:
    """All slips in one PDF, in shelf order; ``progress`` reports each slip and can cancel."""
    if not slips:
        raise DeskError("There are no pull slips to print.")
    settings = common.settings_or_default(settings)
    letterhead = letterhead or common.letterhead_from_settings(settings)
    per_page = settings.get_int("printing.slips_per_page")
    if per_page not in (1, 2, 3):
        raise DeskError(
            f"Slips per page must be 1, 2 or 3, not {per_page}; check the printing settings."
        )
    if per_page == 1:
        pagesize = (
            settings.get_float("printing.slip_width_mm") * mm,
            settings.get_float("printing.slip_height_mm") * mm,
        )
    else:
        pagesize = common.page_size(settings)
    page_width, page_height = pagesize
    slot_height = page_height / per_page
    canvas, buffer = common.new_canvas(pagesize, f"Pull slips ({len(slips)})")
    ordered = shelf_order(slips)
    total = len(ordered)
    for index, slip in enumerate(ordered):
        progress.step(index, total, f"Pull slip {index + 1} of {total}")
        slot = index % per_page
        if index and slot == 0:
            canvas.showPage()
        y = page_height - (slot + 1) * slot_height
        draw_pull_slip(canvas, slip, letterhead.name, 0, y, page_width, slot_height)
        if per_page > 1 and slot < per_page - 1:
            common.draw_cut_line_horizontal(canvas, y, 0, page_width)
    progress.step(total, total, "Saving the PDF")
    return common.finish(canvas, buffer)
