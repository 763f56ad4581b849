"""The desk worker's hands and the scanner's, as key events into the focused widget.

:class:`Hands` never calls a station or a service: it types into whatever
``QApplication.focusWidget()`` is at each key, the way a keyboard-wedge scanner (a key
every few milliseconds, then Enter) and a person (function keys, Ctrl+…) do, including
while a modal dialog is open.  It counts what it did, so a test can say how many keys a
station needs per step.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SCANNER_GAP_MS = (5, 15)  # a wedge scanner's gap between keys (the wedge takes up to 40)


def focused() -> QWidget:
    """Where a key goes: the focused widget (inside the dialog in front, if one is open)."""
    modal = QApplication.activeModalWidget()
    widget = QApplication.focusWidget()
    if modal is not None and (widget is None or widget.window() is not modal):
        widget = modal.focusWidget() or modal
    widget = widget or QApplication.activeWindow()
    assert widget is not None, "no widget has the focus: the window is not active"
    return widget


def bring_to_front(window: QWidget) -> None:
    """What a window manager does when a window opens: it becomes the active window.

    The offscreen platform leaves a newly shown dialog inactive (a desktop activates it),
    so tests there ask for it, as a window manager would.
    """
    if not window.isActiveWindow():
        window.activateWindow()
        for _ in range(100):
            if window.isActiveWindow():
                return
            QTest.qWait(10)


@dataclass
class Hands:
    seed: int = 18626
    scans: int = 0
    keys: int = 0
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def scan(self, barcode: str, *, end: Qt.Key = Qt.Key.Key_Return) -> None:
        """A keyboard-wedge scanner: the barcode fast, then Enter (or Tab)."""
        for char in barcode:
            QTest.keyClick(focused(), char)
            QTest.qWait(self._rng.randint(*SCANNER_GAP_MS))
        QTest.keyClick(focused(), end)
        QTest.qWait(1)
        self.scans += 1

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """One key (F6, Enter, Esc, Ctrl+B…) pressed on the focused widget."""
        QTest.keyClick(focused(), key, modifiers)
        QTest.qWait(1)
        self.keys += 1

    def type(self, text: str) -> None:
        """A person typing (slower than any scanner)."""
        for char in text:
            QTest.keyClick(focused(), char)
            QTest.qWait(45)

    @contextmanager
    def in_dialog(
        self, steps: Callable[[QWidget], None], timeout_ms: int = 20_000
    ) -> Iterator[None]:
        """Run ``steps(dialog)`` once the modal dialog opened in the block is in front.

        ``with hands.in_dialog(fill): hands.press(Qt.Key.Key_B, CTRL)`` — the key opens
        the dialog (its ``exec()`` runs inside the key press), ``fill`` types into it.
        """
        outcome: dict[str, object] = {}
        waited = [0]
        behind = QApplication.activeWindow()

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                waited[0] += 20
                if waited[0] < timeout_ms:
                    QTimer.singleShot(20, poll)
                return
            try:
                bring_to_front(dialog)
                steps(dialog)
                outcome["done"] = True
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test below
                outcome["error"] = exc
                if dialog.isVisible():
                    dialog.close()

        QTimer.singleShot(0, poll)
        yield
        deadline = timeout_ms
        while "done" not in outcome and "error" not in outcome and deadline > 0:
            QTest.qWait(20)
            deadline -= 20
        if behind is not None and behind.isVisible():
            bring_to_front(behind)  # the dialog closed: the window behind is active again
        QTest.qWait(5)
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        assert outcome.get("done"), "no dialog came to the front"


CTRL = Qt.KeyboardModifier.ControlModifier
