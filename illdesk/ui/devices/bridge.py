"""The device bridge: reader threads on one side, Qt signals on the GUI thread on the other.

Reader threads (serial scanner, RFID pad) call plain Python callbacks; the
bridge turns them into private signals that cross to the GUI thread through
queued connections, and re-emits them there as:

* ``scanned(str)``: one scan from the serial scanner (raw text; a ScanBox normalises it),
* ``status_changed(str)``: a sentence for the status bar ("Scanner unplugged ..."),
* ``rfid_tags(object)``: a :class:`~illdesk.hardware.rfid.readings.PadSnapshot`,
* ``device_status(object)``: the underlying :class:`~illdesk.hardware.status.DeviceStatus`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from illdesk.domain.settings import Settings
from illdesk.hardware.config import RfidConfig, SerialConfig, rfid_config, scanner_config
from illdesk.hardware.rfid.client import PadGone, RfidPadClient
from illdesk.hardware.rfid.pad_watcher import PadWatcher
from illdesk.hardware.rfid.readings import PadSnapshot
from illdesk.hardware.rfid.security import Movement
from illdesk.hardware.rfid.tag_operations import SecurityOutcome, secure_items
from illdesk.hardware.scanner.serial_reader import SerialScannerReader
from illdesk.hardware.status import DeviceState, DeviceStatus

if TYPE_CHECKING:
    from illdesk.hardware.sim.demo import DemoDevices

log = logging.getLogger(__name__)
T = TypeVar("T")


class DeviceBridge(QObject):
    scanned = Signal(str)
    status_changed = Signal(str)
    rfid_tags = Signal(object)
    device_status = Signal(object)

    _scan_from_thread = Signal(str)
    _status_from_thread = Signal(object)
    _tags_from_thread = Signal(object)
    _job_done_from_thread = Signal(object, object)

    def __init__(self, parent: QObject | None = None, reconnect_s: float = 0.5) -> None:
        super().__init__(parent)
        self._reconnect_s = reconnect_s
        self._scanner: SerialScannerReader | None = None
        self._pad: PadWatcher | None = None
        self._rfid_config: RfidConfig | None = None
        self._demo: DemoDevices | None = None
        self._states: dict[str, DeviceState] = {}
        queued = Qt.ConnectionType.QueuedConnection
        self._scan_from_thread.connect(self.scanned, queued)
        self._status_from_thread.connect(self._on_status, queued)
        self._tags_from_thread.connect(self.rfid_tags, queued)
        self._job_done_from_thread.connect(self._finish_job, queued)

    # called on reader threads: queued over to the GUI thread ------------------
    def _scan_arrived(self, text: str) -> None:
        self._scan_from_thread.emit(text)

    def _status_arrived(self, status: DeviceStatus) -> None:
        self._status_from_thread.emit(status)

    def _tags_arrived(self, snapshot: PadSnapshot) -> None:
        self._tags_from_thread.emit(snapshot)

    # configuration --------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        """(Re)open the scanner and pad the settings name; stop those no longer configured."""
        self._reconnect_s = settings.get_int("hardware.reconnect_ms") / 1000.0
        scanner = scanner_config(settings)
        if scanner is None:
            self.stop_scanner()
        elif self._scanner is None or self._scanner.config != scanner:
            self.start_scanner(scanner)
        pad = rfid_config(settings)
        if pad is None:
            self.stop_rfid()
        elif self._pad is None or self._rfid_config != pad:
            self.start_rfid(pad)

    def start_scanner(self, config: SerialConfig) -> None:
        self.stop_scanner()
        self._scanner = SerialScannerReader(
            config,
            self._scan_arrived,
            self._status_arrived,
            reconnect_s=self._reconnect_s,
        )
        self._scanner.start()

    def stop_scanner(self) -> None:
        if self._scanner is not None:
            self._scanner.stop()
            self._scanner = None

    def start_rfid(self, config: RfidConfig) -> None:
        self.stop_rfid()
        self._rfid_config = config
        self._pad = PadWatcher(
            config.serial,
            self._tags_arrived,
            self._status_arrived,
            poll_s=config.poll_ms / 1000.0,
            reconnect_s=self._reconnect_s,
        )
        self._pad.start()

    def stop_rfid(self) -> None:
        if self._pad is not None:
            self._pad.stop()
            self._pad = None
        self._rfid_config = None

    def start_simulated(self) -> DemoDevices:
        """Demo mode: a simulated scanner and pad on pseudo-terminals, opened like real ones."""
        from illdesk.hardware.sim.demo import DemoDevices  # POSIX pseudo-terminals

        if self._demo is None:
            self._demo = DemoDevices()
            self._demo.place_demo_set()
        self.start_scanner(SerialConfig(str(self._demo.scanner.path)))
        self.start_rfid(
            RfidConfig(SerialConfig(str(self._demo.pad.path), 115200), isil="DK-710100")
        )
        return self._demo

    @property
    def simulated(self) -> DemoDevices | None:
        return self._demo

    def shutdown(self) -> None:
        """Stop every reader thread (call when the window closes)."""
        self.stop_scanner()
        self.stop_rfid()
        if self._demo is not None:
            self._demo.close()
            self._demo = None

    # state ---------------------------------------------------------------
    @property
    def scanner_config(self) -> SerialConfig | None:
        return self._scanner.config if self._scanner else None

    @property
    def rfid_configuration(self) -> RfidConfig | None:
        return self._rfid_config

    def state(self, device: str) -> DeviceState:
        return self._states.get(device, DeviceState.STOPPED)

    # RFID work -----------------------------------------------------------
    def rfid_job(
        self,
        job: Callable[[RfidPadClient], T],
        on_done: Callable[[Future[T]], None] | None = None,
    ) -> Future[T]:
        """Run ``job(client)`` on the pad thread.

        ``on_done(future)`` (optional) is called on the GUI thread when the job
        has finished; ``future.result()`` then returns or raises at once.
        """
        if self._pad is None:
            future: Future[T] = Future()
            future.set_exception(PadGone(self.tr("No RFID pad is set up at this desk.")))
        else:
            future = self._pad.submit(job)
        if on_done is not None:
            future.add_done_callback(lambda done: self._job_done_from_thread.emit(on_done, done))
        return future

    @Slot(object, object)
    def _finish_job(self, on_done: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        on_done(future)

    def secure_items(
        self,
        movement: Movement,
        on_done: Callable[[Future[SecurityOutcome]], None] | None = None,
    ) -> Future[SecurityOutcome]:
        """Set every tag on the pad to "not secured" (LEAVES) or "secured" (RETURNS).

        The outcome lists the changed tags and warnings in words (a missing part
        of a multi-part item, a tag that could not be read or set).
        """
        config = self._rfid_config
        secured = config.afi_secured if config else 0x07
        unsecured = config.afi_unsecured if config else 0xC2
        return self.rfid_job(
            lambda client: secure_items(
                client, movement, afi_secured=secured, afi_unsecured=unsecured
            ),
            on_done,
        )

    # status words ----------------------------------------------------------
    @Slot(object)
    def _on_status(self, status: DeviceStatus) -> None:
        if status.state is not DeviceState.GARBAGE:
            self._states[status.device] = status.state
        self.device_status.emit(status)
        text = self.describe(status)
        if text:
            self.status_changed.emit(text)

    def describe(self, status: DeviceStatus) -> str:
        port = status.port
        scanner = status.device == "scanner"
        if status.state is DeviceState.CONNECTED:
            return (
                self.tr("Scanner ready on {0}.") if scanner else self.tr("RFID pad ready on {0}.")
            ).format(port)
        if status.state is DeviceState.DISCONNECTED:
            return (
                self.tr(
                    "Scanner not connected ({0}); it will be used again as soon as "
                    "it is plugged in."
                )
                if scanner
                else self.tr(
                    "RFID pad not connected ({0}); it will be used again as soon "
                    "as it is plugged in."
                )
            ).format(port)
        if status.state is DeviceState.GARBAGE:
            return self.tr(
                "The scanner on {0} sent unreadable data; check its baud rate and framing."
            ).format(port)
        if status.state is DeviceState.CONNECTING:
            return (
                self.tr("Looking for the scanner on {0}...")
                if scanner
                else self.tr("Looking for the RFID pad on {0}...")
            ).format(port)
        return ""
