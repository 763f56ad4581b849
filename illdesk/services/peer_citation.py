"""Citations <-> the bibliographic parts of an ISO 18626 request, both directions.

A loan carries the book in ``title``; a copy carries the journal (or book) in
``title`` and the article or chapter in ``titleOfComponent``.
"""

from __future__ import annotations

from dataclasses import replace

from illdesk.domain.citation import Citation, isbn_problem, issn_problem
from illdesk.domain.vocabulary import ServiceType
from illdesk.interop.iso18626.messages import (
    BibliographicInfo,
    BibliographicItemId,
    BibliographicRecordId,
    Coded,
    PublicationInfo,
    Request,
)


def _or_none(text: str) -> str | None:
    return text.strip() or None


def bibliographic_for(citation: Citation, service_type: ServiceType) -> BibliographicInfo:
    item_ids = []
    if citation.isbn.strip():
        item_ids.append(BibliographicItemId(citation.isbn.strip(), Coded("ISBN")))
    if citation.issn.strip():
        item_ids.append(BibliographicItemId(citation.issn.strip(), Coded("ISSN")))
    record_ids = []
    if citation.oclc_number.strip():
        record_ids.append(BibliographicRecordId(Coded("OCLC"), citation.oclc_number.strip()))
    if citation.doi.strip():
        record_ids.append(BibliographicRecordId(Coded("DOI"), citation.doi.strip()))
    if citation.pmid.strip():
        record_ids.append(BibliographicRecordId(Coded("PMID"), citation.pmid.strip()))
    if service_type is ServiceType.COPY:
        return BibliographicInfo(
            title=_or_none(citation.journal or citation.title),
            author=None if citation.article_title else _or_none(citation.author),
            title_of_component=_or_none(citation.article_title),
            author_of_component=_or_none(citation.author) if citation.article_title else None,
            edition=_or_none(citation.edition),
            volume=_or_none(citation.volume),
            issue=_or_none(citation.issue),
            pages_requested=_or_none(citation.pages),
            item_ids=tuple(item_ids),
            record_ids=tuple(record_ids),
        )
    return BibliographicInfo(
        title=_or_none(citation.title),
        author=_or_none(citation.author),
        edition=_or_none(citation.edition),
        volume=_or_none(citation.volume),
        item_ids=tuple(item_ids),
        record_ids=tuple(record_ids),
    )


def publication_for(citation: Citation) -> PublicationInfo | None:
    if not (citation.publisher or citation.year or citation.place):
        return None
    return PublicationInfo(
        publisher=_or_none(citation.publisher),
        publication_date=_or_none(citation.year),
        place_of_publication=_or_none(citation.place),
    )


def citation_from_request(
    message: Request, service_type: ServiceType
) -> tuple[Citation, list[str]]:
    """The citation a peer's request describes, and notes on what could not be kept as sent.

    A malformed ISBN or ISSN is not lost: it moves into the notes (for the history)
    and the field stays empty, so the request can still be taken in.
    """
    info = message.bibliographic_info
    publication = message.publication_info or PublicationInfo()
    notes: list[str] = []
    isbn = issn = ""
    for item in info.item_ids:
        code = item.code.value.strip().upper()
        if code == "ISBN" and not isbn:
            isbn = item.identifier.strip()
        elif code == "ISSN" and not issn:
            issn = item.identifier.strip()
    record: dict[str, str] = {}
    for record_id in info.record_ids:
        code = record_id.code.value.strip().upper()
        record.setdefault(code, record_id.identifier.strip())
    if isbn and isbn_problem(isbn):
        notes.append(f"The ISBN as sent was “{isbn}”: {isbn_problem(isbn)}")
        isbn = ""
    if issn and issn_problem(issn):
        notes.append(f"The ISSN as sent was “{issn}”: {issn_problem(issn)}")
        issn = ""
    oclc = record.get("OCLC", "")
    title = (info.title or "").strip()
    component = (info.title_of_component or "").strip()
    citation = Citation(
        title=title,
        author=(info.author or info.author_of_component or "").strip(),
        isbn=isbn,
        issn=issn,
        oclc_number=oclc[:20],
        edition=(info.edition or "").strip(),
        publisher=(publication.publisher or "").strip(),
        place=(publication.place_of_publication or "").strip(),
        year=(publication.publication_date or "").strip()[:10],
        volume=(info.volume or "").strip()[:20],
        issue=(info.issue or "").strip()[:20],
        pages=(info.pages_requested or "").strip()[:40],
        doi=record.get("DOI", ""),
        pmid=record.get("PMID", "")[:20],
    )
    if service_type is ServiceType.COPY:
        citation = replace(
            citation,
            journal=title,
            article_title=component,
            author=(info.author_of_component or info.author or "").strip(),
        )
    elif component:
        notes.append(f"Part asked for: {component}")
    return citation, notes
