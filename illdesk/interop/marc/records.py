"""What one MARC record gives the desk: the citation and the items on the shelf."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.domain.citation import Citation, match_key, normalise_isbn

ENCODINGS = ("auto", "marc8", "utf-8", "cp1251", "iso8859-1", "iso8859-2", "cp1252")
"""The character sets a MARC file may be read in (``auto``: from the leader and bytes)."""


@dataclass(frozen=True)
class HoldingItem:
    barcode: str = ""
    call_number: str = ""
    location: str = ""
    status: str = ""


@dataclass(frozen=True)
class CatalogueRecord:
    control_number: str
    citation: Citation
    items: tuple[HoldingItem, ...] = ()
    material: str = ""  # a ``domain.lending_policy.Material`` value, "" when not known
    notes: tuple[str, ...] = ()  # things fixed or doubtful while reading, in words
    #: Every 020 $a ISBN that is valid, hyphenated ("978-0-..." or "0-..."), in record order.
    isbns: tuple[str, ...] = ()
    #: Every 022 $a/$l ISSN that is valid, as "1234-5679".
    issns: tuple[str, ...] = ()
    #: Every 035 $a as written, e.g. "(OCoLC)ocm12345678", "(DLC)   00000074".
    system_numbers: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What a re-import matches on: 001, else the ISBN, else title+author."""
        if self.control_number:
            return f"001:{self.control_number}"
        isbn = normalise_isbn(self.citation.isbn)
        if isbn:
            return f"isbn:{isbn}"
        return f"work:{match_key(self.citation.title, self.citation.author)}"


@dataclass(frozen=True)
class Skipped:
    """A record that could not be read; ``index`` counts from 1 in file order."""

    index: int
    reason: str
