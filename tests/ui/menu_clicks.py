"""Opening a menu of the main window and clicking one of its rows with the mouse, the way
staff do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu


def click_menu(qtbot, window, title: str, name: str) -> None:
    """Click the menu ``title`` in the menu bar, then its row whose action is ``name``."""
    bar = window.menuBar()
    [menu] = [a.menu() for a in bar.actions() if a.text().replace("&", "") == title]
    assert isinstance(menu, QMenu)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    [action] = [a for a in menu.actions() if isinstance(a, QAction) and a.objectName() == name]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def when_modal(kind: type, then: Callable[[Any], None], tries: int = 600) -> None:
    """Run ``then(dialog)`` once a modal dialog of ``kind`` is in front (looked for every
    30 ms, at most ``tries`` times: a dialog that never comes fails its test, and the
    looking never runs on into a later test)."""

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if left > 0:
                QTimer.singleShot(30, lambda: look(left - 1))
            return
        then(dialog)

    QTimer.singleShot(0, lambda: look(tries))
