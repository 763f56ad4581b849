"""A scan typed the moment the desk window appears, while what the first paint went without
(the Lending and Patrons tabs, the devices, the desk's secrets) is still being built.

The window is made as the program makes it (``paint_first``), with the program's work after
the first paint; the scanner types (fast keys, then Enter) into whatever has the focus as
soon as the window is active, without waiting for anything else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from illdesk.domain.vocabulary import Side, State
from illdesk.ui.first_paint import AfterFirstPaint
from illdesk.ui.main_window import MainWindow
from illdesk.ui.patrons_tab import PatronsTab
from illdesk.ui.printing.preview_dialog import PreviewDialog
from illdesk.ui.request_tab import RequestTab
from tests.ui.keys.hands import Hands

ALT = Qt.KeyboardModifier.AltModifier


def _one(context, side: Side, state: State):
    return next(r for r in context.requests.search(side, limit=2000) if r.state is state)


def _desk_as_started(qtbot, context, desk_settings) -> MainWindow:
    """The window as ``illdesk.app.main`` shows it: painted first, then the devices and
    what the paint went without (the desk's routine, the overdue check and the notices,
    is left out here: their writes are not what this test is about)."""
    window = MainWindow(context, desk_settings, paint_first=True)
    qtbot.addWidget(window)

    def after_paint() -> None:
        window.start_devices()
        window.finish_paint_first()

    AfterFirstPaint(window, after_paint)
    window.show()
    window.activateWindow()  # what the window manager does with a new window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _close_previews(window: MainWindow) -> None:
    while window.after_commit.busy():  # the book band is drawn after the scan, on the worker
        QTest.qWait(10)
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()


def test_a_scan_typed_as_the_window_appears_is_received_at_the_borrowing_station(
    qtbot, context, desk_settings
) -> None:
    shipped = _one(context, Side.BORROWING, State.SHIPPED_BY_LENDER)
    window = _desk_as_started(qtbot, context, desk_settings)
    station = window.borrowing.station
    assert QApplication.focusWidget() is station.box  # where the first scan goes

    Hands().scan(shipped.number)

    qtbot.waitUntil(
        lambda: context.requests.detail(shipped.id).row.state is not State.SHIPPED_BY_LENDER
    )
    assert context.requests.detail(shipped.id).row.state in (
        State.RECEIVED,
        State.AWAITING_PICKUP,
    )
    assert station.result.text().startswith("✔"), station.result.text()
    assert station.box.text() == shipped.number  # what was read stays shown, selected
    # the tabs built meanwhile took none of it
    qtbot.waitUntil(lambda: isinstance(window.tabs.widget(2), PatronsTab))
    assert window.lending.station.box.text() == ""
    assert window.patrons.search.text() == ""
    assert window.tabs.currentWidget() is window.borrowing
    _close_previews(window)
    window.close()


def test_the_lending_tab_wanted_before_it_is_built_comes_at_once_and_takes_the_scan(
    qtbot, context, desk_settings
) -> None:
    window = MainWindow(context, desk_settings, paint_first=True)  # nothing after the paint
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    hands = Hands()

    hands.press(Qt.Key.Key_L, ALT)  # the Lending tab's mnemonic

    tab = window.tabs.currentWidget()
    assert isinstance(tab, RequestTab)
    assert tab is window.lending
    assert tab.station.side is Side.LENDING
    window.back_to_scan_box()  # Esc: the scan box of the tab in front
    hands.press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tab.station.box
    hands.scan("NO-SUCH-ITEM")
    assert "NO-SUCH-ITEM" in tab.station.result.text()
    assert window.borrowing.station.box.text() == ""
    window.close()
