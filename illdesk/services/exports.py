"""Exports staff take from the window (File → Export): the requests of one side and our
catalogue, as MARC 21 (ISO 2709 or MARCXML) for cataloguing and as CSV for spreadsheets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import describe_state
from illdesk.interop.marc.records import HoldingItem
from illdesk.persistence import orm
from illdesk.persistence.database import Database

if TYPE_CHECKING:
    import pymarc

Format = Literal["marc", "marcxml", "csv"]
FORMATS: tuple[Format, ...] = ("marc", "marcxml", "csv")

REQUEST_COLUMNS = (
    "number",
    "side",
    "service_type",
    "state",
    "patron",
    "partner",
    "title",
    "author",
    "isbn",
    "issn",
    "oclc_number",
    "article_title",
    "journal",
    "year",
    "needed_by",
    "due_date",
    "created_at",
    "updated_at",
)
CATALOGUE_COLUMNS = (
    "control_number",
    "title",
    "author",
    "isbns",
    "issns",
    "oclc_number",
    "other_numbers",
    "year",
    "material",
    "barcode",
    "call_number",
    "location",
    "status",
)


class ExportFailed(DeskError):
    """The file could not be written; the message says why."""


def _citation(c: orm.Citation) -> Citation:
    return Citation(**{name: getattr(c, name) for name in Citation.__dataclass_fields__})


class ExportService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def export_requests(self, side: Side, path: str | Path, fmt: Format) -> int:
        """Every request of ``side`` to ``path``; returns how many were written."""
        from illdesk.interop.marc.export import (  # pymarc, when exporting
            citation_to_record,
            requests_to_csv,
        )

        with self._db.reading() as session:
            requests = list(
                session.scalars(
                    select(orm.Request)
                    .where(orm.Request.side == side.value)
                    .order_by(orm.Request.number)
                )
            )
            if fmt == "csv":
                rows: list[dict[str, object]] = [
                    {
                        "number": r.number,
                        "side": r.side,
                        "service_type": r.service_type,
                        "state": describe_state(State(r.state)),
                        "patron": r.patron.name if r.patron else "",
                        "partner": r.partner.symbol if r.partner else "",
                        "citation": _citation(r.citation),
                        "needed_by": r.needed_by or "",
                        "due_date": r.due_date or "",
                        "created_at": f"{r.created_at:%Y-%m-%d %H:%M}",
                        "updated_at": f"{r.updated_at:%Y-%m-%d %H:%M}",
                    }
                    for r in requests
                ]
                data = requests_to_csv(rows, REQUEST_COLUMNS).encode("utf-8-sig")
            else:
                records = [
                    citation_to_record(
                        _citation(r.citation),
                        r.number,
                        f"ILL {r.side} request {r.number} ({describe_state(State(r.state))})",
                    )
                    for r in requests
                ]
                data = _marc(records, fmt)
        self._write(path, data)
        return len(requests)

    def export_catalogue(self, path: str | Path, fmt: Format) -> int:
        """Our imported catalogue (every standard number, every item) to ``path``."""
        from illdesk.interop.marc.export import rows_to_csv  # pymarc, when exporting

        count = 0
        with self._db.reading() as session:
            records = list(
                session.scalars(select(orm.CatalogueRecord).order_by(orm.CatalogueRecord.id))
            )
            count = len(records)
            if fmt == "csv":
                data = rows_to_csv(CATALOGUE_COLUMNS, self._catalogue_rows(records)).encode(
                    "utf-8-sig"
                )
            else:
                data = _marc([self._catalogue_record(r) for r in records], fmt)
        self._write(path, data)
        return count

    @staticmethod
    def _numbers(record: orm.CatalogueRecord, scheme: str) -> list[str]:
        return [i.value for i in record.identifiers if i.scheme == scheme]

    def _catalogue_rows(self, records: list[orm.CatalogueRecord]) -> Iterator[dict[str, Any]]:
        for r in records:
            base = {
                "control_number": r.control_number,
                "title": r.title,
                "author": r.author,
                "isbns": r.isbn,
                "issns": r.issn,
                "oclc_number": r.oclc_number,
                "other_numbers": " ".join(self._numbers(r, "035")),
                "year": r.year,
                "material": r.material,
            }
            shelf = [(i.barcode, i.call_number, i.location, i.status) for i in r.items]
            for barcode, call_number, location, status in shelf or [("", "", "", "")]:
                yield {
                    **base,
                    "barcode": barcode,
                    "call_number": call_number,
                    "location": location,
                    "status": status,
                }

    def _catalogue_record(self, r: orm.CatalogueRecord) -> pymarc.Record:
        from illdesk.interop.marc.export import citation_to_record  # pymarc, when exporting

        isbns = r.isbn.split()
        issns = r.issn.split()
        citation = Citation(
            title=r.title,
            author=r.author,
            isbn=isbns[0] if isbns else "",
            issn=issns[0] if issns else "",
            oclc_number=r.oclc_number,
            edition=r.edition,
            publisher=r.publisher,
            year=r.year,
        )
        control = r.control_number.split(":", 1)[-1] if r.control_number.startswith("001:") else ""
        return citation_to_record(
            citation,
            control,
            more_isbns=isbns[1:],
            more_issns=issns[1:],
            system_numbers=self._numbers(r, "035"),
            holdings=[HoldingItem(i.barcode, i.call_number, i.location, i.status) for i in r.items],
        )

    @staticmethod
    def _write(path: str | Path, data: bytes) -> None:
        target = Path(path)
        partial = target.with_name(target.name + ".part")
        try:
            partial.write_bytes(data)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ExportFailed(
                Sentence(
                    N_("{target} could not be written ({strerror})."),
                    target=target,
                    strerror=exc.strerror or exc,
                )
            ) from exc


def _marc(records: list[pymarc.Record], fmt: Format) -> bytes:
    from illdesk.interop.marc.export import (  # pymarc, when exporting
        records_to_marc,
        records_to_marcxml,
    )

    if fmt == "marcxml":
        return records_to_marcxml(records)
    if fmt == "marc":
        return records_to_marc(records)
    raise ExportFailed(
        Sentence(N_("“{fmt}” is not an export format (marc, marcxml or csv)."), fmt=fmt)
    )
