"""Shared pieces of every document: pages, the letterhead, labelled fields, dates, money."""

from __future__ import annotations

import io
import logging
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.printed import Address, LibraryLetterhead
from illdesk.domain.printed import letterhead_from_settings as letterhead_from_settings
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.settings_defs import default_printing_settings

log = logging.getLogger(__name__)

PageSize = tuple[float, float]
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GREY = (0.35, 0.35, 0.35)


def settings_or_default(settings: Settings | None) -> Settings:
    return settings if settings is not None else default_printing_settings()


def page_size(settings: Settings) -> PageSize:
    size = LETTER if settings.get_str("printing.paper_size") == "Letter" else A4
    return float(size[0]), float(size[1])


def new_canvas(pagesize: PageSize, title: str) -> tuple[Canvas, io.BytesIO]:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor("illdesk")
    canvas.setCreator("illdesk")
    return canvas, buffer


def finish(canvas: Canvas, buffer: io.BytesIO) -> bytes:
    canvas.save()
    return buffer.getvalue()


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def weekday(day: date) -> str:
    return _WEEKDAYS[day.weekday()]


def format_money(amount: Decimal, currency: str) -> str:
    return f"{amount.quantize(Decimal('0.01')):,.2f} {currency}"


def format_weight(kg: Decimal | None) -> str:
    return "" if kg is None else f"{kg.quantize(Decimal('0.001'))} kg"


_NATURAL = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts "QA76.9" before "QA100" and ignores case."""
    parts: list[tuple[int, int | str]] = []
    for chunk in _NATURAL.split(text.casefold()):
        if not chunk:
            continue
        parts.append((0, int(chunk)) if chunk.isdigit() else (1, chunk.strip()))
    return tuple(parts)


def _logo(path: str) -> ImageReader | None:
    if not path:
        return None
    file = Path(path)
    if not file.is_file():
        log.warning("logo %s not found; printing without it", path)
        return None
    try:
        return ImageReader(str(file))
    except Exception:  # a broken image file must not stop printing
        log.warning("logo %s could not be read; printing without it", path, exc_info=True)
        return None


def draw_letterhead(
    canvas: Canvas, letterhead: LibraryLetterhead, x: float, top: float, width: float
) -> float:
    """Logo, library name and address at the top; returns the y below it."""
    logo = _logo(letterhead.logo_path)
    text_x = x
    if logo is not None:
        size = 18 * mm
        canvas.drawImage(logo, x, top - size, size, size, preserveAspectRatio=True, mask="auto")
        text_x = x + size + 4 * mm
    name_size = fonts.fit_size(letterhead.name, fonts.BOLD, 16, width - (text_x - x), 9)
    fonts.draw_text(canvas, text_x, top - 14, letterhead.name, fonts.BOLD, name_size)
    contact = [
        ", ".join(line for line in letterhead.address.as_lines()[1:] if line),
        "  ·  ".join(p for p in (letterhead.phone, letterhead.email, letterhead.website) if p),
        f"ISIL {letterhead.isil}" if letterhead.isil else "",
    ]
    y = top - 27
    canvas.setFillColorRGB(*GREY)
    for line in contact:
        if line:
            size = fonts.fit_size(line, fonts.REGULAR, 9, width - (text_x - x), 6)
            fonts.draw_text(canvas, text_x, y, line, fonts.REGULAR, size)
            y -= 11
    canvas.setFillColorRGB(0, 0, 0)
    bottom = min(y, top - 20 * mm) - 2 * mm
    canvas.setLineWidth(0.6)
    canvas.line(x, bottom, x + width, bottom)
    return float(bottom - 4 * mm)


def draw_label(canvas: Canvas, x: float, y: float, text: str, size: float = 7) -> None:
    """A small grey caption (the name of a field) with its baseline at ``y``."""
    canvas.setFillColorRGB(*GREY)
    fonts.draw_text(canvas, x, y, text, fonts.REGULAR, size)
    canvas.setFillColorRGB(0, 0, 0)


def draw_address(
    canvas: Canvas,
    address: Address,
    x: float,
    top: float,
    width: float,
    size: float,
    *,
    bold_name: bool = True,
    max_lines: int = 8,
) -> float:
    """Draw an address block; the first baseline is ``size`` below ``top``.  Returns y below.

    Nothing is ever cut off: a long line shrinks a little (to three quarters of ``size``),
    then wraps; when the block would be taller than ``max_lines`` lines of ``size`` the whole
    block gets smaller (down to 60 %) so every line still prints in that height."""
    given = address.as_lines()

    def laid_out(at: float) -> list[tuple[str, str, float]]:
        out: list[tuple[str, str, float]] = []
        for index, line in enumerate(given):
            font = fonts.BOLD if index == 0 and bold_name else fonts.REGULAR
            fitted = fonts.fit_size(line, font, at, width, at * 0.75)
            if fonts.text_width(line, font, fitted) <= width:
                out.append((line, font, fitted))
            else:
                out.extend((piece, font, fitted) for piece in fonts.wrap(line, font, fitted, width))
        return out

    current = size
    rows = laid_out(current)
    budget = max_lines * size  # the height max_lines lines take at the full size
    while len(rows) * current > budget and current > size * 0.6:
        current = max(size * 0.6, current * 0.9)
        rows = laid_out(current)
    y = top - current
    for line, font, at in rows:  # right-to-left lines from the block's right edge
        fonts.draw_line(canvas, x, y, line, width, font, at)
        y -= current * 1.2
    return y


def draw_checkbox(canvas: Canvas, x: float, y: float, ticked: bool, size: float = 8) -> None:
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        canvas.setLineWidth(1.3)
        canvas.line(x + 1.2, y + 1.2, x + size - 1.2, y + size - 1.2)
        canvas.line(x + 1.2, y + size - 1.2, x + size - 1.2, y + 1.2)
        canvas.setLineWidth(0.7)


def draw_cut_line_horizontal(canvas: Canvas, y: float, x0: float, x1: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()
    fonts.draw_text(canvas, x0 + 2, y - 3.5, "✂", fonts.REGULAR, 10)


def draw_cut_line_vertical(canvas: Canvas, x: float, y0: float, y1: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
    canvas.line(x, y0, x, y1)
    canvas.restoreState()
