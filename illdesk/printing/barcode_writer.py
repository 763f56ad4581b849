"""Barcodes drawn as vector rectangles straight into a reportlab canvas.

python-barcode encodes the data (Code 128, Code 39, Codabar, Interleaved 2 of 5 are
all in ``barcode.PROVIDED_BARCODES``); :class:`CanvasWriter` is a python-barcode writer
whose "paint module" callback adds one filled rectangle per bar to a PDF path, so the
bars stay sharp at any printer resolution.  Sizes follow the symbologies' rules of
thumb: narrow bar at least 0.25 mm where room allows (never under 0.19 mm), wide:narrow
3:1 for the two-width codes, and a quiet zone of ten narrow bars (at least 2.5 mm) on
each side, kept white.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from barcode.base import Barcode
from barcode.codabar import CODABAR
from barcode.codex import Code39, Code128
from barcode.errors import BarcodeError
from barcode.itf import ITF
from barcode.writer import BaseWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.printing import fonts

MIN_MODULE_MM = 0.19
PREFERRED_MODULE_MM = 0.33
QUIET_MODULES = 10
MIN_QUIET_MM = 2.5
_CODE39_CHARS = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%")
_CODABAR_BODY = set("0123456789-$:/.+")


class BarcodeDataError(DeskError):
    """The text cannot be written in the chosen barcode symbology."""


class CanvasWriter(BaseWriter):  # type: ignore[misc]  # python-barcode is untyped
    """A python-barcode writer that collects bars; :meth:`draw` puts them on a canvas.

    python-barcode calls ``paint_module(x, y, width, color)`` in millimetres; bars
    (foreground modules) are kept as (x, width) pairs.  Spaces are not painted: the
    quiet zone and gaps are the paper itself.
    """

    def __init__(self) -> None:
        super().__init__(self._start, self._paint_module, None, self._finish)
        self.bars: list[tuple[float, float]] = []
        self.total_width_mm = 0.0

    def _start(self, code: list[str]) -> None:
        self.bars = []
        self.total_width_mm = 2 * self.quiet_zone + len(code[0]) * self.module_width

    def _paint_module(self, xpos: float, ypos: float, width: float, color: Any) -> None:
        if color == self.foreground:
            self.bars.append((xpos, width))

    def _finish(self) -> CanvasWriter:
        return self

    def draw(self, canvas: Canvas, x: float, y: float, height: float) -> None:
        """Draw the collected bars with their left quiet zone starting at ``x`` (points).

        All bars are one filled path of rectangles, written as PDF operators in one piece
        (``re`` per bar, then ``f``): reportlab's path object formats every number through
        its general float formatter, which made bars most of a slip's drawing time."""
        if not self.bars:
            return
        bottom, tall = f"{y:.3f}", f"{height:.3f}"
        rects = " ".join(
            f"{x + left_mm * mm:.3f} {bottom} {width_mm * mm:.3f} {tall} re"
            for left_mm, width_mm in self.bars
        )
        canvas.addLiteral(f"q 0 g {rects} f Q")


def check_data(symbology: Symbology, data: str) -> str:
    """Return the exact text the barcode will carry, or raise :class:`BarcodeDataError`."""
    if not data:
        raise BarcodeDataError("A barcode needs some text to encode; this one is empty.")
    if symbology is Symbology.CODE128:
        if not all(32 <= ord(c) < 127 for c in data):
            raise BarcodeDataError(
                f"“{data}” has characters a Code 128 barcode cannot carry "
                "(only plain letters, digits and punctuation)."
            )
        return data
    if symbology is Symbology.CODE39:
        if not set(data) <= _CODE39_CHARS:
            raise BarcodeDataError(
                f"“{data}” cannot be a Code 39 barcode: only capital letters, digits, "
                "space and - . $ / + % are allowed."
            )
        return data
    if symbology is Symbology.CODABAR:
        body = data
        if data[0].upper() in "ABCD" and data[-1].upper() in "ABCD" and len(data) >= 3:
            body = data[1:-1]
        if not set(body) <= _CODABAR_BODY:
            raise BarcodeDataError(
                f"“{data}” cannot be a Codabar barcode: only digits and - $ : / . + "
                "between the start and stop letters A-D are allowed."
            )
        return data.upper() if body is not data else f"A{data}B"
    if not data.isdigit() or not data.isascii():
        raise BarcodeDataError(f"“{data}” cannot be an Interleaved 2 of 5 barcode: digits only.")
    if len(data) % 2:
        raise BarcodeDataError(
            f"“{data}” has an odd number of digits; an Interleaved 2 of 5 barcode needs an even "
            "number (check the tracking number)."
        )
    return data


