"""The devices dialog in demo mode: simulated devices over ptys, scans and tags shown live."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from illdesk.domain.settings import Settings
from illdesk.hardware.settings_defs import SETTINGS
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from illdesk.hardware.status import DeviceState
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.devices.devices_dialog import DevicesDialog

WAIT_MS = 10_000


@pytest.fixture
def bridge() -> Iterator[DeviceBridge]:
    bridge = DeviceBridge(reconnect_s=0.02)
    yield bridge
    bridge.shutdown()


def _lines(dialog: DevicesDialog) -> list[str]:
    return [dialog.live.item(i).text() for i in range(dialog.live.count())]


def test_demo_mode_shows_simulated_scans_and_tags(
    qtbot: QtBot, bridge: DeviceBridge, tmp_path: Path
) -> None:
    settings = Settings(SETTINGS)
    dialog = DevicesDialog(settings, bridge, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.simulated.setChecked(True)
    assert bridge.simulated is not None
    qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=WAIT_MS)
    dialog.sim_barcode.setText("P0012345")
    dialog.sim_scan_button.click()
    qtbot.waitUntil(lambda: "Scan: P0012345 (patron)" in _lines(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any("part 2 of 2" in line for line in _lines(dialog)), timeout=WAIT_MS)

    dialog.sim_unplug_button.click()
    qtbot.waitUntil(lambda: "not connected" in dialog.status_line.text(), timeout=WAIT_MS)
    dialog.sim_unplug_button.click()
    qtbot.waitUntil(lambda: "ready" in dialog.status_line.text(), timeout=WAIT_MS)
    dialog.sim_barcode.setText("B-2026-000123")
    dialog.sim_scan_button.click()
    qtbot.waitUntil(lambda: "Scan: B-2026-000123 (request)" in _lines(dialog), timeout=WAIT_MS)
    dialog.sim_blank_button.click()
    dialog.tag_writer.item_id.setText("30000099990000")
    with qtbot.waitSignal(dialog.tag_writer.written, timeout=WAIT_MS):
        dialog.tag_writer.write_button.click()
    qtbot.waitUntil(
        lambda: any(
            "item 30000099990000, part 1 of 1, DK-710100" in line for line in _lines(dialog)
        ),
        timeout=WAIT_MS,
    )
    shot = tmp_path / "devices-dialog.png"
    assert dialog.grab().save(str(shot))
    dialog.accept()
    # simulated paths are temporary: they are not kept as this desk's ports
    assert "hardware.scanner.port" not in dialog.changed_values()


def test_settings_are_edited_and_tested(qtbot: QtBot, bridge: DeviceBridge) -> None:
    settings = Settings(SETTINGS)
    dialog = DevicesDialog(settings, bridge)
    qtbot.addWidget(dialog)
    assert not dialog.simulated.isVisibleTo(dialog)
    with SimulatedScanner() as scanner:
        dialog.scanner_port.setCurrentText(str(scanner.path))
        dialog.scanner_baud.setCurrentText("19200")
        dialog.scanner_parity.setCurrentIndex(dialog.scanner_parity.findData("E"))
        dialog.test_button.click()
        qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=WAIT_MS)
        scanner.scan("30000012345678")
        qtbot.waitUntil(lambda: "Scan: 30000012345678 (item)" in _lines(dialog), timeout=WAIT_MS)
        dialog.accept()
        assert settings.get_str("hardware.scanner.port") == str(scanner.path)
        assert settings.get_int("hardware.scanner.baud") == 19200
        assert dialog.changed_values()["hardware.scanner.parity"] == "E"
        bridge.stop_scanner()


def test_cancel_goes_back_to_the_stored_settings(qtbot: QtBot, bridge: DeviceBridge) -> None:
    settings = Settings(SETTINGS)
    dialog = DevicesDialog(settings, bridge)
    qtbot.addWidget(dialog)
    dialog.scanner_port.setCurrentText("/nonexistent/scanner")
    dialog.scanner_baud.setCurrentText("fast")
    dialog.test_button.click()
    assert "not a baud rate" in dialog.status_line.text()
    assert bridge.scanner_config is not None
    dialog.reject()
    assert bridge.scanner_config is None
    assert settings.get_str("hardware.scanner.port") == ""
