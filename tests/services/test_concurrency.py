"""Two desks on one PostgreSQL server editing one request at the same moment."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.orm.exc import StaleDataError

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ConflictError
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import ActionInput, RequestService


@pytest.fixture
def two_desks(pg_cluster, settings, tmp_path):
    url = pg_cluster.new_database("two_desks")
    desk_a, desk_b = open_database(url), open_database(url)
    yield RequestService(desk_a, settings), RequestService(desk_b, settings), desk_a, desk_b
    desk_a.dispose()
    desk_b.dispose()


def test_two_sessions_racing_on_postgresql(two_desks) -> None:
    service_a, service_b, desk_a, desk_b = two_desks
    patron = PatronService(desk_a).save(
        PatronInput(barcode="P0001", name="Rossi, Pia", email="pia@example.org")
    )
    made = service_a.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="Luis",
    )
    # both desks read version 1; desk B commits first; desk A's write must be refused
    session_a = desk_a.sessions()
    request_a = session_a.get(orm.Request, made.row.id)
    assert request_a is not None and request_a.version == 1
    service_b.perform(made.row.id, Action.VERIFY_CITATION, staff="Priya", expected_version=1)
    request_a.state = State.CANCELLED.value
    with pytest.raises(StaleDataError):
        session_a.commit()
    session_a.rollback()
    session_a.close()
    # through the service the same race is told in words
    with pytest.raises(ConflictError, match="changed by Priya"):
        service_a.perform(
            made.row.id,
            Action.DEFLECT_LOCAL,
            staff="Luis",
            expected_version=1,
            given=ActionInput(note="Owned."),
        )
    final = service_a.detail(made.row.id)
    assert final.row.state is State.CITATION_VERIFIED
    assert [h.staff for h in final.history] == ["Luis", "Priya"]


def test_simultaneous_actions_one_wins_one_is_told(two_desks) -> None:
    service_a, service_b, desk_a, _ = two_desks
    patron = PatronService(desk_a).save(
        PatronInput(barcode="P0002", name="Wong, Wen", email="wen@example.org")
    )
    made = service_a.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Luis",
    )
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def act(service: RequestService, name: str) -> None:
        barrier.wait()
        try:
            service.perform(made.row.id, Action.VERIFY_CITATION, staff=name, expected_version=1)
            outcomes.append("done")
        except ConflictError:
            outcomes.append("conflict")
        except Exception as exc:  # an illegal repeat is also an honest refusal
            outcomes.append(type(exc).__name__)

    threads = [
        threading.Thread(target=act, args=(s, n)) for s, n in ((service_a, "A"), (service_b, "B"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes)[0] == "conflict" or "IllegalTransition" in outcomes
    assert outcomes.count("done") == 1
    assert len(service_a.detail(made.row.id).history) == 2


def test_two_desks_start_the_same_new_counter_at_once(two_desks) -> None:
    """The year's first number on two desks at the same moment: both get one, in turn."""
    from illdesk.services.numbering import next_sequence

    _service_a, _service_b, desk_a, desk_b = two_desks
    first_inserted, release = threading.Event(), threading.Event()
    got: dict[str, str] = {}
    failed: list[BaseException] = []

    def desk(name: str, db, hold: bool) -> None:
        try:
            with db.transaction() as session:
                got[name] = next_sequence(session, "L-2031", 6)
                if hold:  # keep the new counter uncommitted while the other desk arrives
                    first_inserted.set()
                    release.wait(10)
        except BaseException as exc:  # reported below
            failed.append(exc)

    a = threading.Thread(target=desk, args=("a", desk_a, True))
    a.start()
    assert first_inserted.wait(10)
    b = threading.Thread(target=desk, args=("b", desk_b, False))
    b.start()
    b.join(0.5)  # desk B now waits on desk A's row
    release.set()
    a.join(10)
    b.join(10)
    assert failed == []
    assert sorted(got.values()) == ["L-2031-000001", "L-2031-000002"]
