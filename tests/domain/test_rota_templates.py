"""The balanced suggestion and templates with last-resort lenders, as tables."""

from __future__ import annotations

import pytest

from illdesk.domain.rota_templates import (
    LenderRecord,
    RotaTemplate,
    rank_balanced,
    template_problems,
    with_last_resort,
)


@pytest.mark.parametrize(
    ("record", "fill", "speed", "balance"),
    [
        (LenderRecord(1, "NEW"), 0.5, 0.5, 0.5),  # nothing measured: middling on all three
        (LenderRecord(1, "GOOD", median_days=0, asked=8, filled=8), 0.9, 1.0, 0.1),
        (
            LenderRecord(1, "SLOW", median_days=21, asked=2, filled=0, lent_to_them=8),
            0.25,
            0.25,
            0.9,
        ),
    ],
)
def test_the_three_measures(record: LenderRecord, fill: float, speed: float, balance: float):
    assert (record.fill_rate, record.speed, record.balance) == pytest.approx((fill, speed, balance))


def test_balance_puts_the_partner_we_lend_to_first_when_all_else_is_equal() -> None:
    even = dict(median_days=5.0, asked=4, filled=3)
    records = [
        LenderRecord(1, "TAKER", lent_to_them=0, **even),
        LenderRecord(2, "GIVER", lent_to_them=12, **even),
        LenderRecord(3, "AAA", lent_to_them=12, **even),
    ]
    assert [r.symbol for r in rank_balanced(records)] == ["AAA", "GIVER", "TAKER"]


def test_a_reliable_fast_lender_beats_a_new_one() -> None:
    fast = LenderRecord(1, "FAST", median_days=2, asked=10, filled=9, lent_to_them=9)
    unknown = LenderRecord(2, "UNKNOWN")
    assert [r.symbol for r in rank_balanced([unknown, fast])] == ["FAST", "UNKNOWN"]


@pytest.mark.parametrize(
    ("ordered", "last", "leave_out", "wanted"),
    [
        ([1, 2, 3], [9], [], [1, 2, 3, 9]),
        ([9, 1, 2], [9], [], [1, 2, 9]),  # a last-resort lender never comes early
        ([1, 2, 3], [9, 8], [2, 8], [1, 3, 9]),  # already asked: left out
        ([1, 1, 2], [], [], [1, 2]),
    ],
)
def test_last_resort_lenders_go_last(ordered, last, leave_out, wanted) -> None:
    assert with_last_resort(ordered, last, leave_out) == wanted


def test_template_problems() -> None:
    assert template_problems(RotaTemplate("State network first", (1, 2))) == {}
    assert set(template_problems(RotaTemplate(" ", ()))) == {"name", "partners"}
    assert template_problems(RotaTemplate("x", (1, 1))) == {
        "partners": "Each lender appears once in a template."
    }
