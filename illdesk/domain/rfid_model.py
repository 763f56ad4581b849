"""The Danish data model for library RFID tags (ISO 28560-3 style basic block), pure.

A library tag (ISO 15693) holds the item's data in the first 32 bytes of its user
memory:

======  =====================================================================
byte    content
======  =====================================================================
0       high nibble: data model version (1); low nibble: type of usage
        (0 acquisition, 1 for circulation, 2 not for circulation,
        7 discarded, 8 patron card)
1       number of parts in the item (a set of 2 discs: 2)
2       part number (1-based)
3-18    primary item id, ASCII, right-padded with 0x00 (16 bytes)
19-20   CRC, low byte first
21-22   country of the owner library, ISO 3166 alpha-2, ASCII
23-31   owner library (ISIL library part), ASCII, right-padded with 0x00
======  =====================================================================

The CRC is CRC-16 with polynomial 0x1021, initial value 0xFFFF, MSB first
(the CCITT-FALSE register), fed bytes 0-18, then 21-31, then two 0x00 bytes.

Security is not in this block: it is the tag's AFI byte (ISO 28560-1: 0x07 an
item in the library, secured; 0xC2 an item checked out, not secured).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_, Sentence

BLOCK_LENGTH = 32
ITEM_ID_LENGTH = 16
LIBRARY_LENGTH = 9

AFI_SECURED = 0x07
AFI_UNSECURED = 0xC2


class TypeOfUsage(IntEnum):
    ACQUISITION = 0
    FOR_CIRCULATION = 1
    NOT_FOR_CIRCULATION = 2
    DISCARDED = 7
    PATRON_CARD = 8


USAGE_NAMES: dict[int, str] = {
    0: "acquisition",
    1: "for circulation",
    2: "not for circulation",
    7: "discarded",
    8: "patron card",
}


class TagDataError(DeskError):
    """Tag data cannot be decoded or an item cannot be encoded as given."""


@dataclass(frozen=True)
class LibraryTag:
    """The decoded fields of a Danish-model tag."""

    item_id: str
    parts_in_item: int = 1
    part_number: int = 1
    country: str = ""
    library: str = ""
    version: int = 1
    type_of_usage: int = TypeOfUsage.FOR_CIRCULATION

    @property
    def owner(self) -> str:
        """``"DK-710100"``-style owner id (ISIL-like), ``""`` when the tag names none."""
        if self.country and self.library:
            return f"{self.country}-{self.library}"
        return self.library or self.country

    @property
    def usage_name(self) -> str:
        return USAGE_NAMES.get(self.type_of_usage, f"type {self.type_of_usage}")


@dataclass(frozen=True)
class DecodedBlock:
    """A decoded block with its CRC check; ``problems`` lists anything odd, in words."""

    tag: LibraryTag
    crc_stored: int
    crc_computed: int
    problems: tuple[str, ...] = ()

    @property
    def crc_ok(self) -> bool:
        return self.crc_stored == self.crc_computed


def crc16_ccitt_false(data: bytes, register: int = 0xFFFF) -> int:
    """CRC-16, polynomial 0x1021, MSB first, no reflection, no final xor."""
    for byte in data:
        register ^= byte << 8
        for _ in range(8):
            carry = register & 0x8000
            register = (register << 1) & 0xFFFF
            if carry:
                register ^= 0x1021
    return register


def block_crc(block: bytes) -> int:
    """The CRC of a 32-byte block, skipping the CRC field (bytes 19-20)."""
    if len(block) < BLOCK_LENGTH:
        raise TagDataError(
            Sentence(
                N_("A tag block has {block_length} bytes, this one {count}."),
                block_length=BLOCK_LENGTH,
                count=len(block),
            )
        )
    return crc16_ccitt_false(bytes(block[0:19]) + bytes(block[21:32]) + b"\x00\x00")


def _ascii_field(raw: bytes, name: str, problems: list[str]) -> str:
    text = raw.split(b"\x00", 1)[0]
    if any(b < 0x20 or b > 0x7E for b in text):
        problems.append(f"The {name} on the tag has characters that are not plain text.")
        return text.decode("ascii", errors="replace")
    return text.decode("ascii")


def decode_block(data: bytes) -> DecodedBlock:
    """Decode the first 32 bytes of a tag's user memory (longer input: the rest is ignored)."""
    if len(data) < BLOCK_LENGTH:
        raise TagDataError(
            Sentence(
                N_("The tag gave {count} bytes; a library tag holds at least {block_length}."),
                count=len(data),
                block_length=BLOCK_LENGTH,
            )
        )
    block = bytes(data[:BLOCK_LENGTH])
    problems: list[str] = []
    version, usage = block[0] >> 4, block[0] & 0x0F
    parts, part = block[1], block[2]
    tag = LibraryTag(
        item_id=_ascii_field(block[3:19], "item id", problems),
        parts_in_item=parts,
        part_number=part,
        country=_ascii_field(block[21:23], "country", problems),
        library=_ascii_field(block[23:32], "library", problems),
        version=version,
        type_of_usage=usage,
    )
    stored = block[19] | (block[20] << 8)
    computed = block_crc(block)
    if stored != computed:
        problems.append(
            f"The tag's check sum is wrong (stored {stored:04X}, computed {computed:04X}); "
            "the data may be damaged."
        )
    if version != 1:
        problems.append(f"The tag uses data model version {version}; this desk reads version 1.")
    if parts == 0 or part == 0 or part > parts:
        problems.append(f"The tag says part {part} of {parts}, which cannot be right.")
    return DecodedBlock(tag=tag, crc_stored=stored, crc_computed=computed, problems=tuple(problems))