def _encoder(symbology: Symbology, data: str, writer: CanvasWriter) -> Barcode:
    if symbology is Symbology.CODE128:
        return Code128(data, writer=writer)
    if symbology is Symbology.CODE39:
        return Code39(data, writer=writer, add_checksum=False)
    if symbology is Symbology.CODABAR:
        return CODABAR(data, writer=writer, narrow=1, wide=3)
    return ITF(data, writer=writer, narrow=1, wide=3)


def _modules(symbology: Symbology, data: str) -> str:
    try:
        return str(_encoder(symbology, data, CanvasWriter()).build()[0])
    except BarcodeError as exc:
        raise BarcodeDataError(f"“{data}” cannot be a {symbology.label} barcode: {exc}.") from exc


@dataclass(frozen=True)
class DrawnBarcode:
    """Where a barcode landed (points) and what it encodes."""

    data: str
    symbology: Symbology
    width: float
    height: float


def barcode_width(symbology: Symbology, data: str, module_mm: float = PREFERRED_MODULE_MM) -> float:
    """Width in points, quiet zones included, at the given narrow-bar width."""
    encoded = check_data(symbology, data)
    count = len(_modules(symbology, encoded))
    quiet = max(MIN_QUIET_MM, QUIET_MODULES * module_mm)
    return float((count * module_mm + 2 * quiet) * mm)


def draw_barcode(
    canvas: Canvas,
    symbology: Symbology,
    data: str,
    x: float,
    y: float,
    *,
    bar_height: float,
    max_width: float,
    module_mm: float = PREFERRED_MODULE_MM,
    caption: str | None = None,
    caption_size: float = 9,
    anchor: str = "left",
) -> DrawnBarcode:
    """Draw ``data`` with its bottom-left (quiet zone included) at ``x, y`` in points.

    The narrow bar shrinks from ``module_mm`` to fit ``max_width`` but never below
    0.19 mm; data too long for that raises :class:`BarcodeDataError`.  ``caption``
    (default: the data) is printed under the bars.  ``anchor`` places the whole
    symbol left, centred on or right of ``x``.
    """
    encoded = check_data(symbology, data)
    count = len(_modules(symbology, encoded))
    module = module_mm
    while True:
        quiet = max(MIN_QUIET_MM, QUIET_MODULES * module)
        total = (count * module + 2 * quiet) * mm
        if total <= max_width or module <= MIN_MODULE_MM:
            break
        module = max(MIN_MODULE_MM, module * max_width / total * 0.999)
    if total > max_width + 0.01:
        raise BarcodeDataError(
            f"“{data}” is too long to print as a readable {symbology.label} barcode in "
            f"{max_width / mm:.0f} mm."
        )
    if anchor == "center":
        x -= total / 2
    elif anchor == "right":
        x -= total
    writer = CanvasWriter()
    options = {"module_width": module, "quiet_zone": quiet, "write_text": False}
    _encoder(symbology, encoded, writer).render(options)
    text = encoded if caption is None else caption
    caption_space = caption_size * 1.25 if text else 0.0
    writer.draw(canvas, x, y + caption_space, bar_height)
    if text:
        size = fonts.fit_size(text, fonts.REGULAR, caption_size, total, 5)
        fonts.draw_text(canvas, x + total / 2, y + 1, text, fonts.REGULAR, size, "center")
    return DrawnBarcode(encoded, symbology, total, bar_height + caption_space)
