"""A word-wrapped label that always has the height its lines need.

A wrapped QLabel inside a form or a scroll area is often given the height of one guess at
its width, and a long explanation is then cut mid-line ("Buy or borrow").  This one asks
for the height its text needs at the width it actually got.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QRect, QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrapLabel(QLabel):
    def __init__(
        self,
        text: str | QWidget = "",
        parent: QWidget | None = None,
        *,
        hide_when_empty: bool = False,
    ) -> None:
        if isinstance(text, QWidget):  # WrapLabel(parent), as a Designer form makes it
            super().__init__("", text)
        else:
            super().__init__(text, parent)
        self._hide_when_empty = hide_when_empty
        """An empty line takes no room (a status that says nothing yet)."""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if hide_when_empty and not text:
            self.hide()

    def _get_hide_when_empty(self) -> bool:
        return self._hide_when_empty

    def _set_hide_when_empty(self, on: bool) -> None:
        self._hide_when_empty = on
        if on and not self.text():
            self.hide()

    hideWhenEmpty = Property(bool, _get_hide_when_empty, _set_hide_when_empty)  # noqa: N815
    """The same as ``hide_when_empty``, for a promoted label in a Designer form."""

    @Slot()
    def dismiss(self) -> None:
        """Empty the line and hide it (a complaint whose field was fixed)."""
        if self.text():
            self.clear()
            self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.text() else hint

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        if self._hide_when_empty:
            self.setVisible(bool(text))
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """The height of the text wrapped at the label's own width (one line at least)."""
        margins = self.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right() - 2 * self.margin())
        lines = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, self.text()
        )
        needed = (
            lines.height() + margins.top() + margins.bottom() + 2 * self.margin()
            if self.text()
            else 0
        )
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
