"""Notices on paper for patrons without email (arrival, overdue, recall...)."""

from __future__ import annotations

from reportlab.lib.units import mm

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import LibraryLetterhead, Notice
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import draw_barcode
from illdesk.printing.documents import common, letter

BODY_SIZE = 10.5
LEADING = 14.5


def render_notice(
    notice: Notice,
    letterhead: LibraryLetterhead | None = None,
    settings: Settings | None = None,
) -> bytes:
    """One notice as a letter for a window envelope; long text flows onto further pages."""
    if not notice.body.strip():
        raise DeskError("The notice has no text; write the message before printing.")
    settings = common.settings_or_default(settings)
    letterhead = letterhead or common.letterhead_from_settings(settings)
    page = common.page_size(settings)
    width, height = page
    inner = width - 2 * letter.MARGIN
    canvas, buffer = common.new_canvas(page, notice.subject)
    y = letter.draw_letter_frame(
        canvas,
        letterhead,
        notice.recipient,
        page,
        common.format_date(notice.notice_date),
        [("Request", notice.request_number)],
    )
    bottom = 24 * mm

    def need(space: float) -> None:
        nonlocal y
        if y - space < bottom:
            letter.draw_footer(canvas, letterhead, page)
            canvas.showPage()
            y = height - 25 * mm

    y = fonts.draw_wrapped(canvas, letter.MARGIN, y, notice.subject, inner, fonts.BOLD, 13, 16) - 8
    paragraphs = ([notice.greeting] if notice.greeting else []) + notice.body.split("\n")
    for paragraph in paragraphs:
        for line in fonts.wrap(paragraph, fonts.REGULAR, BODY_SIZE, inner):
            need(LEADING)
            fonts.draw_text(canvas, letter.MARGIN, y, line, fonts.REGULAR, BODY_SIZE)
            y -= LEADING
        y -= 5
    if notice.details:
        y -= 4
        label_width = max(fonts.text_width(k, fonts.REGULAR, 9) for k, _ in notice.details) + 10
        for key, value in notice.details:
            lines = fonts.wrap(value, fonts.BOLD, BODY_SIZE, inner - label_width)
            need(LEADING * len(lines))
            common.draw_label(canvas, letter.MARGIN, y, key, 9)
            for line in lines:
                fonts.draw_text(canvas, letter.MARGIN + label_width, y, line, fonts.BOLD, BODY_SIZE)
                y -= LEADING
        y -= 6
    if notice.closing:
        need(LEADING * 2)
        y -= 6
        fonts.draw_text(canvas, letter.MARGIN, y, notice.closing, fonts.REGULAR, BODY_SIZE)
        y -= LEADING
        fonts.draw_text(canvas, letter.MARGIN, y, letterhead.name, fonts.REGULAR, BODY_SIZE)
        y -= LEADING
    if notice.request_number:
        need(28 * mm)
        y -= 6 * mm
        common.draw_label(canvas, letter.MARGIN, y, "Show this code at the desk", 8)
        draw_barcode(
            canvas,
            Symbology.CODE128,
            notice.request_number,
            letter.MARGIN,
            y - 20 * mm,
            bar_height=14 * mm,
            max_width=90 * mm,
        )
    letter.draw_footer(canvas, letterhead, page)
    return common.finish(canvas, buffer)