def _check_ascii(value: str, name: str, limit: int) -> bytes:
    try:
        raw = value.encode("ascii")
    except UnicodeEncodeError as exc:
        raise TagDataError(
            Sentence(
                N_("The {name} “{value}” must be plain letters and digits."), name=name, value=value
            )
        ) from exc
    if len(raw) > limit:
        raise TagDataError(
            Sentence(
                N_("The {name} “{value}” is longer than {limit} characters."),
                name=name,
                value=value,
                limit=limit,
            )
        )
    if any(b < 0x20 or b > 0x7E for b in raw):
        raise TagDataError(
            Sentence(
                N_("The {name} “{value}” has characters a tag cannot hold."), name=name, value=value
            )
        )
    return raw


def encode_block(tag: LibraryTag) -> bytes:
    """The 32 bytes (CRC included) that store ``tag``; raises TagDataError for bad fields.

    An empty item id is allowed: that is a blank tag pre-set with the owner library.
    """
    if not 1 <= tag.parts_in_item <= 255:
        raise TagDataError(N_("The number of parts must be between 1 and 255."))
    if not 1 <= tag.part_number <= tag.parts_in_item:
        raise TagDataError(
            Sentence(
                N_("Part {part_number} of {parts_in_item} is not possible."),
                part_number=tag.part_number,
                parts_in_item=tag.parts_in_item,
            )
        )
    if not 0 <= tag.version <= 15 or not 0 <= tag.type_of_usage <= 15:
        raise TagDataError(N_("Version and type of usage must each fit in 4 bits."))
    item = _check_ascii(tag.item_id, "item id", ITEM_ID_LENGTH)
    country = _check_ascii(tag.country.upper(), "country", 2)
    if country and len(country) != 2:
        raise TagDataError(
            Sentence(
                N_("The country “{country}” must be a two-letter code like DK."),
                country=tag.country,
            )
        )
    library = _check_ascii(tag.library, "library", LIBRARY_LENGTH)
    block = bytearray(BLOCK_LENGTH)
    block[0] = (tag.version << 4) | tag.type_of_usage
    block[1] = tag.parts_in_item
    block[2] = tag.part_number
    block[3 : 3 + len(item)] = item
    block[21 : 21 + len(country)] = country
    block[23 : 23 + len(library)] = library
    crc = block_crc(bytes(block))
    block[19] = crc & 0xFF
    block[20] = crc >> 8
    return bytes(block)


def split_isil(isil: str) -> tuple[str, str]:
    """``"DK-710100"`` -> ``("DK", "710100")``; a value without a country prefix keeps ``""``."""
    text = isil.strip()
    if len(text) > 3 and text[2] == "-" and text[:2].isalpha():
        return text[:2].upper(), text[3:]
    return "", text


def item_tag_for(item_id: str, isil: str, parts: int = 1, part: int = 1) -> LibraryTag:
    """The tag for one of our own items, owned by the library ``isil``."""
    if not item_id.strip():
        raise TagDataError(N_("An item tag needs an item id."))
    country, library = split_isil(isil)
    return LibraryTag(
        item_id=item_id.strip(),
        parts_in_item=parts,
        part_number=part,
        country=country,
        library=library,
    )


def with_part(tag: LibraryTag, part: int) -> LibraryTag:
    return replace(tag, part_number=part)


def parse_hex(text: str) -> bytes:
    """Hex as support staff paste it: spaces, colons, ``0x`` prefixes allowed."""
    cleaned = text.strip().lower().replace("0x", "")
    for sep in (" ", ":", "-", "\n", "\t", ","):
        cleaned = cleaned.replace(sep, "")
    try:
        return bytes.fromhex(cleaned)
    except ValueError as exc:
        raise TagDataError(
            Sentence(N_("“{text}” is not hexadecimal tag data."), text=text.strip()[:40])
        ) from exc
