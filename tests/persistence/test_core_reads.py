"""persistence/core_reads.py: a request read as plain Core rows is the request the ORM's
own joined load gives, in the same session state; a session already holding objects is
left to the ORM."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from illdesk.persistence import core_reads, orm
from illdesk.persistence.core_writes import write_changes
from illdesk.persistence.database import Database
from illdesk.services import mapping

WHEN = dt.datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def stored(db: Database) -> dict[str, Any]:
    """Two requests: one with a patron, a partner, two items and a rota of three whose
    first lender is the request's partner; one with none of those."""
    with db.transaction() as session:
        lenders = [
            orm.Partner(name=f"Library {n}", symbol=f"DE-{n}", charge=Decimal("2.50"))
            for n in range(3)
        ]
        patron = orm.Patron(barcode="P100001", name="Nakamura, Hana", email="h@example.org")
        full = orm.Request(
            number="B-2026-000001",
            side="borrowing",
            service_type="loan",
            state="requested_from_lender",
            citation=orm.Citation(title="Silent Spring", author="Carson, Rachel"),
            patron=patron,
            partner=lenders[0],
            max_cost=Decimal("12.50"),
            due_date=dt.date(2026, 4, 1),
            created_at=WHEN,
            updated_at=WHEN,
            updated_by="D",
        )
        full.items = [orm.RequestItem(barcode="3001"), orm.RequestItem(barcode="3002")]
        full.rota = [
            orm.RotaEntry(position=n, partner=lender, status="waiting")
            for n, lender in enumerate(lenders, start=1)
        ]
        bare = orm.Request(
            number="L-2026-000001",
            side="lending",
            service_type="loan",
            state="new",
            citation=orm.Citation(title="Middlemarch"),
            created_at=WHEN,
            updated_at=WHEN,
        )
        session.add_all([full, bare])
        session.flush()
        return {"full": full.id, "bare": bare.id}


def _columns(obj: Any) -> dict[str, Any]:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


def _as_the_orm_loads(session: Session, request_id: int) -> orm.Request:
    found = session.execute(mapping._WHOLE_BY_ID, {"id": request_id}).unique().scalar_one()
    return found


@pytest.mark.parametrize("which", ["full", "bare"])
def test_the_plain_read_gives_what_the_orm_load_gives(
    db: Database, stored: dict[str, Any], which: str
) -> None:
    with db.reading() as theirs_session, db.reading() as ours_session:
        theirs = _as_the_orm_loads(theirs_session, stored[which])
        read = core_reads.whole_requests(ours_session, core_reads.BY_ID, {"id": stored[which]})
        assert read is not None and len(read) == 1
        ours = read[0]
        assert _columns(ours) == _columns(theirs)
        for name in ("citation", "patron", "partner"):
            mine, orms = getattr(ours, name), getattr(theirs, name)
            assert (mine is None) == (orms is None)
            if mine is not None:
                assert _columns(mine) == _columns(orms)
        assert [_columns(i) for i in ours.items] == [_columns(i) for i in theirs.items]
        assert [(_columns(r), _columns(r.partner)) for r in ours.rota] == [
            (_columns(r), _columns(r.partner)) for r in theirs.rota
        ]
        # persistent and clean, as a load leaves it; one object per identity
        for obj in (ours, ours.citation, *ours.items, *ours.rota):
            assert inspect(obj).persistent and not inspect(obj).modified
        assert not ours_session.dirty and not ours_session.new
        if which == "full":
            assert ours.rota[0].partner is ours.partner
            assert ours_session.get(orm.Partner, ours.partner.id) is ours.partner


def test_by_number_and_by_item_find_what_the_orm_finds(db: Database, stored: dict[str, Any]):
    with db.reading() as session:
        by_number = core_reads.whole_requests(
            session, core_reads.BY_NUMBER, {"number": "B-2026-000001"}
        )
        assert [r.id for r in by_number or []] == [stored["full"]]
    with db.reading() as session:
        params = {"barcode": "3002", "side": "borrowing"}
        by_item = core_reads.whole_requests(session, core_reads.BY_ITEM, params)
        assert [r.id for r in by_item or []] == [stored["full"]]
        assert [i.barcode for i in by_item[0].items] == ["3001", "3002"]  # all its items
    with db.reading() as session:
        params = {"barcode": "3002", "side": "lending"}
        assert core_reads.whole_requests(session, core_reads.BY_ITEM, params) == []
        assert core_reads.whole_requests(session, core_reads.BY_ID, {"id": 999_999}) == []


def test_what_is_read_so_is_written_and_read_on_as_after_an_orm_load(
    db: Database, stored: dict[str, Any]
) -> None:
    """A change to the plainly read request goes out as one versioned UPDATE; its history,
    never loaded, is read when asked for; an item's request needs no statement."""
    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _seen(_c: object, _cur: object, statement: str, *_args: object) -> None:
        seen.append(statement.split()[0].upper())

    with db.transaction() as session:
        (request,) = core_reads.whole_requests(session, core_reads.BY_ID, {"id": stored["full"]})
        seen.clear()
        assert request.items[0].request is request and seen == []
        request.state = "shipped_by_lender"
        request.items.append(orm.RequestItem(barcode="3003"))
        session.add(
            orm.RequestEvent(request=request, at=WHEN, staff="D", action="ship", to_state="x")
        )
        write_changes(session)
        assert seen == ["UPDATE", "INSERT", "INSERT"]
        assert request.version == 2
        assert [e.action for e in request.events] == ["ship"]
    with db.reading() as session:
        again = mapping.whole_request(session, stored["full"])
        assert again is not None
        assert (again.state, again.version) == ("shipped_by_lender", 2)
        assert [i.barcode for i in again.items] == ["3001", "3002", "3003"]


def test_a_session_that_holds_objects_is_left_to_the_orm(
    db: Database, stored: dict[str, Any]
) -> None:
    with db.reading() as session:
        held = session.scalars(select(orm.Partner).order_by(orm.Partner.id)).first()
        assert core_reads.whole_requests(session, core_reads.BY_ID, {"id": stored["full"]}) is None
        request = mapping.whole_request(session, stored["full"])
        assert request is not None and request.partner is held
        assert [r.position for r in request.rota] == [1, 2, 3]
