"""Dialogs and the main window fit the screen they are on, and the window's saved place is
kept on today's screen.  ``tests/ui/test_screen_at_150_percent.py`` runs this folder again
on a real X server of 1600x1000 at QT_SCALE_FACTOR=1.5, where a 760-high dialog would run
off the 666 logical pixels the screen has."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from illdesk.ui.main_window import WINDOW_GEOMETRY_KEY, MainWindow


def test_runs_at_the_scale_asked_for(qapp) -> None:
    wanted = float(os.environ.get("ILLDESK_EXPECT_SCALE", "0") or 0)
    ratio = QGuiApplication.primaryScreen().devicePixelRatio()
    assert ratio == wanted if wanted else ratio >= 1


def _free() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def _on_screen(widget: QWidget) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return _free().contains(QRect(top_left, widget.size()))


def _while_open(qtbot, open_it: Callable[[], None], look: Callable[[QDialog], None]) -> None:
    """Open a modal dialog the way staff do, look at it while it is up, then cancel it."""
    looked: list[bool] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, inspect)
            return
        try:
            look(dialog)
            looked.append(True)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    assert looked == [True]


def _buttons_in_reach(dialog: QDialog) -> None:
    assert _free().contains(dialog.frameGeometry()), (dialog.frameGeometry(), _free())
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    for button in box.buttons():
        assert button.isVisible() and _on_screen(button), button.text()


def test_new_request_dialogs_fit_with_save_in_reach(window, qtbot) -> None:
    for tab in (window.borrowing, window.lending):
        window.tabs.setCurrentWidget(tab)
        _while_open(qtbot, tab.new_button.click, _buttons_in_reach)


def test_settings_fit_with_save_in_reach(window, qtbot) -> None:
    action = next(a for a in window.menus["desk"].actions() if a.text() == "&Settings…")
    _while_open(qtbot, action.trigger, _buttons_in_reach)


def test_the_main_window_fits_and_its_saved_place_is_kept_on_screen(
    qtbot, context, desk_settings
) -> None:
    free = _free()
    # a geometry saved on a bigger screen (or before scaling was turned up)
    big = QWidget()
    big.setGeometry(free.x() + 400, free.y() + 300, 2249, 1349)
    desk_settings.setValue(WINDOW_GEOMETRY_KEY, big.saveGeometry())
    big.deleteLater()
    window = MainWindow(context, desk_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # the window on the screen, its frame no bigger than the screen (the offscreen
    # platform draws a pretend frame a pixel past the edge; a real X server has none)
    assert free.contains(window.geometry()), (window.geometry(), free)
    frame = window.frameGeometry()
    assert frame.width() <= free.width() and frame.height() <= free.height(), (frame, free)

    window.resize(min(700, free.width() - 10), min(500, free.height() - 10))
    size = window.size()
    window.close()
    assert isinstance(desk_settings.value(WINDOW_GEOMETRY_KEY), QByteArray)
    again = MainWindow(context, desk_settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == size  # the place it was closed at, when it fits
    again.close()
