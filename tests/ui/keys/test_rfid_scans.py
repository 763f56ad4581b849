"""An item laid on the RFID pad is a scan, routed like a serial scanner's (real ptys)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from illdesk.domain.rfid_model import item_tag_for
from illdesk.domain.vocabulary import Side, State
from illdesk.hardware.sim.demo import DEMO_ISIL, DemoDevices
from illdesk.hardware.sim.rfid_pad_sim import SimTag, make_uid
from tests.ui.keys.hands import CTRL


@pytest.fixture
def pad(desk, qtbot) -> Iterator[DemoDevices]:
    devices = desk.bridge.start_simulated()  # the demo set lies on the pad from the start
    qtbot.waitUntil(lambda: desk._pad_items is not None, timeout=15_000)
    assert "30000012345678" in desk._pad_items  # there at the start: not a scan
    yield devices


def _checked_out_item(context) -> tuple[int, str]:
    for row in context.requests.search(Side.BORROWING, limit=2000):
        if row.state is State.CHECKED_OUT:
            detail = context.requests.detail(row.id)
            if detail.item_barcodes:
                return row.id, detail.item_barcodes[0]
    raise AssertionError("the demo data has no checked-out item with a barcode")


def _lay(pad: DemoDevices, barcode: str, serial: int) -> None:
    pad.pad.place(SimTag.with_item(make_uid(serial), item_tag_for(barcode, DEMO_ISIL)))


def test_an_item_laid_on_the_pad_is_a_station_scan(desk, hands, qtbot, context, pad):
    request_id, barcode = _checked_out_item(context)
    hands.press(Qt.Key.Key_F7)  # check in
    _lay(pad, barcode, 70)
    qtbot.waitUntil(
        lambda: context.requests.detail(request_id).row.state is State.RETURNED_BY_PATRON,
        timeout=15_000,
    )
    assert desk.borrowing.station.box.text() == barcode


def test_an_item_laid_on_the_pad_behind_a_dialog_is_not_used(desk, hands, qtbot, context, pad):
    request_id, barcode = _checked_out_item(context)
    hands.press(Qt.Key.Key_F7)

    def lay_it(dialog) -> None:
        _lay(pad, barcode, 71)
        qtbot.waitUntil(lambda: "was not used" in desk.statusBar().currentMessage(), timeout=15_000)
        hands.press(Qt.Key.Key_Escape)

    with hands.in_dialog(lay_it):
        hands.press(Qt.Key.Key_N, CTRL)  # the notices list takes no barcode
    assert context.requests.detail(request_id).row.state is State.CHECKED_OUT
