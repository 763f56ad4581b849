from __future__ import annotations

import pytest

from illdesk.domain.barcodes import BadPattern, ScanKind, classify
from illdesk.domain.settings import Settings
from illdesk.hardware.config import (
    SerialConfig,
    barcode_rules,
    rfid_config,
    scanner_config,
    wedge_config,
)
from illdesk.hardware.settings_defs import SETTINGS


def test_settings_are_declared_once_with_the_area_prefix() -> None:
    keys = [d.key for d in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(k.startswith("hardware.") for k in keys)
    assert all(d.help for d in SETTINGS)


def test_no_ports_configured_means_no_devices() -> None:
    settings = Settings(SETTINGS)
    assert scanner_config(settings) is None
    assert rfid_config(settings) is None
    assert wedge_config(settings).enabled


def test_configs_from_settings() -> None:
    settings = Settings(
        SETTINGS,
        {
            "hardware.scanner.port": "/dev/ttyACM0",
            "hardware.scanner.baud": "19200",
            "hardware.scanner.parity": "E",
            "hardware.scanner.bytesize": "7",
            "hardware.scanner.stopbits": "2",
            "hardware.scanner.terminator": "cr",
            "hardware.rfid.port": "COM4",
            "hardware.rfid.isil": "DK-710100",
            "hardware.rfid.afi_unsecured": "194",
            "hardware.wedge.max_gap_ms": "25",
        },
    )
    scanner = scanner_config(settings)
    assert scanner == SerialConfig("/dev/ttyACM0", 19200, 7, "E", 2.0, "cr")
    assert scanner.describe() == "/dev/ttyACM0 19200 7E2"
    pad = rfid_config(settings)
    assert pad is not None and pad.serial.port == "COM4" and pad.afi_unsecured == 0xC2
    assert pad.isil == "DK-710100"
    assert wedge_config(settings).max_gap_ms == 25


def test_barcode_rules_from_settings() -> None:
    settings = Settings(
        SETTINGS,
        {"hardware.barcode.prefixes": "#, LIB:", "hardware.barcode.patron_pattern": r"^U\d+$"},
    )
    rules = barcode_rules(settings)
    assert rules.prefixes == ("#", "LIB:")
    assert classify("U123", rules) is ScanKind.PATRON
    settings.set("hardware.barcode.item_pattern", "(")
    with pytest.raises(BadPattern):
        barcode_rules(settings)


def test_bad_choice_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="not one of"):
        Settings(SETTINGS, {"hardware.scanner.parity": "X"})
