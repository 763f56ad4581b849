"""The lending policy's charge is billed by itself: a loan when it is shipped, a copy when
it is sent, anything else when it is complete; once, in a way the partner pays, and the
desk may still correct it until it is paid."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.charges import Method
from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.services.charges import ChargeService
from illdesk.services.requests import ActionInput
from tests.services.copies_support import build_copies, copies_settings, lending_copy, make_pdf

# symbol, charge, currency, invoice, IFM, IFLA vouchers (as in the demo library)
DEMO_PARTNERS = (
    ("GR-AtNL", "8.00", "EUR", False, False, True),
    ("US-MBAt", "15.00", "USD", True, True, False),
    ("AU-VSL", "25.00", "AUD", True, True, True),
)


@pytest.fixture
def charging(db) -> dict[str, int]:
    with db.transaction() as session:
        made = {
            symbol: orm.Partner(
                name=f"Library {symbol}",
                symbol=symbol,
                country=symbol[:2],
                charge=Decimal(charge),
                currency=currency,
                accepts_invoice=invoice,
                accepts_ifm=ifm,
                accepts_ifla_vouchers=ifla,
            )
            for symbol, charge, currency, invoice, ifm, ifla in DEMO_PARTNERS
        }
        session.add_all(made.values())
        session.flush()
        return {symbol: p.id for symbol, p in made.items()}


def _pulled_loan(requests_service, partner_id: int, title: str) -> int:
    rid = requests_service.create_lending(
        partner_id=partner_id,
        citation=Citation(title=title),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(rid, Action.PULL, staff="D", given=ActionInput(item_barcode=title))
    return rid


def test_shipping_a_loan_bills_the_policy_charge(
    db, settings, requests_service, charging, clock
) -> None:
    charges = ChargeService(db, settings, clock)
    rids = {s: _pulled_loan(requests_service, pid, f"Book {s}") for s, pid in charging.items()}
    assert charges.charges(unpaid_only=True) == []
    for rid in rids.values():
        requests_service.perform(rid, Action.SHIP, staff="D")
    unpaid = {c.partner: c for c in charges.charges(unpaid_only=True)}
    assert {name: (c.amount, c.currency, c.method) for name, c in unpaid.items()} == {
        "Library GR-AtNL": (Decimal("8.00"), "EUR", Method.IFLA),
        "Library US-MBAt": (Decimal("15.00"), "USD", Method.INVOICE),
        "Library AU-VSL": (Decimal("25.00"), "AUD", Method.INVOICE),
    }
    assert unpaid["Library GR-AtNL"].vouchers == "1 full, 0 half"
    assert unpaid["Library US-MBAt"].invoice_number.startswith("INV-2026-")
    # coming back and completing bills nothing more
    for rid in rids.values():
        requests_service.perform(rid, Action.RECEIVE_RETURN, staff="D")
    assert len(charges.charges()) == 3
    notes = [h.note for h in requests_service.detail(rids["US-MBAt"]).history]
    assert sum(n.startswith("Charged 15.00 USD by invoice, invoice INV-2026-") for n in notes) == 1


def test_sending_a_copy_bills_it(db, clock, charging, tmp_path) -> None:
    copies = build_copies(db, copies_settings(), clock, tmp_path / "pdfs")
    charges = ChargeService(db, copies.settings, clock)
    rid = lending_copy(copies, charging["AU-VSL"])
    copies.documents.attach(rid, make_pdf(tmp_path / "scan.pdf"), staff="D")
    assert charges.charges() == []
    copies.requests.perform(rid, Action.SEND_COPY, staff="D")
    [charge] = charges.charges(unpaid_only=True)
    assert (charge.amount, charge.currency) == (Decimal("25.00"), "AUD")


def test_no_charge_no_bill_and_a_billed_charge_can_be_corrected_until_paid(
    db, settings, requests_service, charging, clock
) -> None:
    charges = ChargeService(db, settings, clock)
    with db.transaction() as session:
        free = orm.Partner(name="Free library", symbol="US-FREE", country="US")
        session.add(free)
        session.flush()
        free_id = free.id
    rid = _pulled_loan(requests_service, free_id, "Free book")
    requests_service.perform(rid, Action.SHIP, staff="D")
    assert charges.charges() == []

    rid = _pulled_loan(requests_service, charging["AU-VSL"], "Dear book")
    requests_service.perform(rid, Action.SHIP, staff="D")
    requests_service.perform(rid, Action.RECEIVE_RETURN, staff="D")
    corrected = charges.charge(rid, Method.IFLA, staff="D", amount=Decimal("12"))
    [only] = charges.charges()
    assert only == corrected and (only.method, only.amount, only.invoice_number) == (
        Method.IFLA,
        Decimal("12.00"),
        "",
    )
    charges.mark_paid(only.id, staff="D")
    with pytest.raises(Exception, match="already charged"):
        charges.charge(rid, Method.INVOICE, staff="D")


def test_a_partner_that_pays_no_way_is_told_in_the_history(
    db, settings, requests_service, clock
) -> None:
    with db.transaction() as session:
        partner = orm.Partner(
            name="No way",
            symbol="XX-NONE",
            country="US",
            charge=Decimal("5"),
            currency="USD",
            accepts_invoice=False,
        )
        session.add(partner)
        session.flush()
        pid = partner.id
    rid = _pulled_loan(requests_service, pid, "Unpaid book")
    requests_service.perform(rid, Action.SHIP, staff="D")
    assert ChargeService(db, settings, clock).charges() == []
    assert requests_service.detail(rid).history[-1].note == (
        "Not billed: XX-NONE accepts no way of paying the 5.00 USD charge; set its payment options."
    )


def test_requests_shipped_before_are_billed_in_one_go(
    db, settings, requests_service, charging, clock
) -> None:
    from sqlalchemy import delete

    from illdesk.persistence.orm_lending import LendingCharge

    charges = ChargeService(db, settings, clock)
    rids = {s: _pulled_loan(requests_service, pid, f"Old {s}") for s, pid in charging.items()}
    for rid in rids.values():
        requests_service.perform(rid, Action.SHIP, staff="D")
    first = charges.charges()
    with db.transaction() as session:  # as shipped before charges were billed by themselves
        session.execute(delete(LendingCharge))
    waiting = _pulled_loan(requests_service, charging["AU-VSL"], "Not shipped yet")
    assert charges.bill_unbilled(staff="Kim") == 3
    again = charges.charges()
    assert sorted((c.request_number, c.method, c.amount, c.currency) for c in again) == sorted(
        (c.request_number, c.method, c.amount, c.currency) for c in first
    )
    invoices = [c.invoice_number for c in again if c.invoice_number]
    earlier = [c.invoice_number for c in first if c.invoice_number]
    assert len(invoices) == 2 and len(set(invoices + earlier)) == 4  # new numbers
    assert waiting not in {c.request_number for c in again}
    assert charges.bill_unbilled(staff="Kim") == 0
    assert "Charged 8.00 EUR by IFLA vouchers." in [
        h.note for h in requests_service.detail(rids["GR-AtNL"]).history
    ]
