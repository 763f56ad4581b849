"""Keyboard-wedge scanners: a burst typed where no text is taken becomes a scan.

:class:`KeyboardWedge` is an event filter on the QApplication.  Keys typed into a
widget that takes text (a scan box, a form's field, the search box, a file dialog's
path: see :func:`~illdesk.ui.devices.scan_routing.takes_text`) are never touched: a
burst there is typed there whole.  Printable keys typed anywhere else (the list, a
button, the detail pane) are held back for a moment; when they keep coming faster than
``max_gap_ms`` apart and end with Enter or Tab after at least ``min_length`` keys, they
were a scan: they are swallowed and ``route(text)`` is called (the main window hands
the text to the focused scan box, the dialog in front or the station of the tab in
front).  Keys that come at human speed are delivered to their widget unchanged and in
order, a fraction of a second later.

The clock is injectable (milliseconds, monotonic) so tests are deterministic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from illdesk.hardware.config import WedgeConfig
from illdesk.hardware.wedge_burst import BurstBuffer, Clock, HeldKey, monotonic_ms
from illdesk.ui.devices.scan_routing import takes_text

log = logging.getLogger(__name__)

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _KeyTarget:
    widget: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    released: bool = False  # its KeyRelease came while it was held, and was held too


class KeyboardWedge(QObject):
    def __init__(
        self,
        route: Callable[[str], None],
        config: WedgeConfig | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._route = route
        self._config = config or WedgeConfig()
        self._clock: Clock = clock or monotonic_ms
        self._buffer: BurstBuffer[_KeyTarget] = BurstBuffer(self._config)
        self._replaying = False
        self._installed_on: QCoreApplication | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self.scans_routed = 0

    @property
    def config(self) -> WedgeConfig:
        return self._config

    def set_config(self, config: WedgeConfig) -> None:
        self.flush()
        self._config = config
        self._buffer = BurstBuffer(config)

    def install(self, app: QCoreApplication | None = None) -> None:
        target = app or QCoreApplication.instance()
        if target is None:
            raise RuntimeError("no QApplication to watch")
        target.installEventFilter(self)
        self._installed_on = target

    def uninstall(self) -> None:
        self.flush()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def flush(self) -> None:
        """Deliver every held key now (they were typing, not a scan)."""
        self._flush_timer.stop()
        self._deliver(self._buffer.release_all())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._config.enabled:
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same event on its way up to a parent
        if kind == QEvent.Type.KeyRelease:
            return self._key_released(event)
        if takes_text(watched):
            if self._buffer.held:
                self.flush()
            return False
        return self._key_pressed(watched, event)

    def _key_released(self, event: QKeyEvent) -> bool:
        """Hold the release of a held key too, so widgets see press and release in order."""
        if event.isAutoRepeat():
            return False
        for held in reversed(self._buffer.held):
            if held.payload.key == event.key() and not held.payload.released:
                held.payload.released = True
                return True
        return False

    def _key_pressed(self, widget: QWidget, event: QKeyEvent) -> bool:
        if event.isAutoRepeat():
            if self._buffer.held:
                self.flush()
            return False
        now = self._clock()
        key = event.key()
        modifiers = event.modifiers()
        if key in _TERMINATORS and not modifiers & _CHORD:
            if not self._buffer.held:
                return False
            self._flush_timer.stop()
            text, released = self._buffer.terminate(now)
            if text is not None:
                self.scans_routed += 1
                log.debug("keyboard-wedge scan of %d characters routed", len(text))
                self._route(text)
                return True
            self._deliver(released)
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable() and not modifiers & _CHORD:
            held = HeldKey(text, now, _KeyTarget(widget, key, modifiers))
            self._deliver(self._buffer.add(held))
            self._flush_timer.start(int(self._config.max_gap_ms) + 15)
            return True
        if self._buffer.held:
            self.flush()
        return False

    def _deliver(self, keys: list[HeldKey[_KeyTarget]]) -> None:
        if not keys:
            return
        self._replaying = True
        try:
            for held in keys:
                target = held.payload.widget
                if not shiboken6.isValid(target):
                    continue
                press = QKeyEvent(
                    QEvent.Type.KeyPress, held.payload.key, held.payload.modifiers, held.text
                )
                QCoreApplication.sendEvent(target, press)
                if held.payload.released:
                    release = QKeyEvent(
                        QEvent.Type.KeyRelease, held.payload.key, held.payload.modifiers, held.text
                    )
                    QCoreApplication.sendEvent(target, release)
        finally:
            self._replaying = False
