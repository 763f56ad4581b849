"""A scan written in plain Core statements (persistence/core_writes.py) keeps the version
guard: another desk that changes the request between this desk's read and its write wins,
this desk is told in words, and nothing of either is lost or half written."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ConflictError
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.persistence.database import Database, open_database
from illdesk.services.ports import FactSubject
from illdesk.services.requests import RequestService
from illdesk.services.scanning import ScanMode, ScanService


class OtherDeskMeanwhile:
    """A fact source that, the first time this desk's scan asks it (the row is read, its
    write not yet made), lets the other desk do ``meanwhile`` and commit."""

    def __init__(self) -> None:
        self.meanwhile: Callable[[], object] | None = None

    def facts_for(self, subject: FactSubject) -> dict[str, bool | int]:
        if self.meanwhile is not None:
            act, self.meanwhile = self.meanwhile, None
            act()
        return {}


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = open_database(db.url)
    yield desk
    desk.dispose()


@pytest.fixture
def meddler() -> OtherDeskMeanwhile:
    return OtherDeskMeanwhile()


@pytest.fixture
def this_desk(db, settings, clock, meddler) -> ScanService:
    return ScanService(db, RequestService(db, settings, clock, fact_sources=[meddler]))


def _count(db: Database, table: type[orm.Base], request_id: int) -> int:
    with db.reading() as session:
        column = table.__table__.c.request_id  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).where(column == request_id)) or 0)


def test_a_receive_scan_raced_by_another_desk_is_refused_and_keeps_theirs(
    db, other_desk, settings, clock, meddler, this_desk, requests_service, shipped
) -> None:
    rid = shipped.row.id
    events, notices = _count(db, orm.RequestEvent, rid), _count(db, orm.Notice, rid)
    theirs = RequestService(other_desk, settings, clock)
    meddler.meanwhile = lambda: theirs.perform(rid, Action.RECEIVE, staff="Priya")

    with pytest.raises(ConflictError, match=r"changed by Priya at 10:00 \(now “Received”\)"):
        this_desk.scan(ScanMode.RECEIVE, shipped.row.number, staff="Luis")

    after = requests_service.detail(rid)
    assert after.row.state is State.RECEIVED
    assert after.row.version == shipped.row.version + 1  # their one write, not two
    assert [(h.staff, h.action) for h in after.history[-1:]] == [("Priya", "receive")]
    assert _count(db, orm.RequestEvent, rid) == events + 1
    assert _count(db, orm.Notice, rid) == notices + 1  # their ready-for-pickup notice only


def test_a_pull_raced_by_another_desk_ties_no_copy_of_ours(
    db, other_desk, settings, clock, meddler, this_desk, requests_service, partners
) -> None:
    rid = requests_service.create_lending(
        partner_id=partners[1],
        citation=Citation(title="Middlemarch", author="Eliot, George"),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    theirs = ScanService(other_desk, RequestService(other_desk, settings, clock))
    meddler.meanwhile = lambda: theirs.scan(
        ScanMode.PULL, "39000000000002", staff="Priya", for_request=rid
    )

    with pytest.raises(ConflictError, match="changed by Priya"):
        this_desk.scan(ScanMode.PULL, "39000000000001", staff="Tom", for_request=rid)

    after = requests_service.detail(rid)
    assert after.row.state is State.PULLED
    assert after.item_barcodes == ("39000000000002",)
    assert [(h.staff, h.action) for h in after.history[-1:]] == [("Priya", "pull")]
    assert _count(db, orm.RequestItem, rid) == 1
