"""Patron data kept only as long as a request needs it (ALA guidance on patron records, GDPR).

* Retention: a finished request older than ``privacy.retention_days`` loses what identifies
  its patron - the patron link, the name, e-mail and notes in the request's history, the
  notices sent about it, the raw ISO 18626 / NCIP messages - and keeps what statistics need
  (the patron's category, side, service, dates, states).  Open requests are never touched.
* "Erase this patron": the same for every request of one person, then the patron record
  itself; refused while the person has an open request.
* "Export this patron's data": what the library holds about a person, as JSON and PDF.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotAllowed, NotFound
from illdesk.domain.printed import DataSheet
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.staff_roles import Permission
from illdesk.domain.state_groups import FINISHED
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.audit import record
from illdesk.services.mapping import search_text
from illdesk.services.staff_access import StaffAccess

Clock = Callable[[], dt.datetime]
RETENTION_KEY = "privacy.retention_days"
FINISHED_STATES = tuple(sorted(s.value for s in FINISHED))
ANONYMISED = "anonymised"
"""The history action that says a request lost its patron's data."""
REMOVED = "(removed: patron data past retention)"


RETENTION_BATCH = 500
"""Requests anonymised per transaction by the retention round."""


class DataSheetRenderer(Protocol):
    """Draws :class:`DataSheet` as PDF bytes (``printing.renderer.PdfRenderer``)."""

    def data_sheet(self, sheet: DataSheet, settings: Settings) -> bytes: ...


@dataclass(frozen=True)
class RetentionReport:
    cutoff: dt.date
    requests: int
    notices: int
    messages: int
    patrons_erased: int = 0

    @property
    def words(self) -> str:
        if not self.requests and not self.patrons_erased:
            return (
                f"No finished request from before {self.cutoff:%d %b %Y} still held patron "
                "data; nothing was removed."
            )
        head = (
            f"Patron data removed from {self.requests} finished requests last changed before "
            f"{self.cutoff:%d %b %Y} ({self.notices} notices, {self.messages} messages)."
        )
        if self.patrons_erased:
            head += f" {self.patrons_erased} patron record(s) erased."
        return head + " Statistics keep the patron category, dates and states."


@dataclass(frozen=True)
class PatronExport:
    json_path: Path
    pdf_path: Path
    requests: int


@dataclass(frozen=True)
class Statistics:
    """What the reports count; retention must leave it as it was."""

    by_key: dict[tuple[str, str, str, str, str], int]
    """(side, service type, state, patron category, year-month created) -> requests."""


