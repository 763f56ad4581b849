"""A serial barcode scanner read on its own thread, reconnecting by itself.

:class:`SerialScannerReader` opens the configured port, cuts the byte stream
into scans with :class:`~illdesk.hardware.scanner.framing.FrameSplitter` and
calls ``on_scan(text)`` once per complete frame, from the reader thread.  When
the device disappears (USB unplugged, pseudo-terminal closed) it reports
DISCONNECTED, drops an unfinished frame with a logged warning, and tries to
open the port again every ``reconnect_s`` seconds; when it is back it reports
CONNECTED and goes on.  A frame is delivered exactly once: bytes are taken
from the port once and the splitter only hands out finished frames.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import serial

from illdesk.hardware.config import SerialConfig
from illdesk.hardware.ports import SerialPort, open_serial
from illdesk.hardware.scanner.framing import FrameSplitter
from illdesk.hardware.status import DeviceState, DeviceStatus, StatusCallback

log = logging.getLogger(__name__)

ScanCallback = Callable[[str], None]
Opener = Callable[[SerialConfig], SerialPort]


class SerialScannerReader:
    def __init__(
        self,
        config: SerialConfig,
        on_scan: ScanCallback,
        on_status: StatusCallback | None = None,
        *,
        reconnect_s: float = 0.5,
        opener: Opener | None = None,
        name: str = "scanner",
    ) -> None:
        self.config = config
        self._on_scan = on_scan
        self._on_status = on_status
        self._reconnect_s = reconnect_s
        self._opener: Opener = opener or open_serial
        self._name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._splitter = FrameSplitter(config.terminators)
        self._state = DeviceState.STOPPED
        self.scans_delivered = 0
        self.garbage_frames = 0

    @property
    def state(self) -> DeviceState:
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("reader already started")
        self._thread = threading.Thread(
            target=self._run, name=f"illdesk-{self._name}-{self.config.port}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _report(self, state: DeviceState, detail: str = "") -> None:
        if state is self._state and state is not DeviceState.GARBAGE:
            return
        if state is not DeviceState.GARBAGE:
            self._state = state
        if self._on_status is not None:
            self._on_status(DeviceStatus(self._name, state, self.config.port, detail))

    def _run(self) -> None:
        self._report(DeviceState.CONNECTING)
        first_failure_logged = False
        while not self._stop.is_set():
            try:
                port = self._opener(self.config)
            except (serial.SerialException, OSError, ValueError) as exc:
                if not first_failure_logged:
                    log.info("scanner port %s not available: %s", self.config.port, exc)
                    first_failure_logged = True
                self._report(DeviceState.DISCONNECTED, str(exc))
                self._stop.wait(self._reconnect_s)
                continue
            first_failure_logged = False
            log.info("scanner connected on %s", self.config.describe())
            self._report(DeviceState.CONNECTED)
            try:
                self._read_until_gone(port)
            except (serial.SerialException, OSError) as exc:
                log.warning("scanner on %s went away: %s", self.config.port, exc)
                self._report(DeviceState.DISCONNECTED, str(exc))
            finally:
                dropped = self._splitter.discard_partial()
                if dropped:
                    log.warning("dropped an unfinished scan %r at disconnect", dropped)
                try:
                    port.close()
                except (serial.SerialException, OSError):
                    log.debug("closing %s failed", self.config.port, exc_info=True)
            if not self._stop.is_set():
                self._stop.wait(self._reconnect_s)
        self._report(DeviceState.STOPPED)

    def _read_until_gone(self, port: SerialPort) -> None:
        while not self._stop.is_set():
            waiting = port.in_waiting
            data = port.read(waiting or 1)
            if not data:
                continue
            result = self._splitter.feed(data)
            for frame in result.frames:
                self.scans_delivered += 1
                try:
                    self._on_scan(frame)
                except Exception:  # a broken receiver must not kill the reader
                    log.exception("scan receiver failed for %r", frame)
            for junk in result.garbage:
                self.garbage_frames += 1
                log.warning("unreadable bytes from scanner skipped: %r", junk[:40])
                self._report(DeviceState.GARBAGE, junk[:40].hex(" "))
