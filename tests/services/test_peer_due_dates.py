"""The lender's due date, recall, renewal and overdue, as another implementation sends them:
the lender's date is kept, the patron's derived from it, and an Overdue is never refused
while the item is with us."""

from __future__ import annotations

import datetime as dt

from illdesk.domain.vocabulary import Action, State
from illdesk.services.peer_incoming import NOTE_ACTION
from tests.conftest import FixedClock
from tests.services.partner_support import foreign, requested
from tests.services.peer_support import Library, post

LENDER_DUE = dt.date(2026, 3, 20)


def _buffer(library: Library) -> dt.timedelta:
    return dt.timedelta(days=library.settings.get_int("borrowing.due_buffer_days"))


def _overdue_notes(library: Library, request_id: int) -> int:
    """History notes of a lender's Overdue (other rows, e.g. a refused message of ours to
    this test's lender, may land between them)."""
    history = library.requests.detail(request_id).history
    return sum(1 for h in history if h.action == NOTE_ACTION and "ISO 18626 Overdue" in h.note)


def _loaned(borrower: Library, number: str) -> None:
    status, answer = post(
        borrower.url, foreign("loaned", number=number, due="2026-03-20T23:59:00Z")
    )
    assert status == 200 and answer.ok, answer


def test_the_lenders_due_date_is_kept_and_the_patrons_derived(
    peers: tuple[Library, Library],
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    _loaned(borrower, number)
    shipped = borrower.requests.detail(ours)
    assert shipped.row.state is State.SHIPPED_BY_LENDER
    assert shipped.said.lender_due_date == LENDER_DUE
    assert "Due to the lender 2026-03-20" in shipped.history[-1].note

    assert borrower.do(ours, Action.RECEIVE) is State.RECEIVED
    received = borrower.requests.detail(ours)
    assert received.row.due_date == LENDER_DUE - _buffer(borrower)
    assert received.said.lender_due_date == LENDER_DUE


def test_a_lenders_overdue_is_taken_in_every_on_loan_state(
    peers: tuple[Library, Library], clock: FixedClock
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    _loaned(borrower, number)
    borrower.do(ours, Action.RECEIVE)
    overdue = foreign("overdue", number=number, due="2026-03-20T23:59:00Z")

    # Received, not yet with the patron: recorded, state kept, shown.
    status, answer = post(borrower.url, overdue)
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.RECEIVED
    assert detail.said.lender_overdue_on == dt.date(2026, 3, 2)
    assert _overdue_notes(borrower, ours) == 1

    # Awaiting pickup and checked out (our patron's date not yet come): recorded as well.
    for seen, action in enumerate((Action.NOTIFY_PATRON, Action.CHECK_OUT), start=2):
        borrower.do(ours, action)
        status, answer = post(borrower.url, overdue)
        assert status == 200 and answer.ok, answer
        assert _overdue_notes(borrower, ours) == seen

    # Past our patron's date: the lender's Overdue moves the request to Overdue.
    clock.now = dt.datetime(2026, 3, 25, 9, 0)
    status, answer = post(borrower.url, overdue)
    assert status == 200 and answer.ok, answer
    assert borrower.state(ours) is State.OVERDUE


def test_a_recall_and_a_renewal_update_both_dates(peers: tuple[Library, Library]) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    _loaned(borrower, number)
    for action in (Action.RECEIVE, Action.CHECK_OUT, Action.REQUEST_RENEWAL):
        borrower.do(ours, action)
    renewed = foreign("renew_granted", number=number, due="2026-04-17T23:59:00Z")
    status, answer = post(borrower.url, renewed)
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.CHECKED_OUT
    assert detail.said.lender_due_date == dt.date(2026, 4, 17)
    assert detail.row.due_date == dt.date(2026, 4, 17) - _buffer(borrower)

    recalled = foreign("recalled", number=number, due="2026-03-16T12:00:00Z")
    status, answer = post(borrower.url, recalled)
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.RECALLED
    assert detail.said.lender_due_date == dt.date(2026, 3, 16)
    assert detail.row.due_date == max(dt.date(2026, 3, 2), dt.date(2026, 3, 16) - _buffer(borrower))
