from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from illdesk.domain.barcodes import BarcodeRules, Scan, ScanKind
from illdesk.ui.devices.scan_box import ScanBox, is_scan_box


def test_enter_emits_normalised_scan(qtbot: QtBot) -> None:
    box = ScanBox()
    qtbot.addWidget(box)
    read: list[Scan] = []
    box.scan_read.connect(read.append)
    with qtbot.waitSignal(box.scanned) as blocker:
        qtbot.keyClicks(box, " A21234000012345B ")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert blocker.args == ["21234000012345"]
    assert read[0].kind is ScanKind.PATRON
    assert box.selectedText() == "21234000012345"  # the next scan replaces it


def test_empty_enter_emits_nothing(qtbot: QtBot) -> None:
    box = ScanBox()
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(box.scanned):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        box.accept_scan("\r\n")


def test_rules_apply_to_accepted_scans(qtbot: QtBot) -> None:
    box = ScanBox(rules=BarcodeRules(prefixes=("LIB:",)))
    qtbot.addWidget(box)
    read: list[Scan] = []
    box.scan_read.connect(read.append)
    box.accept_scan("LIB:30000012345678\r")
    assert [scan.text for scan in read] == ["30000012345678"]
    box.set_rules(BarcodeRules())
    assert box.rules.prefixes == ()


def test_scan_box_is_marked_for_the_wedge(qtbot: QtBot) -> None:
    box, other = ScanBox(), QLineEdit()
    qtbot.addWidget(box)
    qtbot.addWidget(other)
    assert is_scan_box(box)
    assert not is_scan_box(other)
    assert not is_scan_box(None)


def test_tab_suffix_submits_and_keeps_focus(qtbot: QtBot) -> None:
    box = ScanBox()
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.scanned) as blocker:
        qtbot.keyClicks(box, "30000012345678")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert blocker.args == ["30000012345678"]
