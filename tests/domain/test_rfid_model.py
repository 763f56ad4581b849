from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from illdesk.domain.rfid_model import (
    LibraryTag,
    TagDataError,
    block_crc,
    crc16_ccitt_false,
    decode_block,
    encode_block,
    item_tag_for,
    parse_hex,
    split_isil,
)
from tests.corpus_path import CORPUS

VECTORS_FILE = CORPUS / "rfid" / "danish-model-vectors.json"


def _vectors() -> list[dict[str, Any]]:
    data = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))
    vectors: list[dict[str, Any]] = data["vectors"]
    return vectors


def test_corpus_has_vectors() -> None:
    assert len(_vectors()) == 3


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v["name"])
def test_corpus_vector_decodes(vector: dict[str, Any]) -> None:
    block = bytes.fromhex(vector["block_hex"])
    decoded = decode_block(block)
    expected = vector["decoded"]
    tag = decoded.tag
    assert tag.version == expected["version"]
    assert tag.type_of_usage == expected["type_of_usage"]
    assert tag.parts_in_item == expected["parts_in_item"]
    assert tag.part_number == expected["part_number"]
    assert tag.item_id == expected["primary_item_id"]
    assert tag.country == expected["country"]
    assert tag.library == expected["isil_library"]
    assert decoded.crc_stored == int(expected["crc_value"], 16)
    assert decoded.crc_ok is vector["crc_valid"]
    assert block[19:21].hex() == expected["crc_bytes_hex"]


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v["name"])
def test_corpus_vector_encodes_byte_for_byte(vector: dict[str, Any]) -> None:
    block = bytes.fromhex(vector["block_hex"])
    assert encode_block(decode_block(block).tag) == block


def test_crc_reference_value_and_pitfall() -> None:
    assert crc16_ccitt_false(b"RFID tag data model") == 0x1AEE
    assert crc16_ccitt_false(b"123456789") == 0x29B1  # the CCITT-FALSE check value
    block = bytes.fromhex(_vectors()[0]["block_hex"])
    assert block_crc(block) == 0x3E51
    # without the two appended zero bytes the CRC does not match (the corpus' pitfall)
    assert crc16_ccitt_false(block[:19] + block[21:]) == 0x2272


def test_damaged_block_is_reported_not_raised() -> None:
    block = bytearray(bytes.fromhex(_vectors()[1]["block_hex"]))
    block[5] ^= 0x01
    decoded = decode_block(bytes(block))
    assert not decoded.crc_ok
    assert any("check sum is wrong" in p for p in decoded.problems)


def test_short_block_is_a_desk_error() -> None:
    with pytest.raises(TagDataError, match="at least 32"):
        decode_block(b"\x11\x01\x01")


def test_non_ascii_item_id_is_a_problem() -> None:
    block = bytearray(encode_block(LibraryTag(item_id="ABC")))
    block[4] = 0xFF
    decoded = decode_block(bytes(block))
    assert any("not plain text" in p for p in decoded.problems)


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        (LibraryTag(item_id="X" * 17), "longer than 16"),
        (LibraryTag(item_id="Bücher"), "plain letters"),
        (LibraryTag(item_id="1", parts_in_item=2, part_number=3), "Part 3 of 2"),
        (LibraryTag(item_id="1", country="DNK"), "longer than 2"),
        (LibraryTag(item_id="1", library="1234567890"), "longer than 9"),
    ],
)
def test_encode_refuses_bad_fields(tag: LibraryTag, message: str) -> None:
    with pytest.raises(TagDataError, match=message):
        encode_block(tag)


def test_item_tag_for_our_isil() -> None:
    tag = item_tag_for(" 30000012345678 ", "DK-710100", parts=2, part=2)
    assert (tag.country, tag.library, tag.owner) == ("DK", "710100", "DK-710100")
    assert split_isil("710100") == ("", "710100")
    with pytest.raises(TagDataError):
        item_tag_for("  ", "DK-710100")


def test_parse_hex_accepts_pasted_forms() -> None:
    assert parse_hex("0x11 01:01 - 31") == bytes([0x11, 0x01, 0x01, 0x31])
    with pytest.raises(TagDataError, match="not hexadecimal"):
        parse_hex("zz")


_ascii = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=16)


@given(
    item=_ascii.filter(bool),
    parts=st.integers(1, 255),
    data=st.data(),
    country=st.sampled_from(["", "DK", "NO", "SE", "DE"]),
    library=st.text(alphabet="0123456789ABCDEF", max_size=9),
)
def test_encode_decode_round_trip(
    item: str, parts: int, data: st.DataObject, country: str, library: str
) -> None:
    part = data.draw(st.integers(1, parts))
    tag = LibraryTag(
        item_id=item, parts_in_item=parts, part_number=part, country=country, library=library
    )
    decoded = decode_block(encode_block(tag))
    assert decoded.crc_ok
    assert decoded.tag == tag
    assert decoded.problems == ()


@given(st.binary(min_size=32, max_size=64))
def test_decoding_random_bytes_never_crashes(block: bytes) -> None:
    decoded = decode_block(block)
    assert decoded.crc_ok == (decoded.crc_stored == block_crc(block))
