"""Serial scans and RFID tags reach the GUI thread through the bridge's signals (real ptys)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from illdesk.domain.rfid_model import AFI_UNSECURED, item_tag_for
from illdesk.domain.settings import Settings
from illdesk.hardware.config import RfidConfig, SerialConfig
from illdesk.hardware.rfid.readings import PadSnapshot
from illdesk.hardware.rfid.security import Movement
from illdesk.hardware.settings_defs import SETTINGS
from illdesk.hardware.sim.rfid_pad_sim import SimTag, SimulatedRfidPad, make_uid
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from illdesk.hardware.status import DeviceState
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.devices.scan_box import ScanBox

WAIT_MS = 10_000


class StandInStation(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.scan_box = ScanBox()
        QVBoxLayout(self).addWidget(self.scan_box)
        self.scans: list[str] = []
        self.threads: set[int] = set()
        self.scan_box.scanned.connect(self._record)

    def _record(self, text: str) -> None:
        self.scans.append(text)
        self.threads.add(threading.get_ident())


@pytest.fixture
def bridge(qtbot: QtBot) -> Iterator[DeviceBridge]:
    bridge = DeviceBridge(reconnect_s=0.02)
    yield bridge
    bridge.shutdown()


@pytest.fixture
def scanner() -> Iterator[SimulatedScanner]:
    with SimulatedScanner() as sim:
        yield sim


@pytest.fixture
def station(qtbot: QtBot, bridge: DeviceBridge) -> StandInStation:
    station = StandInStation()
    qtbot.addWidget(station)
    bridge.scanned.connect(station.scan_box.accept_scan)  # as the main window wires it
    return station


def _connect_scanner(qtbot: QtBot, bridge: DeviceBridge, scanner: SimulatedScanner) -> None:
    bridge.start_scanner(SerialConfig(str(scanner.path)))
    qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=WAIT_MS)


def test_serial_scan_reaches_the_station_on_the_gui_thread(
    qtbot: QtBot, bridge: DeviceBridge, scanner: SimulatedScanner, station: StandInStation
) -> None:
    _connect_scanner(qtbot, bridge, scanner)
    with qtbot.waitSignal(bridge.scanned, timeout=WAIT_MS) as blocker:
        scanner.scan("A21234000012345B")
    assert blocker.args == ["A21234000012345B"]
    assert station.scans == ["21234000012345"]
    assert station.threads == {threading.get_ident()}


def test_status_words_and_unplug_replug_lose_nothing(
    qtbot: QtBot, bridge: DeviceBridge, scanner: SimulatedScanner, station: StandInStation
) -> None:
    words: list[str] = []
    bridge.status_changed.connect(words.append)
    _connect_scanner(qtbot, bridge, scanner)
    scanner.burst(["30000000000001", "30000000000002"])
    qtbot.waitUntil(lambda: len(station.scans) == 2, timeout=WAIT_MS)

    scanner.partial("3000")
    scanner.unplug()
    qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.DISCONNECTED, timeout=WAIT_MS)
    assert any("Scanner not connected" in w for w in words)
    scanner.plug()
    qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=WAIT_MS)
    assert words[-1].startswith("Scanner ready on")
    scanner.burst(["30000000000003", "30000000000003"])  # the same item scanned twice
    qtbot.waitUntil(lambda: len(station.scans) == 4, timeout=WAIT_MS)
    assert station.scans == ["30000000000001", "30000000000002", "30000000000003", "30000000000003"]


def test_rfid_tags_and_security_through_the_bridge(qtbot: QtBot, bridge: DeviceBridge) -> None:
    pad = SimulatedRfidPad()
    try:
        tag = item_tag_for("30000012345678", "DK-710100", parts=2, part=1)
        pad.place(SimTag.with_item(make_uid(1), tag))

        def has_item(snap: object) -> bool:
            return isinstance(snap, PadSnapshot) and snap.item_ids == ("30000012345678",)

        with qtbot.waitSignal(bridge.rfid_tags, timeout=WAIT_MS, check_params_cb=has_item) as b:
            bridge.start_rfid(RfidConfig(SerialConfig(str(pad.path), 115200), poll_ms=20))
        snap = b.args[0]
        assert snap.warnings == ("Item 30000012345678 has 2 parts: Part 2 is not on the pad.",)
        outcome = bridge.secure_items(Movement.LEAVES).result(10)
        assert outcome.changed == (make_uid(1).hex().upper(),)
        assert pad.tags[make_uid(1)].afi == AFI_UNSECURED
    finally:
        bridge.stop_rfid()
        pad.close()


def test_no_pad_job_fails_in_words(bridge: DeviceBridge) -> None:
    with pytest.raises(Exception, match="No RFID pad"):
        bridge.secure_items(Movement.RETURNS).result(1)


def test_apply_settings_opens_and_closes_ports(
    qtbot: QtBot, bridge: DeviceBridge, scanner: SimulatedScanner
) -> None:
    settings = Settings(
        SETTINGS, {"hardware.scanner.port": str(scanner.path), "hardware.reconnect_ms": 20}
    )
    bridge.apply_settings(settings)
    qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=WAIT_MS)
    assert bridge.scanner_config is not None
    settings.set("hardware.scanner.port", "")
    bridge.apply_settings(settings)
    assert bridge.scanner_config is None
    assert bridge.rfid_configuration is None
