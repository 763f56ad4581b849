"""persistence/core_writes.py: a plain unit of work written as Core statements leaves the
database and the session as the ORM's flush would; anything else still goes to the flush."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm.exc import StaleDataError

from illdesk.persistence import orm
from illdesk.persistence.core_writes import write_changes
from illdesk.persistence.database import Database

WHEN = dt.datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def request_id(db: Database) -> int:
    with db.transaction() as session:
        request = orm.Request(
            number="B-2026-000001",
            side="borrowing",
            service_type="loan",
            state="shipped_by_lender",
            citation=orm.Citation(title="Silent Spring"),
            created_at=WHEN,
            updated_at=WHEN,
            updated_by="D",
        )
        session.add(request)
        session.flush()
        return request.id


def _statements(db: Database) -> list[str]:
    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _seen(_c: object, _cur: object, statement: str, *_args: object) -> None:
        seen.append(statement.split()[0].upper())

    return seen


def test_changed_columns_and_new_rows_go_out_as_one_update_and_inserts(
    db: Database, request_id: int
) -> None:
    seen = _statements(db)
    with db.transaction() as session:
        request = session.get(orm.Request, request_id)
        assert request is not None
        request.state = "received"
        request.due_date = dt.date(2026, 3, 27)
        request.updated_by = "D"  # set to what it was: not written
        request.items.append(orm.RequestItem(barcode="31234000056789"))
        event_row = orm.RequestEvent(
            request=request, at=WHEN, staff="Luis", action="receive", to_state="received"
        )
        session.add(event_row)
        seen.clear()
        write_changes(session)
        assert seen == ["UPDATE", "INSERT", "INSERT"]
        # the session holds nothing unwritten, the new rows are numbered and complete
        assert not session.dirty and not session.new
        assert event_row.id is not None and event_row.note == ""  # its column default
        assert request.version == 2
        assert [item.id is not None for item in request.items] == [True]
        assert [e.action for e in request.events] == ["receive"]  # read with the new row
        seen.clear()
    assert "UPDATE" not in seen and "INSERT" not in seen  # the commit writes nothing again
    with db.reading() as session:
        stored = session.get(orm.Request, request_id)
        assert stored is not None
        assert (stored.state, stored.due_date, stored.version) == (
            "received",
            dt.date(2026, 3, 27),
            2,
        )
        assert [i.barcode for i in stored.items] == ["31234000056789"]
        assert [(e.staff, e.from_state, e.note) for e in stored.events] == [("Luis", "", "")]


def test_a_row_another_desk_changed_meanwhile_is_refused_and_nothing_is_written(
    db: Database, request_id: int
) -> None:
    with pytest.raises(StaleDataError), db.transaction() as session:
        request = session.get(orm.Request, request_id)
        assert request is not None
        with db.transaction() as other:  # the other desk commits first
            theirs = other.get(orm.Request, request_id)
            assert theirs is not None
            theirs.state = "received"
            theirs.updated_by = "Priya"
        request.state = "cancelled"
        session.add(orm.RequestEvent(request=request, at=WHEN, staff="Luis", action="cancel"))
        write_changes(session)
    with db.reading() as session:
        stored = session.get(orm.Request, request_id)
        assert stored is not None
        assert (stored.state, stored.updated_by, stored.version) == ("received", "Priya", 2)
        assert session.scalars(select(orm.RequestEvent)).all() == []


def test_a_deletion_goes_through_the_orm_flush(db: Database, request_id: int) -> None:
    with db.transaction() as session:
        request = session.get(orm.Request, request_id)
        assert request is not None
        request.items.append(orm.RequestItem(barcode="31234000056789"))
    with db.transaction() as session:
        request = session.get(orm.Request, request_id)
        assert request is not None
        request.items.clear()  # delete-orphan: a deletion, not a plain write
        request.state = "received"
        write_changes(session)
        assert not session.dirty and not session.deleted
    with db.reading() as session:
        stored = session.get(orm.Request, request_id)
        assert stored is not None
        assert (stored.items, stored.state, stored.version) == ([], "received", 2)
