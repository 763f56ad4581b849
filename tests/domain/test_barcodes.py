from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from illdesk.domain.barcodes import (
    BadPattern,
    BarcodeRules,
    ScanKind,
    WrongKindOfScan,
    classify,
    code39_check_char,
    expect,
    normalise,
    read_scan,
)
from illdesk.domain.errors import DeskError


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("  30000012345678\r\n", "30000012345678"),
        ("\x0230000012345678\x03", "30000012345678"),
        ("\t30000012345678\t", "30000012345678"),
        ("A21234000012345B", "21234000012345"),  # Codabar start/stop
        ("a21234000012345d", "21234000012345"),
        ("*ITEM123*", "ITEM123"),  # Code 39 start/stop
        ("]C030000012345678", "30000012345678"),  # AIM symbology identifier
        ("ABBA", "ABBA"),  # letters that are not a Codabar body stay
        ("", ""),
        ("\r\n", ""),
    ],
)
def test_normalise(raw: str, text: str) -> None:
    assert normalise(raw) == text


def test_configured_prefix_and_suffix_are_removed() -> None:
    rules = BarcodeRules(prefixes=("#", "LIB:"), suffixes=("/X",))
    assert normalise("LIB:30000012345678/X", rules) == "30000012345678"
    assert normalise("#30000012345678", rules) == "30000012345678"
    assert normalise("#", rules) == "#"  # a prefix alone is not removed to nothing


def test_code39_check_character() -> None:
    # Worked example: "CODE39" -> sum of values mod 43
    assert code39_check_char("CODE39") == "W"
    rules = BarcodeRules(code39_check=True)
    assert normalise("CODE39W", rules) == "CODE39"
    assert normalise("CODE39X", rules) == "CODE39X"  # wrong check char: kept as read
    assert normalise("CODE39W") == "CODE39W"  # off by default


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("B-2026-000123", ScanKind.REQUEST),
        ("L-2026-000123", ScanKind.REQUEST),
        ("ILL-000123", ScanKind.REQUEST),
        ("P0012345", ScanKind.PATRON),
        ("21234000012345", ScanKind.PATRON),
        ("30000012345678", ScanKind.ITEM),
        ("RR123456785DE", ScanKind.TRACKING),
        ("1Z999AA10123456784", ScanKind.TRACKING),
        ("BOOK-77", ScanKind.ITEM),
        ("x", ScanKind.UNKNOWN),
        ("", ScanKind.UNKNOWN),
        ("hello world", ScanKind.UNKNOWN),
    ],
)
def test_classify_defaults(text: str, kind: ScanKind) -> None:
    assert classify(text) is kind


def test_codabar_patron_card_is_a_patron() -> None:
    scan = read_scan("A21234000012345B\r")
    assert scan == read_scan("A21234000012345B\r")
    assert scan.text == "21234000012345"
    assert scan.kind is ScanKind.PATRON
    assert scan.raw == "A21234000012345B\r"


def test_request_number_comes_back_upper_case() -> None:
    assert read_scan("b-2026-000123").text == "B-2026-000123"


def test_custom_patterns() -> None:
    rules = BarcodeRules(patron_pattern=r"^U\d{5}$", item_pattern=r"^\d{8}$")
    assert classify("U12345", rules) is ScanKind.PATRON
    assert classify("12345678", rules) is ScanKind.ITEM
    assert classify("30000012345678", rules) is ScanKind.UNKNOWN


def test_bad_pattern_is_reported_in_words() -> None:
    with pytest.raises(BadPattern, match="patron card"):
        BarcodeRules(patron_pattern="([")


def test_expect_names_the_wrong_kind() -> None:
    patron = read_scan("P0012345")
    with pytest.raises(WrongKindOfScan) as caught:
        expect(patron, ScanKind.ITEM)
    assert caught.value.message == "That is a patron card, not an item barcode."
    assert isinstance(caught.value, DeskError)
    assert caught.value.scan is patron
    expect(patron, ScanKind.PATRON)
    expect(patron, ScanKind.ITEM, ScanKind.PATRON)


def test_expect_unknown_scan() -> None:
    with pytest.raises(WrongKindOfScan, match="“x” is not an item barcode or a request number"):
        expect(read_scan("x"), ScanKind.ITEM, ScanKind.REQUEST)


@given(st.text(max_size=60))
def test_reading_any_text_never_crashes(raw: str) -> None:
    scan = read_scan(raw)
    assert isinstance(scan.kind, ScanKind)
    assert scan.text == scan.text.strip()
    assert all(ch.isprintable() for ch in scan.text)
