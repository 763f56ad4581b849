"""Due dates: what a receipt, a shipment, a renewal or a recall sets the due date to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from illdesk.domain.vocabulary import Action, Side


@dataclass(frozen=True)
class DuePeriods:
    """The periods that decide a due date (from the settings and the lending policy)."""

    loan_days: int
    """Lending: the policy's loan period; borrowing: the period when the lender gave none."""
    recall_days: int
    """How long a recalled item may stay, unless the lender gave a date."""
    buffer_days: int = 0
    """Borrowing: the patron's due date comes this many days before the lender's."""


def next_due_date(
    side: Side,
    action: Action,
    today: dt.date,
    periods: DuePeriods,
    *,
    current: dt.date | None = None,
    given: dt.date | None = None,
    lender_due: dt.date | None = None,
) -> dt.date:
    """The due date ``action`` sets; ``given`` is a date staff typed (the lender's date
    when borrowing), ``current`` the due date the request has now.

    A recall never lengthens a loan.  A lending renewal counts from the current due date.
    A borrowed item is due back from the patron ``buffer_days`` before the lender wants it
    (``lender_due``, the lender's date on record, when this action brings none; a renewal
    without a date voids it).
    """
    buffer = dt.timedelta(days=periods.buffer_days)
    if action is Action.RECALL:
        recalled = given or today + dt.timedelta(days=periods.recall_days)
        if side is Side.BORROWING and given:
            # back from the patron in time to reach the lender by its recall date
            recalled = max(today, given - buffer)
        return min(current, recalled) if current else recalled
    if side is Side.LENDING:
        if given:
            return given
        renewing = action is Action.GRANT_RENEWAL and current is not None
        base = current if renewing and current else today
        return base + dt.timedelta(days=periods.loan_days)
    kept = lender_due if action is not Action.RENEWAL_GRANTED else None
    due_to_lender = given or kept or today + dt.timedelta(days=periods.loan_days)
    return due_to_lender - buffer
