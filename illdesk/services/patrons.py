"""Patron use cases: find, create, edit, block; each save is one transaction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from illdesk.domain.cards import renewed_expiry
from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.state_groups import FINISHED
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.mapping import patron_row
from illdesk.services.rows import PatronRow

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FINISHED = tuple(s.value for s in FINISHED)
NOTICE_CHANNELS = ("email", "print")


@dataclass(frozen=True)
class PatronInput:
    barcode: str
    name: str
    email: str = ""
    phone: str = ""
    category: str = "public"
    expires_on: dt.date | None = None
    blocked_reason: str = ""
    request_limit: int | None = None
    pickup_location: str = ""
    notice_channel: str = "email"
    notes: str = ""


def check_patron(data: PatronInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = N_("Enter the patron's name.")
    if not data.barcode.strip():
        problems["barcode"] = N_("Scan or type the patron's library card barcode.")
    elif not re.fullmatch(r"[A-Za-z0-9-]{3,40}", data.barcode.strip()):
        problems["barcode"] = N_("A card barcode has 3 to 40 letters, digits or dashes.")
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        problems["email"] = Sentence(
            N_("“{strip}” is not an e-mail address."), strip=data.email.strip()
        )
    if data.notice_channel not in NOTICE_CHANNELS:
        problems["notice_channel"] = N_("Notices go by e-mail or on paper.")
    if data.notice_channel == "email" and not data.email.strip():
        problems["email"] = N_("Notices go by e-mail, so an e-mail address is needed.")
    if data.request_limit is not None and data.request_limit < 0:
        problems["request_limit"] = N_("A request limit cannot be negative.")
    return problems


class PatronService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = db
        self._today = today

    def _row(self, session: Session, patron: orm.Patron) -> PatronRow:
        active = _active_counts(session, [patron.id]).get(patron.id, 0)
        return patron_row(patron, active, self._today())

    def renew_card(self, patron_id: int) -> PatronRow:
        """Renew the patron's card for another year (one transaction)."""
        with self._db.transaction() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound(N_("That patron no longer exists."))
            if patron.expires_on is None:
                raise ValidationFailed({"expires_on": f"{patron.name}'s card never expires."})
            patron.expires_on = renewed_expiry(self._today(), patron.expires_on)
            session.flush()
            return self._row(session, patron)

    def search(self, text: str = "", limit: int = 500) -> list[PatronRow]:
        query = select(orm.Patron)
        for word in text.casefold().split():
            pattern = f"%{word}%"
            query = query.where(
                or_(
                    func.lower(orm.Patron.name).like(pattern),
                    func.lower(orm.Patron.barcode).like(pattern),
                    func.lower(orm.Patron.email).like(pattern),
                )
            )
        query = query.order_by(orm.Patron.name).limit(limit)
        with self._db.reading() as session:
            patrons = list(session.scalars(query))
            counts = _active_counts(session, [p.id for p in patrons])
            today = self._today()
            return [patron_row(p, counts.get(p.id, 0), today) for p in patrons]

    def get(self, patron_id: int) -> PatronRow:
        with self._db.reading() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound(N_("That patron no longer exists."))
            return self._row(session, patron)

    def find_by_barcode(self, barcode: str) -> PatronRow | None:
        with self._db.reading() as session:
            patron = session.scalars(
                select(orm.Patron).where(orm.Patron.barcode == barcode.strip())
            ).first()
            if patron is None:
                return None
            return self._row(session, patron)

    def save(self, data: PatronInput, patron_id: int | None = None) -> PatronRow:
        """Create a patron (``patron_id`` None) or update one; refuses bad fields in words."""
        problems = check_patron(data)
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            clash = session.scalars(
                select(orm.Patron).where(orm.Patron.barcode == data.barcode.strip())
            ).first()
            if clash is not None and clash.id != patron_id:
                raise ValidationFailed(
                    {
                        "barcode": Sentence(
                            N_("Card {strip} already belongs to {name}."),
                            strip=data.barcode.strip(),
                            name=clash.name,
                        )
                    }
                )
            if patron_id is None:
                patron = orm.Patron()
                session.add(patron)
            else:
                found = session.get(orm.Patron, patron_id)
                if found is None:
                    raise NotFound(N_("That patron no longer exists."))
                patron = found
            patron.barcode = data.barcode.strip()
            patron.name = data.name.strip()
            patron.email = data.email.strip()
            patron.phone = data.phone.strip()
            patron.category = data.category.strip() or "public"
            patron.expires_on = data.expires_on
            patron.blocked_reason = data.blocked_reason.strip()
            patron.request_limit = data.request_limit
            patron.pickup_location = data.pickup_location.strip()
            patron.notice_channel = data.notice_channel
            patron.notes = data.notes
            session.flush()
            return self._row(session, patron)


def _active_counts(session: Session, patron_ids: list[int]) -> dict[int, int]:
    if not patron_ids:
        return {}
    rows = session.execute(
        select(orm.Request.patron_id, func.count())
        .where(orm.Request.patron_id.in_(patron_ids), orm.Request.state.not_in(_FINISHED))
        .group_by(orm.Request.patron_id)
    )
    return {int(pid): int(n) for pid, n in rows if pid is not None}
