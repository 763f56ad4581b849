"""The serial scanner reader against a simulated scanner on a real pseudo-terminal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from illdesk.hardware.config import SerialConfig
from illdesk.hardware.scanner.serial_reader import SerialScannerReader
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from illdesk.hardware.status import DeviceState
from tests.hardware.conftest import Recorder, wait_until


@pytest.fixture
def reader(sim_scanner: SimulatedScanner, recorder: Recorder) -> Iterator[SerialScannerReader]:
    reader = SerialScannerReader(
        SerialConfig(str(sim_scanner.path)), recorder.add, recorder.status, reconnect_s=0.02
    )
    reader.start()
    wait_until(lambda: reader.state is DeviceState.CONNECTED, "the scanner to connect")
    yield reader
    reader.stop()


def test_a_scan_arrives(
    sim_scanner: SimulatedScanner, reader: SerialScannerReader, recorder: Recorder
) -> None:
    sim_scanner.scan("30000012345678")
    wait_until(lambda: recorder.count() == 1, "one scan")
    assert recorder.items == ["30000012345678"]


def test_a_fast_burst_loses_and_repeats_nothing(
    sim_scanner: SimulatedScanner, reader: SerialScannerReader, recorder: Recorder
) -> None:
    codes = [f"3{n:013d}" for n in range(2000)] + ["30000000000007"] * 50
    sim_scanner.burst(codes)
    wait_until(lambda: recorder.count() >= len(codes), "the whole burst")
    assert recorder.items == codes


def test_garbage_is_reported_and_skipped(
    sim_scanner: SimulatedScanner, reader: SerialScannerReader, recorder: Recorder
) -> None:
    sim_scanner.garbage(b"\xff\xfe\x80\x1b")
    sim_scanner.scan("P0012345")
    wait_until(lambda: recorder.count() == 1, "the scan after the noise")
    assert recorder.items == ["P0012345"]
    assert DeviceState.GARBAGE in recorder.states()
    assert reader.garbage_frames >= 1


def test_unplug_and_replug_loses_and_doubles_nothing(
    sim_scanner: SimulatedScanner, reader: SerialScannerReader, recorder: Recorder
) -> None:
    sim_scanner.burst(["A0001", "A0002", "A0003"])
    wait_until(lambda: recorder.count() == 3, "the scans before unplugging")
    sim_scanner.partial("A00")  # cut off by the unplug: must not be delivered, nor glued
    wait_until(lambda: reader._splitter.pending == b"A00", "the partial frame to be read")
    sim_scanner.unplug()
    wait_until(lambda: reader.state is DeviceState.DISCONNECTED, "the unplug to be noticed")
    sim_scanner.plug()
    wait_until(lambda: reader.state is DeviceState.CONNECTED, "the reconnect")
    sim_scanner.burst(["A0004", "A0005"])
    wait_until(lambda: recorder.count() == 5, "the scans after replugging")
    assert recorder.items == ["A0001", "A0002", "A0003", "A0004", "A0005"]
    states = recorder.states()
    assert states[states.index(DeviceState.DISCONNECTED) :].count(DeviceState.CONNECTED) == 1


def test_starts_while_unplugged_and_connects_later(recorder: Recorder) -> None:
    with SimulatedScanner() as scanner:
        scanner.unplug()
        reader = SerialScannerReader(
            SerialConfig(str(scanner.path)), recorder.add, recorder.status, reconnect_s=0.02
        )
        reader.start()
        try:
            wait_until(lambda: reader.state is DeviceState.DISCONNECTED, "the missing port")
            scanner.plug()
            wait_until(lambda: reader.state is DeviceState.CONNECTED, "the port to appear")
            scanner.scan("LATE1")
            wait_until(lambda: recorder.count() == 1, "the scan")
        finally:
            reader.stop()
    assert recorder.items == ["LATE1"]
    assert recorder.states()[-1] is DeviceState.STOPPED


def test_loop_url_works_too(recorder: Recorder) -> None:
    """pyserial's loop:// port: what is written comes back as scans."""
    from illdesk.hardware.ports import open_serial

    port = open_serial(SerialConfig("loop://"))
    reader = SerialScannerReader(
        SerialConfig("loop://"), recorder.add, recorder.status, opener=lambda _config: port
    )
    reader.start()
    try:
        port.write(b"LOOP1\rLOOP2\r")
        wait_until(lambda: recorder.count() == 2, "both loop scans")
    finally:
        reader.stop()
    assert recorder.items == ["LOOP1", "LOOP2"]
