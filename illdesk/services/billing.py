"""Billing a lending request: one charge row per request, in a way the partner pays.

Used by the charge the desk types (:class:`~illdesk.services.charges.ChargeService`) and by
the policy charge billed on its own when a loan is shipped, a copy sent or a request
completed (:class:`~illdesk.services.requests.RequestService`), in the caller's
transaction.  An unpaid charge may be corrected (another method or amount); a paid one
stands.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from illdesk.domain.charges import METHOD_WORDS, Method, accepted_methods, vouchers_for
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side, State
from illdesk.persistence import orm
from illdesk.persistence.orm_lending import LendingCharge
from illdesk.services.lending_policy import terms_in
from illdesk.services.numbering import next_sequence, next_sequences

#: Lending states in which the policy charge is billed without anyone asking: the loan has
#: left the building, the copy has been sent, or the request is over.
BILLED_IN = frozenset({State.SHIPPED, State.SENT, State.COMPLETE})


def partner_methods(partner: orm.Partner) -> list[Method]:
    return accepted_methods(
        invoice=partner.accepts_invoice,
        ifm=partner.accepts_ifm,
        ifla=partner.accepts_ifla_vouchers,
    )


def charge_of(session: Session, request_id: int) -> LendingCharge | None:
    return session.scalar(select(LendingCharge).where(LendingCharge.request_id == request_id))


def voucher_values(settings: Settings) -> tuple[Decimal, Decimal]:
    return (
        Decimal(str(settings.get_float("lending.ifla_full_voucher"))),
        Decimal(str(settings.get_float("lending.ifla_half_voucher"))),
    )


def bill(
    session: Session,
    settings: Settings,
    request: orm.Request,
    method: Method,
    amount: Decimal,
    *,
    currency: str,
    staff: str,
    now: dt.datetime,
) -> LendingCharge:
    """Bill (or correct the unpaid bill of) ``request``; writes one history row."""
    partner = request.partner
    assert partner is not None
    charge = charge_of(session, request.id)
    if charge is None:
        charge = LendingCharge(request_id=request.id, partner_id=partner.id)
        session.add(charge)
    charge.method = method.value
    charge.amount = amount
    charge.currency = (currency or partner.currency).upper()
    charge.billed_at = now
    charge.staff = staff
    if method is Method.INVOICE:
        if not charge.invoice_number:
            charge.invoice_number = next_sequence(session, f"INV-{now.year}", 4)
    else:
        charge.invoice_number = ""
    charge.full_vouchers, charge.half_vouchers = (
        vouchers_for(amount, *voucher_values(settings)) if method is Method.IFLA else (0, 0)
    )
    invoice = f", invoice {charge.invoice_number}" if charge.invoice_number else ""
    request.events.append(
        orm.RequestEvent(
            at=now,
            staff=staff,
            action="charge",
            from_state=request.state,
            to_state=request.state,
            note=f"Charged {amount:.2f} {charge.currency} by {METHOD_WORDS[method]}{invoice}.",
        )
    )
    session.flush()
    return charge


def bill_unbilled(session: Session, settings: Settings, *, staff: str, now: dt.datetime) -> int:
    """Bill, in one go, every lending request shipped, sent or complete whose policy
    charge was never billed (requests from before automatic billing, demo requests).
    Returns how many were billed."""
    billed = select(LendingCharge.request_id)
    waiting = session.execute(
        select(orm.Request.id, orm.Request.partner_id, orm.Request.material, orm.Request.state)
        .where(
            orm.Request.side == Side.LENDING.value,
            orm.Request.state.in_(sorted(s.value for s in BILLED_IN)),
            orm.Request.partner_id.is_not(None),
            orm.Request.id.not_in(billed),
        )
        .order_by(orm.Request.id)
    ).all()
    if not waiting:
        return 0
    partners = {p.id: p for p in session.scalars(select(orm.Partner))}
    amounts: dict[tuple[int, str], Decimal] = {}
    full_value, half_value = voucher_values(settings)
    plans: list[tuple[int, str, orm.Partner, Method, Decimal]] = []
    for request_id, partner_id, material, state in waiting:
        assert partner_id is not None  # the query asked for requests with a partner
        partner = partners[partner_id]
        key = (partner.id, material or "")
        if key not in amounts:
            amounts[key] = terms_in(session, settings, partner, material or "").charge
        methods = partner_methods(partner)
        if amounts[key] > 0 and methods:
            plans.append((request_id, state, partner, methods[0], amounts[key]))
    invoices = iter(
        next_sequences(
            session,
            f"INV-{now.year}",
            4,
            sum(1 for plan in plans if plan[3] is Method.INVOICE),
        )
    )
    charges: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    for request_id, state, partner, method, amount in plans:
        number = next(invoices) if method is Method.INVOICE else ""
        full, half = (
            vouchers_for(amount, full_value, half_value) if method is Method.IFLA else (0, 0)
        )
        currency = partner.currency.upper()
        charges.append(
            dict(
                request_id=request_id,
                partner_id=partner.id,
                method=method.value,
                amount=amount,
                currency=currency,
                invoice_number=number,
                full_vouchers=full,
                half_vouchers=half,
                paid=False,
                billed_at=now,
                staff=staff,
            )
        )
        invoice = f", invoice {number}" if number else ""
        events.append(
            dict(
                request_id=request_id,
                at=now,
                staff=staff,
                action="charge",
                from_state=state,
                to_state=state,
                note=f"Charged {amount:.2f} {currency} by {METHOD_WORDS[method]}{invoice}.",
            )
        )
    if charges:
        session.execute(insert(LendingCharge), charges)
        session.execute(insert(orm.RequestEvent), events)
    return len(charges)


def bill_policy_charge(
    session: Session, settings: Settings, request: orm.Request, *, staff: str, now: dt.datetime
) -> None:
    """Bill the lending policy's charge once the request is in a billed state.

    Nothing happens on the borrowing side, before shipping or sending, when the policy
    charges nothing, or when the request has a charge already (billed, typed or paid).
    """
    partner = request.partner
    if (
        request.side != Side.LENDING.value
        or partner is None
        or State(request.state) not in BILLED_IN
        or charge_of(session, request.id) is not None
    ):
        return
    amount = terms_in(session, settings, partner, request.material).charge
    if amount <= 0:
        return
    methods = partner_methods(partner)
    if not methods:
        request.events.append(
            orm.RequestEvent(
                at=now,
                staff=staff,
                action="charge",
                from_state=request.state,
                to_state=request.state,
                note=f"Not billed: {partner.symbol} accepts no way of paying the "
                f"{amount:.2f} {partner.currency} charge; set its payment options.",
            )
        )
        return
    bill(
        session,
        settings,
        request,
        methods[0],
        amount,
        currency=partner.currency,
        staff=staff,
        now=now,
    )
