"""The desk's palette: the system's, with its selection darkened where its text would not
stand out (WCAG 2: a contrast ratio of at least 4.5:1 for text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

SELECTION = QColor("#1f5f99")
"""The selection colour when the system's is too light for white text (6.6:1)."""


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(text: QColor | str, background: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(QColor(text)), _luminance(QColor(background))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def desk_palette(system: QPalette) -> QPalette:
    """``system`` with a selection whose text reads at 4.5:1 or better."""
    palette = QPalette(system)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        if contrast(text, palette.color(group, QPalette.ColorRole.Highlight)) < 4.5:
            palette.setColor(group, QPalette.ColorRole.Highlight, SELECTION)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette
