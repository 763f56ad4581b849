"""Partner libraries and staff members: the lists the forms pick from, and the partner
directory staff keep (address, payment, loan terms, conditions)."""

from __future__ import annotations

from sqlalchemy import func, select

from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.partner_record import PartnerRecord, partner_problems, tidy
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.mapping import partner_row, search_text
from illdesk.services.rows import PartnerRow, StaffRow


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def partners(self) -> list[PartnerRow]:
        with self._db.reading() as session:
            return [
                partner_row(p)
                for p in session.scalars(select(orm.Partner).order_by(orm.Partner.name))
            ]

    def partner(self, partner_id: int) -> PartnerRecord:
        with self._db.reading() as session:
            row = session.get(orm.Partner, partner_id)
            if row is None:
                raise NotFound(N_("That partner library no longer exists."))
            return PartnerRecord(
                id=row.id,
                **{
                    name: getattr(row, name)
                    for name in PartnerRecord.__dataclass_fields__
                    if name != "id"
                },
            )

    def save_partner(self, record: PartnerRecord) -> PartnerRow:
        """Add a partner, or change the one with ``record.id``; the symbol stays unique."""
        problems = partner_problems(record)
        if problems:
            raise ValidationFailed(problems)
        values = tidy(record)
        with self._db.transaction() as session:
            same_symbol = session.scalars(
                select(orm.Partner).where(
                    func.lower(orm.Partner.symbol) == str(values["symbol"]).casefold()
                )
            ).first()
            if same_symbol is not None and same_symbol.id != record.id:
                raise ValidationFailed(
                    {
                        "symbol": Sentence(
                            N_("{symbol} is already {name}."),
                            symbol=same_symbol.symbol,
                            name=same_symbol.name,
                        )
                    }
                )
            row = session.get(orm.Partner, record.id) if record.id is not None else orm.Partner()
            if row is None:
                raise NotFound(N_("That partner library was deleted at another desk."))
            renamed = (row.name, row.symbol) != (values["name"], values["symbol"])
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            session.flush()
            if renamed and record.id is not None:  # staff find requests by partner name
                for request in session.scalars(
                    select(orm.Request).where(orm.Request.partner_id == row.id)
                ):
                    request.search_text = search_text(request)
            return partner_row(row)

    def staff(self) -> list[StaffRow]:
        with self._db.reading() as session:
            return [
                StaffRow(s.id, s.name, s.initials)
                for s in session.scalars(
                    select(orm.StaffMember)
                    .where(orm.StaffMember.active)
                    .order_by(orm.StaffMember.name)
                )
            ]

    def add_staff(self, name: str, initials: str = "") -> StaffRow:
        name = name.strip()
        if not name:
            raise ValidationFailed({"name": N_("Enter the staff member's name.")})
        with self._db.transaction() as session:
            existing = session.scalars(
                select(orm.StaffMember).where(orm.StaffMember.name == name)
            ).first()
            if existing is not None:
                existing.active = True
                return StaffRow(existing.id, existing.name, existing.initials)
            member = orm.StaffMember(
                name=name,
                initials=initials.strip() or "".join(w[0] for w in name.split())[:4],
                active=True,
            )
            session.add(member)
            session.flush()
            return StaffRow(member.id, member.name, member.initials)
