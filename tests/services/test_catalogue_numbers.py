"""Every 020, 022 and 035 of a record is kept, and an ISBN-10 finds its ISBN-13 (and back).

Real Library of Congress records from the corpus (loc-first200.mrc: 00000074 "The loom of
destiny", ISBN-10 0836932722, 035 (OCoLC)647986; 00000255, ISBN-10 9201026005).  The corpus
has no record with more than one 020, so one test gives a real record the ISBNs of its
other bindings (as LC records of books in several bindings carry them) and imports that.
"""

from __future__ import annotations

from pathlib import Path

import pymarc
from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.interop.marc.holdings import HoldingsMapping, catalogue_record
from illdesk.persistence import orm
from illdesk.services.catalogue import CatalogueService
from tests.corpus_path import CORPUS

LOC = CORPUS / "marc" / "loc-first200.mrc"


def _loc_record(control: str) -> pymarc.Record:
    with open(LOC, "rb") as handle:
        for record in pymarc.MARCReader(handle):
            if record is not None and record["001"].data.strip() == control:
                return record
    raise AssertionError(f"no record {control} in {LOC}")


def _field(tag: str, *pairs: tuple[str, str]) -> pymarc.Field:
    return pymarc.Field(
        tag=tag,
        indicators=pymarc.Indicators(" ", " "),
        subfields=[pymarc.Subfield(c, v) for c, v in pairs],
    )


def test_isbn13_request_finds_the_isbn10_record(db, settings) -> None:
    service = CatalogueService(db, settings)
    service.import_files([LOC])
    # 0836932722 is printed as ISBN-10 in the record; the request carries the ISBN-13
    found = service.local_copies(Citation(title="x", isbn="978-0-8369-3272-0"))
    assert [(c.title, c.how, c.confidence) for c in found] == [
        ("The loom of destiny", "same ISBN", 1.0)
    ]
    found = service.local_copies(Citation(isbn="9789201026002"))
    assert found and found[0].title.startswith("Restoration of environments")
    assert found[0].how == "same ISBN"
    # and the OCLC number from the 035, written either way
    assert service.local_copies(Citation(oclc_number="647986"))[0].how == "same OCLC number"
    assert service.local_copies(Citation(oclc_number="(OCoLC)ocm46312542"))[0].title.startswith(
        "Restoration"
    )


def test_every_020_022_035_is_kept_and_matched(db, settings, tmp_path: Path) -> None:
    record = _loc_record("00000074")
    record.add_field(_field("020", ("a", "9780836932737 (pbk.)")))
    record.add_field(_field("020", ("a", "0-8369-3274-9 (lib. bdg.)")))
    record.add_field(_field("020", ("z", "0836932757")))  # cancelled: not an ISBN of ours
    record.add_field(_field("022", ("a", "0750-6848"), ("l", "0317-8471")))
    record.add_field(_field("035", ("a", "(DLC)   00000074")))
    path = tmp_path / "loom.mrc"
    path.write_bytes(record.as_marc())

    read = catalogue_record(record, HoldingsMapping())
    assert read.isbns == ("0-8369-3272-2", "978-0-8369-3273-7", "0-8369-3274-9")
    assert read.issns == ("0750-6848", "0317-8471")
    assert read.system_numbers == ("(OCoLC)647986", "(DLC) 00000074")

    service = CatalogueService(db, settings)
    assert service.import_files([path]).imported == 1
    with db.reading() as session:
        kept = session.scalars(
            select(orm.CatalogueIdentifier.scheme, orm.CatalogueIdentifier.value)
        ).all()
        stored = session.scalars(select(orm.CatalogueRecord)).one()
        assert stored.isbn == "0-8369-3272-2 978-0-8369-3273-7 0-8369-3274-9"
        assert stored.issn == "0750-6848 0317-8471"
    assert len(kept) == 8
    # the third ISBN (ISBN-10 in the record) found by its ISBN-13, the second by its ISBN-10
    for isbn in ("9780836932744", "0836932730", "0836932722"):
        assert service.local_copies(Citation(isbn=isbn))[0].how == "same ISBN", isbn
    assert service.local_copies(Citation(issn="0317-8471"))[0].how == "same ISSN"
    assert service.local_copies(Citation(isbn="0836932757")) == []


def test_reimport_replaces_numbers(db, settings, tmp_path: Path) -> None:
    record = _loc_record("00000255")
    path = tmp_path / "one.mrc"
    path.write_bytes(record.as_marc())
    service = CatalogueService(db, settings)
    service.import_files([path])
    record.remove_fields("020")
    record.add_field(_field("020", ("a", "9789201026019")))
    path.write_bytes(record.as_marc())
    assert service.import_files([path]).updated == 1
    assert service.local_copies(Citation(isbn="9201026005")) == []
    assert service.local_copies(Citation(isbn="9789201026019"))[0].how == "same ISBN"
