from __future__ import annotations

import pymarc
import pytest

from illdesk.interop.marc.holdings import (
    HoldingsMapping,
    catalogue_record,
    citation_from_record,
    items_from_record,
)
from illdesk.interop.marc.reader import summarise_file
from illdesk.interop.marc.records import HoldingItem
from tests.corpus_path import CORPUS


def _record(*fields: pymarc.Field) -> pymarc.Record:
    record = pymarc.Record(force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data="  rec42 "))
    record.add_field(pymarc.Field(tag="008", data="900101s1987    xx            000 0 eng d"))
    record.add_field(
        pymarc.Field(
            tag="020",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[pymarc.Subfield("a", "0836932722 (pbk.)")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="100",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", "Stringer, Arthur,")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "4"),
            subfields=[
                pymarc.Subfield("a", "The loom of destiny /"),
                pymarc.Subfield("c", "by A. Stringer."),
            ],
        )
    )
    for field in fields:
        record.add_field(field)
    return record


def _field(tag: str, *pairs: tuple[str, str]) -> pymarc.Field:
    return pymarc.Field(
        tag=tag,
        indicators=pymarc.Indicators(" ", " "),
        subfields=[pymarc.Subfield(c, v) for c, v in pairs],
    )


def test_citation_from_bib_fields() -> None:
    citation = citation_from_record(_record())
    assert citation.title == "The loom of destiny"
    assert citation.author == "Stringer, Arthur"
    assert citation.isbn == "0-8369-3272-2"
    assert citation.year == "1987"  # from 008 when 260/264 has none


def test_852_items() -> None:
    record = _record(
        _field(
            "852",
            ("a", "Main Library"),
            ("b", "Stacks"),
            ("h", "PS8537"),
            ("i", ".T8 L6"),
            ("p", "31234000123456"),
        ),
        _field("852", ("a", "Main Library"), ("h", "PS8537 .T8 L6"), ("t", "2")),
    )
    items = items_from_record(record, HoldingsMapping())
    assert items == (
        HoldingItem("31234000123456", "PS8537 .T8 L6", "Stacks", ""),
        HoldingItem("", "PS8537 .T8 L6", "Main Library", ""),
    )
    assert catalogue_record(record, HoldingsMapping()).control_number == "rec42"


def test_949_items() -> None:
    record = _record(
        _field(
            "949", ("a", "542"), ("b", "M917"), ("l", "juv"), ("i", "3900001"), ("s", "on shelf")
        )
    )
    assert items_from_record(record, HoldingsMapping.for_tag("949")) == (
        HoldingItem("3900001", "542 M917", "juv", "on shelf"),
    )


def test_952_koha_items_and_status() -> None:
    record = _record(
        _field(
            "952",
            ("a", "CPL"),
            ("b", "CPL"),
            ("c", "ADULT"),
            ("o", "823 STR"),
            ("p", "39999000001"),
            ("7", "0"),
        ),
        _field("952", ("a", "CPL"), ("o", "823 STR"), ("p", "39999000002"), ("1", "2")),
        _field("952", ("a", "MPL"), ("o", "823 STR"), ("p", "39999000003"), ("7", "1")),
    )
    items = items_from_record(record, HoldingsMapping.for_tag("952"))
    assert items == (
        HoldingItem("39999000001", "823 STR", "ADULT", "available"),
        HoldingItem("39999000002", "823 STR", "CPL", "lost"),
        HoldingItem("39999000003", "823 STR", "MPL", "not for loan"),
    )


def test_mapping_from_setting_text() -> None:
    mapping = HoldingsMapping.parse("852", "barcode=x call_number=h location=b status=z")
    record = _record(_field("852", ("b", "Annex"), ("h", "QA76"), ("x", "B-1"), ("z", "lost")))
    assert items_from_record(record, mapping) == (HoldingItem("B-1", "QA76", "Annex", "lost"),)
    assert HoldingsMapping.parse("949", "") == HoldingsMapping.for_tag("949")


@pytest.mark.parametrize(
    ("tag", "spec", "words"),
    [
        ("950", "", "must be 852, 949 or 952"),
        ("852", "barcode", "is not name=subfields"),
        ("852", "colour=a", "is not name=subfields"),
        ("852", "barcode=$p", "must be subfield codes"),
    ],
)
def test_mapping_errors_in_words(tag: str, spec: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        HoldingsMapping.parse(tag, spec)


def test_alphatag_949_from_corpus() -> None:
    summary = summarise_file(CORPUS / "marc" / "alphatag.dat", HoldingsMapping.for_tag("949"))
    record = summary.records[0]
    assert record.control_number == "000000001"
    assert record.citation.title == "Chemistry experiments for children"
    assert record.citation.oclc_number == "697"
    assert record.items == (HoldingItem("", "542 M917", "juv", ""),)
