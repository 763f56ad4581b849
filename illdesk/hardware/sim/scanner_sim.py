"""A simulated serial barcode scanner: scans, bursts, garbage and partial frames on a pty."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from illdesk.hardware.sim.pty_device import PtyDevice


class SimulatedScanner(PtyDevice):
    def __init__(self, directory: Path | None = None, terminator: bytes = b"\r\n") -> None:
        super().__init__("scanner", directory)
        self.terminator = terminator

    def scan(self, barcode: str) -> None:
        """One scan as a real scanner sends it: the barcode and its terminator."""
        self.write(barcode.encode("ascii") + self.terminator)

    def burst(self, barcodes: Iterable[str]) -> None:
        """Many scans written at once, as fast as the line takes them."""
        self.write(b"".join(b.encode("ascii") + self.terminator for b in barcodes))

    def garbage(self, data: bytes = b"\xff\xfe\x80\x1b") -> None:
        """Line noise (a wrong baud rate or a bad cable)."""
        self.write(data)

    def partial(self, start_of_barcode: str) -> None:
        """The first part of a scan without its terminator (cut off by an unplug)."""
        self.write(start_of_barcode.encode("ascii"))
