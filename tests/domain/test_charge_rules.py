"""How a partner pays and what a charge may be."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.charges import (
    Method,
    accepted_methods,
    charge_amount_problem,
    invoice_due,
    vouchers_for,
)


def test_methods_are_offered_in_one_order() -> None:
    assert accepted_methods(invoice=True, ifm=True, ifla=True) == [
        Method.INVOICE,
        Method.IFM,
        Method.IFLA,
    ]
    assert accepted_methods(invoice=False, ifm=False, ifla=True) == [Method.IFLA]


@pytest.mark.parametrize(
    "amount, vouchers",
    [("0", (0, 0)), ("8", (1, 0)), ("12", (1, 1)), ("15", (2, 0)), ("20.50", (3, 0))],
)
def test_fewest_vouchers(amount, vouchers) -> None:
    assert vouchers_for(Decimal(amount), Decimal(8), Decimal(4)) == vouchers


@pytest.mark.parametrize(
    "amount, problem",
    [
        ("12.50", None),
        ("0", "A charge must be more than zero."),
        ("-1", "A charge cannot be negative."),
        ("1.005", "Use at most 2 decimals (whole cents)."),
    ],
)
def test_what_a_charge_may_be(amount, problem) -> None:
    assert charge_amount_problem(Decimal(amount)) == problem


def test_an_invoice_is_due_in_thirty_days() -> None:
    assert invoice_due(dt.date(2026, 1, 15)) == dt.date(2026, 2, 14)
