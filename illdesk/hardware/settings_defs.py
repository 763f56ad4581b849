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
        label="Serial scanner port",
        example="/dev/ttyACM0 or COM3",
    ),
    SettingDef(
        "hardware.scanner.baud",
        int,
        9600,
        "Baud rate of the serial scanner.",
        "desk",
        label="Serial scanner speed (baud)",
    ),
    SettingDef(
        "hardware.scanner.bytesize",
        str,
        "8",
        "Data bits of the serial scanner.",
        "desk",
        BYTESIZES,
        label="Serial scanner data bits",
    ),
    SettingDef(
        "hardware.scanner.parity",
        str,
        "N",
        "Parity of the serial scanner: N none, E even, O odd, M mark, S space.",
        "desk",
        PARITIES,
        label="Serial scanner parity",
    ),
    SettingDef(
        "hardware.scanner.stopbits",
        str,
        "1",
        "Stop bits of the serial scanner.",
        "desk",
        STOPBITS,
        label="Serial scanner stop bits",
    ),
    SettingDef(
        "hardware.scanner.terminator",
        str,
        "any",
        "What ends one scan on the serial line: any of CR/LF/Tab/ETX, or just one.",
        "desk",
        TERMINATORS,
        label="End of a scan on the serial line",
    ),
    SettingDef(
        "hardware.reconnect_ms",
        int,
        500,
        "How often (ms) an unplugged scanner or RFID pad is looked for again.",
        "desk",
        label="Look again for an unplugged device every (ms)",
    ),
    # keyboard wedge
    SettingDef(
        "hardware.wedge.enabled",
        bool,
        True,
        "Catch keyboard-wedge scans that land in the wrong field and send them to the "
        "station's scan box.",
        "desk",
        label="Catch keyboard scanner input in the wrong field",
    ),
    SettingDef(
        "hardware.wedge.max_gap_ms",
        int,
        40,
        "Longest pause (ms) between two keys of one scanner burst; people type slower.",
        "desk",
        label="Longest pause inside one keyboard scan (ms)",
    ),
    SettingDef(
        "hardware.wedge.min_length",
        int,
        5,
        "Fewest characters a keyboard-wedge burst needs to count as a scan.",
        "desk",
        label="Fewest characters of a keyboard scan",
    ),
    # barcode rules (shared by the library)
    SettingDef(
        "hardware.barcode.prefixes",
        str,
        "",
        "Comma-separated prefixes a scanner adds before the barcode, removed from scans.",
        "library",
        label="Prefixes the scanner adds",
        example="]C1",
    ),
    SettingDef(
        "hardware.barcode.suffixes",
        str,
        "",
        "Comma-separated suffixes a scanner adds after the barcode, removed from scans.",
        "library",
        label="Suffixes the scanner adds",
    ),
    SettingDef(
        "hardware.barcode.code39_check",
        bool,
        False,
        "Item labels are Code 39 with a mod-43 check character (removed from scans).",
        "library",
        label="Item labels carry a Code 39 check character",
    ),
    SettingDef(
        "hardware.barcode.request_pattern",
        str,
        DEFAULT_REQUEST_PATTERN,
        "How the desk tells a scanned request number from other barcodes.",
        "library",
        label="What a request number looks like",
        example="B-2026-000123, ILL-000123",
    ),
    SettingDef(
        "hardware.barcode.patron_pattern",
        str,
        DEFAULT_PATRON_PATTERN,
        "How the desk tells a scanned patron card from other barcodes.",
        "library",
        label="What a patron card looks like",
        example="P100042",
    ),
    SettingDef(
        "hardware.barcode.tracking_pattern",
        str,
        DEFAULT_TRACKING_PATTERN,
        "How the desk tells a parcel tracking number from other barcodes.",
        "library",
        label="What a parcel tracking number looks like",
        example="1Z999AA10123456784",
    ),
    SettingDef(
        "hardware.barcode.item_pattern",
        str,
        DEFAULT_ITEM_PATTERN,
        "How the desk tells an item barcode (checked after the others).",
        "library",
        label="What an item barcode looks like",
        example="31234000123456",
    ),
    # RFID pad
    SettingDef(
        "hardware.rfid.port",
        str,
        "",
        "Serial port of the RFID pad; empty: no RFID pad.",
        "desk",
        label="RFID pad port",
        example="/dev/ttyUSB0 or COM4",
    ),
    SettingDef(
        "hardware.rfid.baud",
        int,
        115200,
        "Baud rate of the RFID pad.",
        "desk",
        label="RFID pad speed (baud)",
    ),
    SettingDef(
        "hardware.rfid.poll_ms",
        int,
        250,
        "How often (ms) the RFID pad is asked which tags lie on it.",
        "desk",
        label="Ask the RFID pad every (ms)",
    ),
    SettingDef(
        "hardware.rfid.place_is_scan",
        bool,
        True,
        "An item laid on the RFID pad is a scan of its barcode, like a scanner's (items "
        "already on the pad when the desk starts are not).",
        "desk",
        label="An item laid on the pad is a scan",
    ),
    SettingDef(
        "hardware.rfid.isil",
        str,
        "",
        "Our library's ISIL (e.g. DK-710100), written to the tags of our own items.",
        "library",
        label="Our ISIL on RFID tags",
        example="DK-710100",
    ),
    SettingDef(
        "hardware.rfid.afi_secured",
        int,
        AFI_SECURED,
        "AFI value of a secured item in the library (ISO 28560: 7).",
        "library",
        label="AFI of a secured item",
    ),
    SettingDef(
        "hardware.rfid.afi_unsecured",
        int,
        AFI_UNSECURED,
        "AFI value of an item that left with a patron or in a parcel (ISO 28560: 194, hex C2).",
        "library",
        label="AFI of an item that left",
    ),
)
