from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from illdesk.hardware.sim.rfid_pad_sim import SimulatedRfidPad
from illdesk.hardware.sim.scanner_sim import SimulatedScanner
from illdesk.hardware.status import DeviceState, DeviceStatus

WAIT_S = 10.0  # generous: waiting for an event, never a timing assertion


def wait_until(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.005)


class Recorder:
    """Collects callbacks from reader threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[object] = []
        self.statuses: list[DeviceStatus] = []

    def add(self, item: object) -> None:
        with self.lock:
            self.items.append(item)

    def status(self, status: DeviceStatus) -> None:
        with self.lock:
            self.statuses.append(status)

    def states(self) -> list[DeviceState]:
        with self.lock:
            return [s.state for s in self.statuses]

    def count(self) -> int:
        with self.lock:
            return len(self.items)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def sim_scanner() -> Iterator[SimulatedScanner]:
    with SimulatedScanner() as scanner:
        yield scanner


@pytest.fixture
def sim_pad() -> Iterator[SimulatedRfidPad]:
    pad = SimulatedRfidPad()
    try:
        yield pad
    finally:
        pad.close()