class PrivacyService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Clock,
        access: StaffAccess | None = None,
        renderer: DataSheetRenderer | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._access = access
        """Erasing and exporting a patron need a supervisor (None: no check)."""
        self._renderer = renderer

    def _require(self, permission: Permission) -> None:
        if self._access is not None:
            self._access.require(permission)

    # -- retention -------------------------------------------------------------------------
    def retention_days(self) -> int:
        return max(1, self._settings.get_int(RETENTION_KEY))

    def run_retention(
        self, staff: str = "retention", progress: Progress = NO_PROGRESS
    ) -> RetentionReport:
        """Anonymise every finished request last changed before the retention period.

        A few hundred requests per transaction, so that the round holds only those in
        memory (a large database has tens of thousands due at its first round) and a
        cancelled ``progress`` (the window closing) stops it between two batches; what
        was done is recorded in the audit either way."""
        now = self._clock()
        cutoff = now - dt.timedelta(days=self.retention_days())
        counts = Counter[str]()
        with self._db.reading() as session:
            due = list(
                session.scalars(
                    select(orm.Request.id)
                    .where(
                        orm.Request.state.in_(FINISHED_STATES),
                        orm.Request.anonymised_at.is_(None),
                        orm.Request.updated_at < cutoff,
                    )
                    .order_by(orm.Request.id)
                )
            )
        done = 0
        try:
            for start in range(0, len(due), RETENTION_BATCH):
                progress.step(done, len(due), "retention")
                with self._db.transaction() as session:
                    for request in session.scalars(
                        select(orm.Request)
                        .where(orm.Request.id.in_(due[start : start + RETENTION_BATCH]))
                        .order_by(orm.Request.id)
                    ):
                        counts.update(
                            _anonymise(session, request, now, staff, self.retention_days())
                        )
                        done += 1
        finally:
            report = RetentionReport(cutoff.date(), done, counts["notices"], counts["messages"])
            if done or not due:
                with self._db.transaction() as session:
                    record(session, now, staff, "retention", f"{done} requests", report.words)
        return report

    # -- one person ------------------------------------------------------------------------
    def erase_patron(self, patron_id: int, *, staff: str) -> RetentionReport:
        """Remove a person: their data from every request, then their patron record."""
        self._require(Permission.ERASE_PATRON)
        now = self._clock()
        counts = Counter[str]()
        with self._db.transaction() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound(N_("That patron is not in the database any more."))
            requests = list(
                session.scalars(
                    select(orm.Request)
                    .where(orm.Request.patron_id == patron_id)
                    .order_by(orm.Request.id)
                )
            )
            still_open = [r.number for r in requests if r.state not in FINISHED_STATES]
            if still_open:
                raise NotAllowed(
                    Sentence(
                        N_(
                            "This patron still has open requests ({items}{more}); finish or "
                            "cancel them before erasing the patron. Nothing was removed."
                        ),
                        items=", ".join(still_open[:5]),
                        more="…" if len(still_open) > 5 else "",
                    )
                )
            for request in requests:
                counts.update(_anonymise(session, request, now, staff, None))
            for notice in session.scalars(
                select(orm.Notice).where(orm.Notice.patron_id == patron_id)
            ):
                session.delete(notice)
                counts["notices"] += 1
            session.delete(patron)
            report = RetentionReport(
                now.date(), len(requests), counts["notices"], counts["messages"], 1
            )
            # the audit names the record, never the person
            record(session, now, staff, "patron_erased", f"patron #{patron_id}", report.words)
        return report

    def export_patron(self, patron_id: int, folder: Path, *, staff: str) -> PatronExport:
        """What the library holds about one person as ``patron-ID.json`` and ``.pdf``."""
        self._require(Permission.EXPORT_PATRON)
        now = self._clock()
        with self._db.transaction() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound(N_("That patron is not in the database any more."))
            data = _patron_data(session, patron)
            requests = data["requests"]
            assert isinstance(requests, list)
            record(session, now, staff, "patron_exported", f"patron #{patron_id}")
        folder.mkdir(parents=True, exist_ok=True)
        json_path = folder / f"patron-{patron_id}.json"
        json_path.write_text(
            json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8"
        )
        pdf_path = folder / f"patron-{patron_id}.pdf"
        if self._renderer is not None:
            pdf_path.write_bytes(
                self._renderer.data_sheet(_sheet(data, now.date()), self._settings)
            )
        return PatronExport(json_path, pdf_path, len(requests))

    # -- statistics ------------------------------------------------------------------------
    def statistics(self) -> Statistics:
        with self._db.reading() as session:
            rows = session.execute(
                select(
                    orm.Request.side,
                    orm.Request.service_type,
                    orm.Request.state,
                    orm.Request.patron_category,
                    orm.Patron.category,
                    orm.Request.created_at,
                ).outerjoin(orm.Patron, orm.Patron.id == orm.Request.patron_id)
            ).all()
        counts = Counter[tuple[str, str, str, str, str]]()
        for side, service, state, kept, category, created in rows:
            counts[(side, service, state, category or kept or "", f"{created:%Y-%m}")] += 1
        return Statistics(dict(counts))


