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
from illdesk.domain.words import N_

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
        N_(
            "Serial port of the barcode scanner (COM3, /dev/ttyACM0); empty: no serial "
            "scanner (keyboard-wedge scanners need no setting)."
        ),
        "desk",
        label=N_("Serial scanner port"),
        example="/dev/ttyACM0 or COM3",
    ),
    SettingDef(
        "hardware.scanner.baud",
        int,
        9600,
        N_("Baud rate of the serial scanner."),
        "desk",
        label=N_("Serial scanner speed (baud)"),
    ),
    SettingDef(
        "hardware.scanner.bytesize",
        str,
        "8",
        N_("Data bits of the serial scanner."),
        "desk",
        BYTESIZES,
        label=N_("Serial scanner data bits"),
    ),
    SettingDef(
        "hardware.scanner.parity",
        str,
        "N",
        N_("Parity of the serial scanner: N none, E even, O odd, M mark, S space."),
        "desk",
        PARITIES,
        label=N_("Serial scanner parity"),
    ),
    SettingDef(
        "hardware.scanner.stopbits",
        str,
        "1",
        N_("Stop bits of the serial scanner."),
        "desk",
        STOPBITS,
        label=N_("Serial scanner stop bits"),
    ),
    SettingDef(
        "hardware.scanner.terminator",
        str,
        "any",
        N_("What ends one scan on the serial line: any of CR/LF/Tab/ETX, or just one."),
        "desk",
        TERMINATORS,
        label=N_("End of a scan on the serial line"),
    ),
    SettingDef(
        "hardware.reconnect_ms",
        int,
        500,
        N_("How often (ms) an unplugged scanner or RFID pad is looked for again."),
        "desk",
        label=N_("Look again for an unplugged device every (ms)"),
    ),
    # keyboard wedge
    SettingDef(
        "hardware.wedge.enabled",
        bool,
        True,
        N_(
            "Catch keyboard-wedge scans that land in the wrong field and send them to the "
            "station's scan box."
        ),
        "desk",
        label=N_("Catch keyboard scanner input in the wrong field"),
    ),
    SettingDef(
        "hardware.wedge.max_gap_ms",
        int,
        40,
        N_("Longest pause (ms) between two keys of one scanner burst; people type slower."),
        "desk",
        label=N_("Longest pause inside one keyboard scan (ms)"),
    ),
    SettingDef(
        "hardware.wedge.min_length",
        int,
        5,
        N_("Fewest characters a keyboard-wedge burst needs to count as a scan."),
        "desk",
        label=N_("Fewest characters of a keyboard scan"),
    ),
    # barcode rules (shared by the library)
    SettingDef(
        "hardware.barcode.prefixes",
        str,
        "",
        N_("Comma-separated prefixes a scanner adds before the barcode, removed from scans."),
        "library",
        label=N_("Prefixes the scanner adds"),
        example="]C1",
    ),
    SettingDef(
        "hardware.barcode.suffixes",
        str,
        "",
        N_("Comma-separated suffixes a scanner adds after the barcode, removed from scans."),
        "library",
        label=N_("Suffixes the scanner adds"),
    ),
    SettingDef(
        "hardware.barcode.code39_check",
        bool,
        False,
        N_("Item labels are Code 39 with a mod-43 check character (removed from scans)."),
        "library",
        label=N_("Item labels carry a Code 39 check character"),
    ),
    SettingDef(
        "hardware.barcode.request_pattern",
        str,
        DEFAULT_REQUEST_PATTERN,
        N_("How the desk tells a scanned request number from other barcodes."),
        "library",
        label=N_("What a request number looks like"),
        example="B-2026-000123, ILL-000123",
    ),
    SettingDef(
        "hardware.barcode.patron_pattern",
        str,
        DEFAULT_PATRON_PATTERN,
        N_("How the desk tells a scanned patron card from other barcodes."),
        "library",
        label=N_("What a patron card looks like"),
        example="P100042",
    ),
    SettingDef(
        "hardware.barcode.tracking_pattern",
        str,
        DEFAULT_TRACKING_PATTERN,
        N_("How the desk tells a parcel tracking number from other barcodes."),
        "library",
        label=N_("What a parcel tracking number looks like"),
        example="1Z999AA10123456784",
    ),
    SettingDef(
        "hardware.barcode.item_pattern",
        str,
        DEFAULT_ITEM_PATTERN,
        N_("How the desk tells an item barcode (checked after the others)."),
        "library",
        label=N_("What an item barcode looks like"),
        example="31234000123456",
    ),
    # RFID pad
    SettingDef(
        "hardware.rfid.port",
        str,
        "",
        N_("Serial port of the RFID pad; empty: no RFID pad."),
        "desk",
        label=N_("RFID pad port"),
        example="/dev/ttyUSB0 or COM4",
    ),
    SettingDef(
        "hardware.rfid.baud",
        int,
        115200,
        N_("Baud rate of the RFID pad."),
        "desk",
        label=N_("RFID pad speed (baud)"),
    ),
    SettingDef(
        "hardware.rfid.poll_ms",
        int,
        250,
        N_("How often (ms) the RFID pad is asked which tags lie on it."),
        "desk",
        label=N_("Ask the RFID pad every (ms)"),
    ),
    SettingDef(
        "hardware.rfid.place_is_scan",
        bool,
        True,
        N_(
            "An item laid on the RFID pad is a scan of its barcode, like a scanner's (items "
            "already on the pad when the desk starts are not)."
        ),
        "desk",
        label=N_("An item laid on the pad is a scan"),
    ),
    SettingDef(
        "hardware.rfid.isil",
        str,
        "",
        N_("Our library's ISIL (e.g. DK-710100), written to the tags of our own items."),
        "library",
        label=N_("Our ISIL on RFID tags"),
        example="DK-710100",
    ),
    SettingDef(
        "hardware.rfid.afi_secured",
        int,
        AFI_SECURED,
        N_("AFI value of a secured item in the library (ISO 28560: 7)."),
        "library",
        label=N_("AFI of a secured item"),
    ),
    SettingDef(
        "hardware.rfid.afi_unsecured",
        int,
        AFI_UNSECURED,
        N_("AFI value of an item that left with a patron or in a parcel (ISO 28560: 194, hex C2)."),
        "library",
        label=N_("AFI of an item that left"),
    ),
)
