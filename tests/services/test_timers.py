"""The timers on both databases, with a clock the test sets: each move is one transaction
and one history row, and two desks running the job at once move a request once."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.domain.timers import CONDITIONS_QUEUE, NOT_PULLED_QUEUE, NOT_RECEIVED_QUEUE
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.peer_messaging import Iso18626Peer, PeerAwareRequestService
from illdesk.services.requests import ActionInput
from illdesk.services.timers import TimerService
from tests.services.borrowing_support import send_to_lender
from tests.services.peer_support import corpus_schema

MONDAY = dt.datetime(2026, 3, 2, 10, 0)


def _desk(db, settings, clock):
    peer = Iso18626Peer(settings, corpus_schema(), clock=lambda: clock().replace(tzinfo=dt.UTC))
    requests = PeerAwareRequestService(db, settings, clock, peer=peer)
    return requests, TimerService(db, settings, requests, clock, peer=peer)


@pytest.fixture
def desk(db, settings, clock):
    return _desk(db, settings, clock)


@pytest.fixture
def lenders(db) -> list[int]:
    with db.transaction() as session:
        made = [
            orm.Partner(
                name="Staatsbibliothek zu Berlin",
                symbol="DE-1",
                country="DE",
                iso18626_endpoint="http://127.0.0.1:9/iso18626",
            ),
            orm.Partner(name="Hudson Valley College", symbol="US-NPHVC", country="US"),
        ]
        session.add_all(made)
        session.flush()
        return [p.id for p in made]


def _asked(requests, patron, lenders, clock) -> int:
    made = requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Der Zauberberg", author="Mann, Thomas"),
        service_type=ServiceType.LOAN,
        staff="Ana",
        allow_duplicate=True,
    )
    rid = made.row.id
    send_to_lender(requests, rid, lenders, staff="Ana")
    return rid


def _outbox(db, request_id: int) -> list[tuple[int | None, bytes]]:
    with db.reading() as session:
        return [
            (row.partner_id, row.body)
            for row in session.scalars(
                select(orm.OutboxMessage)
                .where(orm.OutboxMessage.request_id == request_id)
                .order_by(orm.OutboxMessage.id)
            )
        ]


def test_a_silent_lender_is_cancelled_and_the_next_one_asked(
    db, desk, patron, lenders, clock
) -> None:
    requests, timers = desk
    rid = _asked(requests, patron, lenders, clock)
    assert len(_outbox(db, rid)) == 1  # the request to DE-1
    clock.now = MONDAY + dt.timedelta(days=4)  # Friday: 4 working days
    assert timers.run() == []
    clock.now = MONDAY + dt.timedelta(days=7)  # the next Monday: 5 (the weekend is closed)
    rows_before = len(requests.detail(rid).history)
    moves = timers.run()
    assert [(m.timer, m.words) for m in moves] == [
        ("lender_no_answer", "No answer from the lender in 5 working days.")
    ]
    detail = requests.detail(rid)
    assert len(detail.history) == rows_before + 1  # one move, one history row
    assert detail.row.state is State.REQUESTED
    assert [e.symbol for e in detail.rota if e.status == "asked"] == ["US-NPHVC"]
    last = detail.history[-1]
    assert (last.action, last.staff) == (Action.LENDER_UNFILLED.value, "timers")
    assert "No answer from the lender in 5 working days." in last.note
    assert "Cancel sent to DE-1 over ISO 18626." in last.note
    messages = _outbox(db, rid)
    assert len(messages) == 2
    partner_id, body = messages[1]
    assert partner_id == lenders[0] and b"<ill:action>Cancel</ill:action>" in body
    assert timers.run() == []  # moved once; the next lender's days start today


def test_a_closed_day_is_not_counted(db, desk, patron, lenders, clock, settings) -> None:
    requests, timers = desk
    settings.set("timers.closed_days", "2026-03-05")
    rid = _asked(requests, patron, lenders, clock)
    clock.now = MONDAY + dt.timedelta(days=7)
    assert timers.run() == []  # Thursday 5 March was closed: 4 working days
    clock.advance(days=1)
    assert [m.number for m in timers.run()] == [requests.detail(rid).row.number]


def test_conditions_remind_staff_then_are_declined(db, desk, patron, lenders, clock) -> None:
    requests, timers = desk
    rid = _asked(requests, patron, lenders, clock)
    requests.perform(
        rid, Action.LENDER_CONDITIONAL, staff="Ana", given=ActionInput(note="Library use only")
    )
    clock.now = MONDAY + dt.timedelta(days=2)  # Wednesday: 2 working days
    assert [m.timer for m in timers.run()] == ["conditional_reminder"]
    detail = requests.detail(rid)
    assert detail.row.state is State.CONDITIONAL and detail.row.queue == CONDITIONS_QUEUE
    assert detail.history[-1].action == "timer"
    assert timers.run() == []  # reminded once
    clock.now = MONDAY + dt.timedelta(days=7)  # 5 working days
    assert [m.timer for m in timers.run()] == ["conditional_decline"]
    detail = requests.detail(rid)
    assert detail.row.state is State.REQUESTED and detail.row.queue == ""
    assert detail.history[-1].action == Action.DECLINE_CONDITIONS.value
    assert [e.symbol for e in detail.rota if e.status == "asked"] == ["US-NPHVC"]


def _lending(requests, partner_id: int) -> int:
    return requests.create_lending(
        partner_id=partner_id,
        citation=Citation(title="Moby-Dick", author="Melville, Herman"),
        service_type=ServiceType.LOAN,
        staff="Ana",
    ).row.id


def test_not_pulled_is_offered_as_unfilled(db, desk, lenders, clock) -> None:
    requests, timers = desk
    rid = _lending(requests, lenders[1])
    requests.perform(rid, Action.CHECK_HOLDINGS, staff="Ana")
    clock.now = MONDAY + dt.timedelta(days=3)
    assert [m.timer for m in timers.run()] == ["not_pulled"]
    detail = requests.detail(rid)
    assert detail.row.state is State.HOLDINGS_CHECKED
    assert detail.row.queue == NOT_PULLED_QUEUE
    assert "Offered: answer “Not on the shelf”." in detail.history[-1].note
    assert timers.run() == []


def test_not_pulled_is_answered_automatically_when_set(db, desk, lenders, clock, settings) -> None:
    requests, timers = desk
    settings.set("timers.not_pulled_unfilled_automatically", True)
    rid = _lending(requests, lenders[1])
    clock.now = MONDAY + dt.timedelta(days=3)
    assert [m.timer for m in timers.run()] == ["not_pulled"]
    detail = requests.detail(rid)
    assert detail.row.state is State.UNFILLED
    assert detail.history[-1].note == "Not on the shelf Not pulled in 3 working days."


def test_uncollected_item_reminder_then_back_to_lender(db, desk, patron, lenders, clock) -> None:
    requests, timers = desk
    rid = _asked(requests, patron, lenders, clock)
    requests.perform(rid, Action.RECEIVE, staff="Ana")
    requests.perform(rid, Action.NOTIFY_PATRON, staff="Ana")
    with db.reading() as session:
        before = len(list(session.scalars(select(orm.Notice).where(orm.Notice.request_id == rid))))
    clock.now = MONDAY + dt.timedelta(days=7)  # 5 working days
    assert [m.timer for m in timers.run()] == ["pickup_reminder"]
    with db.reading() as session:
        kinds = [
            n.kind for n in session.scalars(select(orm.Notice).where(orm.Notice.request_id == rid))
        ]
    assert len(kinds) == before + 1 and kinds[-1] == "ready_for_pickup"
    assert requests.detail(rid).row.state is State.AWAITING_PICKUP
    clock.now = MONDAY + dt.timedelta(days=14)  # 10 working days
    assert [m.timer for m in timers.run()] == ["pickup_return"]
    assert requests.detail(rid).row.state is State.RETURNED_TO_LENDER


def test_shipment_not_received_asks_staff(db, desk, patron, lenders, clock) -> None:
    requests, timers = desk
    rid = _asked(requests, patron, lenders, clock)
    requests.perform(rid, Action.LENDER_SHIPPED, staff="Ana")
    clock.now = MONDAY + dt.timedelta(days=14)
    assert [m.timer for m in timers.run()] == ["not_received"]
    detail = requests.detail(rid)
    assert detail.row.state is State.SHIPPED_BY_LENDER
    assert detail.row.queue == NOT_RECEIVED_QUEUE


def test_two_desks_at_once_move_a_request_once(db_url, db, settings, clock, patron, lenders):
    """Two desks on one database run the job at the same moment: one history row."""
    requests, _ = _desk(db, settings, clock)
    rids = [_asked(requests, patron, lenders, clock) for _ in range(5)]
    clock.now = MONDAY + dt.timedelta(days=7)
    desks = [open_database(db_url), open_database(db_url)]
    try:
        services = [_desk(d, settings, clock)[1] for d in desks]
        barrier = threading.Barrier(2)
        moved: list[list[str]] = [[], []]
        failures: list[BaseException] = []

        def run(index: int) -> None:
            barrier.wait()
            try:
                moved[index] = [m.number for m in services[index].run(staff=f"desk {index}")]
            except BaseException as exc:  # reported below, never lost in the thread
                failures.append(exc)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert sorted(moved[0] + moved[1]) == sorted(requests.detail(r).row.number for r in rids)
        for rid in rids:
            detail = requests.detail(rid)
            unfilled = [h for h in detail.history if h.action == Action.LENDER_UNFILLED.value]
            assert len(unfilled) == 1
            assert [e.symbol for e in detail.rota if e.status == "asked"] == ["US-NPHVC"]
            cancels = [b for p, b in _outbox(db, rid) if b"<ill:action>Cancel" in b]
            assert len(cancels) == 1
    finally:
        for d in desks:
            d.dispose()


def test_closed_days_that_cannot_be_read_are_refused_in_words(db, settings) -> None:
    from illdesk.domain.errors import ValidationFailed
    from illdesk.services.library_settings import LibrarySettingsService

    service = LibrarySettingsService(db, settings)
    with pytest.raises(ValidationFailed) as refused:
        service.change("timers.closed_days", "2026-12-24, 25.12.2026")
    assert refused.value.problems == {
        "timers.closed_days": "“25.12.2026” is not a date like 2026-12-24."
    }
    with pytest.raises(ValidationFailed):
        service.change("timers.closed_weekdays", "mon, tue, wed, thu, fri, sat, sun")
    service.change("timers.closed_days", "2026-12-24, 2026-12-25")
    assert settings.get_str("timers.closed_days") == "2026-12-24, 2026-12-25"
