"""``--quit-after-start``: prove that the desk came up, then close it.

Installers, CI and support scripts need to know that a fresh install really starts: the
window is shown with the application icon, Qt has painted it, and the event loop is
turning.  The probe waits for the main window's first paint, then lets the event loop run
one more round (a zero timer only fires from a turning loop) and closes the window the way
a user would, so the normal shutdown path runs.  If that does not happen within
``timeout_ms``, the program ends with :data:`NOT_STARTED`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

NOT_STARTED = 3
DEFAULT_TIMEOUT_MS = 120_000
FRAME_MESSAGE = "illdesk: the window's frame is painted and takes scans (--quit-after-start)"


class StartProbe(QObject):
    """Watches ``window`` for its first paint once ``ready()`` is true (the program's
    window: once the library is open and the desk built into the frame) and then quits
    the application with 0.  The frame's own first paint is said on stderr as well
    (:data:`FRAME_MESSAGE`): from then on the desk takes scans."""

    def __init__(
        self,
        window: QWidget,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ready = ready
        self._frame_said = False
        self._painted = False
        self._done = False
        self.reached = False
        window.installEventFilter(self)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is not self._window or event.type() != QEvent.Type.Paint:
            return False
        if not self._frame_said:
            self._frame_said = True
            QTimer.singleShot(0, self._frame_painted)
        if not self._painted and self._ready():
            self._painted = True
            # runs after this paint has finished, from the event loop itself
            QTimer.singleShot(0, self._started)
        return False

    def _frame_painted(self) -> None:
        print(FRAME_MESSAGE, file=sys.stderr, flush=True)

    def _started(self) -> None:
        if self._done:
            return
        if not self._window.isVisible() or self._window.windowIcon().isNull():
            self._give_up()
            return
        self._finish()
        self.reached = True
        message = "illdesk: the window is shown and painted; closing (--quit-after-start)"
        log.info(message)
        print(message, file=sys.stderr, flush=True)
        self._window.close()
        QApplication.exit(0)

    def _give_up(self) -> None:
        if self._done:
            return
        self._finish()
        message = "illdesk: the window was not shown and painted in time (--quit-after-start)"
        log.error(message)
        print(message, file=sys.stderr, flush=True)
        QApplication.exit(NOT_STARTED)

    def _finish(self) -> None:
        """The probe answers once: no timer of it fires again, no event reaches it."""
        self._done = True
        self._deadline.stop()
        self._window.removeEventFilter(self)
