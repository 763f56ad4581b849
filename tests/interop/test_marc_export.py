from __future__ import annotations

import csv
import io
from datetime import date

from lxml import etree

from illdesk.domain.citation import Citation
from illdesk.interop.marc.export import (
    citation_to_record,
    citations_to_marc,
    citations_to_marcxml,
    requests_to_csv,
)
from illdesk.interop.marc.reader import read_marc
from illdesk.interop.marc.records import CatalogueRecord

BOOK = Citation(
    title="Comédie humaine",
    author="Balzac, Honoré de",
    isbn="0836932722 (pbk.)",
    oclc_number="647986",
    edition="2nd ed.",
    publisher="Éditions X",
    place="Paris",
    year="1900",
)
ARTICLE = Citation(
    title="",
    article_title="Deep sea vents",
    journal="Nature",
    issn="0028-0836",
    volume="401",
    issue="6751",
    pages="100-109",
    doi="10.1038/43614",
    year="1999",
)


def test_citation_to_record_fields() -> None:
    record = citation_to_record(
        BOOK, "ILL-2026-0042", "Purchase on demand", today=date(2026, 11, 23)
    )
    assert record.leader[9] == "a"
    assert record["001"].data == "ILL-2026-0042"
    assert record["008"].data.startswith("261123s1900")
    assert len(record["008"].data) == 40
    assert record["020"]["a"] == "0836932722"
    assert record["035"]["a"] == "(OCoLC)647986"
    assert record["245"]["a"] == "Comédie humaine"
    assert record["264"]["b"] == "Éditions X"
    assert record["590"]["a"] == "Purchase on demand"


def test_marc_binary_round_trip_keeps_diacritics() -> None:
    data = citations_to_marc([("ILL-1", BOOK, ""), ("ILL-2", ARTICLE, "")])
    results = list(read_marc(data))
    assert all(isinstance(r, CatalogueRecord) for r in results)
    first, second = results
    assert isinstance(first, CatalogueRecord) and isinstance(second, CatalogueRecord)
    assert first.control_number == "ILL-1"
    assert first.citation.title == "Comédie humaine"
    assert first.citation.author == "Balzac, Honoré de"
    assert first.citation.isbn == "0-8369-3272-2"
    assert first.citation.publisher == "Éditions X"
    assert second.citation.title == "Deep sea vents"
    assert second.citation.issn == "0028-0836"


def test_marcxml_is_well_formed_and_reads_back() -> None:
    data = citations_to_marcxml([("ILL-1", BOOK, "")])
    root = etree.fromstring(data)
    assert etree.QName(root).localname == "collection"
    back = list(read_marc(data))
    assert isinstance(back[0], CatalogueRecord)
    assert back[0].citation.title == "Comédie humaine"


def test_control_characters_cannot_break_the_record() -> None:
    nasty = Citation(title="A\x1eB\x1fC\x1dD", author="X")
    back = list(read_marc(citations_to_marc([("1", nasty, "")])))
    assert isinstance(back[0], CatalogueRecord)
    assert back[0].citation.title == "A B C D"


def test_requests_csv_spreads_citation_and_defuses_formulas() -> None:
    text = requests_to_csv(
        [
            {"number": "ILL-1", "state": "new", "citation": BOOK, "patron": "=HYPERLINK(1)"},
            {"number": "ILL-2", "state": "sourcing", "citation": ARTICLE, "patron": "Ann, B"},
        ]
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["number"] for r in rows] == ["ILL-1", "ILL-2"]
    assert rows[0]["title"] == "Comédie humaine"
    assert rows[0]["patron"] == "'=HYPERLINK(1)"
    assert rows[1]["journal"] == "Nature"
    assert rows[1]["patron"] == "Ann, B"


def test_requests_csv_chosen_columns() -> None:
    text = requests_to_csv(
        [{"number": "ILL-1", "citation": BOOK}], columns=["number", "title", "isbn"]
    )
    assert text.splitlines() == ["number,title,isbn", "ILL-1,Comédie humaine,0836932722 (pbk.)"]
