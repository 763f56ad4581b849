"""Settings of scanners, the keyboard wedge, barcode rules and the RFID pad (declared once)."""

from __future__ import annotations

from illdesk.domain.barcodes import (
    DEFAULT_ITEM_PATTERN,
    DEFAULT_PATRON_PATTERN,
    DEFAULT_REQUEST_PATTERN,
    DEFAULT_TRACKING_PATTERN,
)
from illdesk.domain.rfid_model import AFI_SECURED, AFI_UNSECURED
from illdesk.domain.settings import SettingDef

PARITIES = ("N", "E", "O", "M", "S")
STOPBITS = ("1", "1.5", "2")
BYTESIZES = ("8", "7", "6", "5")
TERMINATORS = ("any", "cr", "lf", "crlf", "tab", "etx")

SETTINGS: tuple[SettingDef, ...] = (
    # serial barcode scanner
    SettingDef(
        "hardware.scanner.port",
        str,
        "",
        "Serial port of the barcode scanner (COM3, /dev/ttyACM0); empty: no serial "
        "scanner (keyboard-wedge scanners need no setting).",
        "desk",
    ),
    SettingDef("hardware.scanner.baud", int, 9600, "Baud rate of the serial scanner.", "desk"),
    SettingDef(
        "hardware.scanner.bytesize", str, "8", "Data bits of the serial scanner.", "desk", BYTESIZES
    ),
    SettingDef(
        "hardware.scanner.parity",
        str,
        "N",
        "Parity of the serial scanner: N none, E even, O odd, M mark, S space.",
        "desk",
        PARITIES,
    ),
    SettingDef(
        "hardware.scanner.stopbits", str, "1", "Stop bits of the serial scanner.", "desk", STOPBITS
    ),
    SettingDef(
        "hardware.scanner.terminator",
        str,
        "any",
        "What ends one scan on the serial line: any of CR/LF/Tab/ETX, or just one.",
        "desk",
        TERMINATORS,
    ),
    SettingDef(
        "hardware.reconnect_ms",
        int,
        500,
        "How often (ms) an unplugged scanner or RFID pad is looked for again.",
        "desk",
    ),
    # keyboard wedge
    SettingDef(
        "hardware.wedge.enabled",
        bool,
        True,
        "Catch keyboard-wedge scans that land in the wrong field and send them to the "
        "station's scan box.",
        "desk",
    ),
    SettingDef(
        "hardware.wedge.max_gap_ms",
        int,
        40,
        "Longest pause (ms) between two keys of one scanner burst; people type slower.",
        "desk",
    ),
    SettingDef(
        "hardware.wedge.min_length",
        int,
        5,
        "Fewest characters a keyboard-wedge burst needs to count as a scan.",
        "desk",
    ),
    # barcode rules (shared by the library)
    SettingDef(
        "hardware.barcode.prefixes",
        str,
        "",
        "Comma-separated prefixes a scanner adds before the barcode, removed from scans.",
        "library",
    ),
    SettingDef(
        "hardware.barcode.suffixes",
        str,
        "",
        "Comma-separated suffixes a scanner adds after the barcode, removed from scans.",
        "library",
    ),
    SettingDef(
        "hardware.barcode.code39_check",
        bool,
        False,
        "Item labels are Code 39 with a mod-43 check character (removed from scans).",
        "library",
    ),
    SettingDef(
        "hardware.barcode.request_pattern",
        str,
        DEFAULT_REQUEST_PATTERN,
        "Regular expression of a request number (B-2026-000123, ILL-000123).",
        "library",
    ),
    SettingDef(
        "hardware.barcode.patron_pattern",
        str,
        DEFAULT_PATRON_PATTERN,
        "Regular expression of a patron card barcode.",
        "library",
    ),
    SettingDef(
        "hardware.barcode.tracking_pattern",
        str,
        DEFAULT_TRACKING_PATTERN,
        "Regular expression of a parcel tracking number.",
        "library",
    ),
    SettingDef(
        "hardware.barcode.item_pattern",
        str,
        DEFAULT_ITEM_PATTERN,
        "Regular expression of an item barcode (checked after the others).",
        "library",
    ),
    # RFID pad
    SettingDef(
        "hardware.rfid.port", str, "", "Serial port of the RFID pad; empty: no RFID pad.", "desk"
    ),
    SettingDef("hardware.rfid.baud", int, 115200, "Baud rate of the RFID pad.", "desk"),
    SettingDef(
        "hardware.rfid.poll_ms",
        int,
        250,
        "How often (ms) the RFID pad is asked which tags lie on it.",
        "desk",
    ),
    SettingDef(
        "hardware.rfid.isil",
        str,
        "",
        "Our library's ISIL (e.g. DK-710100), written to the tags of our own items.",
        "library",
    ),
    SettingDef(
        "hardware.rfid.afi_secured",
        int,
        AFI_SECURED,
        "AFI value of a secured item in the library (ISO 28560: 7).",
        "library",
    ),
    SettingDef(
        "hardware.rfid.afi_unsecured",
        int,
        AFI_UNSECURED,
        "AFI value of an item that left with a patron or in a parcel (ISO 28560: 194, hex C2).",
        "library",
    ),
)