def _anonymise(
    session: Session, request: orm.Request, now: dt.datetime, staff: str, days: int | None
) -> Counter[str]:
    counts = Counter[str]()
    if request.patron is not None:
        request.patron_category = request.patron.category
    request.patron_id = None
    request.patron = None
    request.partner_patron_id = ""
    request.delivery_address = ""
    request.search_text = search_text(request)
    request.anonymised_at = now
    for event in request.events:
        if event.note:
            event.note = REMOVED
    for notice in session.scalars(select(orm.Notice).where(orm.Notice.request_id == request.id)):
        notice.patron_id = None
        notice.recipient = ""
        notice.subject = REMOVED
        notice.body = ""
        notice.last_error = ""
        counts["notices"] += 1
    for message in session.scalars(
        select(orm.OutboxMessage).where(orm.OutboxMessage.request_id == request.id)
    ):
        message.body = b""
        message.last_error = ""
        counts["messages"] += 1
    for call in session.scalars(
        select(orm.NcipMessage).where(orm.NcipMessage.request_id == request.id)
    ):
        call.params = "{}"
        call.last_error = ""
        counts["messages"] += 1
    for delivery in session.scalars(
        select(orm.DocumentDelivery).where(orm.DocumentDelivery.request_id == request.id)
    ):
        delivery.recipient = ""
    why = f"after {days} days (retention)" if days is not None else "(patron erased)"
    kept = f"; category {request.patron_category} kept" if request.patron_category else ""
    request.events.append(
        orm.RequestEvent(
            at=now,
            staff=staff,
            action=ANONYMISED,
            from_state=request.state,
            to_state=request.state,
            note=f"Patron data removed {why}{kept}.",
        )
    )
    return counts


def _patron_data(session: Session, patron: orm.Patron) -> dict[str, object]:
    requests = list(
        session.scalars(
            select(orm.Request).where(orm.Request.patron_id == patron.id).order_by(orm.Request.id)
        )
    )
    notices = list(
        session.scalars(
            select(orm.Notice).where(orm.Notice.patron_id == patron.id).order_by(orm.Notice.id)
        )
    )
    return {
        "patron": {
            "barcode": patron.barcode,
            "name": patron.name,
            "email": patron.email,
            "phone": patron.phone,
            "category": patron.category,
            "expires_on": patron.expires_on,
            "blocked_reason": patron.blocked_reason,
            "pickup_location": patron.pickup_location,
            "notice_channel": patron.notice_channel,
            "notes": patron.notes,
            "created_at": patron.created_at,
        },
        "requests": [
            {
                "number": r.number,
                "state": r.state,
                "service_type": r.service_type,
                "title": r.citation.title or r.citation.article_title,
                "author": r.citation.author,
                "created_at": r.created_at,
                "updated_at": r.updated_at,
                "due_date": r.due_date,
                "history": [
                    {"at": e.at, "action": e.action, "to_state": e.to_state, "note": e.note}
                    for e in r.events
                ],
            }
            for r in requests
        ],
        "notices": [
            {
                "kind": n.kind,
                "recipient": n.recipient,
                "subject": n.subject,
                "status": n.status,
                "created_at": n.created_at,
            }
            for n in notices
        ],
    }


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _sheet(data: dict[str, object], today: dt.date) -> DataSheet:
    patron = data["patron"]
    assert isinstance(patron, dict)
    sections: list[tuple[str, tuple[tuple[str, str], ...]]] = [
        ("Patron record", tuple((k.replace("_", " "), _text(v)) for k, v in patron.items()))
    ]
    requests = data["requests"]
    assert isinstance(requests, list)
    for r in requests:
        lines = [
            (k.replace("_", " "), _text(v)) for k, v in r.items() if k not in ("history", "number")
        ]
        lines += [
            (f"{e['at']:%Y-%m-%d %H:%M}", f"{e['action']} → {e['to_state']}. {e['note']}".strip())
            for e in r["history"]
        ]
        sections.append((f"Request {r['number']}", tuple(lines)))
    notices = data["notices"]
    assert isinstance(notices, list)
    if notices:
        sections.append(
            (
                "Notices",
                tuple(
                    (f"{n['created_at']:%Y-%m-%d}", f"{n['kind']}: {n['subject']} ({n['status']})")
                    for n in notices
                ),
            )
        )
    name = _text(patron.get("name"))
    return DataSheet(f"Data held about {name}", today, tuple(sections))
