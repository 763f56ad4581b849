"""Device states reported by reader threads (the ui turns them into translated words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class DeviceState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    STOPPED = "stopped"
    GARBAGE = "garbage"  # unreadable bytes were received and skipped


@dataclass(frozen=True)
class DeviceStatus:
    device: str  # "scanner" or "rfid"
    state: DeviceState
    port: str
    detail: str = ""


StatusCallback = Callable[[DeviceStatus], None]
