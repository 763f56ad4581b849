"""Numbers kept in the database: request numbers (``B-2026-000123``), invoice numbers."""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from illdesk.domain.vocabulary import Side
from illdesk.persistence import orm


def next_sequence(session: Session, prefix: str, width: int) -> str:
    """The next number of a counter kept in the database, e.g. ``INV-2026-0007``.

    One ``UPDATE ... SET last = last + 1 ... RETURNING last``: the counter is read in the
    statement that writes it, under the write lock, so two desks (or two listener threads)
    never get the same number, on PostgreSQL (row lock) and on SQLite (where a SELECT ...
    FOR UPDATE locks nothing and ran outside the transaction).
    """
    _add_counter_if_missing(session, prefix)
    table = orm.NumberSequence
    last = session.execute(
        update(table)
        .where(table.prefix == prefix)
        .values(last=table.last + 1)
        .returning(table.last)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, table) and loaded.prefix == prefix:
            session.expire(loaded)  # the row changed behind the ORM's back
    return f"{prefix}-{last:0{width}d}"


def next_sequences(session: Session, prefix: str, width: int, count: int) -> list[str]:
    """``count`` consecutive numbers of a counter taken in one statement (a bulk billing)."""
    if count <= 0:
        return []
    _add_counter_if_missing(session, prefix)
    table = orm.NumberSequence
    last = session.execute(
        update(table)
        .where(table.prefix == prefix)
        .values(last=table.last + count)
        .returning(table.last)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, table) and loaded.prefix == prefix:
            session.expire(loaded)
    return [f"{prefix}-{n:0{width}d}" for n in range(last - count + 1, last + 1)]


def _add_counter_if_missing(session: Session, prefix: str) -> None:
    # Two desks starting a new counter (the year's first request) at the same moment: one
    # insert wins, the other does nothing and then takes the next number.
    inserts: dict[str, Callable[[type[orm.NumberSequence]], PgInsert | SqliteInsert]] = {
        "postgresql": pg_insert,
        "sqlite": sqlite_insert,
    }
    insert = inserts.get(session.get_bind().dialect.name)
    if insert is None:  # no ON CONFLICT here: a plain insert (a race fails on the key)
        if session.get(orm.NumberSequence, prefix) is None:
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


_REQUEST_NUMBER = re.compile(r"[BL]-\d{4}-\d+", re.IGNORECASE)


def may_be_request_number(word: str) -> bool:
    """``word`` has the shape :func:`next_number` gives every request number (the search
    asks the database whether a word is one only when it has)."""
    return _REQUEST_NUMBER.fullmatch(word) is not None
