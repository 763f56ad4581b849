"""Sheets of labels the desk prints shipping labels on: where each label sits.

Sizes are in points (1/72 inch), as the printers and the renderers measure them.
"""

from __future__ import annotations

from dataclasses import dataclass

INCH = 72.0
MM = INCH / 2.54 * 0.1
A4 = (210 * MM, 297 * MM)
LETTER = (8.5 * INCH, 11 * INCH)
inch, mm = INCH, MM  # the names the layouts below are written in


THERMAL_4X6 = "thermal-4x6"


@dataclass(frozen=True)
class SheetLayout:
    """A sheet of labels: page size, label size, margins and pitch, all in points."""

    name: str
    page: tuple[float, float]
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, position: int) -> tuple[float, float]:
        """Bottom-left corner of label ``position`` (1-based, along rows)."""
        row, column = divmod(position - 1, self.columns)
        x = self.left + column * self.pitch_x
        y = self.page[1] - self.top - row * self.pitch_y - self.label_height
        return x, y


LAYOUTS: dict[str, SheetLayout] = {
    THERMAL_4X6: SheetLayout(
        THERMAL_4X6, (4 * inch, 6 * inch), 1, 1, 4 * inch, 6 * inch, 0, 0, 4 * inch, 6 * inch
    ),
    # Avery/Zweckform L7165: A4, 2 x 4 labels of 99.1 x 67.7 mm.
    "avery-L7165": SheetLayout(
        "avery-L7165", A4, 2, 4, 99.1 * mm, 67.7 * mm, 4.65 * mm, 13.1 * mm, 101.6 * mm, 67.7 * mm
    ),
    # Avery L7169: A4, 2 x 2 labels of 99.1 x 139 mm.
    "avery-L7169": SheetLayout(
        "avery-L7169", A4, 2, 2, 99.1 * mm, 139 * mm, 4.65 * mm, 9.5 * mm, 101.6 * mm, 139 * mm
    ),
    # Avery 5164: Letter, 2 x 3 labels of 4 x 3 1/3 inch.
    "avery-5164": SheetLayout(
        "avery-5164",
        LETTER,
        2,
        3,
        4 * inch,
        10 / 3 * inch,
        0.15625 * inch,
        0.5 * inch,
        4.1875 * inch,
        10 / 3 * inch,
    ),
    # Avery 5168: Letter, 2 x 2 labels of 3 1/2 x 5 inch.
    "avery-5168": SheetLayout(
        "avery-5168", LETTER, 2, 2, 3.5 * inch, 5 * inch, 0.5 * inch, 0.5 * inch, 4 * inch, 5 * inch
    ),
}


def usable_position(sheet: SheetLayout, remembered: int) -> int:
    """``remembered`` if it is a position on ``sheet``, else 1 (a new sheet)."""
    return remembered if 1 <= remembered <= sheet.per_sheet else 1


def position_after(sheet: SheetLayout, position: int, printed: int = 1) -> int:
    """The first free position once ``printed`` labels went on from ``position``;
    1 (a new sheet) when the last label of the sheet was used."""
    return (usable_position(sheet, position) - 1 + printed) % sheet.per_sheet + 1
