"""Rota order: reciprocal first, then cost, then turnaround measured from history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.services.rota import RotaService
from tests.services.borrowing_support import send_to_lender


def test_suggestion_order_and_measured_turnaround(db, requests_service, patron, clock) -> None:
    with db.transaction() as session:
        made = [
            orm.Partner(name="Fast paid", symbol="FP", charge=Decimal("10")),
            orm.Partner(name="Slow free", symbol="SF", charge=Decimal("0")),
            orm.Partner(name="Fast free", symbol="FF", charge=Decimal("0")),
            orm.Partner(
                name="Partner by agreement", symbol="RE", charge=Decimal("20"), reciprocal=True
            ),
        ]
        session.add_all(made)
        session.flush()
        ids = {p.symbol: p.id for p in made}
    for symbol, days in (("SF", 12), ("FF", 3), ("FF", 5)):
        rid = requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title=f"Book {symbol} {days}"),
            service_type=ServiceType.LOAN,
            staff="D",
        ).row.id
        send_to_lender(requests_service, rid, [ids[symbol]], staff="D")
        clock.advance(days=days)
        requests_service.perform(rid, Action.RECEIVE, staff="D")
        clock.now = dt.datetime(2026, 3, 2, 10, 0)
    rota = RotaService(db)
    order = [c.symbol for c in rota.suggest(count=4)]
    assert order == ["RE", "FF", "SF", "FP"]
    ff = next(c for c in rota.ranked() if c.symbol == "FF")
    assert ff.median_days == 4 and ff.loans_measured == 2
    assert "4 days median over 2 loans" in ff.describe()
