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


def clean(text: str) -> str:
    """NFC, without control characters (left over from bad MARC-8 escapes) or extra spaces."""
    text = " ".join(_CONTROL.sub("", text).split())
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _trim_punctuation(text: str) -> str:
    return clean(text).rstrip(" /:;,=").rstrip()


def _subfields(field: pymarc.Field, codes: str) -> list[str]:
    wanted = set(codes)
    return [clean(sf.value) for sf in field.subfields if sf.code in wanted and clean(sf.value)]


def _joined(field: pymarc.Field, codes: str) -> str:
    # keep the order of the codes as configured, not as stored
    parts: list[str] = []
    for code in codes:
        parts.extend(clean(v) for v in field.get_subfields(code) if clean(v))
    return " ".join(parts)


def _first(record: pymarc.Record, tags: tuple[str, ...], codes: str) -> str:
    for tag in tags:
        for field in record.get_fields(tag):
            values = _subfields(field, codes)
            if values:
                return " ".join(values)
    return ""


def _control(record: pymarc.Record, tag: str) -> str:
    for field in record.get_fields(tag):
        if field.is_control_field() and field.data:
            return clean(field.data)
    return ""


def _year(record: pymarc.Record) -> str:
    text = _first(record, ("260", "264"), "c")
    match = re.search(r"\d{4}", text)
    if match:
        return match.group(0)
    fixed = _control(record, "008")
    if len(fixed) >= 11 and fixed[7:11].isdigit():
        return fixed[7:11]
    return ""


def _oclc(record: pymarc.Record) -> str:
    for field in record.get_fields("035"):
        for value in field.get_subfields("a"):
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
    found: list[str] = []
    for field in record.get_fields("020"):
        for value in field.get_subfields("a"):
            normal = normalise_isbn(value)
            if normal and normal not in found:
                found.append(normal)
    return tuple(found)


def all_issns(record: pymarc.Record) -> tuple[str, ...]:
    """Every valid ISSN in 022 $a and $l (the linking ISSN)."""
    found: list[str] = []
    for field in record.get_fields("022"):
        for value in field.get_subfields("a", "l"):
            normal = normalise_issn(value)
            if normal and normal not in found:
                found.append(normal)
    return tuple(found)


def system_numbers(record: pymarc.Record) -> tuple[str, ...]:
    """Every 035 $a as written (cleaned), record order."""
    found: list[str] = []
    for field in record.get_fields("035"):
        for value in field.get_subfields("a"):
            text = clean(value)
            if text and text not in found:
                found.append(text)
    return tuple(found)


def _isbn(record: pymarc.Record) -> str:
    raw = ""
    for field in record.get_fields("020"):
        for value in field.get_subfields("a"):
            normal = normalise_isbn(value)
            if normal:
                return normal
            raw = raw or strip_qualifier(clean(value))
    return raw


def _issn(record: pymarc.Record) -> str:
    raw = ""
    for field in record.get_fields("022"):
        for value in field.get_subfields("a"):
            normal = normalise_issn(value)
            if normal:
                return normal
            raw = raw or clean(value)
    return raw


def citation_from_record(record: pymarc.Record) -> Citation:
    """The bibliographic part of a MARC 21 record as a Citation."""
    title_field = next(iter(record.get_fields("245")), None)
    title = ""
    if title_field is not None:
        title = " ".join(_subfields(title_field, "abnp"))
    return Citation(
        title=_trim_punctuation(title),
        author=_trim_punctuation(
            _first(record, ("100", "110", "111"), "a") or _first(record, ("700", "710"), "a")
        ),
        isbn=_isbn(record),
        issn=_issn(record),
        oclc_number=_oclc(record),
        edition=_trim_punctuation(_first(record, ("250",), "a")),
        publisher=_trim_punctuation(_first(record, ("260", "264"), "b")),
        place=_trim_punctuation(_first(record, ("260", "264"), "a")),
        year=_year(record),
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
    items: list[HoldingItem] = []
    for field in record.get_fields(mapping.tag):
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
    return CatalogueRecord(
        control_number=_control(record, "001"),
        citation=citation_from_record(record),
        items=items_from_record(record, mapping),
        material=material_of(record).value,
        notes=notes,
        isbns=all_isbns(record),
        issns=all_issns(record),
        system_numbers=system_numbers(record),
    )


def material_of(record: pymarc.Record) -> Material:
    """What the record describes, from the leader, 007, 008 and a 502 dissertation note."""
    leader = str(record.leader or "")
    f008 = next((f.data or "" for f in record.get_fields("008") if f.is_control_field()), "")
    f007 = [f.data or "" for f in record.get_fields("007") if f.is_control_field()]
    return material_from_marc(leader, f008, f007, bool(record.get_fields("502")))
