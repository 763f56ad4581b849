"""A lender's ERROR answer or Unfilled is a history row and a red line on the request,
not only a line in the outbox."""

from __future__ import annotations

import time

from illdesk.domain.vocabulary import Action, State
from illdesk.peer_runtime import REFUSED_ACTION
from tests.services.partner_support import foreign, requested
from tests.services.peer_support import Library, post


def _wait_for_failure(library: Library, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not any(row.state == "failed" for row in library.outbox()):
        assert time.monotonic() < deadline, [(r.state, r.last_error) for r in library.outbox()]
        time.sleep(0.02)


def test_a_lenders_unfilled_is_a_red_line(peers: tuple[Library, Library]) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    status, answer = post(borrower.url, foreign("unfilled", number=number))
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.UNFILLED
    assert detail.said.problem == (
        "DE-L2 could not supply it: Not on the shelf. "
        "Missing from the shelf since the last inventory."
    )
    assert detail.history[-1].action == "lender_unfilled"


def test_a_lenders_error_answer_is_a_history_row_and_a_red_line(
    peers: tuple[Library, Library],
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    loaned = foreign("loaned", number=number, due="2026-03-20T00:00:00Z")
    assert post(borrower.url, loaned)[1].ok
    # Our "Received" reaches a lender whose request is still New: it answers ERROR.
    borrower.do(ours, Action.RECEIVE)
    _wait_for_failure(borrower)
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.RECEIVED
    last = detail.history[-1]
    assert last.action == REFUSED_ACTION
    assert last.staff == "ISO 18626 (ISIL:DE-L2)"
    assert "did not take our requestingAgencyMessage" in last.note
    assert "not possible while our request is “New”" in last.note
    assert detail.said.problem == last.note
