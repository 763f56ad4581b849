"""Our own catalogue: MARC holdings imported for lending, looked up for borrowing.

Holdings matching goes by standard number first (ISBN, ISSN, OCLC number: certain),
then by the normalised title and author key (likely), then by title alone (possible).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.citation import (
    Citation,
    isbn13_compact,
    match_key,
    normalise_isbn,
    normalise_issn,
)
from illdesk.domain.matching import match_confidence
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.interop.catalogue_settings import holdings_mapping_from, own_opac_from
from illdesk.interop.marc.holdings import oclc_digits
from illdesk.interop.marc.importer import ImportReport, import_marc_files
from illdesk.interop.marc.records import CatalogueRecord, HoldingItem
from illdesk.persistence import orm
from illdesk.persistence.database import Database

AVAILABLE = ("", "available", "on shelf", "in", "0", "-")


@dataclass(frozen=True)
class LocalCopy:
    record_id: int
    title: str
    author: str
    barcode: str
    call_number: str
    location: str
    status: str
    confidence: float
    how: str

    @property
    def available(self) -> bool:
        return self.status.strip().casefold() in AVAILABLE

    def describe(self) -> str:
        where = " · ".join(p for p in (self.call_number, self.location) if p)
        state = "available" if self.available else self.status
        return f"{self.title} — {where or 'no call number'} ({state}; {self.how})"


def _isbns(text: str) -> list[str]:
    return [n for n in (normalise_isbn(part) for part in text.replace(";", " ").split()) if n]


def identifiers_of(record: CatalogueRecord) -> list[tuple[str, str]]:
    """(scheme, value) for every standard number of the record, normalised for lookup."""
    found: list[tuple[str, str]] = []

    def add(scheme: str, value: str) -> None:
        if value and (scheme, value) not in found:
            found.append((scheme, value[:120]))

    for isbn in (*record.isbns, record.citation.isbn):
        add("isbn", isbn13_compact(isbn))
    for issn in (*record.issns, record.citation.issn):
        add("issn", normalise_issn(issn))
    add("oclc", record.citation.oclc_number.strip())
    for number in record.system_numbers:
        add("oclc", oclc_digits(number))
        add("035", number)
    return found


def citation_identifiers(citation: Citation) -> list[tuple[str, str, str]]:
    """(scheme, value, how) a request's citation is looked up by."""
    checks: list[tuple[str, str, str]] = []
    for isbn in _isbns(citation.isbn):
        checks.append(("isbn", isbn13_compact(isbn), "same ISBN"))
    issn = normalise_issn(citation.issn)
    if issn:
        checks.append(("issn", issn, "same ISSN"))
    oclc = oclc_digits(citation.oclc_number) or "".join(
        ch for ch in citation.oclc_number if ch.isdigit()
    ).lstrip("0")
    if oclc:
        checks.append(("oclc", oclc, "same OCLC number"))
    return checks


def _joined_within(values: list[str], limit: int) -> str:
    """Space-joined values, as many whole ones as fit in ``limit`` characters."""
    kept: list[str] = []
    for value in (v for v in values if v):
        if len(" ".join([*kept, value])) > limit:
            break
        kept.append(value)
    return " ".join(kept)


