"""Two libraries exchange a full loan over real HTTP on 127.0.0.1, through the real outbox."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.interop.iso18626.compose import action_message, header_for, status_update
from illdesk.interop.iso18626.messages import (
    Confirmation,
    IsoAction,
    MessageKind,
    ReasonForMessage,
    Request,
    RequestingAgencyMessage,
    Status,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.transport.outbox import OutboxEngine, OutboxWorker, RetryPolicy
from illdesk.interop.iso18626.transport.outbox_items import InMemoryOutboxStore, OutboxState
from illdesk.interop.iso18626.transport.server import AccessPolicy, Iso18626Server
from tests.interop.iso18626_support import (
    BORROWER,
    LENDER,
    FakeClock,
    TinyLibrary,
    TinyRequest,
    corpus_schema,
    full_request,
    requesting,
    supplying,
)

KEY = "B1-0001"
PAIR_SECRET = "agreed-between-the-two"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def libraries(clock: FakeClock) -> Iterator[tuple[TinyLibrary, TinyLibrary]]:
    # The two libraries agreed one secret; each files it under the other's agency id.
    borrower = TinyLibrary(BORROWER, corpus_schema(), clock, {LENDER.key: PAIR_SECRET})
    lender = TinyLibrary(LENDER, corpus_schema(), clock, {BORROWER.key: PAIR_SECRET})
    borrower.server.start()
    lender.server.start()
    try:
        yield borrower, lender
    finally:
        borrower.server.stop()
        lender.server.stop()


def deliver(library: TinyLibrary) -> None:
    results = library.engine.run_due()
    assert results and all(r.outcome == "sent" for r in results), results


def status_message(lender: TinyLibrary, clock: FakeClock) -> SupplyingAgencyMessage:
    """What the lender's service sends after a desk action: its state, via the status map."""
    head = header_for(
        Side.LENDING,
        us=LENDER,
        partner=BORROWER,
        requesting_request_id=KEY,
        now=clock(),
        supplying_request_id="L2-1",
    )
    return status_update(
        head,
        lender.requests[KEY].state,
        ServiceType.LOAN,
        now=clock(),
        due_date=clock() + timedelta(days=28),
        item_id="31234000099",
    )


def action_to_lender(action: Action, clock: FakeClock) -> RequestingAgencyMessage:
    head = header_for(
        Side.BORROWING, us=BORROWER, partner=LENDER, requesting_request_id=KEY, now=clock()
    )
    return action_message(head, action)


def test_a_full_loan_between_two_libraries(
    libraries: tuple[TinyLibrary, TinyLibrary], clock: FakeClock
) -> None:
    borrower, lender = libraries
    borrower.requests[KEY] = TinyRequest(Side.BORROWING, ServiceType.LOAN, State.SOURCING)

    # 1. Borrower sends the request to the lender.
    borrower.apply(KEY, Action.SEND_TO_LENDER)
    borrower.send(lender, full_request(KEY), KEY)
    deliver(borrower)
    assert lender.requests[KEY].state is State.NEW
    assert lender.requests[KEY].side is Side.LENDING

    # 2. Lender checks holdings, pulls the item: WillSupply.
    lender.apply(KEY, Action.CHECK_HOLDINGS)
    lender.apply(KEY, Action.PULL)
    lender.send(borrower, status_message(lender, clock), KEY)
    deliver(lender)
    assert borrower.requests[KEY].state is State.REQUESTED

    # 3. Lender ships: Loaned.
    lender.apply(KEY, Action.SHIP)
    lender.send(borrower, status_message(lender, clock), KEY)
    deliver(lender)
    assert borrower.requests[KEY].state is State.SHIPPED_BY_LENDER

    # 4. Borrower receives: Received.
    borrower.apply(KEY, Action.RECEIVE)
    borrower.send(lender, action_to_lender(Action.RECEIVE, clock), KEY)
    deliver(borrower)
    assert lender.requests[KEY].state is State.ON_LOAN

    # 5. Patron borrows and returns; borrower ships it back: ShippedReturn.
    for action in (Action.CHECK_OUT, Action.CHECK_IN, Action.RETURN_TO_LENDER):
        borrower.apply(KEY, action)
    borrower.send(lender, action_to_lender(Action.RETURN_TO_LENDER, clock), KEY)
    deliver(borrower)
    assert lender.requests[KEY].state is State.RETURNED

    # 6. Lender checks it in: LoanCompleted.
    lender.apply(KEY, Action.RECEIVE_RETURN)
    lender.send(borrower, status_message(lender, clock), KEY)
    deliver(lender)

    assert borrower.requests[KEY].state is State.COMPLETE
    assert lender.requests[KEY].state is State.COMPLETE
    kinds = [type(m).__name__ for m, _, _ in lender.received]
    assert kinds == ["Request", "RequestingAgencyMessage", "RequestingAgencyMessage"]
    statuses = [m.status for m, _, _ in borrower.received if isinstance(m, SupplyingAgencyMessage)]
    assert statuses == [Status.WILL_SUPPLY, Status.LOANED, Status.LOAN_COMPLETED]
    assert [a for _, a, _ in lender.requests[KEY].history] == [
        Action.CHECK_HOLDINGS,
        Action.PULL,
        Action.SHIP,
        Action.BORROWER_RECEIVED,
        Action.BORROWER_SHIPPED_RETURN,
        Action.RECEIVE_RETURN,
    ]
    for library in (borrower, lender):
        assert all(i.state is OutboxState.SENT for i in library.outbox.all())
        assert all(peer.authenticated_by == "secret" for _, _, peer in library.received)
        assert all(notes == [] for _, notes, _ in library.received)


