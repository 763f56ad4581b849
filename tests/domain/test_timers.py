"""Timers: working days with closed weekdays and days, and which row is due."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.timers import (
    TIMERS,
    Calendar,
    Timer,
    due_timer,
    parse_days,
    parse_weekdays,
)
from illdesk.domain.vocabulary import ServiceType, Side, State

MON = dt.date(2026, 3, 2)
CAL = Calendar(frozenset({5, 6}), frozenset({dt.date(2026, 3, 4)}))  # closed Wed 4 March


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (MON, MON, 0),
        (MON, dt.date(2026, 3, 3), 1),
        (MON, dt.date(2026, 3, 5), 2),  # Wednesday is closed
        (MON, dt.date(2026, 3, 9), 4),  # the weekend is closed
        (dt.date(2026, 3, 6), dt.date(2026, 3, 8), 0),  # Friday to Sunday
        (dt.date(2026, 3, 9), MON, 0),  # backwards
    ],
)
def test_working_days(start: dt.date, end: dt.date, days: int) -> None:
    assert CAL.working_days_between(start, end) == days


def test_a_library_closed_every_day_counts_none() -> None:
    assert Calendar(frozenset(range(7))).working_days_between(MON, dt.date(2026, 4, 1)) == 0


@pytest.mark.parametrize(
    ("text", "days", "problem"),
    [
        ("sat, sun", {5, 6}, ""),
        ("Saturday,SUNDAY", {5, 6}, ""),
        ("", set(), ""),
        ("sat, someday", {5}, "“someday” is not a weekday (mon, tue, … sun)."),
    ],
)
def test_weekdays_setting(text: str, days: set[int], problem: str) -> None:
    assert parse_weekdays(text) == (frozenset(days), problem)


def test_closed_days_setting() -> None:
    assert parse_days("2026-12-24; 2026-12-25") == (
        frozenset({dt.date(2026, 12, 24), dt.date(2026, 12, 25)}),
        "",
    )
    assert parse_days("24.12.2026")[1] == "“24.12.2026” is not a date like 2026-12-24."


DAYS = {
    "timers.lender_no_answer_days": 5,
    "timers.conditional_reminder_days": 2,
    "timers.conditional_decline_days": 4,
    "timers.not_pulled_days": 3,
    "timers.pickup_reminder_days": 3,
    "timers.pickup_return_days": 6,
    "timers.not_received_days": 8,
}


def _due(side, kind, state, entered, stage=0, today=dt.date(2026, 3, 12), created=None, days=None):
    table = days or DAYS
    found = due_timer(
        side,
        kind,
        state,
        entered,
        created or entered,
        stage,
        today,
        CAL,
        lambda t: table[t.days_setting],
    )
    return None if found is None else (found[0].name, found[1])


B, L, LOAN, COPY = Side.BORROWING, Side.LENDING, ServiceType.LOAN, ServiceType.COPY


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        # Mon 2 → Thu 12 March: 7 working days (Wed 4 closed, one weekend)
        ((B, LOAN, State.REQUESTED, MON), ("lender_no_answer", 5)),
        ((B, LOAN, State.REQUESTED, dt.date(2026, 3, 9)), None),  # 3 working days
        ((B, COPY, State.REQUESTED, MON), ("lender_no_answer", 5)),
        ((B, LOAN, State.CONDITIONAL, dt.date(2026, 3, 10)), ("conditional_reminder", 2)),
        ((B, LOAN, State.CONDITIONAL, dt.date(2026, 3, 10), 1), None),  # reminded already
        ((B, LOAN, State.CONDITIONAL, MON, 1), ("conditional_decline", 4)),
        ((B, LOAN, State.CONDITIONAL, MON), ("conditional_decline", 4)),  # the furthest due
        ((L, LOAN, State.PULL_SLIP_PRINTED, MON), ("not_pulled", 3)),
        ((L, COPY, State.HOLDINGS_CHECKED, MON), None),  # copies are not pulled
        ((B, LOAN, State.AWAITING_PICKUP, dt.date(2026, 3, 6)), ("pickup_reminder", 3)),
        ((B, LOAN, State.AWAITING_PICKUP, MON, 1), ("pickup_return", 6)),
        ((B, LOAN, State.SHIPPED_BY_LENDER, MON), None),  # 7 of 8
        ((B, LOAN, State.SHIPPED_BY_LENDER, dt.date(2026, 2, 27)), ("not_received", 8)),
        ((B, LOAN, State.SHIPPED_BY_LENDER, dt.date(2026, 2, 27), 1), None),  # asked already
        ((B, LOAN, State.CHECKED_OUT, MON), None),  # no timer there
    ],
)
def test_which_timer_is_due(args, wanted) -> None:
    assert _due(*args) == wanted


def test_not_pulled_counts_from_arrival_not_from_the_slip() -> None:
    printed_today = dt.date(2026, 3, 12)
    assert _due(L, LOAN, State.PULL_SLIP_PRINTED, printed_today, created=MON) == ("not_pulled", 3)


def test_zero_days_switches_a_timer_off() -> None:
    assert _due(B, LOAN, State.REQUESTED, MON, days={**DAYS, TIMERS[0].days_setting: 0}) is None


def test_every_timer_has_its_words_and_a_setting() -> None:
    for timer in TIMERS:
        assert isinstance(timer, Timer) and "{days}" in timer.note
        assert timer.days_setting.startswith("timers.")
