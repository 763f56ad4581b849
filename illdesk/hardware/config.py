"""Typed device configurations built from :class:`illdesk.domain.settings.Settings`."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.domain.barcodes import BarcodeRules, split_list
from illdesk.domain.settings import Settings

TERMINATOR_BYTES: dict[str, bytes] = {
    "any": b"\r\n\t\x03",
    "cr": b"\r",
    "lf": b"\n",
    "crlf": b"\n",  # CR before it is stripped as a control character
    "tab": b"\t",
    "etx": b"\x03",
}


@dataclass(frozen=True)
class SerialConfig:
    """Where and how to open one serial device."""

    port: str
    baud: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    terminator: str = "any"

    @property
    def terminators(self) -> bytes:
        return TERMINATOR_BYTES.get(self.terminator, TERMINATOR_BYTES["any"])

    def describe(self) -> str:
        stop = f"{self.stopbits:g}"
        return f"{self.port} {self.baud} {self.bytesize}{self.parity}{stop}"


@dataclass(frozen=True)
class WedgeConfig:
    enabled: bool = True
    max_gap_ms: float = 40
    min_length: int = 5


@dataclass(frozen=True)
class RfidConfig:
    serial: SerialConfig
    poll_ms: int = 250
    isil: str = ""
    afi_secured: int = 0x07
    afi_unsecured: int = 0xC2


def scanner_config(settings: Settings) -> SerialConfig | None:
    """The serial scanner's configuration, or None when no port is set."""
    port = settings.get_str("hardware.scanner.port").strip()
    if not port:
        return None
    return SerialConfig(
        port=port,
        baud=settings.get_int("hardware.scanner.baud"),
        bytesize=int(settings.get_str("hardware.scanner.bytesize")),
        parity=settings.get_str("hardware.scanner.parity"),
        stopbits=float(settings.get_str("hardware.scanner.stopbits")),
        terminator=settings.get_str("hardware.scanner.terminator"),
    )


def rfid_config(settings: Settings) -> RfidConfig | None:
    """The RFID pad's configuration, or None when no port is set."""
    port = settings.get_str("hardware.rfid.port").strip()
    if not port:
        return None
    return RfidConfig(
        serial=SerialConfig(port=port, baud=settings.get_int("hardware.rfid.baud")),
        poll_ms=settings.get_int("hardware.rfid.poll_ms"),
        isil=settings.get_str("hardware.rfid.isil"),
        afi_secured=settings.get_int("hardware.rfid.afi_secured"),
        afi_unsecured=settings.get_int("hardware.rfid.afi_unsecured"),
    )


def wedge_config(settings: Settings) -> WedgeConfig:
    return WedgeConfig(
        enabled=settings.get_bool("hardware.wedge.enabled"),
        max_gap_ms=settings.get_float("hardware.wedge.max_gap_ms"),
        min_length=settings.get_int("hardware.wedge.min_length"),
    )


def barcode_rules(settings: Settings) -> BarcodeRules:
    """Raises :class:`illdesk.domain.barcodes.BadPattern` when a pattern is not valid."""
    return BarcodeRules(
        prefixes=split_list(settings.get_str("hardware.barcode.prefixes")),
        suffixes=split_list(settings.get_str("hardware.barcode.suffixes")),
        code39_check=settings.get_bool("hardware.barcode.code39_check"),
        request_pattern=settings.get_str("hardware.barcode.request_pattern"),
        patron_pattern=settings.get_str("hardware.barcode.patron_pattern"),
        tracking_pattern=settings.get_str("hardware.barcode.tracking_pattern"),
        item_pattern=settings.get_str("hardware.barcode.item_pattern"),
    )
