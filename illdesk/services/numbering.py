"""Numbers kept in the database: request numbers (``B-2026-000123``), invoice numbers."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from illdesk.domain.vocabulary import Side
from illdesk.persistence import orm


def next_sequence(session: Session, prefix: str, width: int) -> str:
    """The next number of a counter kept in the database, e.g. ``INV-2026-0007``."""
    row = session.get(orm.NumberSequence, prefix, with_for_update=True)
    if row is None:
        # Two desks starting a new counter (the year's first request) at the same moment:
        # one insert wins, the other waits for it and then takes the next number, instead
        # of failing on the primary key.
        _add_counter_if_missing(session, prefix)
        row = session.get(orm.NumberSequence, prefix, with_for_update=True, populate_existing=True)
        assert row is not None
    row.last += 1
    session.flush()
    return f"{prefix}-{row.last:0{width}d}"


def _add_counter_if_missing(session: Session, prefix: str) -> None:
    inserts: dict[str, Callable[[type[orm.NumberSequence]], PgInsert | SqliteInsert]] = {
        "postgresql": pg_insert,
        "sqlite": sqlite_insert,
    }
    insert = inserts.get(session.get_bind().dialect.name)
    if insert is None:  # no ON CONFLICT here: a plain insert (a race fails on the key)
        session.add(orm.NumberSequence(prefix=prefix, last=0))
        session.flush()
        return
    session.execute(
        insert(orm.NumberSequence)
        .values(prefix=prefix, last=0)
        .on_conflict_do_nothing(index_elements=["prefix"])
    )


def next_number(session: Session, side: Side, year: int) -> str:
    """The next request number of a side and year, e.g. ``B-2026-000123``."""
    return next_sequence(session, f"{'B' if side is Side.BORROWING else 'L'}-{year}", 6)
