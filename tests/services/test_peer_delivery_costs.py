"""A lender's charge as ISO 18626 carries it (deliveryInfo/deliveryCosts, in messages
written from the standard, not by our builder): recorded once as the lender's charge on
our request, shown with it, counted in the year's budget; an amount no charge can have is
said in the history and the message still applies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.peer_incoming import NOTE_ACTION
from illdesk.services.purchasing import LenderChargeRow, PurchaseService
from tests.conftest import FixedClock
from tests.services.partner_support import foreign, requested
from tests.services.peer_support import LENDER, STAFF, Library, post, wait_until_sent

WHAT = f"Delivery cost charged by {LENDER} (ISO 18626)"


def _purchasing(library: Library, clock: FixedClock) -> PurchaseService:
    return PurchaseService(library.db, library.settings, library.requests, clock)


def _loaned(borrower: Library, number: str, amount: str, currency: str = "GBP") -> None:
    body = foreign(
        "loaned_costs", number=number, due="2026-03-30T23:59:00Z", amount=amount, currency=currency
    )
    status, answer = post(borrower.url, body)
    assert status == 200 and answer.ok, answer


def test_delivery_costs_become_the_lenders_charge_once(
    peers: tuple[Library, Library], clock: FixedClock
) -> None:
    borrower, lender = peers
    purchasing = _purchasing(borrower, clock)
    purchasing.set_budget(purchasing.fiscal_year(), Decimal("100"))
    ours, number = requested(borrower, lender)
    _loaned(borrower, number, "7.50")
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.SHIPPED_BY_LENDER
    assert detail.said.lender_charges == (f"7.50 GBP: {WHAT}",)
    assert purchasing.lender_charges(ours) == [
        LenderChargeRow(Decimal("7.50"), "GBP", WHAT, clock.now, f"ISO 18626 ({LENDER})")
    ]
    assert detail.history[-1].action == "ill_charge"
    assert detail.history[-1].note == f"Charge 7.50 GBP: {WHAT}."
    assert purchasing.budget().charges == Decimal("7.50")

    # The lender resends the same message (its answer was lost): still one charge.
    _loaned(borrower, number, "7.50")
    assert len(purchasing.lender_charges(ours)) == 1
    assert purchasing.budget().charges == Decimal("7.50")


def test_an_articles_delivery_cost_is_recorded(
    peers: tuple[Library, Library], clock: FixedClock
) -> None:
    borrower, lender = peers
    lender_id = borrower.add_partner(LENDER, lender.url)
    reader = PatronService(borrower.db).save(
        PatronInput(barcode="P100002", name="Ito, Ken", email="ken@example.org")
    )
    made = borrower.requests.create_borrowing(
        patron_id=reader.id,
        citation=Citation(
            article_title="Interlending in small libraries",
            journal="Journal of Documentation",
            issn="0022-0418",
            year="2024",
            volume="80",
            pages="1-20",
        ),
        service_type=ServiceType.COPY,
        staff=STAFF,
    )
    ours = made.row.id
    for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
        borrower.requests.perform(ours, action, staff=STAFF)
    borrower.requests.set_rota(ours, [lender_id], staff=STAFF)
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    number = borrower.requests.detail(ours).row.number
    body = foreign("copy_completed_costs", number=number, amount="10.00", currency="USD")
    status, answer = post(borrower.url, body)
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.said.lender_charges == (f"10.00 USD: {WHAT}",)
    assert _purchasing(borrower, clock).budget().charges == Decimal("10.00")


@pytest.mark.parametrize(
    "amount, why",
    [
        ("-3.00", "A charge cannot be negative."),
        ("1.005", "Use at most 2 decimals (whole cents)."),
        ("100000000", "A charge must be less than 100,000,000.00."),
    ],
)
def test_a_delivery_cost_no_charge_can_have_is_said_and_the_loan_goes_on(
    peers: tuple[Library, Library], clock: FixedClock, amount: str, why: str
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    _loaned(borrower, number, amount)
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.SHIPPED_BY_LENDER
    assert detail.said.lender_charges == ()
    assert _purchasing(borrower, clock).lender_charges(ours) == []
    notes = [h.note for h in detail.history if h.action == NOTE_ACTION]
    assert f"{LENDER} sent a delivery cost of {amount} GBP; not recorded as a charge: {why}" in (
        notes
    )


def test_no_charge_said_as_zero_records_nothing(
    peers: tuple[Library, Library], clock: FixedClock
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    _loaned(borrower, number, "0.00")
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.SHIPPED_BY_LENDER
    assert detail.said.lender_charges == ()
    assert not [h for h in detail.history if h.action == "ill_charge" or "not recorded" in h.note]