def test_an_illegal_message_is_refused_with_a_reason_and_changes_nothing(
    libraries: tuple[TinyLibrary, TinyLibrary],
) -> None:
    borrower, lender = libraries
    lender.requests[KEY] = TinyRequest(Side.LENDING, ServiceType.LOAN, State.NEW)
    borrower.send(lender, requesting(IsoAction.RECEIVED, KEY), KEY)
    [result] = borrower.engine.run_due()
    assert result.outcome == "failed"
    assert "UnsupportedActionType" in result.reason
    assert "“New”" in result.reason
    assert isinstance(result.confirmation, Confirmation) and not result.confirmation.ok
    assert lender.requests[KEY].state is State.NEW
    item = borrower.outbox.all()[0]
    assert item.state is OutboxState.FAILED and item.describe().startswith("Failed:")


def test_a_message_for_an_unknown_request_is_refused(
    libraries: tuple[TinyLibrary, TinyLibrary],
) -> None:
    borrower, lender = libraries
    lender.send(borrower, supplying(Status.LOANED, "B1-nope"), "B1-nope")
    [result] = lender.engine.run_due()
    assert result.outcome == "failed" and "UnrecognisedDataValue" in result.reason


def test_cancel_is_applied_and_owes_a_cancel_response(
    libraries: tuple[TinyLibrary, TinyLibrary],
) -> None:
    borrower, lender = libraries
    lender.requests[KEY] = TinyRequest(Side.LENDING, ServiceType.LOAN, State.HOLDINGS_CHECKED)
    borrower.send(lender, requesting(IsoAction.CANCEL, KEY, note="Patron found it"), KEY)
    deliver(borrower)
    assert lender.requests[KEY].state is State.CANCELLED
    [(message, _, _)] = lender.received
    assert isinstance(message, RequestingAgencyMessage) and message.note == "Patron found it"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_outbox_backs_off_while_the_partner_is_down_then_delivers(clock: FakeClock) -> None:
    schema = corpus_schema()
    port = _free_port()
    store = InMemoryOutboxStore()
    policy = RetryPolicy(max_attempts=6, base_seconds=10, cap_seconds=25, timeout_seconds=5)
    engine = OutboxEngine(
        store, schema, clock=clock, policy=policy, secret_for=lambda partner: "borrower-secret"
    )
    from illdesk.interop.iso18626.build import build_message

    item = store.enqueue(
        partner=LENDER.key,
        endpoint=f"http://127.0.0.1:{port}/iso18626",
        body=build_message(full_request(), schema),
        kind=MessageKind.REQUEST,
        request_ref=KEY,
        now=clock(),
    )

    [first] = engine.run_due()
    assert first.outcome == "retry" and "no answer" in first.reason
    assert first.next_attempt_at == clock() + timedelta(seconds=10)
    assert engine.run_due() == []  # not due yet: nothing is tried
    clock.advance(10)
    [second] = engine.run_due()
    assert second.next_attempt_at == clock() + timedelta(seconds=20)
    clock.advance(20)
    [third] = engine.run_due()
    assert third.next_attempt_at == clock() + timedelta(seconds=25)  # capped
    stored = store.get(item.id)
    assert stored is not None and stored.attempts == 3 and stored.state is OutboxState.QUEUED
    assert "attempt 3 failed" in stored.describe()

    received: list[object] = []

    def handler(message: object, notes: list[str], peer: object) -> Confirmation:
        from illdesk.interop.iso18626.status_map import ok_confirmation

        received.append(message)
        return ok_confirmation(message, now=clock())  # type: ignore[arg-type]

    partner = Iso18626Server(
        handler, schema, AccessPolicy({BORROWER.key: "borrower-secret"}), port=port
    )
    with partner:
        clock.advance(25)
        [fourth] = engine.run_due()
    assert fourth.outcome == "sent"
    assert isinstance(received[0], Request)
    stored = store.get(item.id)
    assert stored is not None and stored.state is OutboxState.SENT and stored.attempts == 4


