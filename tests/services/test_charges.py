"""Lending charges by invoice, IFM and IFLA vouchers, the voucher ledger and statements."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.charges import Method, vouchers_for
from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.services.charges import ChargeService
from illdesk.services.requests import ActionInput


@pytest.fixture
def berlin(db) -> int:
    with db.transaction() as session:
        partner = orm.Partner(
            name="Staatsbibliothek zu Berlin",
            symbol="DE-1",
            country="DE",
            charge=Decimal("8.00"),
            currency="EUR",
            accepts_invoice=True,
            accepts_ifm=False,
            accepts_ifla_vouchers=True,
        )
        session.add(partner)
        session.flush()
        return partner.id


def completed(requests_service, partner_id: int, title: str = "Middlemarch") -> int:
    rid = requests_service.create_lending(
        partner_id=partner_id,
        citation=Citation(title=title),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(rid, Action.PULL, staff="D", given=ActionInput(item_barcode=title))
    for action in (Action.SHIP, Action.RECEIVE_RETURN):
        requests_service.perform(rid, action, staff="D")
    return rid


def test_voucher_arithmetic() -> None:
    full, half = Decimal(8), Decimal(4)
    assert vouchers_for(Decimal("8"), full, half) == (1, 0)
    assert vouchers_for(Decimal("12"), full, half) == (1, 1)
    assert vouchers_for(Decimal("13"), full, half) == (2, 0)
    assert vouchers_for(Decimal("4"), full, half) == (0, 1)
    assert vouchers_for(Decimal("0"), full, half) == (0, 0)


def test_invoice_numbered_unpaid_then_paid(db, settings, requests_service, berlin, clock) -> None:
    charges = ChargeService(db, settings, clock)
    a = completed(requests_service, berlin, "Middlemarch")
    b = completed(requests_service, berlin, "Silent Spring")
    first = charges.charge(a, Method.INVOICE, staff="D")
    second = charges.charge(b, Method.INVOICE, staff="D", amount=Decimal("12.50"))
    assert (first.invoice_number, second.invoice_number) == ("INV-2026-0001", "INV-2026-0002")
    assert [c.request_number for c in charges.unpaid_invoices()] == [
        first.request_number,
        second.request_number,
    ]
    invoice = charges.invoice(first.id)
    assert invoice.lines[0].amount == Decimal("8.00") and invoice.currency == "EUR"
    charges.mark_paid(first.id, staff="D")
    assert [c.id for c in charges.unpaid_invoices()] == [second.id]
    assert "Charged 8.00 EUR by invoice, invoice INV-2026-0001." in [
        h.note for h in requests_service.detail(a).history
    ]
    with pytest.raises(ValidationFailed, match="already charged"):
        charges.charge(a, Method.INVOICE, staff="D")


def test_refusals_in_words(db, settings, requests_service, berlin, clock) -> None:
    charges = ChargeService(db, settings, clock)
    rid = completed(requests_service, berlin)
    billed = charges.charges()  # the policy charge, billed when the loan was shipped
    assert [(c.amount, c.method) for c in billed] == [(Decimal("8.00"), Method.INVOICE)]
    with pytest.raises(ValidationFailed, match="does not pay by OCLC IFM"):
        charges.charge(rid, Method.IFM, staff="D")
    open_one = requests_service.create_lending(
        partner_id=berlin, citation=Citation(title="Open"), service_type=ServiceType.LOAN, staff="D"
    ).row.id
    with pytest.raises(ValidationFailed, match="not complete yet"):
        charges.charge(open_one, Method.INVOICE, staff="D")
    assert charges.charges() == billed


def test_voucher_ledger_balance(db, settings, requests_service, berlin, clock) -> None:
    charges = ChargeService(db, settings, clock)
    rid = completed(requests_service, berlin)
    charge = charges.charge(rid, Method.IFLA, staff="D", amount=Decimal("12"))
    assert charge.vouchers == "1 full, 1 half"
    assert charges.balance(berlin).full == 0
    charges.mark_paid(charge.id, staff="D")
    assert (charges.balance(berlin).full, charges.balance(berlin).half) == (1, 1)
    balance = charges.record_vouchers(berlin, 3, 0, staff="D", note="Sent by post")
    assert (balance.full, balance.half) == (4, 1)
    balance = charges.record_vouchers(berlin, -2, -1, staff="D", note="Paid our borrowing")
    assert (balance.full, balance.half) == (2, 0)
    assert balance.value(Decimal(8), Decimal(4)) == Decimal(16)
    statement = charges.statement(berlin)
    assert statement[-1] == "IFLA vouchers held: 2 full, 0 half (worth 16.00 EUR)"
    assert statement[-2] == "Owed: nothing"
    with pytest.raises(ValidationFailed, match="how many"):
        charges.record_vouchers(berlin, 0, 0, staff="D", note="")


def test_only_a_supervisor_waives_a_charge(db, settings, requests_service, berlin, clock) -> None:
    from illdesk.domain.errors import NotAllowed
    from illdesk.domain.staff_roles import Role
    from illdesk.services.staff_access import StaffAccess

    access = StaffAccess(db, settings, clock)
    access.add_account("Ann Admin", Role.ADMIN, "9042")
    access.add_account("Dee Desk", Role.DESK, "1111")
    access.add_account("Sam Super", Role.SUPERVISOR, "4711")
    access.set_sign_in(True)
    charges = ChargeService(db, settings, clock, access)
    rid = completed(requests_service, berlin)
    charge = charges.charge(rid, Method.INVOICE, staff="D")
    access.sign_in("Dee Desk", "1111")
    with pytest.raises(NotAllowed, match="Dee Desk may not waive a charge"):
        charges.waive(charge.id, "Reciprocal partner", staff="Dee Desk")
    assert [c.id for c in charges.unpaid_invoices()] == [charge.id]
    access.sign_out()
    access.sign_in("Sam Super", "4711")
    with pytest.raises(ValidationFailed, match="Say why"):
        charges.waive(charge.id, " ", staff="Sam Super")
    waived = charges.waive(charge.id, "Reciprocal partner", staff="Sam Super")
    assert waived.waived == "Reciprocal partner" and charges.unpaid_invoices() == []
    assert any("waived (Reciprocal partner)" in line for line in charges.statement(berlin))
    [event] = [h for h in requests_service.detail(rid).history if h.action == "charge_waived"]
    assert event.staff == "Sam Super"


def test_the_invoice_is_addressed_as_the_destination_post_reads_it(
    db, settings, requests_service, clock
) -> None:
    """The bill-to block comes from the same address formatting as the parcel's label: US
    order "CITY, ST ZIP", and abroad the country's name in English capitals."""
    with db.transaction() as session:
        partner = orm.Partner(
            name="Marist College Library",
            symbol="US-NPV",
            country="US",
            street="3399 North Road",
            postal_code="12601",
            city="Poughkeepsie",
            region="NY",
            charge=Decimal("15.00"),
            currency="USD",
            accepts_invoice=True,
        )
        session.add(partner)
        session.flush()
        partner_id = partner.id
    charges = ChargeService(db, settings, clock)
    charge = charges.charge(completed(requests_service, partner_id), Method.INVOICE, staff="D")
    settings.set("library.country", "DE")
    abroad = charges.invoice(charge.id).bill_to
    assert abroad.as_lines() == [
        "Marist College Library",
        "3399 North Road",
        "POUGHKEEPSIE, NY 12601",
        "UNITED STATES",
    ]
    settings.set("library.country", "US")
    assert charges.invoice(charge.id).bill_to.as_lines()[-1] == "POUGHKEEPSIE, NY 12601"
