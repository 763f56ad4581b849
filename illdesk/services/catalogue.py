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

from illdesk.domain.citation import Citation, match_key, normalise_isbn, normalise_issn
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.interop.catalogue_settings import holdings_mapping_from
from illdesk.interop.marc.importer import ImportReport, import_marc_files
from illdesk.interop.marc.records import CatalogueRecord
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
        row.isbn = " ".join(_isbns(c.isbn))[:200]
        row.issn = normalise_issn(c.issn) or ""
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
        session.flush()
        return new

    def local_copies(self, citation: Citation) -> list[LocalCopy]:
        """Our copies of what ``citation`` describes, best match first."""
        found: dict[int, tuple[orm.CatalogueRecord, float, str]] = {}
        with self._db.reading() as session:
            checks: list[tuple[object, float, str]] = []
            for isbn in _isbns(citation.isbn):
                checks.append((orm.CatalogueRecord.isbn.like(f"%{isbn}%"), 1.0, "same ISBN"))
            issn = normalise_issn(citation.issn)
            if issn:
                checks.append((orm.CatalogueRecord.issn == issn, 1.0, "same ISSN"))
            if citation.oclc_number.strip():
                checks.append(
                    (
                        orm.CatalogueRecord.oclc_number == citation.oclc_number.strip(),
                        1.0,
                        "same OCLC number",
                    )
                )
            title = citation.title or citation.journal
            if title:
                key = match_key(title, citation.author)
                checks.append((orm.CatalogueRecord.match_key == key, 0.8, "same title and author"))
                title_key = match_key(title, "")
                checks.append(
                    (orm.CatalogueRecord.match_key.like(f"{title_key}%"), 0.5, "same title")
                )
            for condition, confidence, how in checks:
                for record in session.scalars(
                    select(orm.CatalogueRecord).where(condition).limit(20)  # type: ignore[arg-type]
                ):
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
