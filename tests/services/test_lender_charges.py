"""A lender's charge on a borrowing request: recorded with a history row, read back, counted
against the year's budget; bad amounts, lending requests and missing requests are refused
in words and nothing is written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.vocabulary import ServiceType
from illdesk.persistence import orm
from illdesk.services.purchasing import LenderChargeRow, parse_charge
from tests.services.borrowing_support import send_to_lender
from tests.services.copies_support import build_copies, copies_settings, requested_copy


@pytest.fixture
def copies(db, clock):
    return build_copies(db, copies_settings(purchase__currency="eur"), clock)


def _requested_loan(copies, patron_id: int, partner_id: int) -> int:
    rid = copies.requests.create_borrowing(
        patron_id=patron_id,
        service_type=ServiceType.LOAN,
        staff="Dana",
        citation=Citation(title="Small Library Futures", author="Ito, Ken", year="2019"),
    ).row.id
    send_to_lender(copies.requests, rid, [partner_id], staff="Dana")
    return rid


def _rows(db) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(orm.IllCharge)) or 0,
            session.scalar(
                select(func.count())
                .select_from(orm.RequestEvent)
                .where(orm.RequestEvent.action == "ill_charge")
            )
            or 0,
        )


def test_charges_are_recorded_read_back_and_counted(copies, patron, partners, clock) -> None:
    clock.now = dt.datetime(2026, 3, 2, 10, 0)  # fiscal year 2025/26
    copies.purchasing.set_budget(2025, Decimal("200"))
    rid = _requested_loan(copies, patron.id, partners[0])
    state = copies.requests.detail(rid).row.state
    assert copies.purchasing.lender_charges(rid) == []
    assert copies.purchasing.currency() == "EUR"

    first = copies.purchasing.record_charge(
        rid, Decimal("15"), "  Loan fee from US-NPHVC ", staff="Dana"
    )
    assert first == LenderChargeRow(
        Decimal("15.00"), "EUR", "Loan fee from US-NPHVC", clock.now, "Dana"
    )
    clock.advance(days=20)
    copies.purchasing.record_charge(rid, Decimal("4.50"), "", staff="Lee")

    assert copies.purchasing.lender_charges(rid) == [
        first,
        LenderChargeRow(Decimal("4.50"), "EUR", "", clock.now, "Lee"),
    ]
    detail = copies.requests.detail(rid)
    assert detail.row.state is state
    notes = [h.note for h in detail.history if h.action == "ill_charge"]
    assert notes == ["Charge 15.00 EUR: Loan fee from US-NPHVC.", "Charge 4.50 EUR: lender charge."]
    status = copies.purchasing.budget(2025)
    assert (status.charges, status.spent, status.left) == (
        Decimal("19.50"),
        Decimal("19.50"),
        Decimal("180.50"),
    )


def test_charges_belong_to_their_own_request(copies, patron, partners) -> None:
    loan = _requested_loan(copies, patron.id, partners[0])
    article = requested_copy(copies, patron.id, partners[1])
    copies.purchasing.record_charge(
        article, Decimal("12.00"), "Article fee from DE-1", staff="Dana"
    )
    assert copies.purchasing.lender_charges(loan) == []
    [charge] = copies.purchasing.lender_charges(article)
    assert (charge.amount, charge.what) == (Decimal("12.00"), "Article fee from DE-1")


@pytest.mark.parametrize(
    "amount, message",
    [
        (Decimal("-1"), "A charge cannot be negative."),
        (Decimal("0"), "A charge must be more than zero."),
        (Decimal("12.345"), "Use at most 2 decimals (whole cents)."),
        (Decimal("NaN"), "That is not an amount."),
        (Decimal("Infinity"), "That is not an amount."),
        (Decimal("100000000"), "A charge must be less than 100,000,000.00."),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_written(
    copies, db, patron, partners, amount, message
) -> None:
    rid = _requested_loan(copies, patron.id, partners[0])
    with pytest.raises(ValidationFailed) as caught:
        copies.purchasing.record_charge(rid, amount, "Loan fee", staff="Dana")
    assert caught.value.problems == {"amount": message}
    assert _rows(db) == (0, 0)


def test_the_largest_charge_that_fits_and_trailing_zeros(copies, patron, partners) -> None:
    rid = _requested_loan(copies, patron.id, partners[0])
    copies.purchasing.record_charge(rid, Decimal("99999999.99"), "Lost rare book", staff="Dana")
    copies.purchasing.record_charge(rid, Decimal("7.500"), "Postage", staff="Dana")
    assert [c.amount for c in copies.purchasing.lender_charges(rid)] == [
        Decimal("99999999.99"),
        Decimal("7.50"),
    ]


def test_too_long_purpose_is_refused(copies, db, patron, partners) -> None:
    rid = _requested_loan(copies, patron.id, partners[0])
    with pytest.raises(ValidationFailed) as caught:
        copies.purchasing.record_charge(rid, Decimal("-2"), "x" * 301, staff="Dana")
    assert set(caught.value.problems) == {"amount", "what"}
    copies.purchasing.record_charge(rid, Decimal("2"), "ü" * 300, staff="Dana")
    assert _rows(db) == (1, 1)


def test_lending_and_missing_requests_are_refused_in_words(copies, db, partners) -> None:
    lending = copies.requests.create_lending(
        partner_id=partners[0],
        citation=Citation(title="Our Book"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row
    with pytest.raises(ValidationFailed) as caught:
        copies.purchasing.record_charge(lending.id, Decimal("5"), "Fee", staff="Dana")
    assert caught.value.problems == {
        "request": f"{lending.number} is a lending request; "
        "lender charges are recorded on borrowing "
        "requests only."
    }
    with pytest.raises(NotFound, match="That request no longer exists."):
        copies.purchasing.record_charge(987654, Decimal("5"), "Fee", staff="Dana")
    assert _rows(db) == (0, 0)
    assert copies.purchasing.lender_charges(987654) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("15", Decimal("15.00")),
        (" 12,5 ", Decimal("12.50")),
        ("0.99", Decimal("0.99")),
        ("3.10", Decimal("3.10")),
        ("7.500", Decimal("7.50")),
    ],
)
def test_parse_charge(text, value) -> None:
    assert parse_charge(text) == value


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Type the amount the lender charged."),
        ("   ", "Type the amount the lender charged."),
        ("ten", "“ten” is not an amount."),
        ("1.234,50", "“1.234,50” is not an amount."),
        ("NaN", "“NaN” is not an amount."),
        ("-Infinity", "“-Infinity” is not an amount."),
        ("-3", "A charge cannot be negative."),
        ("0", "A charge must be more than zero."),
        ("12.345", "Use at most 2 decimals (whole cents)."),
        ("1e30", "A charge must be less than 100,000,000.00."),
    ],
)
def test_parse_charge_refuses_in_words(text, message) -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_charge(text, "fee")
    assert caught.value.problems == {"fee": message}
