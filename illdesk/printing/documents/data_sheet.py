"""A person's data as the library holds it, for a GDPR access request (Export this
patron's data): the same sections as the JSON file, one line per value, wrapped and paged."""

from __future__ import annotations

from reportlab.lib.units import mm

from illdesk.domain.printed import DataSheet
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.documents import common

MARGIN = 18 * mm
LINE = 5 * mm


def render_data_sheet(sheet: DataSheet, settings: Settings | None = None) -> bytes:
    settings = common.settings_or_default(settings)
    page = common.page_size(settings)
    width, height = page
    canvas, buffer = common.new_canvas(page, sheet.title)
    label_width = 45 * mm
    value_width = width - 2 * MARGIN - label_width
    y = height - MARGIN

    def room(lines: int) -> None:
        nonlocal y
        if y - lines * LINE < MARGIN:
            canvas.showPage()
            y = height - MARGIN

    fonts.draw_text(canvas, MARGIN, y, sheet.title, fonts.BOLD, 14)
    y -= LINE * 1.4
    fonts.draw_text(canvas, MARGIN, y, f"As held on {common.format_date(sheet.made_on)}", size=9)
    y -= LINE * 1.6
    for heading, lines in sheet.sections:
        room(3)
        fonts.draw_text(canvas, MARGIN, y, heading, fonts.BOLD, 11)
        y -= LINE * 1.2
        for label, value in lines:
            wrapped = fonts.wrap(value or "—", fonts.REGULAR, 9, value_width) or ["—"]
            room(len(wrapped))
            fonts.draw_text(canvas, MARGIN, y, label, fonts.BOLD, 9)
            for part in wrapped:
                fonts.draw_text(canvas, MARGIN + label_width, y, part, size=9)
                y -= LINE
        y -= LINE * 0.6
    return common.finish(canvas, buffer)
