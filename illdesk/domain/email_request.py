"""Reading an ILL request that a partner sent as e-mail text.

Libraries without ISO 18626 mail their requests as labelled lines ("Title: …",
"ISBN: …", "Lender string / Symbol: …", "Need before: …").  This reads the labels
staff meet (in English, with common variants), so the lending form is filled from a
paste; anything not understood is left for staff and listed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Material, material_named

_LABELS: dict[str, str] = {
    "title": "title",
    "book title": "title",
    "item title": "title",
    "author": "author",
    "authors": "author",
    "creator": "author",
    "isbn": "isbn",
    "issn": "issn",
    "oclc": "oclc_number",
    "oclc number": "oclc_number",
    "oclc #": "oclc_number",
    "edition": "edition",
    "publisher": "publisher",
    "place": "place",
    "year": "year",
    "date": "year",
    "publication date": "year",
    "article": "article_title",
    "article title": "article_title",
    "journal": "journal",
    "journal title": "journal",
    "volume": "volume",
    "vol": "volume",
    "issue": "issue",
    "no": "issue",
    "pages": "pages",
    "doi": "doi",
}
_REQUEST_ID = {
    "request number",
    "request id",
    "request no",
    "our ref",
    "reference",
    "ill number",
    "ill #",
    "transaction number",
    "tn",
}
_LIBRARY = {
    "symbol",
    "library symbol",
    "isil",
    "oclc symbol",
    "borrowing library symbol",
    "requesting library symbol",
    "borrower symbol",
}
_MATERIAL = {"format", "material", "material type", "type", "item type", "medium"}
_NEED = {"need by", "needed by", "need before", "not wanted after", "need-by date"}
_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z #\-/]{0,40}?)\s*[:=]\s*(.+?)\s*$")


@dataclass(frozen=True)
class EmailedRequest:
    citation: Citation
    their_request_id: str = ""
    library_symbol: str = ""
    needed_by: dt.date | None = None
    material: Material | None = None
    unread: tuple[str, ...] = ()
    """Labelled lines that were not understood, for staff to look at."""


def _date(text: str) -> dt.date | None:
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%d %B %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def read_emailed_request(text: str) -> EmailedRequest:
    """Fields of a request pasted from an e-mail; never raises on junk."""
    fields: dict[str, str] = {}
    their_id = symbol = ""
    needed: dt.date | None = None
    material: Material | None = None
    unread: list[str] = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        label, value = match.group(1).strip().casefold(), match.group(2).strip()
        if label in _LABELS:
            fields.setdefault(_LABELS[label], value)
        elif label in _REQUEST_ID:
            their_id = their_id or value
        elif label in _LIBRARY:
            symbol = symbol or value.split()[0]
        elif label in _MATERIAL and material_named(value) is not None:
            material = material or material_named(value)
        elif label in _NEED:
            needed = needed or _date(value)
            if needed is None:
                unread.append(line.strip())
        elif label not in {"from", "to", "subject", "sent", "cc", "date sent"}:
            unread.append(line.strip())
    citation = replace(Citation(), **fields)
    return EmailedRequest(citation, their_id, symbol, needed, material, tuple(unread))
