"""Two illdesk databases as two libraries exchange a full loan over real HTTP on 127.0.0.1,
with the real listener, the database outbox and its worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence.database import open_database
from illdesk.services.peer_incoming import NOTE_ACTION
from illdesk.services.requests import ActionInput
from tests.conftest import FixedClock
from tests.databases import migrated_postgres_url, migrated_sqlite_url
from tests.services.peer_support import (
    BORROWER,
    ITEM,
    LENDER,
    PAIR_SECRET,
    Library,
    assert_no_peer_threads,
    new_borrowing,
    open_library,
    two_libraries,
    wait_until_sent,
)

THIRD = "DE-T3"


@pytest.fixture(
    params=["sqlite+sqlite", pytest.param("sqlite+postgresql", marks=pytest.mark.postgres)]
)
def pair(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> Iterator[tuple[Library, Library]]:
    borrower_db = open_database(migrated_sqlite_url(request, tmp_path / "borrower.sqlite3"))
    if request.param.endswith("postgresql"):
        lender_db = open_database(migrated_postgres_url(request, "peer_lender"))
    else:
        lender_db = open_database(migrated_sqlite_url(request, tmp_path / "lender.sqlite3"))
    borrower = open_library(borrower_db, BORROWER, LENDER, clock)
    lender = open_library(lender_db, LENDER, BORROWER, FixedClock(clock.now))
    try:
        yield borrower, lender
    finally:
        borrower.runtime.stop()
        lender.runtime.stop()
        borrower_db.dispose()
        lender_db.dispose()
    assert_no_peer_threads()


def test_a_full_loan_between_two_illdesk_databases(pair: tuple[Library, Library]) -> None:
    borrower, lender = pair
    lender_id = borrower.add_partner(LENDER, lender.url)
    lender.add_partner(BORROWER, borrower.url)
    ours = new_borrowing(borrower, lender_id)
    number = borrower.requests.detail(ours).row.number

    # 1. The borrower sends the request: the lender's database gets a new lending request.
    assert borrower.do(ours, Action.SEND_TO_LENDER) is State.REQUESTED
    wait_until_sent(borrower)
    [theirs_row] = lender.lending_requests()
    theirs = theirs_row.id
    assert theirs_row.state == State.NEW.value
    assert theirs_row.external_id == number
    assert theirs_row.partner is not None and theirs_row.partner.symbol == BORROWER
    detail = lender.requests.detail(theirs)
    assert detail.citation.title == "Die Blechtrommel"
    assert detail.citation.isbn.replace("-", "") == "9783423118217"
    created = detail.history[0]
    assert created.staff == f"ISO 18626 ({BORROWER})"
    assert "Message as received:" in created.note and "<" in created.note

    # 2. The lender checks holdings and pulls the item: WillSupply is recorded at the borrower.
    lender.do(theirs, Action.CHECK_HOLDINGS)
    assert lender.do(theirs, Action.PULL, ActionInput(item_barcode=ITEM)) is State.PULLED
    wait_until_sent(borrower, lender)
    assert borrower.state(ours) is State.REQUESTED
    last = borrower.requests.detail(ours).history[-1]
    assert last.action == NOTE_ACTION and "WillSupply" in last.note

    # 3. The lender ships: Loaned moves the borrower's request, the lender's barcode is tied.
    assert lender.do(theirs, Action.SHIP) is State.SHIPPED
    wait_until_sent(borrower, lender)
    assert borrower.state(ours) is State.SHIPPED_BY_LENDER
    shipped = borrower.requests.detail(ours)
    assert shipped.item_barcodes == (ITEM,)
    assert shipped.history[-1].staff == f"ISO 18626 ({LENDER})"
    assert "Loaned" in shipped.history[-1].note

    # 4. The borrower receives it: Received puts the lender's request on loan.
    assert borrower.do(ours, Action.RECEIVE) is State.RECEIVED
    wait_until_sent(borrower, lender)
    assert lender.state(theirs) is State.ON_LOAN

    # 5. Patron borrows and returns it; the borrower ships it back: ShippedReturn.
    borrower.do(ours, Action.CHECK_OUT)
    borrower.do(ours, Action.CHECK_IN)
    assert borrower.do(ours, Action.RETURN_TO_LENDER) is State.RETURNED_TO_LENDER
    wait_until_sent(borrower, lender)
    assert lender.state(theirs) is State.RETURNED

    # 6. The lender checks it in: LoanCompleted completes the borrower's request.
    assert lender.do(theirs, Action.RECEIVE_RETURN) is State.COMPLETE
    wait_until_sent(borrower, lender)
    assert borrower.state(ours) is State.COMPLETE

    # Every message went once, in order, and every change is one history row.
    kinds = [row.kind for row in borrower.outbox()]
    assert kinds == ["request", "requestingAgencyMessage", "requestingAgencyMessage"]
    assert [row.kind for row in lender.outbox()] == ["supplyingAgencyMessage"] * 3
    lender_history = [(h.action, h.to_state) for h in lender.requests.detail(theirs).history]
    assert lender_history == [
        ("create", "new"),
        ("check_holdings", "holdings_checked"),
        ("pull", "pulled"),
        ("ship", "shipped"),
        ("borrower_received", "on_loan"),
        ("borrower_shipped_return", "returned"),
        ("receive_return", "complete"),
    ]
    borrower_actions = [h.action for h in borrower.requests.detail(ours).history]
    assert borrower_actions[-7:] == [
        NOTE_ACTION,
        "lender_shipped",
        "receive",
        "check_out",
        "check_in",
        "return_to_lender",
        "lender_checked_in",
    ]


def test_unfilled_moves_on_to_the_next_lender_in_the_rota(
    tmp_path: Path, clock: FixedClock
) -> None:
    third_db = open_database(f"sqlite:///{tmp_path / 'third.sqlite3'}")
    with two_libraries(tmp_path, clock) as (borrower, lender):
        third = open_library(third_db, THIRD, BORROWER, clock)
        try:
            # the third library shares a secret with the borrower under its own id
            borrower.runtime.engine.secret_for = {
                f"ISIL:{LENDER}": PAIR_SECRET,
                f"ISIL:{THIRD}": PAIR_SECRET,
            }.get
            third.add_partner(BORROWER, borrower.url)
            first = borrower.add_partner(LENDER, lender.url)
            second = borrower.add_partner(THIRD, third.url)
            ours = new_borrowing(borrower, first, second)
            borrower.do(ours, Action.SEND_TO_LENDER)
            wait_until_sent(borrower)
            [theirs] = lender.lending_requests()
            lender.do(theirs.id, Action.ANSWER_UNFILLED, ActionInput(note="NotOnShelf"))
            wait_until_sent(borrower, lender)
            # the borrower moved on by itself and asked the third library
            assert borrower.state(ours) is State.REQUESTED
            detail = borrower.requests.detail(ours)
            assert detail.partner_name == f"Library {THIRD}"
            assert [(r.symbol, r.status) for r in detail.rota] == [
                (LENDER, "unfilled"),
                (THIRD, "asked"),
            ]
            assert "Not on the shelf" in detail.history[-1].note
            [asked] = third.lending_requests()
            assert asked.external_id == detail.row.number
            # nothing went back to the lender that said no
            assert [(row.kind, row.endpoint) for row in borrower.outbox()] == [
                ("request", lender.url),
                ("request", third.url),
            ]
        finally:
            third.runtime.stop()
            third_db.dispose()
    assert_no_peer_threads()


def _on_loan_both_sides(borrower, lender) -> tuple[int, int]:
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender.url))
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    [theirs_row] = lender.lending_requests()
    theirs = theirs_row.id
    lender.do(theirs, Action.CHECK_HOLDINGS)
    lender.do(theirs, Action.PULL, ActionInput(item_barcode=ITEM))
    lender.do(theirs, Action.SHIP)
    wait_until_sent(borrower, lender)
    borrower.do(ours, Action.RECEIVE)
    borrower.do(ours, Action.CHECK_OUT)
    return ours, theirs


def test_renewals_are_answered_by_the_lending_policy(tmp_path: Path, clock: FixedClock) -> None:
    """The partner may renew once (its record): the first request is granted at once, the
    second refused at once, each answered with a RenewResponse."""
    with two_libraries(tmp_path, clock) as (borrower, lender):
        ours, theirs = _on_loan_both_sides(borrower, lender)
        lender_due = lender.requests.detail(theirs).row.due_date
        assert borrower.do(ours, Action.REQUEST_RENEWAL) is State.RENEWAL_REQUESTED
        wait_until_sent(borrower, lender)
        wait_until_sent(lender)
        granted = lender.requests.detail(theirs)
        assert granted.history[-1].action == "grant_renewal"
        assert borrower.state(ours) is State.CHECKED_OUT
        renewed = borrower.requests.detail(ours)
        assert renewed.history[-1].action == "renewal_granted"
        new_due = granted.row.due_date
        assert lender_due is not None and new_due is not None and new_due > lender_due
        assert renewed.row.due_date == new_due - timedelta(days=3)  # the borrowing buffer

        assert borrower.do(ours, Action.REQUEST_RENEWAL) is State.RENEWAL_REQUESTED
        wait_until_sent(borrower, lender)
        wait_until_sent(lender)
        refused = lender.requests.detail(theirs)
        assert refused.history[-1].action == "refuse_renewal"
        assert "No renewals are left" in refused.history[-1].note
        assert refused.row.due_date == new_due
        assert borrower.state(ours) is State.CHECKED_OUT
        assert borrower.requests.detail(ours).history[-1].action == "renewal_refused"


def test_a_renewal_left_to_staff_when_the_policy_does_not_answer(
    tmp_path: Path, clock: FixedClock
) -> None:
    with two_libraries(tmp_path, clock) as (borrower, lender):
        lender.settings.set("lending.renewals_by_policy", False)
        ours, theirs = _on_loan_both_sides(borrower, lender)
        assert borrower.do(ours, Action.REQUEST_RENEWAL) is State.RENEWAL_REQUESTED
        wait_until_sent(borrower, lender)
        # the lender's desk sees the question in the history; staff decide
        asked = lender.requests.detail(theirs)
        assert asked.history[-1].action == NOTE_ACTION and "Renew" in asked.history[-1].note
        assert lender.do(theirs, Action.GRANT_RENEWAL) is State.ON_LOAN
        wait_until_sent(borrower, lender)
        assert borrower.state(ours) is State.CHECKED_OUT
        assert borrower.requests.detail(ours).history[-1].action == "renewal_granted"


def test_conditions_accepted_then_a_second_request_declined(
    tmp_path: Path, clock: FixedClock
) -> None:
    with two_libraries(tmp_path, clock) as (borrower, lender):
        lender_id = borrower.add_partner(LENDER, lender.url)
        ours = new_borrowing(borrower, lender_id)
        borrower.do(ours, Action.SEND_TO_LENDER)
        wait_until_sent(borrower)
        [theirs] = lender.lending_requests()
        lender.do(theirs.id, Action.CHECK_HOLDINGS)
        lender.do(theirs.id, Action.PULL, ActionInput(item_barcode=ITEM))
        lender.do(theirs.id, Action.ANSWER_CONDITIONAL, ActionInput(note="Library use only"))
        wait_until_sent(borrower, lender)
        assert borrower.state(ours) is State.CONDITIONAL
        assert borrower.requests.detail(ours).conditions == "Library use only"
        # accepting sends the request again as a Retry: the lender's request goes on
        assert borrower.do(ours, Action.ACCEPT_CONDITIONS) is State.REQUESTED
        wait_until_sent(borrower, lender)
        assert lender.state(theirs.id) is State.PULLED
        assert lender.requests.detail(theirs.id).history[-1].action == "borrower_accepts"

        # a second request, conditions declined with no other lender: Cancel, answered yes
        second = borrower.requests.create_borrowing(
            patron_id=borrower.requests.detail(ours).patron_id or 0,
            citation=borrower.requests.detail(ours).citation.__class__(title="Der Process"),
            service_type=ServiceType.LOAN,
            staff="Dana",
        )
        for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
            borrower.do(second.row.id, action)
        borrower.requests.set_rota(second.row.id, [lender_id], staff="Dana")
        borrower.do(second.row.id, Action.SEND_TO_LENDER)
        wait_until_sent(borrower, lender)
        theirs2 = lender.lending_requests()[-1].id
        lender.do(theirs2, Action.CHECK_HOLDINGS)
        lender.do(theirs2, Action.ANSWER_CONDITIONAL, ActionInput(note="Fee 20 EUR"))
        wait_until_sent(borrower, lender)
        assert (
            borrower.do(second.row.id, Action.DECLINE_CONDITIONS, ActionInput(note="Too dear"))
            is State.UNFILLED
        )
        wait_until_sent(borrower, lender)
        assert lender.state(theirs2) is State.CANCELLED
        # the lender's "yes, cancelled" reaches a request that is already unfilled: noted
        assert borrower.state(second.row.id) is State.UNFILLED
        assert borrower.requests.detail(second.row.id).history[-1].action == NOTE_ACTION
