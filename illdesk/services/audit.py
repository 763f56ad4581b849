"""The audit view: who did what, when - every request's history and the actions outside a
request (sign-ins, settings, erasures, retention runs) - filtered and exported as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from illdesk.domain.staff_roles import Permission
from illdesk.persistence import orm
from illdesk.persistence.database import Database

if TYPE_CHECKING:
    from illdesk.services.staff_access import StaffAccess

AUDIT_LIMIT = 2000
"""Most rows the audit view shows at once (newest first); narrow the filter to see others."""


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    staff: str
    action: str
    subject: str
    """The request number, or what an action outside a request was about."""
    note: str


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    """Words found in the person, action, subject or note ("" = all)."""
    staff: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    """Both days included."""


def record(
    session: Session, at: dt.datetime, staff: str, action: str, subject: str = "", note: str = ""
) -> None:
    """One audit row for an action outside a request's history, in the caller's transaction."""
    session.add(
        orm.AuditEntry(
            at=at, staff=staff[:120], action=action[:40], subject=subject[:200], note=note
        )
    )


class AuditService:
    def __init__(self, db: Database, access: StaffAccess | None = None) -> None:
        self._db = db
        self._access = access
        """Reading the audit needs a supervisor (None: no check)."""

    def rows(self, wanted: AuditFilter | None = None, limit: int = AUDIT_LIMIT) -> list[AuditRow]:
        if self._access is not None:
            self._access.require(Permission.READ_AUDIT)
        wanted = wanted or AuditFilter()
        events = select(
            orm.RequestEvent.at,
            orm.RequestEvent.staff,
            orm.RequestEvent.action,
            orm.Request.number,
            orm.RequestEvent.note,
        ).join(orm.Request, orm.Request.id == orm.RequestEvent.request_id)
        entries = select(
            orm.AuditEntry.at,
            orm.AuditEntry.staff,
            orm.AuditEntry.action,
            orm.AuditEntry.subject,
            orm.AuditEntry.note,
        )
        found: list[AuditRow] = []
        with self._db.reading() as session:
            for query, cols in (
                (
                    events,
                    (
                        orm.RequestEvent.at,
                        orm.RequestEvent.staff,
                        orm.RequestEvent.action,
                        orm.Request.number,
                        orm.RequestEvent.note,
                        orm.RequestEvent.id,
                    ),
                ),
                (
                    entries,
                    (
                        orm.AuditEntry.at,
                        orm.AuditEntry.staff,
                        orm.AuditEntry.action,
                        orm.AuditEntry.subject,
                        orm.AuditEntry.note,
                        orm.AuditEntry.id,
                    ),
                ),
            ):
                at, staff, action, subject, note, ident = cols
                if wanted.staff:
                    query = query.where(staff == wanted.staff)
                if wanted.since is not None:
                    query = query.where(at >= dt.datetime.combine(wanted.since, dt.time()))
                if wanted.until is not None:
                    end = dt.datetime.combine(wanted.until + dt.timedelta(days=1), dt.time())
                    query = query.where(at < end)
                text = wanted.text.strip()
                if text:
                    # the words as typed: "_" and "%" are no wildcards here
                    plain = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    like = f"%{plain}%"
                    query = query.where(
                        or_(*(c.ilike(like, escape="\\") for c in (staff, action, subject, note)))
                    )
                query = query.order_by(at.desc(), ident.desc()).limit(limit)
                found.extend(AuditRow(*row) for row in session.execute(query))
        found.sort(key=lambda r: r.at, reverse=True)
        return found[:limit]

    def people(self) -> list[str]:
        """Everyone the audit names, for the filter's choice."""
        with self._db.reading() as session:
            names = set(session.scalars(select(orm.RequestEvent.staff).distinct()))
            names |= set(session.scalars(select(orm.AuditEntry.staff).distinct()))
        return sorted(n for n in names if n)

    def export_csv(self, path: Path, wanted: AuditFilter | None = None) -> int:
        """The filtered rows as CSV (UTF-8 with BOM for spreadsheets); returns the count."""
        rows = self.rows(wanted, limit=1_000_000)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["When", "Who", "Action", "About", "Note"])
        for row in rows:
            writer.writerow(
                [row.at.isoformat(sep=" "), row.staff, row.action, row.subject, row.note]
            )
        path.write_text(out.getvalue(), encoding="utf-8-sig", newline="")
        return len(rows)
