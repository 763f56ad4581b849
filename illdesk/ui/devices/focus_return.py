"""After a dialog closes, the focus goes back to the station's scan box, ready for a scan.

Without this, Qt gives the focus back to whatever had it before (often the search box),
and the next scan lands there or is appended to the last one.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class FocusAfterDialogs(QObject):
    """Calls ``back()`` when the last dialog in front of ``window`` has closed."""

    def __init__(self, window: QWidget, back: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._back = back
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            window.destroyed.connect(lambda: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.Hide or not shiboken6.isValid(self._window):
            return False  # (the window is being destroyed: its dialogs hide with it)
        if (
            isinstance(watched, QDialog)
            and watched.isWindow()
            and self._window.isAncestorOf(watched)
        ):
            QTimer.singleShot(0, self._return)
        return False

    def _return(self) -> None:
        if not shiboken6.isValid(self._window):
            return
        if QApplication.activeModalWidget() is not None or not self._window.isVisible():
            return  # another dialog is still in front
        self._back()
