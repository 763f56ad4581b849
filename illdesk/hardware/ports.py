"""Serial ports on this machine (``serial.tools.list_ports``) and opening one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import serial
from serial.tools import list_ports

from illdesk.hardware.config import SerialConfig


class SerialPort(Protocol):
    """What the readers need of an open pyserial port."""

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes, /) -> int | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    hardware_id: str

    def label(self) -> str:
        if self.description and self.description != "n/a":
            return f"{self.device} — {self.description}"
        return self.device


def list_serial_ports() -> list[PortInfo]:
    """Every serial port the operating system reports (USB CDC, RS-232, Bluetooth SPP)."""
    found = [
        PortInfo(device=p.device, description=p.description or "", hardware_id=p.hwid or "")
        for p in list_ports.comports()
    ]
    return sorted(found, key=lambda p: p.device)


_PARITY = {
    "N": serial.PARITY_NONE,
    "E": serial.PARITY_EVEN,
    "O": serial.PARITY_ODD,
    "M": serial.PARITY_MARK,
    "S": serial.PARITY_SPACE,
}
_STOPBITS = {
    1.0: serial.STOPBITS_ONE,
    1.5: serial.STOPBITS_ONE_POINT_FIVE,
    2.0: serial.STOPBITS_TWO,
}


def open_serial(config: SerialConfig, timeout: float = 0.1) -> SerialPort:
    """Open ``config.port`` (a device path or a pyserial URL such as ``loop://``)."""
    port = serial.serial_for_url(
        config.port,
        baudrate=config.baud,
        bytesize=config.bytesize,
        parity=_PARITY.get(config.parity.upper(), serial.PARITY_NONE),
        stopbits=_STOPBITS.get(float(config.stopbits), serial.STOPBITS_ONE),
        timeout=timeout,
        write_timeout=1.0,
        do_not_open=True,
    )
    port.open()
    opened: SerialPort = port
    return opened
