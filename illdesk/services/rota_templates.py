"""Rota templates (named lender lists), the library's last-resort lenders and the balanced
suggestion, read from and kept in the database.

The order and the weighing are the domain's (``domain.rota_templates``); a template is put
on a request through :meth:`RequestService.set_rota` (one transaction, one history row),
or by a routing rule in the action's own transaction (:func:`fill_rota`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.rota_templates import (
    LenderRecord,
    RotaTemplate,
    rank_balanced,
    template_problems,
    with_last_resort,
)
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side, State
from illdesk.domain.words import N_
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.rota import RotaService

Clock = Callable[[], dt.datetime]
_NOT_LENT = (State.NEW, State.CANCELLED, State.UNFILLED, State.HOLDINGS_CHECKED)


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip().isdigit())


def last_resort_ids(session: Session, settings: Settings) -> list[int]:
    """The last-resort lenders of the setting, in its order (unknown symbols left out)."""
    symbols = [s.strip().upper() for s in settings.get_str("rota.last_resort_lenders").split(",")]
    wanted = [s for s in symbols if s]
    if not wanted:
        return []
    found = {
        symbol.upper(): pid
        for pid, symbol in session.execute(
            select(orm.Partner.id, orm.Partner.symbol).where(
                func.upper(orm.Partner.symbol).in_(wanted)
            )
        )
    }
    return [found[s] for s in wanted if s in found]


def fill_rota(session: Session, settings: Settings, request: orm.Request, name: str) -> str:
    """Replace the lenders not yet asked with the template called ``name`` (a routing
    rule's doing); words for the history, or "" when there is nothing to change."""
    if request.side != Side.BORROWING.value:
        return ""
    row = session.scalars(
        select(orm.RotaTemplateRow).where(orm.RotaTemplateRow.name == name)
    ).first()
    if row is None:
        return f"There is no rota template called “{name}” any more."
    kept = [e for e in request.rota if e.status != "waiting"]
    asked = {e.partner_id for e in kept}
    wanted = with_last_resort(_ids(row.partner_ids), last_resort_ids(session, settings), asked)
    current = [e.partner_id for e in request.rota if e.status == "waiting"]
    if current == wanted:
        return ""
    request.rota[:] = kept
    session.flush()
    position = max((e.position for e in kept), default=0)
    symbols = []
    for partner_id in wanted:
        partner = session.get(orm.Partner, partner_id)
        if partner is None:
            continue
        position += 1
        request.rota.append(orm.RotaEntry(partner=partner, position=position))
        symbols.append(partner.symbol)
    return f"Rota from the template “{name}”: {', '.join(symbols) or 'empty'}."


@dataclass(frozen=True)
class TemplateRow:
    template: RotaTemplate
    lenders: str
    """The lenders' symbols in order, for the screen."""


@dataclass(frozen=True)
class BalancedChoice:
    partner_id: int
    symbol: str
    name: str
    score: float
    why: str
    last_resort: bool = False

    def describe(self) -> str:
        tail = "; last resort" if self.last_resort else ""
        return f"{self.symbol} — {self.name} (score {self.score:.2f}: {self.why}{tail})"


class RotaTemplateService:
    def __init__(
        self, db: Database, settings: Settings, rota: RotaService, clock: Clock = dt.datetime.now
    ) -> None:
        self._db = db
        self._settings = settings
        self._rota = rota
        self._clock = clock

    def templates(self) -> list[TemplateRow]:
        with self._db.reading() as session:
            symbols = dict(session.execute(select(orm.Partner.id, orm.Partner.symbol)).all())
            return [
                TemplateRow(
                    RotaTemplate(row.name, ids := _ids(row.partner_ids), row.id),
                    ", ".join(symbols[p] for p in ids if p in symbols),
                )
                for row in session.scalars(
                    select(orm.RotaTemplateRow).order_by(orm.RotaTemplateRow.name)
                )
            ]

    def save_template(self, template: RotaTemplate, *, staff: str) -> RotaTemplate:
        """Add a template, or change the one with ``template.id``; names are unique."""
        problems = template_problems(template)
        if problems:
            raise ValidationFailed(problems)
        try:
            with self._db.transaction() as session:
                row = (
                    session.get(orm.RotaTemplateRow, template.id)
                    if template.id is not None
                    else orm.RotaTemplateRow()
                )
                if row is None:
                    raise NotFound(N_("That template was deleted at another desk."))
                for partner_id in template.partner_ids:
                    if session.get(orm.Partner, partner_id) is None:
                        raise NotFound(N_("A lender of the template no longer exists."))
                row.name = template.name.strip()
                row.partner_ids = ",".join(str(p) for p in template.partner_ids)
                row.updated_at = self._clock()
                row.updated_by = staff
                session.add(row)
                session.flush()
                return RotaTemplate(row.name, _ids(row.partner_ids), row.id)
        except IntegrityError as exc:
            raise ValidationFailed(
                {"name": f"There is already a template called “{template.name.strip()}”."}
            ) from exc

    def delete_template(self, template_id: int) -> None:
        with self._db.transaction() as session:
            row = session.get(orm.RotaTemplateRow, template_id)
            if row is not None:
                session.delete(row)

    def order_for(self, template_id: int, leave_out: Sequence[int] = ()) -> list[int]:
        """The template's lenders, then the last-resort lenders, without ``leave_out``."""
        with self._db.reading() as session:
            row = session.get(orm.RotaTemplateRow, template_id)
            if row is None:
                raise NotFound(N_("That template was deleted at another desk."))
            return with_last_resort(
                _ids(row.partner_ids), last_resort_ids(session, self._settings), leave_out
            )

    def records(self) -> list[LenderRecord]:
        """Turnaround, fill rate and lending:borrowing balance per partner, as measured in
        this database's history."""
        days = self._rota.turnaround()
        with self._db.reading() as session:
            asked = Counter(
                pid
                for (pid,) in session.execute(
                    select(orm.RotaEntry.partner_id).where(orm.RotaEntry.status != "waiting")
                )
            )
            lent = Counter(
                pid
                for (pid,) in session.execute(
                    select(orm.Request.partner_id).where(
                        orm.Request.side == Side.LENDING.value,
                        orm.Request.state.not_in([s.value for s in _NOT_LENT]),
                    )
                )
            )
            partners = list(session.execute(select(orm.Partner.id, orm.Partner.symbol)))
        records = []
        for pid, symbol in partners:
            measured = sorted(days.get(pid, []))
            median = measured[len(measured) // 2] if measured else None
            records.append(LenderRecord(pid, symbol, median, asked[pid], len(measured), lent[pid]))
        return records

    def balanced(self, count: int = 4, leave_out: Sequence[int] = ()) -> list[BalancedChoice]:
        """The best ``count`` lenders by the balanced score, then the last-resort lenders."""
        with self._db.reading() as session:
            names = dict(session.execute(select(orm.Partner.id, orm.Partner.name)).all())
            last = last_resort_ids(session, self._settings)
        ranked = [r for r in rank_balanced(self.records()) if r.partner_id not in last]
        by_id = {r.partner_id: r for r in self.records()}
        order = with_last_resort(
            [r.partner_id for r in ranked][: count + len(leave_out)], last, leave_out
        )
        head = [p for p in order if p not in last][:count]
        return [
            BalancedChoice(
                p,
                by_id[p].symbol,
                names.get(p, ""),
                by_id[p].score(),
                by_id[p].describe(),
                last_resort=p in last,
            )
            for p in head + [p for p in order if p in last]
        ]
