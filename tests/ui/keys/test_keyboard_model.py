"""One keyboard model: every key bound once, window keys working wherever the focus is."""

from __future__ import annotations

import os
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from illdesk.services.scanning import ScanMode
from illdesk.ui.keymap import WINDOW_KEYS
from tests.ui.keys.hands import CTRL


def test_runs_on_the_platform_asked_for(qapp) -> None:
    """The suite runs this folder again under Xvfb with QT_QPA_PLATFORM=xcb (a real X server)."""
    wanted = os.environ.get("ILLDESK_EXPECT_PLATFORM", QGuiApplication.platformName())
    assert QGuiApplication.platformName() == wanted


def _bound_keys(window) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    for shortcut in window.findChildren(QShortcut):
        sequences = shortcut.keys()
        for sequence in sequences:
            keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    keys.pop("", None)
    return keys


def test_no_key_is_bound_twice(desk) -> None:
    keys = _bound_keys(desk)
    assert {k: n for k, n in keys.items() if n > 1} == {}
    assert {k.sequence for k in WINDOW_KEYS} <= set(keys)


def test_f5_works_and_qt_finds_no_ambiguous_key(desk, hands, qtlog) -> None:
    station = desk.borrowing.station
    hands.press(Qt.Key.Key_F7)
    assert station.mode() is ScanMode.CHECK_IN
    hands.press(Qt.Key.Key_F5)
    assert station.mode() is ScanMode.RECEIVE
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_station_keys_work_from_the_search_box_and_the_list(desk, hands, qtbot) -> None:
    station = desk.borrowing.station
    hands.press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is desk.borrowing.search
    hands.press(Qt.Key.Key_F7)
    assert station.mode() is ScanMode.CHECK_IN
    assert QApplication.focusWidget() is station.box  # a mode key readies the scan box
    qtbot.mouseClick(desk.borrowing.table.viewport(), Qt.MouseButton.LeftButton)
    hands.press(Qt.Key.Key_F8)
    assert station.mode() is ScanMode.RETURN_TO_LENDER


def test_station_keys_work_after_a_dialog_closes(desk, hands) -> None:
    station = desk.borrowing.station
    hands.press(Qt.Key.Key_F, CTRL)

    def look_and_close(dialog) -> None:
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(look_and_close):
        hands.press(Qt.Key.Key_N, CTRL)  # the notices list
    hands.press(Qt.Key.Key_F6)
    assert station.mode() is ScanMode.CHECK_OUT
    assert QApplication.focusWidget() is station.box


def test_lending_keys_on_the_borrowing_tab_say_where_they_work(desk, hands) -> None:
    hands.press(Qt.Key.Key_F9)
    assert "Lending tab" in desk.statusBar().currentMessage()


def test_f8_on_the_lending_tab_names_its_three_modes(desk, hands) -> None:
    desk.tabs.setCurrentWidget(desk.lending)
    desk.back_to_scan_box()
    hands.press(Qt.Key.Key_F6)
    assert desk.lending.station.mode() is ScanMode.SHIP
    hands.press(Qt.Key.Key_F8)
    assert desk.lending.station.mode() is ScanMode.SHIP
    assert "three modes" in desk.statusBar().currentMessage()


def test_scan_menu_names_the_modes_of_the_tab_in_front(desk) -> None:
    assert desk.key_actions["mode_2"].text() == "Check out to patron"
    desk.tabs.setCurrentWidget(desk.lending)
    assert desk.key_actions["mode_2"].text() == "Ship"
