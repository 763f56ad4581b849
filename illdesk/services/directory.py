"""Partner libraries and staff members: the lists the forms pick from."""

from __future__ import annotations

from sqlalchemy import select

from illdesk.domain.errors import ValidationFailed
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.mapping import partner_row
from illdesk.services.rows import PartnerRow, StaffRow


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def partners(self) -> list[PartnerRow]:
        with self._db.reading() as session:
            return [partner_row(p) for p in session.scalars(
                select(orm.Partner).order_by(orm.Partner.name))]

    def staff(self) -> list[StaffRow]:
        with self._db.reading() as session:
            return [StaffRow(s.id, s.name, s.initials) for s in session.scalars(
                select(orm.StaffMember).where(orm.StaffMember.active).order_by(
                    orm.StaffMember.name))]

    def add_staff(self, name: str, initials: str = "") -> StaffRow:
        name = name.strip()
        if not name:
            raise ValidationFailed({"name": "Enter the staff member's name."})
        with self._db.transaction() as session:
            existing = session.scalars(
                select(orm.StaffMember).where(orm.StaffMember.name == name)).first()
            if existing is not None:
                existing.active = True
                return StaffRow(existing.id, existing.name, existing.initials)
            member = orm.StaffMember(
                name=name, initials=initials.strip() or "".join(w[0] for w in name.split())[:4],
                active=True,
            )
            session.add(member)
            session.flush()
            return StaffRow(member.id, member.name, member.initials)
