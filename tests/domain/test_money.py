"""Amounts typed by staff: one reading, refusals in words under the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.money import parse_amount, parse_quantity


@pytest.mark.parametrize(
    "text, value",
    [
        ("12.5", Decimal("12.50")),
        (" 7,25 ", Decimal("7.25")),
        ("85", Decimal("85.00")),
        ("0", Decimal("0.00")),
        ("7.500", Decimal("7.50")),
        ("1e3", Decimal("1000.00")),
        ("", None),
        ("   ", None),
    ],
)
def test_amounts_as_staff_type_them(text, value) -> None:
    assert parse_amount(text, "cost") == value


@pytest.mark.parametrize(
    "text, what, message",
    [
        ("ten", "amount", "“ten” is not an amount."),
        ("1.234,50", "amount", "“1.234,50” is not an amount."),
        ("NaN", "charge", "“NaN” is not an amount."),
        ("-Infinity", "charge", "“-Infinity” is not an amount."),
        ("-1", "amount", "An amount cannot be negative."),
        ("-3", "charge", "A charge cannot be negative."),
        ("12.345", "amount", "Use at most 2 decimals (whole cents)."),
        ("1e100", "amount", "“1e100” is too large an amount."),
    ],
)
def test_what_is_not_an_amount_is_refused_in_words(text, what, message) -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_amount(text, "cost", what=what)
    assert caught.value.problems == {"cost": message}


def test_a_required_amount_asks_for_itself() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_amount(" ", "fee", required=True, what="royalty")
    assert caught.value.problems == {"fee": "Type the royalty."}
    assert parse_amount("1e30", required=True) == Decimal("1e30")


@pytest.mark.parametrize(
    "text, value, problem",
    [
        ("0.825", Decimal("0.825"), None),
        ("1,2", Decimal("1.2"), None),
        ("", None, None),
        ("heavy", None, "“heavy” is not a number."),
        ("-2", None, "A weight cannot be negative."),
    ],
)
def test_quantities_share_the_reading(text, value, problem) -> None:
    if problem is None:
        assert parse_quantity(text, "weight", what="weight") == value
    else:
        with pytest.raises(ValidationFailed) as caught:
            parse_quantity(text, "weight", what="weight")
        assert caught.value.problems == {"weight": problem}
