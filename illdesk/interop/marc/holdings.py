"""pymarc records -> citation + items, by a configurable 852/949/952 subfield mapping."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from illdesk.domain.citation import Citation, normalise_isbn, normalise_issn, strip_qualifier
from illdesk.domain.lending_policy import Material, material_from_marc
from illdesk.interop.marc.records import CatalogueRecord, HoldingItem

if TYPE_CHECKING:  # records come from the reader; the mapping needs no pymarc to start
    import pymarc

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class HoldingsMapping:
    """Which field holds items and which subfields hold what (codes in order, joined by spaces).

    ``location_fallback`` is used when the location subfields are empty (852 $a: the library).
    ``status_codes`` for Koha 952: subfield codes whose non-zero value makes the item unavailable.
    """

    tag: str = "852"
    barcode: str = "p"
    call_number: str = "khim"
    location: str = "bc"
    location_fallback: str = "a"
    status: str = ""
    status_codes: str = ""

    @classmethod
    def for_tag(cls, tag: str) -> HoldingsMapping:
        if tag == "949":
            return cls(
                tag="949",
                barcode="i",
                call_number="ab",
                location="l",
                location_fallback="",
                status="s",
            )
        if tag == "952":
            return cls(
                tag="952",
                barcode="p",
                call_number="o",
                location="c",
                location_fallback="a",
                status="",
                status_codes="107",
            )
        return cls()

    @classmethod
    def parse(cls, tag: str, spec: str) -> HoldingsMapping:
        """``spec`` like "barcode=p call_number=hi location=b status=x"; empty = the tag's default.

        Raises ValueError with words when the spec is malformed.
        """
        if tag not in ("852", "949", "952"):
            raise ValueError(f"Holdings field “{tag}” must be 852, 949 or 952.")
        base = cls.for_tag(tag)
        values = {
            "barcode": base.barcode,
            "call_number": base.call_number,
            "location": base.location,
            "location_fallback": base.location_fallback,
            "status": base.status,
            "status_codes": base.status_codes,
        }
        for part in spec.replace(",", " ").split():
            name, sep, codes = part.partition("=")
            if not sep or name not in values:
                raise ValueError(f"“{part}” is not name=subfields; names are {', '.join(values)}.")
            if not re.fullmatch(r"[0-9a-z]*", codes):
                raise ValueError(f"“{codes}” must be subfield codes (letters or digits).")
            values[name] = codes
        return cls(tag=tag, **values)


_KOHA_STATUS = {"1": "lost", "0": "withdrawn", "7": "not for loan"}

TAGS_READ = frozenset(
    {"001", "007", "008", "020", "022", "035", "100", "110", "111"}
    | {"245", "250", "260", "264", "502", "700", "710"}
)
"""Every tag :func:`catalogue_record` looks at besides the mapping's item field.  The
ISO 2709 reader decodes only these fields, so a tag read below must be listed here
(``tests/interop/test_marc_reader.py`` compares the import with a full decode)."""


def tags_read(mapping: HoldingsMapping) -> frozenset[str]:
    """The tags :func:`catalogue_record` reads with ``mapping``."""
    return TAGS_READ | {mapping.tag}


_Fields = dict[str, list["pymarc.Field"]]
"""A record's fields by tag, in record order: built once per record, so finding a tag is
a dictionary look-up instead of a scan of every field (pymarc's ``get_fields``)."""


def _fields_by_tag(record: pymarc.Record) -> _Fields:
    by_tag: _Fields = {}
    for fld in record.fields:
        same = by_tag.get(fld.tag)
        if same is None:
            by_tag[fld.tag] = [fld]
        else:
            same.append(fld)
    return by_tag


_NONE: list[pymarc.Field] = []


def clean(text: str) -> str:
    """NFC, without control characters (left over from bad MARC-8 escapes) or extra spaces."""
    if text.isprintable():
        # no control character to remove, and the only white space is U+0020: most
        # values have no run of spaces nor one at either end and are left as they are
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
    else:
        text = " ".join(_CONTROL.sub("", text).split())
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _trim_punctuation(text: str) -> str:
    """``text`` (already :func:`clean`: values cleaned one by one and joined by a space
    stay clean) without the ISBD punctuation at its end."""
    return text.rstrip(" /:;,=").rstrip()


_CODE_SETS: dict[str, frozenset[str]] = {}


def _subfields(field: pymarc.Field, codes: str) -> list[str]:
    wanted = _CODE_SETS.get(codes)
    if wanted is None:
        wanted = _CODE_SETS[codes] = frozenset(codes)
    return [value for sf in field.subfields if sf.code in wanted and (value := clean(sf.value))]


def _joined(field: pymarc.Field, codes: str) -> str:
    # keep the order of the codes as configured, not as stored
    parts: list[str] = []
    subfields = field.subfields
    for code in codes:
        for sf in subfields:
            if sf.code == code:
                value = clean(sf.value)
                if value:
                    parts.append(value)
    return " ".join(parts)


def _first(by_tag: _Fields, tags: tuple[str, ...], codes: str) -> str:
    for tag in tags:
        for field in by_tag.get(tag, _NONE):
            values = _subfields(field, codes)
            if values:
                return " ".join(values)
    return ""


def _control(by_tag: _Fields, tag: str) -> str:
    for field in by_tag.get(tag, _NONE):
        if field.is_control_field() and field.data:
            return clean(field.data)
    return ""


def _values(by_tag: _Fields, tag: str, codes: tuple[str, ...]) -> list[str]:
    """Every value of subfields ``codes`` in fields ``tag``, in record order."""
    return [sf.value for fld in by_tag.get(tag, _NONE) for sf in fld.subfields if sf.code in codes]


def _year(by_tag: _Fields) -> str:
    text = _first(by_tag, ("260", "264"), "c")
    match = re.search(r"\d{4}", text)
    if match:
        return match.group(0)
    fixed = _control(by_tag, "008")
    if len(fixed) >= 11 and fixed[7:11].isdigit():
        return fixed[7:11]
    return ""


def _oclc(by_tag: _Fields) -> str:
    for value in _values(by_tag, "035", ("a",)):
        digits = oclc_digits(value)
        if digits:
            return digits
    return ""


def oclc_digits(value: str) -> str:
    """The OCLC number in a 035 $a like "(OCoLC)ocm00012345" as digits ("12345"), else ""."""
    if "OCoLC" not in value:
        return ""
    digits = re.sub(r"\D", "", value.split(")", 1)[-1])
    return (digits.lstrip("0") or "0") if digits else ""


def all_isbns(record: pymarc.Record) -> tuple[str, ...]:
    """Every valid ISBN in the record's 020 $a fields (no duplicates, record order)."""
    return _all_isbns(_fields_by_tag(record))


def _all_isbns(by_tag: _Fields) -> tuple[str, ...]:
    return _valid_isbns(_isbn_pairs(by_tag))


def _isbn_pairs(by_tag: _Fields) -> list[tuple[str, str]]:
    """Every 020 $a with its normal form ("" when not a valid ISBN): normalised once."""
    return [(value, normalise_isbn(value)) for value in _values(by_tag, "020", ("a",))]


def _valid_isbns(pairs: list[tuple[str, str]]) -> tuple[str, ...]:
    found: list[str] = []
    for _, normal in pairs:
        if normal and normal not in found:
            found.append(normal)
    return tuple(found)


def all_issns(record: pymarc.Record) -> tuple[str, ...]:
    """Every valid ISSN in 022 $a and $l (the linking ISSN)."""
    return _all_issns(_fields_by_tag(record))


def _all_issns(by_tag: _Fields) -> tuple[str, ...]:
    found: list[str] = []
    for value in _values(by_tag, "022", ("a", "l")):
        normal = normalise_issn(value)
        if normal and normal not in found:
            found.append(normal)
    return tuple(found)


def system_numbers(record: pymarc.Record) -> tuple[str, ...]:
    """Every 035 $a as written (cleaned), record order."""
    return _system_numbers(_fields_by_tag(record))


def _system_numbers(by_tag: _Fields) -> tuple[str, ...]:
    found: list[str] = []
    for value in _values(by_tag, "035", ("a",)):
        text = clean(value)
        if text and text not in found:
            found.append(text)
    return tuple(found)


def _isbn(pairs: list[tuple[str, str]]) -> str:
    raw = ""
    for value, normal in pairs:
        if normal:
            return normal
        raw = raw or strip_qualifier(clean(value))
    return raw


def _issn(by_tag: _Fields) -> str:
    raw = ""
    for value in _values(by_tag, "022", ("a",)):
        normal = normalise_issn(value)
        if normal:
            return normal
        raw = raw or clean(value)
    return raw


def citation_from_record(record: pymarc.Record) -> Citation:
    """The bibliographic part of a MARC 21 record as a Citation."""
    return _citation(_fields_by_tag(record))


def _citation(by_tag: _Fields, isbns: list[tuple[str, str]] | None = None) -> Citation:
    titles = by_tag.get("245")
    title = " ".join(_subfields(titles[0], "abnp")) if titles else ""
    return Citation(
        title=_trim_punctuation(title),
        author=_trim_punctuation(
            _first(by_tag, ("100", "110", "111"), "a") or _first(by_tag, ("700", "710"), "a")
        ),
        isbn=_isbn(_isbn_pairs(by_tag) if isbns is None else isbns),
        issn=_issn(by_tag),
        oclc_number=_oclc(by_tag),
        edition=_trim_punctuation(_first(by_tag, ("250",), "a")),
        publisher=_trim_punctuation(_first(by_tag, ("260", "264"), "b")),
        place=_trim_punctuation(_first(by_tag, ("260", "264"), "a")),
        year=_year(by_tag),
    )


def _status(field: pymarc.Field, mapping: HoldingsMapping) -> str:
    if mapping.status:
        value = _joined(field, mapping.status)
        if value:
            return value
    for code in mapping.status_codes:
        for value in field.get_subfields(code):
            if clean(value) not in ("", "0"):
                return _KOHA_STATUS.get(code, "unavailable")
    return "available" if mapping.status_codes else ""


def items_from_record(record: pymarc.Record, mapping: HoldingsMapping) -> tuple[HoldingItem, ...]:
    return _items(_fields_by_tag(record), mapping)


def _items(by_tag: _Fields, mapping: HoldingsMapping) -> tuple[HoldingItem, ...]:
    items: list[HoldingItem] = []
    for field in by_tag.get(mapping.tag, _NONE):
        if field.is_control_field():
            continue
        location = _joined(field, mapping.location)
        if not location and mapping.location_fallback:
            location = _joined(field, mapping.location_fallback)
        items.append(
            HoldingItem(
                barcode=_joined(field, mapping.barcode),
                call_number=_joined(field, mapping.call_number),
                location=location,
                status=_status(field, mapping),
            )
        )
    return tuple(items)


def catalogue_record(
    record: pymarc.Record, mapping: HoldingsMapping, notes: tuple[str, ...] = ()
) -> CatalogueRecord:
    by_tag = _fields_by_tag(record)
    isbns = _isbn_pairs(by_tag)
    return CatalogueRecord(
        control_number=_control(by_tag, "001"),
        citation=_citation(by_tag, isbns),
        items=_items(by_tag, mapping),
        material=_material(record, by_tag).value,
        notes=notes,
        isbns=_valid_isbns(isbns),
        issns=_all_issns(by_tag),
        system_numbers=_system_numbers(by_tag),
    )


def material_of(record: pymarc.Record) -> Material:
    """What the record describes, from the leader, 007, 008 and a 502 dissertation note."""
    return _material(record, _fields_by_tag(record))


def _material(record: pymarc.Record, by_tag: _Fields) -> Material:
    leader = str(record.leader or "")
    f008 = next((f.data or "" for f in by_tag.get("008", _NONE) if f.is_control_field()), "")
    f007 = [f.data or "" for f in by_tag.get("007", _NONE) if f.is_control_field()]
    return material_from_marc(leader, f008, f007, "502" in by_tag)
