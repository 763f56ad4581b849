"""The RFID pad on its own thread: watches what lies on it and runs jobs, reconnecting.

:class:`PadWatcher` asks the pad for its inventory every ``poll_s``; when the
set of tags changes it reads them and calls ``on_snapshot(PadSnapshot)``.
Work that needs the pad (setting security, writing a tag) is handed in with
:meth:`PadWatcher.submit` and runs on the watcher thread between polls, so
only one thread ever talks to the port; the caller gets a ``Future``.
When the pad is unplugged, waiting jobs fail with :class:`PadGone`, the
status goes to DISCONNECTED and the port is tried again until it is back.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import serial

from illdesk.hardware.config import SerialConfig
from illdesk.hardware.ports import SerialPort, open_serial
from illdesk.hardware.rfid.client import PadGone, RfidError, RfidPadClient
from illdesk.hardware.rfid.readings import PadSnapshot
from illdesk.hardware.rfid.tag_operations import read_pad
from illdesk.hardware.status import DeviceState, DeviceStatus, StatusCallback

log = logging.getLogger(__name__)

T = TypeVar("T")
SnapshotCallback = Callable[[PadSnapshot], None]
Opener = Callable[[SerialConfig], SerialPort]


class PadWatcher:
    def __init__(
        self,
        config: SerialConfig,
        on_snapshot: SnapshotCallback,
        on_status: StatusCallback | None = None,
        *,
        poll_s: float = 0.25,
        reconnect_s: float = 0.5,
        opener: Opener | None = None,
    ) -> None:
        self.config = config
        self._on_snapshot = on_snapshot
        self._on_status = on_status
        self._poll_s = poll_s
        self._reconnect_s = reconnect_s
        self._opener: Opener = opener or open_serial
        self._jobs: queue.Queue[tuple[Callable[[RfidPadClient], Any], Future[Any]]] = queue.Queue()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = DeviceState.STOPPED
        self._last_uids: tuple[bytes, ...] | None = None
        self.last_snapshot = PadSnapshot()

    @property
    def state(self) -> DeviceState:
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("watcher already started")
        self._thread = threading.Thread(target=self._run, name="illdesk-rfid-pad", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._fail_jobs(PadGone("The RFID pad was switched off in the program."))

    def submit(self, job: Callable[[RfidPadClient], T]) -> Future[T]:
        """Run ``job(client)`` on the pad thread; the snapshot is refreshed afterwards."""
        future: Future[T] = Future()
        if self._stop.is_set():
            future.set_exception(PadGone("The RFID pad is not running."))
            return future
        self._jobs.put((job, future))
        self._wake.set()
        return future

    def refresh(self) -> None:
        """Read every tag again on the next poll, even if the same tags lie there."""
        self._last_uids = None
        self._wake.set()

    def _report(self, state: DeviceState, detail: str = "") -> None:
        if state is self._state:
            return
        self._state = state
        if self._on_status is not None:
            self._on_status(DeviceStatus("rfid", state, self.config.port, detail))

    def _fail_jobs(self, error: Exception) -> None:
        while True:
            try:
                _, future = self._jobs.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(error)

    def _run(self) -> None:
        self._report(DeviceState.CONNECTING)
        while not self._stop.is_set():
            try:
                port = self._opener(self.config)
            except (serial.SerialException, OSError, ValueError) as exc:
                self._report(DeviceState.DISCONNECTED, str(exc))
                self._fail_jobs(PadGone("The RFID pad is not connected."))
                self._stop.wait(self._reconnect_s)
                continue
            client = RfidPadClient(port)
            try:
                client.ping()
                self._report(DeviceState.CONNECTED, self.config.describe())
                self._last_uids = None
                self._serve(client)
            except PadGone as exc:
                log.warning("RFID pad on %s went away: %s", self.config.port, exc.message)
                self._report(DeviceState.DISCONNECTED, exc.message)
                self._fail_jobs(exc)
            except RfidError as exc:
                log.warning("RFID pad on %s does not answer: %s", self.config.port, exc.message)
                self._report(DeviceState.DISCONNECTED, exc.message)
                self._fail_jobs(exc)
            finally:
                client.close()
            if not self._stop.is_set():
                self._stop.wait(self._reconnect_s)
        self._report(DeviceState.STOPPED)

    def _serve(self, client: RfidPadClient) -> None:
        while not self._stop.is_set():
            ran_job = self._run_jobs(client)
            uids = tuple(sorted(client.inventory()))
            if ran_job or uids != self._last_uids:
                self._publish(read_pad(client), uids)
            self._wake.wait(self._poll_s)
            self._wake.clear()

    def _run_jobs(self, client: RfidPadClient) -> bool:
        ran = False
        while True:
            try:
                job, future = self._jobs.get_nowait()
            except queue.Empty:
                return ran
            if not future.set_running_or_notify_cancel():
                continue
            ran = True
            try:
                result = job(client)
            except PadGone as exc:
                future.set_exception(exc)
                raise
            except Exception as exc:  # handed to the caller, who shows it in words
                future.set_exception(exc)
            else:
                future.set_result(result)

    def _publish(self, snap: PadSnapshot, uids: tuple[bytes, ...]) -> None:
        self._last_uids = uids
        self.last_snapshot = snap
        try:
            self._on_snapshot(snap)
        except Exception:  # a broken receiver must not stop the pad
            log.exception("RFID snapshot receiver failed")
