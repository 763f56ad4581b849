"""Keyboard-wedge bursts typed into the wrong field end up in the station's scan box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from illdesk.domain.barcodes import BarcodeRules
from illdesk.hardware.config import WedgeConfig
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.devices.wedge import KeyboardWedge


class FakeClock:
    """Milliseconds that advance by ``step`` each time the wedge looks at the clock."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class StandInStation(QWidget):
    """A station as the window builds it: a scan box plus other fields."""

    def __init__(self, rules: BarcodeRules | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.scan_box = ScanBox(rules=rules)
        self.notes = QLineEdit()
        layout.addWidget(self.scan_box)
        layout.addWidget(self.notes)
        self.scans: list[str] = []
        self.scan_box.scanned.connect(self.scans.append)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(step=4)  # scanner speed


@pytest.fixture
def station(qtbot: QtBot) -> StandInStation:
    station = StandInStation(BarcodeRules(prefixes=("#",)))
    qtbot.addWidget(station)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    station.notes.setFocus()
    qtbot.waitUntil(station.notes.hasFocus)
    return station


@pytest.fixture
def wedge(station: StandInStation, clock: FakeClock) -> Iterator[KeyboardWedge]:
    wedge = KeyboardWedge(
        station.scan_box.accept_scan, WedgeConfig(max_gap_ms=30, min_length=5), clock=clock
    )
    wedge.install()
    yield wedge
    wedge.uninstall()


def test_burst_in_another_field_lands_in_the_scan_box(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    with qtbot.waitSignal(station.scan_box.scanned) as blocker:
        qtbot.keyClicks(station.notes, "30000012345678")
        qtbot.keyClick(station.notes, Qt.Key.Key_Return)
    assert blocker.args == ["30000012345678"]
    assert station.notes.text() == ""
    assert station.scan_box.text() == "30000012345678"
    assert wedge.scans_routed == 1


def test_tab_suffix_and_prefix_are_handled(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    qtbot.keyClicks(station.notes, "#P0012345")
    qtbot.keyClick(station.notes, Qt.Key.Key_Tab)
    assert station.scans == ["P0012345"]
    assert station.notes.text() == ""


def test_human_typing_passes_through(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge, clock: FakeClock
) -> None:
    clock.step = 250  # a person
    qtbot.keyClicks(station.notes, "Signed for by Ana")
    qtbot.waitUntil(lambda: station.notes.text() == "Signed for by Ana")
    qtbot.keyClick(station.notes, Qt.Key.Key_Return)
    assert station.scans == []
    assert wedge.scans_routed == 0


def test_short_fast_input_is_not_a_scan(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    qtbot.keyClicks(station.notes, "ok")
    qtbot.keyClick(station.notes, Qt.Key.Key_Return)
    assert station.notes.text() == "ok"
    assert station.scans == []


def test_editing_keys_flush_held_keys_in_order(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    qtbot.keyClicks(station.notes, "abcx")
    qtbot.keyClick(station.notes, Qt.Key.Key_Backspace)
    assert station.notes.text() == "abc"


def test_scan_into_the_scan_box_is_untouched(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    station.scan_box.setFocus()
    qtbot.waitUntil(station.scan_box.hasFocus)
    qtbot.keyClicks(station.scan_box, "B-2026-000123")
    qtbot.keyClick(station.scan_box, Qt.Key.Key_Return)
    assert station.scans == ["B-2026-000123"]
    assert wedge.scans_routed == 0


def test_disabled_wedge_does_nothing(
    qtbot: QtBot, station: StandInStation, wedge: KeyboardWedge
) -> None:
    wedge.set_config(WedgeConfig(enabled=False))
    qtbot.keyClicks(station.notes, "30000012345678")
    qtbot.keyClick(station.notes, Qt.Key.Key_Return)
    assert station.notes.text() == "30000012345678"
    assert station.scans == []


def test_button_gets_press_and_release_in_order(
    qtbot: QtBot, wedge: KeyboardWedge, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Print")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    clock.step = 300
    with qtbot.waitSignal(button.clicked, timeout=5000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
