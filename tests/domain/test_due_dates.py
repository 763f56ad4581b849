"""What each action sets the due date to."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.due_dates import DuePeriods, next_due_date
from illdesk.domain.vocabulary import Action, Side

TODAY = dt.date(2026, 3, 2)
PERIODS = DuePeriods(loan_days=28, recall_days=7, buffer_days=3)
D = dt.date


@pytest.mark.parametrize(
    "side, action, current, given, expected",
    [
        # borrowing: the lender's date (or the usual period), less the buffer
        (Side.BORROWING, Action.RECEIVE, None, None, D(2026, 3, 27)),
        (Side.BORROWING, Action.RECEIVE, None, D(2026, 4, 10), D(2026, 4, 7)),
        (Side.BORROWING, Action.RENEWAL_GRANTED, D(2026, 3, 27), D(2026, 5, 1), D(2026, 4, 28)),
        # lending: the policy's period from today, a renewal from the current due date
        (Side.LENDING, Action.SHIP, None, None, D(2026, 3, 30)),
        (Side.LENDING, Action.GRANT_RENEWAL, D(2026, 3, 10), None, D(2026, 4, 7)),
        (Side.LENDING, Action.GRANT_RENEWAL, D(2026, 3, 10), D(2026, 5, 5), D(2026, 5, 5)),
        # a recall never lengthens the loan
        (Side.BORROWING, Action.RECALL, D(2026, 3, 20), None, D(2026, 3, 9)),
        (Side.LENDING, Action.RECALL, D(2026, 3, 5), None, D(2026, 3, 5)),
        (Side.LENDING, Action.RECALL, None, D(2026, 3, 12), D(2026, 3, 12)),
    ],
)
def test_due_dates(side, action, current, given, expected) -> None:
    assert next_due_date(side, action, TODAY, PERIODS, current=current, given=given) == expected
