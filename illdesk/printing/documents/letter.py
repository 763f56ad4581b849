"""The frame of a letter (notices, invoices): letterhead, window-envelope address, date, footer."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.printed import Address, LibraryLetterhead
from illdesk.printing import fonts
from illdesk.printing.documents import common

MARGIN = 20 * mm
# The address sits where a DL window envelope shows it (DIN 5008 form B: 45 mm from the top).
ADDRESS_TOP = 50 * mm
ADDRESS_WIDTH = 85 * mm


def draw_letter_frame(
    canvas: Canvas,
    letterhead: LibraryLetterhead,
    recipient: Address,
    page: tuple[float, float],
    date_text: str,
    reference_lines: list[tuple[str, str]],
) -> float:
    """Letterhead, sender line, recipient, date and references; returns y to continue from."""
    width, height = page
    inner = width - 2 * MARGIN
    common.draw_letterhead(canvas, letterhead, MARGIN, height - 14 * mm, inner)
    sender = letterhead.address
    abroad = bool(recipient.country_line) and bool(sender.country_line)
    sender_line = " · ".join(
        [letterhead.name, *sender.lines, *([sender.country_line or ""] if abroad else [])]
    )
    common.draw_label(canvas, MARGIN, height - ADDRESS_TOP + 2, sender_line, 6.5)
    common.draw_address(
        canvas,
        recipient,
        MARGIN,
        height - ADDRESS_TOP - 4,
        ADDRESS_WIDTH,
        11,
        bold_name=False,
        max_lines=7,
    )
    # Date and references on the right.
    right = MARGIN + inner
    y = height - ADDRESS_TOP - 8
    label_x = right - 62 * mm
    for label, value in [("Date", date_text), *reference_lines]:
        if not value:
            continue
        common.draw_label(canvas, label_x, y, label, 8)
        fonts.draw_text(
            canvas,
            right,
            y,
            value,
            fonts.REGULAR,
            fonts.fit_size(value, fonts.REGULAR, 9.5, 42 * mm, 6),
            "right",
        )
        y -= 14
    return float(min(y, height - ADDRESS_TOP - 45 * mm) - 6 * mm)


def draw_footer(canvas: Canvas, letterhead: LibraryLetterhead, page: tuple[float, float]) -> None:
    width, _ = page
    parts = [letterhead.name, letterhead.email, letterhead.phone, letterhead.website]
    if letterhead.vat_number:
        parts.append(f"VAT {letterhead.vat_number}")
    text = "  ·  ".join(p for p in parts if p)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, 16 * mm, width - MARGIN, 16 * mm)
    canvas.setFillColorRGB(*common.GREY)
    fonts.draw_text(
        canvas,
        width / 2,
        11 * mm,
        text,
        fonts.REGULAR,
        fonts.fit_size(text, fonts.REGULAR, 7.5, width - 2 * MARGIN, 5),
        "center",
    )
    canvas.setFillColorRGB(0, 0, 0)
