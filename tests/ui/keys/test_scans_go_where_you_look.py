"""A scan goes to the widget the worker is looking at, never to a window behind a dialog.

Each test types as a keyboard-wedge scanner does (fast keys, then Enter) into whatever
has the focus, or sends a real scan down a pseudo-terminal serial line.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from illdesk.domain.vocabulary import Side, State
from illdesk.hardware.config import SerialConfig
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from illdesk.services.scanning import ScanMode
from illdesk.ui.dialogs.patron_dialog import PatronDialog
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog
from tests.ui.keys.hands import CTRL


def _patron(context):
    return context.patrons.search("")[0]


def _request_in(context, side: Side, state: State):
    return next(r for r in context.requests.search(side, limit=2000) if r.state is state)


@pytest.fixture
def serial_scanner(desk, qtbot) -> Iterator[SimulatedScanner]:
    """A serial scanner on a real pseudo-terminal, opened by the window's device bridge."""
    with SimulatedScanner() as sim:
        desk.bridge.start_scanner(SerialConfig(str(sim.path)))
        qtbot.waitUntil(lambda: "Scanner ready" in desk.device_label.text(), timeout=10_000)
        yield sim


def test_card_scanned_into_the_borrowing_form_stays_in_its_field(desk, hands, qtbot, context):
    patron = _patron(context)
    station = desk.borrowing.station
    before = station.result.text()

    def fill(dialog: BorrowingRequestDialog) -> None:
        assert isinstance(dialog, BorrowingRequestDialog)
        qtbot.mouseClick(dialog.patron_barcode, Qt.MouseButton.LeftButton)
        hands.scan(patron.barcode)
        assert dialog.patron_barcode.text() == patron.barcode
        assert patron.name in dialog.patron_label.text()
        assert dialog.isVisible()  # Enter moved on to the next field; it did not press Save
        assert QApplication.focusWidget() is not dialog.patron_barcode
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(fill):
        hands.press(Qt.Key.Key_B, CTRL)
    assert station.result.text() == before
    assert station.box.text() == ""


def test_card_scanned_into_the_new_patron_form_stays_there(desk, hands, context):
    def fill(dialog: PatronDialog) -> None:
        assert isinstance(dialog, PatronDialog)
        dialog.form.barcode.setFocus()
        hands.scan("P777001")
        assert dialog.form.barcode.text() == "P777001"
        assert dialog.isVisible()
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(fill):
        hands.press(Qt.Key.Key_P, CTRL)
    assert desk.patrons.search.text() == ""


def test_path_typed_fast_into_a_file_dialog_stays_there(desk, hands, tmp_path):
    desk.tabs.setCurrentWidget(desk.lending)
    path = str(tmp_path / "request-from-partner.xml")

    def type_path(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        hands.scan(path, end=Qt.Key.Key_End)  # as fast as a scanner, no Enter yet
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit) and field.text() == path
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(type_path):
        desk.lending.import_button.click()
    assert desk.lending.station.box.text() == ""


def test_fast_burst_into_the_search_box_is_not_split(desk, hands):
    hands.press(Qt.Key.Key_F, CTRL)
    hands.scan("QWERTY12345")
    assert desk.borrowing.search.text() == "QWERTY12345"
    assert desk.borrowing.station.box.text() == ""


def test_burst_typed_on_the_list_is_a_station_scan(desk, hands, qtbot, context):
    target = _request_in(context, Side.BORROWING, State.SHIPPED_BY_LENDER)
    qtbot.mouseClick(desk.borrowing.table.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is desk.borrowing.table
    hands.scan(target.number)
    assert context.requests.detail(target.id).row.state is State.RECEIVED
    assert desk.borrowing.station.result.text().startswith("✔ " + target.number)


def test_a_scan_never_appends_to_the_last_one(desk, hands, qtbot):
    station = desk.borrowing.station
    hands.scan("39994138540266")
    assert station.result.text().startswith("✖")
    qtbot.mouseClick(station.box, Qt.MouseButton.LeftButton)  # the cursor lands in the text
    hands.scan("39998163218864")
    assert station.box.text() == "39998163218864"
    assert "39994138540266" not in station.result.text()
    qtbot.mouseClick(desk.borrowing.station.modes.buttons()[2], Qt.MouseButton.LeftButton)
    assert station.mode() is ScanMode.CHECK_IN
    assert station.box.text() == ""
    assert QApplication.focusWidget() is station.box
    hands.scan("39990000000077")
    assert station.box.text() == "39990000000077"


def test_serial_scan_with_the_borrowing_form_open_fills_its_card_field(
    desk, hands, qtbot, context, serial_scanner
):
    patron = _patron(context)
    before = desk.borrowing.station.result.text()

    def scan_by_serial(dialog: BorrowingRequestDialog) -> None:
        serial_scanner.scan(patron.barcode)
        qtbot.waitUntil(lambda: dialog.patron_barcode.text() == patron.barcode, timeout=10_000)
        qtbot.waitUntil(lambda: patron.name in dialog.patron_label.text())
        assert dialog.isVisible()
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(scan_by_serial):
        hands.press(Qt.Key.Key_B, CTRL)
    assert desk.borrowing.station.result.text() == before


def test_serial_scan_behind_a_dialog_without_a_barcode_field_is_refused(
    desk, hands, qtbot, context, serial_scanner
):
    target = _request_in(context, Side.BORROWING, State.SHIPPED_BY_LENDER)

    def scan_by_serial(dialog) -> None:
        serial_scanner.scan(target.number)
        qtbot.waitUntil(lambda: "was not used" in desk.statusBar().currentMessage(), timeout=10_000)
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(scan_by_serial):
        hands.press(Qt.Key.Key_N, CTRL)  # the notices list: it takes no barcode
    assert context.requests.detail(target.id).row.state is State.SHIPPED_BY_LENDER


def test_serial_scan_at_the_desk_goes_to_the_station(desk, qtbot, context, serial_scanner):
    target = _request_in(context, Side.BORROWING, State.SHIPPED_BY_LENDER)
    desk.borrowing.search.setFocus()  # a text field that is not a barcode field
    serial_scanner.scan(target.number)
    qtbot.waitUntil(
        lambda: context.requests.detail(target.id).row.state is State.RECEIVED, timeout=10_000
    )
    assert desk.borrowing.search.text() == ""
