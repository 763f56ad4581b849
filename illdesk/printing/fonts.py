"""Fonts for printed documents: DejaVu Sans for Latin, Cyrillic, Greek, Hebrew and Arabic,
a CJK font beside it.

reportlab has no font fallback, so text is drawn in *runs*: each run of characters
the main font lacks (Chinese, Japanese, Korean) switches to the CJK font.  Both fonts
are embedded (subset) in the PDF, so names print the same on every machine.

reportlab draws characters left to right in the order given, so a line holding Hebrew or
Arabic is first put in display order: Arabic letters joined (arabic-reshaper, to their
presentation forms) and the line reordered by the Unicode bidirectional algorithm
(python-bidi).  Wrapping works on the text as written; each finished line is reordered.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.errors import DeskError

REGULAR = "IllDeskSans"
BOLD = "IllDeskSans-Bold"
CJK = "IllDeskCJK"

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
_REGULAR_NAMES = ("dejavu/DejaVuSans.ttf", "DejaVuSans.ttf")
_BOLD_NAMES = ("dejavu/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf")
# (relative path, subfont index inside a .ttc collection)
_CJK_NAMES: tuple[tuple[str, int], ...] = (
    ("wqy/wqy-zenhei.ttc", 0),
    ("wqy-zenhei.ttc", 0),
    ("droid/DroidSansFallbackFull.ttf", 0),
    ("DroidSansFallbackFull.ttf", 0),
)


class FontsMissing(DeskError):
    """A font the documents need is not installed."""


@dataclass(frozen=True)
class FontSet:
    regular_path: Path
    bold_path: Path
    cjk_path: Path
    cjk_index: int


def _find(names: tuple[str, ...]) -> Path | None:
    for folder in _FONT_DIRS:
        for name in names:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def locate_fonts() -> FontSet:
    """Find the font files, or raise :class:`FontsMissing` saying what to install."""
    regular = _find(_REGULAR_NAMES)
    bold = _find(_BOLD_NAMES)
    if regular is None or bold is None:
        raise FontsMissing(
            "The DejaVu Sans font is not installed, so documents cannot be printed. "
            "Install it (Debian/Ubuntu: the fonts-dejavu-core package)."
        )
    for name, index in _CJK_NAMES:
        cjk = _find((name,))
        if cjk is not None:
            return FontSet(regular, bold, cjk, index)
    raise FontsMissing(
        "No font for Chinese, Japanese and Korean names is installed, so documents cannot be "
        "printed. Install one (Debian/Ubuntu: the fonts-wqy-zenhei package)."
    )


_lock = threading.Lock()
_registered: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the fonts with reportlab once per process; safe from any thread."""
    global _registered
    with _lock:
        if _registered is None:
            found = locate_fonts()
            pdfmetrics.registerFont(TTFont(REGULAR, str(found.regular_path)))
            pdfmetrics.registerFont(TTFont(BOLD, str(found.bold_path)))
            pdfmetrics.registerFont(TTFont(CJK, str(found.cjk_path), subfontIndex=found.cjk_index))
            _registered = found
        return _registered


@lru_cache(maxsize=4)
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _has_rtl(text: str) -> bool:
    """Any Hebrew, Arabic, Syriac, Thaana… letter (U+0590–U+08FF, presentation forms)?"""
    return any(
        "\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"
        for c in text
    )


@lru_cache(maxsize=4096)
def is_rtl(text: str) -> bool:
    """True when the line is right-to-left: its first strong letter is Hebrew, Arabic… (the
    paragraph direction of the Unicode bidirectional algorithm, rules P2–P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """One line in the order it is drawn: Arabic joined, right-to-left runs reversed."""
    if not _has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


@lru_cache(maxsize=4096)
def text_runs(text: str, font_name: str) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into (font, piece) runs: the CJK font wherever ``font_name`` lacks a glyph.

    The pieces are in display order (see :func:`visual`)."""
    register_fonts()
    text = visual(text)
    main = _coverage(font_name)
    cjk = _coverage(CJK)
    runs: list[tuple[str, str]] = []
    current_font = font_name
    piece: list[str] = []
    for char in text:
        code = ord(char)
        wanted = font_name if code in main or code not in cjk else CJK
        if wanted != current_font and piece:
            runs.append((current_font, "".join(piece)))
            piece = []
        current_font = wanted
        piece.append(char)
    if piece:
        runs.append((current_font, "".join(piece)))
    return tuple(runs)


def text_width(text: str, font_name: str, size: float) -> float:
    return float(
        sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in text_runs(text, font_name))
    )


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str = REGULAR,
    size: float = 10,
    anchor: str = "left",
) -> float:
    """Draw one line at baseline ``y``; ``anchor`` is left, center or right.  Returns its width."""
    width = text_width(text, font_name, size)
    if anchor == "center":
        x -= width / 2
    elif anchor == "right":
        x -= width
    for font, piece in text_runs(text, font_name):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
    return width


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    box_width: float,
    font_name: str = REGULAR,
    size: float = 10,
) -> float:
    """Draw one line at the start of the box from ``x`` ``box_width`` wide: on its left
    edge, or on its right edge when the line is right-to-left (Hebrew, Arabic)."""
    if is_rtl(text):
        return draw_text(canvas, x + box_width, y, text, font_name, size, "right")
    return draw_text(canvas, x, y, text, font_name, size)


def fit_size(text: str, font_name: str, size: float, max_width: float, min_size: float) -> float:
    """The largest size not above ``size`` (and not below ``min_size``) at which text fits."""
    width = text_width(text, font_name, size)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)


def clip_to_width(text: str, font_name: str, size: float, max_width: float) -> str:
    """``text``, cut and ended with "…" if it is wider than ``max_width``."""
    if text_width(text, font_name, size) <= max_width:
        return text
    while text and text_width(text + "…", font_name, size) > max_width:
        text = text[:-1]
    return text + "…"


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    max_width: float,
    font_name: str = REGULAR,
    size: float = 10,
    min_size: float = 6,
    anchor: str = "left",
) -> float:
    """Draw one line shrunk to fit ``max_width`` (not below ``min_size``), cut if still too
    wide; a right-to-left line anchored "left" starts at the box's right edge."""
    fitted = fit_size(text, font_name, size, max_width, min_size)
    shown = clip_to_width(text, font_name, fitted, max_width)
    if anchor == "left":
        return draw_line(canvas, x, y, shown, max_width, font_name, fitted)
    return draw_text(canvas, x, y, shown, font_name, fitted, anchor)


def wrap(text: str, font_name: str, size: float, max_width: float) -> list[str]:
    """Break text into lines no wider than ``max_width`` (words longer than a line are split)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font_name, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for char in word:  # a word wider than the line (or CJK text without spaces)
                if text_width(current + char, font_name, size) > max_width and current:
                    lines.append(current)
                    current = ""
                current += char
        lines.append(current)
    return lines


def draw_wrapped(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    max_width: float,
    font_name: str = REGULAR,
    size: float = 10,
    leading: float | None = None,
    max_lines: int | None = None,
) -> float:
    """Draw wrapped text starting at baseline ``y``, each line at the start of the box
    (right-aligned when right-to-left); return the baseline below the last line."""
    step = leading if leading is not None else size * 1.2
    lines = wrap(text, font_name, size, max_width)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + "…", font_name, size) > max_width:
            last = last[:-1]
        lines[-1] = last + "…"
    for line in lines:
        draw_line(canvas, x, y, line, max_width, font_name, size)
        y -= step
    return y
