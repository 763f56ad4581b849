"""The menu bar comes from the one table in ui/menus.py: every row shows, nothing else does,
and the menus open from the keyboard the way staff open them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from illdesk.ui.keymap import WINDOW_KEYS
from illdesk.ui.menus import MENUS, Item, menu_rows


def _placed(menu: QMenu) -> list[str]:
    names: list[str] = []
    for action in menu.actions():
        if action.menu() is not None:
            names.extend(_placed(action.menu()))
        elif not action.isSeparator():
            names.append(action.objectName().removeprefix("key_"))
    return names


def test_the_menu_bar_is_the_table_row_for_row(window) -> None:
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles == [m.text for m in MENUS]  # untranslated here: English is the source
    placed = [name for a in bar.actions() for name in _placed(a.menu())]
    assert placed == menu_rows()


def test_every_window_key_has_its_row() -> None:
    rows = set(menu_rows())
    answered = {
        item.key for menu in MENUS for item in menu.items if isinstance(item, Item) and item.key
    }
    assert {key.name for key in WINDOW_KEYS} <= rows | answered


def test_f1_is_the_user_guide_row(window) -> None:
    guide = window.findChild(QAction, "help_guide")
    assert guide.shortcut().toString() == "F1"


def test_alt_d_opens_the_desk_menu_and_enter_takes_a_row(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    desk = window.menus["desk"]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(desk.isVisible)
    assert QApplication.activePopupWidget() is desk
    qtbot.keyClick(desk, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not desk.isVisible())


def test_a_desk_that_cannot_back_up_shows_the_rows_greyed(window) -> None:
    back_up = window.findChild(QAction, "backUpNow")
    assert back_up.isEnabled() == (window.context.backups is not None)
