"""Scanner benchmarks: serial throughput with nothing lost, and scan-to-screen latency.

* ``scanning.serial_throughput``: scans per second the serial path (pty -> pyserial ->
  frame splitter -> callback) takes in one long burst; every scan is checked to have
  arrived exactly once and in order.  Baseline: plain pyserial reading the same bytes
  from the same kind of pseudo-terminal, counted in scans (ratio = ours / plain).
* ``scanning.scan_to_screen_latency_*``: from the simulated scanner's write to the
  station's ScanBox emitting ``scanned`` on the GUI thread, through the reader thread
  and the Qt bridge.  Baseline: the bare pty round trip (write, pyserial read) measured
  in the same run (ratio = ours / bare).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

from benchmarks.runner import Result, median, percentile
from illdesk.hardware.config import SerialConfig
from illdesk.hardware.ports import open_serial
from illdesk.hardware.scanner.serial_reader import SerialScannerReader
from illdesk.hardware.sim.scanner_sim import SimulatedScanner

WAIT_S = 60.0


def _codes(count: int) -> list[str]:
    return [f"3{n:013d}" for n in range(count)]


def _wait(predicate: object, what: str) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + WAIT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"benchmark gave up waiting for {what}")
        time.sleep(0.0005)


def _reader_throughput(count: int) -> float:
    codes = _codes(count)
    received: list[str] = []
    done = threading.Event()

    def on_scan(text: str) -> None:
        received.append(text)
        if len(received) == count:
            done.set()

    with SimulatedScanner() as sim:
        reader = SerialScannerReader(SerialConfig(str(sim.path)), on_scan, reconnect_s=0.01)
        reader.start()
        try:
            _wait(lambda: reader.state.value == "connected", "the scanner")
            payload = b"".join(c.encode() + b"\r\n" for c in codes)
            start = time.perf_counter()
            sim.write(payload)
            if not done.wait(WAIT_S):
                raise RuntimeError(f"only {len(received)} of {count} scans arrived")
            elapsed = time.perf_counter() - start
        finally:
            reader.stop()
    if received != codes:
        raise RuntimeError("scans were lost, repeated or reordered")
    return count / elapsed


def _plain_throughput(count: int) -> float:
    payload = b"".join(c.encode() + b"\r\n" for c in _codes(count))
    with SimulatedScanner() as sim:
        port = open_serial(SerialConfig(str(sim.path)))
        got = 0
        writer = threading.Thread(target=sim.write, args=(payload,))
        start = time.perf_counter()
        writer.start()
        while got < len(payload):
            got += len(port.read(port.in_waiting or 1))
        elapsed = time.perf_counter() - start
        writer.join()
        port.close()
    return count / elapsed


def _bare_latency(samples: int) -> list[float]:
    times: list[float] = []
    with SimulatedScanner() as sim:
        port = open_serial(SerialConfig(str(sim.path)), timeout=1.0)
        for n in range(samples):
            data = f"3{n:013d}\r\n".encode()
            start = time.perf_counter()
            sim.write(data)
            got = b""
            while len(got) < len(data):
                got += port.read(len(data) - len(got))
            times.append(time.perf_counter() - start)
        port.close()
    return times


def _screen_latency(samples: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from illdesk.ui.devices.bridge import DeviceBridge
    from illdesk.ui.devices.scan_box import ScanBox

    app = QApplication.instance() or QApplication([])
    bridge = DeviceBridge(reconnect_s=0.01)
    box = ScanBox()
    bridge.scanned.connect(box.accept_scan)
    times: list[float] = []
    arrived: list[float] = []
    loop = QEventLoop()

    def on_scanned(_text: str) -> None:
        arrived.append(time.perf_counter())
        loop.quit()

    box.scanned.connect(on_scanned)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    with SimulatedScanner() as sim:
        bridge.start_scanner(SerialConfig(str(sim.path)))
        deadline = time.monotonic() + WAIT_S
        while bridge.state("scanner").value != "connected":
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("scanner did not connect")
            time.sleep(0.001)
        try:
            for n in range(samples):
                arrived.clear()
                start = time.perf_counter()
                sim.scan(f"3{n:013d}")
                guard.start(int(WAIT_S * 1000))
                loop.exec()
                guard.stop()
                if not arrived:
                    raise RuntimeError("a scan did not reach the scan box")
                times.append(arrived[0] - start)
        finally:
            bridge.shutdown()
    box.deleteLater()
    app.processEvents()
    return times


def run(quick: bool, only: str | None) -> Iterator[Result]:
    def wanted(name: str) -> bool:
        return only is None or only in name

    name = "scanning.serial_throughput"
    if wanted(name):
        count = 5_000 if quick else 50_000
        ours = max(_reader_throughput(count) for _ in range(1 if quick else 3))
        plain = max(_plain_throughput(count) for _ in range(1 if quick else 3))
        yield Result(name, ours, "scans/s", ours / plain)

    samples = 100 if quick else 1000
    names = ("scanning.scan_to_screen_latency_median", "scanning.scan_to_screen_latency_p95")
    if any(wanted(n) for n in names):
        bare = _bare_latency(samples)
        ours_t = _screen_latency(samples)
        bare_median, bare_p95 = median(bare), percentile(bare, 95)
        if wanted(names[0]):
            value = median(ours_t)
            yield Result(names[0], value * 1000, "ms", value / bare_median)
        if wanted(names[1]):
            value = percentile(ours_t, 95)
            yield Result(names[1], value * 1000, "ms", value / bare_p95)
