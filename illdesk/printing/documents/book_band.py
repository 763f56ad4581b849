"""Book bands for borrowed items: a paper strip wrapped round the book.

Three bands stand side by side on a plain A4/Letter sheet, separated by cut lines;
each runs the full height of the page.  The patron shows as name or ID according to
``printing.band_patron`` (privacy), the due date is printed very large.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import BookBand, LibraryLetterhead
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import draw_barcode
from illdesk.printing.documents import common

BANDS_PER_PAGE = 3
PAD = 5 * mm


def patron_text(band: BookBand, settings: Settings) -> str:
    if settings.get_str("printing.band_patron") == "name" and band.patron_name:
        return band.patron_name
    return band.patron_id or band.patron_name


def draw_book_band(
    canvas: Canvas,
    band: BookBand,
    letterhead: LibraryLetterhead,
    settings: Settings,
    x: float,
    y: float,
    width: float,
    height: float,
) -> None:
    left = x + PAD
    inner = width - 2 * PAD
    top = y + height - PAD
    centre = left + inner / 2

    yy = fonts.draw_wrapped(
        canvas, left, top - 10, letterhead.name, inner, fonts.BOLD, 10, max_lines=3
    )
    heading = "BOUGHT FOR THE LIBRARY" if band.purchased else "INTERLIBRARY LOAN"
    common.draw_label(canvas, left, yy - 2, heading, 8)
    yy -= 26

    common.draw_label(canvas, left, yy, "PATRON", 7)
    patron = patron_text(band, settings)
    fonts.draw_line(
        canvas,
        left,
        yy - 17,
        patron,
        inner,
        fonts.BOLD,
        fonts.fit_size(patron, fonts.BOLD, 15, inner, 7),
    )
    yy -= 44

    # The due date, as large as the band allows, on a black bar.
    common.draw_label(canvas, left, yy, "DUE DATE", 8)
    day_month = f"{band.due_date.day} {common.format_date(band.due_date).split()[1]}"
    day_size = fonts.fit_size(day_month, fonts.BOLD, 44, inner - 16, 20)
    bar_height = day_size + 26 + 20
    bar_top = yy - 5
    canvas.rect(left, bar_top - bar_height, inner, bar_height, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    fonts.draw_text(
        canvas, centre, bar_top - 16, common.weekday(band.due_date), fonts.BOLD, 12, "center"
    )
    fonts.draw_text(
        canvas, centre, bar_top - 20 - day_size * 0.85, day_month, fonts.BOLD, day_size, "center"
    )
    fonts.draw_text(
        canvas, centre, bar_top - bar_height + 8, str(band.due_date.year), fonts.BOLD, 22, "center"
    )
    canvas.setFillColorRGB(0, 0, 0)
    yy = bar_top - bar_height - 22

    if band.purchased:  # ours now: no lender, nothing goes back to one
        common.draw_label(canvas, left, yy, "BOUGHT FROM", 7)
        source = band.supplier or "(purchase)"
    else:
        common.draw_label(canvas, left, yy, "LENT BY", 7)
        source = band.lender
    yy = fonts.draw_wrapped(canvas, left, yy - 13, source, inner, fonts.BOLD, 11, max_lines=3)
    if band.title:
        yy = fonts.draw_wrapped(
            canvas, left, yy - 2, band.title, inner, fonts.REGULAR, 9, max_lines=3
        )
    if band.conditions:
        lines = fonts.wrap(band.conditions, fonts.BOLD, 11, inner - 8)[:3]
        box_height = 8 + 13 * len(lines)
        box_top = yy - 2
        canvas.setLineWidth(1.5)
        canvas.rect(left, box_top - box_height, inner, box_height, stroke=1, fill=0)
        line_y = box_top - 13
        for line in lines:
            fonts.draw_line(canvas, left + 4, line_y, line, inner - 8, fonts.BOLD, 11)
            line_y -= 13
        yy = box_top - box_height - 10

    # Lower half: barcode and return instructions, near the bottom of the strip.
    barcode_y = y + PAD + 70 * mm
    common.draw_label(canvas, left, barcode_y + 15 * mm + 16, "REQUEST", 7)
    draw_barcode(
        canvas,
        Symbology.CODE128,
        band.request_number,
        centre,
        barcode_y,
        bar_height=15 * mm,
        max_width=inner,
        anchor="center",
    )
    instructions = band.return_instructions or settings.get_str("printing.band_return_instructions")
    ry = barcode_y - 18
    if band.pickup_location:
        common.draw_label(canvas, left, ry, "PICK UP AT", 7)
        ry = (
            fonts.draw_wrapped(
                canvas, left, ry - 12, band.pickup_location, inner, fonts.REGULAR, 9.5, max_lines=2
            )
            - 6
        )
    common.draw_label(canvas, left, ry, "RETURNING THIS ITEM", 7)
    fonts.draw_wrapped(canvas, left, ry - 12, instructions, inner, fonts.REGULAR, 9.5, max_lines=8)
    if yy < barcode_y + 15 * mm + 30:
        raise DeskError(
            "The book band's text is too long for the strip; shorten the lender, title or "
            "conditions."
        )


def render_book_bands(
    bands: Sequence[BookBand],
    letterhead: LibraryLetterhead | None = None,
    settings: Settings | None = None,
) -> bytes:
    """Bands three to a sheet, side by side, with cut lines."""
    if not bands:
        raise DeskError("There are no book bands to print.")
    settings = common.settings_or_default(settings)
    letterhead = letterhead or common.letterhead_from_settings(settings)
    pagesize = common.page_size(settings)
    page_width, page_height = pagesize
    band_width = page_width / BANDS_PER_PAGE
    canvas, buffer = common.new_canvas(pagesize, f"Book bands ({len(bands)})")
    for index, band in enumerate(bands):
        slot = index % BANDS_PER_PAGE
        if index and slot == 0:
            canvas.showPage()
        x = slot * band_width
        draw_book_band(canvas, band, letterhead, settings, x, 0, band_width, page_height)
        if slot < BANDS_PER_PAGE - 1:
            common.draw_cut_line_vertical(canvas, x + band_width, 0, page_height)
    return common.finish(canvas, buffer)


def render_book_band(
    band: BookBand,
    letterhead: LibraryLetterhead | None = None,
    settings: Settings | None = None,
) -> bytes:
    return render_book_bands([band], letterhead, settings)
