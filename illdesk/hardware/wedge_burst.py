"""Telling keyboard-wedge scanner bursts from human typing by timing, pure (no Qt).

A keyboard-wedge scanner "types" a barcode far faster than a person: every key
follows the previous within a few milliseconds, and the burst ends with Enter
or Tab.  :class:`BurstBuffer` holds back printable keys while they come fast;
when a terminator arrives it says whether the held keys were a scan (at least
``min_length`` keys, every gap at most ``max_gap_ms``).  Keys that turn out to
be typing are handed back to be delivered as they were, in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from illdesk.hardware.config import WedgeConfig

P = TypeVar("P")


@dataclass(frozen=True)
class HeldKey(Generic[P]):
    text: str
    at_ms: float
    payload: P  # whatever the ui needs to deliver the key later


@dataclass
class BurstBuffer(Generic[P]):
    config: WedgeConfig
    held: list[HeldKey[P]] = field(default_factory=list)

    def add(self, key: HeldKey[P]) -> list[HeldKey[P]]:
        """Hold ``key``; returns earlier keys to deliver now (they were too slow to be a scan)."""
        released: list[HeldKey[P]] = []
        if self.held and key.at_ms - self.held[-1].at_ms > self.config.max_gap_ms:
            released, self.held = self.held, []
        self.held.append(key)
        return released

    def terminate(self, at_ms: float) -> tuple[str | None, list[HeldKey[P]]]:
        """A terminator (Enter/Tab) came: ``(scan text, [])`` or ``(None, keys to deliver)``."""
        held, self.held = self.held, []
        if self.is_scan(held, at_ms):
            return "".join(k.text for k in held), []
        return None, held

    def release_all(self) -> list[HeldKey[P]]:
        held, self.held = self.held, []
        return held

    def is_scan(self, held: list[HeldKey[P]], end_ms: float) -> bool:
        if len(held) < max(1, self.config.min_length):
            return False
        times = [k.at_ms for k in held] + [end_ms]
        return all(b - a <= self.config.max_gap_ms for a, b in zip(times, times[1:], strict=False))


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


Clock = Callable[[], float]