class CatalogueService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def import_files(
        self, paths: Sequence[str | Path], progress: Progress = NO_PROGRESS
    ) -> ImportReport:
        """Import (or re-import) MARC files; one transaction per file's batch of records."""
        with self._db.transaction() as session:

            def store(record: CatalogueRecord) -> bool:
                return self._store(session, record)

            return import_marc_files(
                paths,
                store,
                holdings_mapping_from(self._settings),
                self._settings.get_str("catalogue.marc_encoding"),
                progress,
            )

    def _store(self, session: Session, record: CatalogueRecord) -> bool:
        key = record.key
        row = session.scalars(
            select(orm.CatalogueRecord).where(orm.CatalogueRecord.control_number == key)
        ).first()
        new = row is None
        if row is None:
            row = orm.CatalogueRecord(control_number=key)
            session.add(row)
        c = record.citation
        row.title = c.title[:500]
        row.author = c.author[:300]
        isbns = list(record.isbns) or _isbns(c.isbn)
        row.isbn = _joined_within(isbns, 200)
        row.issn = _joined_within(list(record.issns) or [normalise_issn(c.issn)], 60)
        row.oclc_number = c.oclc_number[:20]
        row.edition = c.edition[:100]
        row.publisher = c.publisher[:200]
        row.year = c.year[:10]
        row.match_key = match_key(c.title, c.author)[:300]
        row.material = record.material
        row.items[:] = [
            orm.CatalogueItem(
                barcode=i.barcode, call_number=i.call_number, location=i.location, status=i.status
            )
            for i in record.items
        ]
        row.identifiers[:] = [
            orm.CatalogueIdentifier(scheme=scheme, value=value)
            for scheme, value in identifiers_of(record)
        ]
        session.flush()
        return new

    def opac_configured(self) -> bool:
        return bool(self._settings.get_str("catalogue.own_opac").strip())

    def opac_copies(self, citation: Citation) -> list[LocalCopy]:
        """Our copies as our own OPAC shows them (SRU or Z39.50), best match first.

        Blocks for up to the search timeout: call it off the GUI thread.  Raises DeskError
        subclasses in words (OPAC down, setting malformed); [] when no OPAC is set.
        """
        target = own_opac_from(self._settings)
        if target is None:
            return []
        from illdesk.interop.sru.search import find_work  # lxml and pymarc, when asked

        result = find_work(
            target,
            citation,
            maximum_records=self._settings.get_int("catalogue.max_records"),
            timeout=self._settings.get_float("catalogue.search_timeout_seconds"),
        )
        copies: list[LocalCopy] = []
        for record in result.records:
            confidence, how = match_confidence(
                citation, record.citation, record.isbns, record.issns
            )
            if confidence < 0.3:
                continue
            how = Sentence(N_("{how}, {target}"), how=as_sentence(how), target=target.name)
            for item in record.items or (HoldingItem(),):
                copies.append(
                    LocalCopy(
                        0,
                        record.citation.title,
                        record.citation.author,
                        item.barcode,
                        item.call_number,
                        item.location,
                        item.status,
                        confidence,
                        how,
                    )
                )
        copies.sort(key=lambda c: (-c.confidence, not c.available, c.call_number))
        return copies

    def local_copies(self, citation: Citation) -> list[LocalCopy]:
        """Our copies of what ``citation`` describes, best match first."""
        found: dict[int, tuple[orm.CatalogueRecord, float, str]] = {}
        with self._db.reading() as session:
            checks: list[tuple[object, float, str]] = []
            for scheme, value, how in citation_identifiers(citation):
                numbered = select(orm.CatalogueIdentifier.record_id).where(
                    orm.CatalogueIdentifier.scheme == scheme,
                    orm.CatalogueIdentifier.value == value,
                )
                checks.append((orm.CatalogueRecord.id.in_(numbered), 1.0, how))
            title = citation.title or citation.journal
            if title:
                key = match_key(title, citation.author)
                checks.append((orm.CatalogueRecord.match_key == key, 0.8, "same title and author"))
                title_key = match_key(title, "")
                checks.append(
                    (orm.CatalogueRecord.match_key.like(f"{title_key}%"), 0.5, "same title")
                )
            for condition, confidence, how in checks:
                query = select(orm.CatalogueRecord).where(condition)  # type: ignore[arg-type]
                for record in session.scalars(query.limit(20)):
                    if record.id not in found or found[record.id][1] < confidence:
                        found[record.id] = (record, confidence, how)
            copies = []
            for record, confidence, how in found.values():
                shelf = [(i.barcode, i.call_number, i.location, i.status) for i in record.items]
                for barcode, call_number, location, status in shelf or [("", "", "", "")]:
                    copies.append(
                        LocalCopy(
                            record.id,
                            record.title,
                            record.author,
                            barcode,
                            call_number,
                            location,
                            status,
                            confidence,
                            how,
                        )
                    )
        copies.sort(key=lambda c: (-c.confidence, not c.available, c.call_number))
        return copies
