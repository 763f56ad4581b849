"""The lender rota: which partner libraries to ask, in which order.

Preferred order: partners with a reciprocal agreement first, then the cheapest, then the
ones that fill most of what we ask (the Partners report's fill rate), then the fastest,
where speed is the median days from "sent to lender" to "received" measured in
this database's own history.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from illdesk.domain.vocabulary import Action, Side
from illdesk.persistence import orm
from illdesk.persistence.database import Database


@dataclass(frozen=True)
class LenderChoice:
    partner_id: int
    name: str
    symbol: str
    reciprocal: bool
    charge: Decimal
    currency: str
    median_days: float | None
    loans_measured: int
    fill_rate: float | None = None
    """Per cent of our requests the lender filled of those it answered (the Partners
    report's figure over all history); None before any answer."""

    def describe(self) -> str:
        speed = (
            f"{self.median_days:.0f} days median over {self.loans_measured} loans"
            if self.median_days is not None
            else "no history yet"
        )
        deal = "reciprocal" if self.reciprocal else f"{self.charge:.2f} {self.currency}"
        filled = f"; {self.fill_rate:.0f}% filled" if self.fill_rate is not None else ""
        return f"{self.symbol} — {self.name} ({deal}; {speed}{filled})"


class RotaService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def turnaround(self, since: dt.datetime | None = None) -> dict[int, list[float]]:
        """Days from sending to receiving, per lender, from the request history."""
        query = (
            select(
                orm.Request.partner_id,
                orm.RequestEvent.request_id,
                orm.RequestEvent.action,
                orm.RequestEvent.at,
            )
            .join(orm.Request, orm.Request.id == orm.RequestEvent.request_id)
            .where(
                orm.Request.side == Side.BORROWING.value,
                orm.RequestEvent.action.in_(
                    [
                        Action.SEND_TO_LENDER.value,
                        Action.LENDER_UNFILLED.value,
                        Action.RECEIVE.value,
                    ]
                ),
            )
            .order_by(orm.RequestEvent.request_id, orm.RequestEvent.id)
        )
        if since is not None:
            query = query.where(orm.RequestEvent.at >= since)
        sent: dict[int, dt.datetime] = {}
        days: dict[int, list[float]] = defaultdict(list)
        with self._db.reading() as session:
            for partner_id, request_id, action, at in session.execute(query):
                if action == Action.RECEIVE.value:
                    started = sent.pop(request_id, None)
                    if started is not None and partner_id is not None:
                        days[partner_id].append((at - started).total_seconds() / 86400)
                else:
                    sent[request_id] = at  # the last lender asked is the one that supplied
        return days

    def fill_rates(self) -> dict[int, float]:
        """Per lender, the fill rate it gives us (the Partners report's figure, all history)."""
        from illdesk.domain.report_table import ReportFilter
        from illdesk.services.reports import queries

        ever = ReportFilter(dt.date(1900, 1, 1), dt.date(9999, 12, 30))
        with self._db.reading() as session:
            borrowed = {
                p: int(b or 0) for p, _l, b in session.execute(queries.partner_exchange(ever))
            }
            refused = {p: int(n or 0) for p, n in session.execute(queries.partner_answers(ever))}
        return {
            p: 100.0 * borrowed.get(p, 0) / (borrowed.get(p, 0) + refused.get(p, 0))
            for p in set(borrowed) | set(refused)
            if borrowed.get(p, 0) + refused.get(p, 0)
        }

    def ranked(self, exclude: set[int] | None = None) -> list[LenderChoice]:
        measured = self.turnaround()
        filled = self.fill_rates()
        with self._db.reading() as session:
            choices = [
                LenderChoice(
                    p.id,
                    p.name,
                    p.symbol,
                    p.reciprocal,
                    p.charge,
                    p.currency,
                    statistics.median(measured[p.id]) if measured.get(p.id) else None,
                    len(measured.get(p.id, [])),
                    filled.get(p.id),
                )
                for p in session.scalars(select(orm.Partner))
                if not exclude or p.id not in exclude
            ]
        choices.sort(
            key=lambda c: (
                not c.reciprocal,
                c.charge,
                -(c.fill_rate if c.fill_rate is not None else 100.0),
                c.median_days if c.median_days is not None else 1e9,
                c.name,
            )
        )
        return choices

    def suggest(self, count: int = 4, exclude: set[int] | None = None) -> list[LenderChoice]:
        return self.ranked(exclude)[:count]
