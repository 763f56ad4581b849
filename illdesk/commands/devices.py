"""``illdesk devices``: the serial ports of this machine and which device is set up on them."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from illdesk.domain.settings import Settings
from illdesk.hardware.config import SerialConfig, rfid_config, scanner_config
from illdesk.hardware.ports import list_serial_ports, open_serial
from illdesk.hardware.rfid.client import RfidError, RfidPadClient

NAME = "devices"
HELP = "List serial ports and the scanner and RFID pad configured for this desk."

#: Where the desk's settings come from; the application replaces this with its stored settings.
settings_loader: Callable[[], Settings] | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--probe",
        action="store_true",
        help="open the configured ports and ask the RFID pad for its name",
    )
    parser.add_argument("--scanner-port", help="check this scanner port instead of the setting")
    parser.add_argument("--rfid-port", help="check this RFID pad port instead of the setting")


def _settings() -> Settings:
    if settings_loader is not None:
        return settings_loader()
    from illdesk.settings_registry import default_settings

    return default_settings()


def _probe_scanner(config: SerialConfig) -> str:
    try:
        port = open_serial(config)
    except Exception as exc:  # any failure is the answer support staff need
        return f"cannot be opened: {exc}"
    port.close()
    return "opens"


def _probe_pad(config: SerialConfig) -> str:
    try:
        port = open_serial(config)
    except Exception as exc:
        return f"cannot be opened: {exc}"
    client = RfidPadClient(port, timeout=0.5, retries=0)
    try:
        name = client.ping()
        tags = client.inventory()
    except RfidError as exc:
        return f"opens, but no pad answers: {exc.message}"
    finally:
        client.close()
    return f"pad “{name}” answers, {len(tags)} tag(s) on it"


def run(args: argparse.Namespace) -> int:
    settings = _settings()
    if getattr(args, "scanner_port", None):
        settings.set("hardware.scanner.port", args.scanner_port)
    if getattr(args, "rfid_port", None):
        settings.set("hardware.rfid.port", args.rfid_port)
    scanner = scanner_config(settings)
    pad = rfid_config(settings)
    configured: dict[str, list[str]] = {}
    if scanner is not None:
        configured.setdefault(scanner.port, []).append(
            f"barcode scanner ({scanner.describe()}, end of scan: {scanner.terminator})"
        )
    if pad is not None:
        configured.setdefault(pad.serial.port, []).append(f"RFID pad ({pad.serial.describe()})")

    ports = list_serial_ports()
    print(f"Serial ports found: {len(ports)}")
    for port in ports:
        uses = "; ".join(configured.pop(port.device, [])) or "not used by illdesk"
        print(
            f"  {port.device:<20} {port.description or '-'}  [{port.hardware_id or '-'}]  -> {uses}"
        )
    for device, device_uses in configured.items():
        if "://" in device:
            where = "pyserial URL"
        elif os.path.exists(device):
            where = "present, not listed (a pseudo-terminal or a link)"
        else:
            where = "NOT FOUND"
        print(f"  {device:<20} {where}  -> {'; '.join(device_uses)}")
    if scanner is None:
        print("Serial scanner: none configured (keyboard-wedge scanners need no setting).")
    if pad is None:
        print("RFID pad: none configured.")
    failures = 0
    if args.probe:
        if scanner is not None:
            answer = _probe_scanner(scanner)
            failures += not answer.startswith("opens")
            print(f"Probe scanner {scanner.port}: {answer}")
        if pad is not None:
            answer = _probe_pad(pad.serial)
            failures += not answer.startswith("pad ")
            print(f"Probe RFID pad {pad.serial.port}: {answer}")
    return 1 if failures else 0
