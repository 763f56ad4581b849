"""What makes the demo's reports look like a real desk's: requests follow the academic
year (busy in October–November and February–March, quiet in summer and at Christmas),
each partner answers at its own speed (near libraries in days, far ones in weeks), and
the money a desk spends and bills is recorded (lender fees, purchases, invoices)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import text
from sqlalchemy.orm import Session

from illdesk.domain.vocabulary import Action

MONTH_WEIGHT = {
    1: 0.75, 2: 1.0, 3: 1.0, 4: 0.9, 5: 0.7, 6: 0.45,
    7: 0.35, 8: 0.5, 9: 0.85, 10: 1.0, 11: 1.0, 12: 0.55,
}  # fmt: skip
"""How busy each month is, the busiest being 1."""

SPEED_DAYS = {"US": (1.5, 4.0), "CA": (4.0, 9.0)}
"""Days from our request to the item arriving, by the lender's country (others: abroad)."""
ABROAD_DAYS = (8.0, 21.0)
_DESK_STEPS = (  # a tuple: members are found by identity, without hashing an enum
    Action.VERIFY_CITATION,
    Action.START_SOURCING,
    Action.SEND_TO_LENDER,
    Action.CHECK_HOLDINGS,
    Action.PRINT_PULL_SLIP,
    Action.PULL,
    Action.MARK_SCANNED,
    Action.ACCEPT_CONDITIONS,
)
"""What the desk does within hours, not days."""
_LENDER_STEPS = (Action.RECEIVE, Action.LENDER_SHIPPED)


def seasonal(
    rng: random.Random, drawn: dt.datetime, start: dt.datetime, end: dt.datetime
) -> dt.datetime:
    """``drawn`` kept with its month's weight, else drawn again (from ``rng``, a stream of
    its own so the rest of the demo stays as it was)."""
    when = drawn
    for _ in range(20):
        if rng.random() < MONTH_WEIGHT[when.month]:
            return when
        span = int((end - start).total_seconds())
        when = start + dt.timedelta(seconds=rng.randrange(max(span, 1)))
    return when


def step_hours(rng: random.Random, action: Action, country: str, usual: int) -> float:
    """Hours before ``action`` happens: the lender's speed for what it does, the desk's
    for what we do, ``usual`` (already drawn) for everything else."""
    if action in _LENDER_STEPS:
        low, high = SPEED_DAYS.get(country, ABROAD_DAYS)
        share = 0.6 if action is Action.LENDER_SHIPPED else 0.4
        return rng.triangular(low, high, low + (high - low) / 3) * 24 * share
    if action is Action.NOTIFY_PATRON:
        return rng.choice((0.5, 1, 1, 2, 3, 5, 20, 66))
    if action in (Action.SHIP, Action.SEND_COPY):
        return rng.triangular(4, 72, 12)
    if action in _DESK_STEPS:
        return rng.triangular(0.5, 20, 2)
    return float(usual)


def add_demo_money(session: Session, first_request_id: int) -> None:
    """Lender fees for what paying lenders supplied, purchases for what was bought and
    invoices for what we lent to libraries without an agreement: three INSERT … SELECTs
    over the requests just made."""
    first = {"first": first_request_id}
    session.execute(
        text(
            "INSERT INTO ill_charge (request_id, amount, currency, what, at, staff) "
            "SELECT r.id, p.charge, p.currency, 'Lending fee', e.at, e.staff "
            "FROM request r JOIN partner p ON p.id = r.partner_id "
            "JOIN request_event e ON e.request_id = r.id AND e.action = :receive "
            "WHERE r.id >= :first AND r.side = 'borrowing' AND p.charge > 0"
        ),
        {**first, "receive": Action.RECEIVE.value},
    )
    session.execute(
        text(
            "INSERT INTO purchase (request_id, supplier, order_number, cost, currency, "
            "ordered_at, staff) "
            "SELECT r.id, 'Demo Books Ltd', r.number, 18 + (r.id % 37), 'USD', "
            "r.updated_at, r.updated_by FROM request r "
            "WHERE r.id >= :first AND r.purchased = :yes"
        ),
        {**first, "yes": True},
    )
    session.execute(
        text(
            "INSERT INTO lending_charge (request_id, partner_id, method, amount, currency, "
            "invoice_number, full_vouchers, half_vouchers, paid, billed_at, paid_at, staff) "
            "SELECT r.id, p.id, 'invoice', 12.00, 'USD', 'D-' || r.number, 0, 0, "
            "r.state = 'complete', e.at, CASE WHEN r.state = 'complete' THEN r.updated_at "
            "END, e.staff "
            "FROM request r JOIN partner p ON p.id = r.partner_id "
            "JOIN request_event e ON e.request_id = r.id AND e.action = :ship "
            "WHERE r.id >= :first AND r.side = 'lending' AND p.reciprocal = :no"
        ),
        {**first, "ship": Action.SHIP.value, "no": False},
    )
