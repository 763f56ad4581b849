"""Opening a menu of the main window and clicking one of its rows with the mouse, the way
staff do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


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
