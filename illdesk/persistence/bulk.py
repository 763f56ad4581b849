"""Many rows at once (demo data): one transaction, tuples straight to the driver
(``executemany`` on SQLite, ``COPY`` on PostgreSQL), and the substring index filled once
at the end instead of row by row.

Values go in the forms the database stores, made once by the caller: :func:`stamp` for a
moment (the text SQLAlchemy writes for ``DateTime`` on SQLite, which PostgreSQL reads as
a timestamp), :func:`day` for a date, ``0``/``1`` for a flag and plain numbers for money.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from illdesk.persistence import search_index
from illdesk.persistence.database import Database

log = logging.getLogger(__name__)

CACHE_KIB = 32_768
"""SQLite's page cache while loading (32 MiB): the indexes of a million rows stay in
memory instead of being read back page by page."""
FTS_HASH_BYTES = 16 << 20
"""SQLite's trigram table keeps this much new index in memory before it writes a segment
(1 MiB by default): a bulk load writes and merges fewer, larger segments."""
_FTS_HASH_DEFAULT = 1 << 20


_SEARCH_FROM = "illdesk.bulk.search_from"
"""Key in ``Session.info``: the first request id of a bulk load not yet in SQLite's
trigram table."""


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat(" ", "microseconds")


def day(date: dt.date | None) -> str | None:
    return date.isoformat() if date is not None else None


def _is_empty(raw: Any, table: str) -> bool:
    return raw.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None


def _rollback_journal(raw: Any, tables: Sequence[str]) -> bool:
    """Load a new database (``tables`` all empty) with a rollback journal instead of the
    write-ahead log: every new page is then written once, into the file, instead of into
    the log and again into the file at the checkpoint.  A rollback journal is just as
    atomic, and a page added past the file's end needs no journal entry, so a load that
    fails or is killed still leaves the database as it was.  False (and the log kept)
    when the file is not in WAL mode or another connection has it open."""
    if not tables or not all(_is_empty(raw, t) for t in tables):
        return False
    if str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        return False
    mode = raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    return str(mode).lower() == "delete"


def _back_to_wal(db: Database) -> None:
    """The write-ahead log again, as every desk opens the file (and sets it again when it
    opens one a crash left in the rollback journal's mode)."""
    with db.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
    if str(mode).lower() != "wal":
        log.warning("%s stayed in journal mode %s after a bulk load", db.description, mode)


def _set_aside_indexes(raw: Any, tables: Sequence[str]) -> list[str]:
    """Drop the indexes of those of ``tables`` that are still empty (SQLite); returns the
    statements that make them again.  Filled in one go and indexed afterwards, a table
    of a million rows is built in about half the time of one kept indexed row by row
    (each new row lands at a random place of each index; afterwards each index is one
    sort).  Only empty tables: indexing again what was there before would cost more than
    it saves.  Indexes that back a UNIQUE or PRIMARY KEY constraint stay."""
    again: list[str] = []
    for table in tables:
        if not _is_empty(raw, table):
            continue
        found = raw.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, sql in found:
            raw.execute(f'DROP INDEX "{name}"')
            again.append(sql)
    return again


@contextmanager
def bulk_session(db: Database, tables: Sequence[str] = ()) -> Iterator[Session]:
    """One transaction for a bulk load, the substring index built once at its end.

    SQLite: the trigram table's insert trigger is set aside and the new requests indexed
    with one ``INSERT … SELECT``; the indexes of those of ``tables`` that start empty
    (a new demo database) are dropped and made again at the end.  PostgreSQL: the
    ``pg_trgm`` index is dropped and made again over the whole table (one build is many
    times faster than a million updates of a GIN index).  DDL is part of the transaction
    on both, so a load that fails or is killed leaves the trigger and the indexes as
    they were.  A new SQLite database is loaded with a rollback journal and put back in
    WAL mode after the commit (:func:`_rollback_journal`)."""
    journalled = False
    try:
        with db.transaction() as session:
            connection = session.connection()
            raw: Any = connection.connection.driver_connection
            indexed = False
            first = 0
            again: list[str] = []
            before = None
            if db.is_sqlite:
                if not raw.in_transaction:  # pysqlite would run the DROP outside one
                    journalled = _rollback_journal(raw, tables)
                    raw.execute("BEGIN IMMEDIATE")
                before = raw.execute("PRAGMA cache_size").fetchone()[0]
                raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
                indexed = search_index.has_trigram_table(session)
                first = (session.scalar(text("SELECT max(id) FROM request")) or 0) + 1
                if indexed:
                    raw.execute("DROP TRIGGER IF EXISTS request_fts_insert")
                    _fts_hash(raw, FTS_HASH_BYTES)
                    session.info[_SEARCH_FROM] = first
                again = _set_aside_indexes(raw, tables)
            elif connection.dialect.name == "postgresql":
                indexed = bool(
                    session.scalar(
                        text("SELECT 1 FROM pg_indexes WHERE indexname = :name"),
                        {"name": search_index.PG_TRIGRAM_INDEX},
                    )
                )
                if indexed:
                    session.execute(text(f"DROP INDEX {search_index.PG_TRIGRAM_INDEX}"))
            try:
                yield session
                for statement in again:
                    raw.execute(statement)
                if indexed and db.is_sqlite:
                    index_loaded_requests(session)
                    raw.execute(search_index.SQLITE_INSERT_TRIGGER)
                    # as it was: the setting's row goes, so a desk uses SQLite's default
                    _fts_hash(raw, _FTS_HASH_DEFAULT)
                    raw.execute("DELETE FROM request_fts_config WHERE k = 'hashsize'")
                    # merged into one b-tree now: a load leaves its segments half merged, and
                    # FTS5 finishes merging them in the transactions that write to it next -
                    # a desk's first scans.  In 2,000 writes of search text after a 100k
                    # load two took 0.12 and 0.57 s; merged, none took over 26 ms (1M: 8 ms
                    # in 1,500).  It costs the load 0.6 s at 100k, 6.7 s at 1M.
                    raw.execute(search_index.SQLITE_MERGE_ALL)
                elif indexed:
                    session.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
                    session.execute(text(search_index.PG_CREATE_TRIGRAM_INDEX))
            finally:
                session.info.pop(_SEARCH_FROM, None)
                if session.info.pop(_STAGED, False):
                    # a schema stays attached to it until it closes (SQLite detaches none
                    # in a transaction): it leaves the pool, to be closed after the commit
                    connection.detach()
                if before is not None:
                    raw.execute(f"PRAGMA cache_size={before}")
    finally:
        if journalled:
            _back_to_wal(db)


def _fts_hash(raw: Any, size: int) -> None:
    raw.execute("INSERT INTO request_fts(request_fts, rank) VALUES ('hashsize', ?)", (size,))


def index_loaded_requests(session: Session) -> None:
    """The requests a :func:`bulk_session` loaded so far into SQLite's trigram table (on
    PostgreSQL the index is made once at the end).  One ``INSERT … SELECT``, which SQLite
    runs without holding Python's GIL: another thread can make the next rows meanwhile."""
    first = session.info.get(_SEARCH_FROM)
    if first is None:
        return
    last = session.scalar(text("SELECT max(id) FROM request")) or 0
    if last >= first:
        session.execute(
            text(
                "INSERT INTO request_fts(rowid, search_text) "
                "SELECT id, search_text FROM request WHERE id BETWEEN :first AND :last"
            ),
            {"first": first, "last": last},
        )
        session.info[_SEARCH_FROM] = last + 1


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """``rows`` (tuples in the order of ``columns``) into ``table`` in one statement.  No
    Python-side defaults are applied: a required column without a server default must be
    among ``columns``."""
    missing = [
        c.name
        for c in table.columns
        if c.name not in columns
        and not c.nullable
        and c.server_default is None
        and not (c.primary_key and c.autoincrement in (True, "auto"))
    ]
    if missing:
        raise ValueError(f"{table.name}: no value for {', '.join(missing)}")
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    names = ", ".join(columns)
    if connection.dialect.name == "postgresql":
        copying = f"COPY {table.name} ({names}) FROM STDIN"
        with raw.cursor() as cursor, cursor.copy(copying) as copy:
            for row in rows:
                copy.write_row(row)
        return
    _insert_values(raw, table.name, columns, rows)


ROWS_PER_INSERT = 100
"""Rows one SQLite ``INSERT … VALUES`` takes (fewer when they would need more parameters
than the library allows): a statement per row costs Python and SQLite a third more per
row than a statement per hundred."""


def _insert_values(
    raw: sqlite3.Connection, name: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """``rows`` into table ``name`` of a SQLite connection, :data:`ROWS_PER_INSERT` at a
    time in their order (the rest one by one)."""
    rows = rows if isinstance(rows, list) else list(rows)
    width = len(columns)
    names = ", ".join(columns)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(ROWS_PER_INSERT, limit // width))
    whole = len(rows) // per * per
    if whole and per > 1:
        values = ", ".join([one] * per)
        flat = itertools.chain.from_iterable
        raw.executemany(
            f"INSERT INTO {name} ({names}) VALUES {values}",
            (tuple(flat(rows[i : i + per])) for i in range(0, whole, per)),
        )
        rows = rows[whole:]
    raw.executemany(f"INSERT INTO {name} ({names}) VALUES {one}", rows)


# --- rows staged elsewhere ------------------------------------------------------------
#
# Handing a million tuples to SQLite costs Python a few microseconds a row, most of a
# large load's writing.  A process with time to spare (the demo's row maker) can do that
# part: it writes the rows into an in-memory SQLite database of plain tables and sends
# its image, and the loading process copies each table with one ``INSERT … SELECT`` that
# SQLite runs in C, the same rows in the same order.

_STAGED = "illdesk_staged"
"""The schema a staged image is opened as, on the loading connection."""


def can_stage() -> bool:
    """This Python's SQLite can pass a database as bytes (3.23 and later, not built
    without it)."""
    return hasattr(sqlite3.Connection, "serialize") and hasattr(sqlite3.Connection, "deserialize")


def stage_rows(tables: Sequence[tuple[Table, Sequence[str], Sequence[Sequence[object]]]]) -> bytes:
    """An in-memory SQLite database's image holding each ``(table, columns, rows)`` as a
    plain table of that name and those columns (no types, so each value keeps the type it
    was bound with and takes the real column's affinity when copied, as if bound there),
    for :func:`insert_staged`."""
    staging = sqlite3.connect(":memory:", isolation_level=None)
    try:
        staging.execute("BEGIN")
        for table, columns, _rows in tables:  # the tables first: each image's are alike
            staging.execute(f"CREATE TABLE {table.name} ({', '.join(columns)})")
        for table, columns, rows in tables:
            _insert_values(staging, table.name, columns, rows)
        staging.execute("COMMIT")
        return staging.serialize()
    finally:
        staging.close()


def open_staged(session: Session, image: bytes) -> None:
    """A :func:`stage_rows` image opened on the loading connection (SQLite) for
    :func:`insert_staged`, in place of the last one.  The image is a schema of that
    connection, which therefore leaves the pool when the session ends."""
    raw: Any = session.connection().connection.driver_connection
    images = session.info.get(_STAGED, 0)
    if not images:
        raw.execute(f"ATTACH DATABASE ':memory:' AS {_STAGED}")
    session.info[_STAGED] = images + 1  # the connection is not for reuse (bulk_session)
    raw.deserialize(image, name=_STAGED)


def insert_staged(session: Session, table: Table, columns: Sequence[str]) -> None:
    """The rows of ``table`` in the open image into ``table``, in the order staged."""
    raw: Any = session.connection().connection.driver_connection
    names = ", ".join(columns)
    # each image's statements are new ones, prepared on its schema: one kept by the driver
    # from the last image could be run on that image's pages (the same schema version is
    # all SQLite would look at)
    raw.execute(
        f"INSERT INTO main.{table.name} ({names}) SELECT {names} "
        f"FROM {_STAGED}.{table.name} ORDER BY rowid -- image {session.info[_STAGED]}"
    )