def test_outbox_gives_up_then_retry_now_delivers(clock: FakeClock) -> None:
    schema = corpus_schema()
    port = _free_port()
    store = InMemoryOutboxStore()
    engine = OutboxEngine(
        store,
        schema,
        clock=clock,
        policy=RetryPolicy(max_attempts=2, base_seconds=1, cap_seconds=1),
        secret_for=lambda partner: "borrower-secret",
    )
    from illdesk.interop.iso18626.build import build_message

    item = store.enqueue(
        partner=LENDER.key,
        endpoint=f"http://127.0.0.1:{port}/x",
        body=build_message(full_request(), schema),
        kind=MessageKind.REQUEST,
        request_ref=KEY,
        now=clock(),
    )
    engine.run_due()
    clock.advance(1)
    [last] = engine.run_due()
    assert last.outcome == "failed" and last.reason.startswith("gave up after 2 attempts")
    clock.advance(3600)
    assert engine.run_due() == []  # failed items are not retried on their own

    def handler(message: object, notes: list[str], peer: object) -> Confirmation:
        from illdesk.interop.iso18626.status_map import ok_confirmation

        return ok_confirmation(message, now=clock())  # type: ignore[arg-type]

    with Iso18626Server(
        handler, schema, AccessPolicy({BORROWER.key: "borrower-secret"}), port=port
    ):
        result = engine.retry_now(item.id)
    assert result.outcome == "sent"
    assert engine.retry_now(item.id).reason == "It was already sent."
    assert engine.retry_now(999).outcome == "failed"


def test_a_later_message_never_overtakes_an_earlier_one(
    libraries: tuple[TinyLibrary, TinyLibrary], clock: FakeClock
) -> None:
    borrower, lender = libraries
    borrower.requests[KEY] = TinyRequest(Side.BORROWING, ServiceType.LOAN, State.REQUESTED)
    # First message goes to a dead endpoint (the partner was down when it was queued).
    dead = f"http://127.0.0.1:{_free_port()}/iso18626"
    from illdesk.interop.iso18626.build import build_message

    lender.outbox.enqueue(
        partner=BORROWER.key,
        endpoint=dead,
        body=build_message(supplying(Status.WILL_SUPPLY, KEY), lender.schema),
        kind=MessageKind.SUPPLYING_AGENCY_MESSAGE,
        request_ref=KEY,
        now=clock(),
    )
    lender.outbox.enqueue(
        partner=BORROWER.key,
        endpoint=dead,
        body=build_message(supplying(Status.LOANED, KEY), lender.schema),
        kind=MessageKind.SUPPLYING_AGENCY_MESSAGE,
        request_ref=KEY,
        now=clock(),
    )
    [only] = lender.engine.run_due()
    assert only.item_id == 1 and only.outcome == "retry"
    assert lender.engine.run_due() == []
    assert borrower.received == []


def test_worker_thread_delivers_when_woken(libraries: tuple[TinyLibrary, TinyLibrary]) -> None:
    borrower, lender = libraries
    borrower.requests[KEY] = TinyRequest(Side.BORROWING, ServiceType.LOAN, State.REQUESTED)
    worker = OutboxWorker(lender.engine, poll_seconds=30)
    worker.start()
    try:
        lender.send(
            borrower, supplying(Status.LOANED, KEY, reason=ReasonForMessage.STATUS_CHANGE), KEY
        )
        worker.wake()
        deadline = time.monotonic() + 10
        while borrower.requests[KEY].state is State.REQUESTED and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        worker.stop()
    assert borrower.requests[KEY].state is State.SHIPPED_BY_LENDER
    assert lender.outbox.all()[0].state is OutboxState.SENT
