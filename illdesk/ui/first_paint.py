"""Work that waits until the window is on screen.

Staff judge a start by when the window is painted and answers; everything the desk
starts besides the window (devices, the ISO 18626 runtime, the overdue check) is started
from the event loop right after the window's first paint, never before it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs ``callback`` once, from the event loop, after ``window`` was first painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        self.ran = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Paint and self._callback:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # after this paint, from the turning loop
        return False

    def cancel(self) -> None:
        """Nothing runs after all (the window closed before it was painted)."""
        self._callback = None
        self._window.removeEventFilter(self)

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self.ran = True
            callback()
