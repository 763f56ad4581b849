"""The database outbox: the store keeps the engine's contract on SQLite and PostgreSQL, a
partner that is down gets the message when it comes back, nothing leaves unvalidated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from illdesk.domain.vocabulary import Action, State
from illdesk.interop.iso18626.messages import MessageKind
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.transport.outbox_items import OutboxState
from illdesk.interop.iso18626.transport.outbox_store import DatabaseOutboxStore
from illdesk.interop.iso18626.transport.server import Iso18626Server
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.peer_messaging import (
    Iso18626Peer,
    PeerAwareRequestService,
    PeerMessagingUnavailable,
)
from tests.conftest import FixedClock
from tests.services.peer_support import (
    LENDER,
    Library,
    library_settings,
    new_borrowing,
    two_libraries,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class UtcClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _row(db: Database, *, request_ref: str = "B-2026-000001", at: datetime = T0) -> int:
    with db.transaction() as session:
        partner = orm.Partner(
            name="Lender",
            symbol=f"DE-{request_ref[-3:]}",
            iso18626_endpoint="http://127.0.0.1:9/iso18626",
        )
        session.add(partner)
        session.flush()
        row = orm.OutboxMessage(
            partner_id=partner.id,
            partner_agency=f"ISIL:{partner.symbol}",
            endpoint=partner.iso18626_endpoint,
            body=b"<x/>\xe2\x82\xac",
            kind="request",
            request_ref=request_ref,
            created_at=at.replace(tzinfo=None),
            next_attempt_at=at.replace(tzinfo=None),
            attempts=0,
            state="queued",
            last_error="",
        )
        session.add(row)
        session.flush()
        return row.id


def test_the_store_keeps_the_engine_contract(db: Database) -> None:
    store = DatabaseOutboxStore(db)
    first, second, third = (_row(db, request_ref=f"B-2026-00000{n}") for n in (1, 2, 3))
    queued = store.queued()
    assert [item.id for item in queued] == [first, second, third]
    item = queued[0]
    assert item.body == b"<x/>\xe2\x82\xac"
    assert item.kind is MessageKind.REQUEST and item.partner == "ISIL:DE-001"
    assert item.next_attempt_at == T0 and item.next_attempt_at.tzinfo is not None

    store.mark_failed(
        first, at=T0, attempts=1, reason="no answer", next_attempt_at=T0 + timedelta(seconds=30)
    )
    again = store.get(first)
    assert again is not None
    assert (again.state, again.attempts, again.last_error) == (OutboxState.QUEUED, 1, "no answer")
    assert again.next_attempt_at == T0 + timedelta(seconds=30)

    store.mark_failed(second, at=T0, attempts=8, reason="refused", next_attempt_at=None)
    store.mark_sent(third, at=T0 + timedelta(seconds=5), attempts=1)
    assert [item.id for item in store.queued()] == [first]
    failed, sent = store.get(second), store.get(third)
    assert failed is not None and failed.state is OutboxState.FAILED
    assert sent is not None and sent.state is OutboxState.SENT
    assert sent.sent_at == T0 + timedelta(seconds=5) and sent.last_error is None

    assert store.requeue_now(second, now=T0 + timedelta(minutes=1))
    requeued = store.get(second)
    assert requeued is not None
    assert (requeued.state, requeued.attempts) == (OutboxState.QUEUED, 0)
    assert not store.requeue_now(third, now=T0)
    assert store.get(999) is None


@pytest.fixture
def utc_clock() -> UtcClock:
    return UtcClock()


@pytest.fixture
def pair(
    tmp_path: Path, clock: FixedClock, utc_clock: UtcClock
) -> Iterator[tuple[Library, Library]]:
    with two_libraries(tmp_path, clock, utc_clock=utc_clock) as libraries:
        yield libraries


def test_a_partner_that_is_down_gets_the_message_when_it_comes_back(
    pair: tuple[Library, Library], utc_clock: UtcClock
) -> None:
    borrower, lender = pair
    borrower.runtime.worker.stop()  # this test runs the engine itself, step by step
    lender_url = lender.url
    lender_server = lender.runtime.server
    assert lender_server is not None
    host, port = lender_server.address
    lender_server.stop()
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender_url))
    borrower.do(ours, Action.SEND_TO_LENDER)
    engine = borrower.runtime.engine

    [first] = engine.run_due()
    assert first.outcome == "retry" and "no answer" in first.reason
    [row] = borrower.outbox()
    assert (row.state, row.attempts) == ("queued", 1)
    assert "no answer from" in row.last_error

    utc_clock.advance(10)
    assert engine.run_due() == []  # not due yet: the backoff is 30 s

    back = Iso18626Server(
        lender.runtime.handler,
        lender_server.schema,
        lender_server.access,
        host=host,
        port=port,
        clock=utc_clock,
    )
    back.start()
    try:
        utc_clock.advance(25)
        [second] = engine.run_due()
        assert second.outcome == "sent", second.reason
    finally:
        back.stop()
    [row] = borrower.outbox()
    assert (row.state, row.attempts, row.last_error) == ("sent", 2, "")
    assert row.sent_at == (T0 + timedelta(seconds=35)).replace(tzinfo=None)
    [theirs] = lender.lending_requests()
    assert theirs.external_id == borrower.requests.detail(ours).row.number
    assert borrower.state(ours) is State.REQUESTED


def test_without_the_xsd_the_action_is_refused_and_nothing_changes(
    sqlite_db: Database, clock: FixedClock
) -> None:
    settings = library_settings("DE-B1", LENDER)
    schema = Iso18626Schema(None, None, "no XSD configured.")
    requests = PeerAwareRequestService(
        sqlite_db, settings, clock, peer=Iso18626Peer(settings, schema)
    )
    library = Library("DE-B1", sqlite_db, settings, requests, runtime=None)  # type: ignore[arg-type]
    ours = new_borrowing(library, library.add_partner(LENDER, "http://127.0.0.1:9/iso18626"))
    with pytest.raises(PeerMessagingUnavailable, match="no XSD configured"):
        library.do(ours, Action.SEND_TO_LENDER)
    assert library.state(ours) is State.SOURCING
    assert library.outbox() == []
