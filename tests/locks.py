"""Another program holding the database's write lock, as tests need it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

from illdesk.persistence.backup import sqlite_path


@contextmanager
def write_lock_held(url: str, table: str = "patron") -> Iterator[None]:
    """SQLite: ``BEGIN IMMEDIATE`` from a plain sqlite3 connection.  PostgreSQL: an open
    transaction holding ``LOCK TABLE ... IN ACCESS EXCLUSIVE MODE``."""
    path = sqlite_path(url)
    if path is not None:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    parsed = make_url(url)
    with psycopg.connect(
        host=str(parsed.query["host"]),
        port=int(str(parsed.query["port"])),
        user=parsed.username,
        dbname=parsed.database,
    ) as holder:
        holder.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        try:
            yield
        finally:
            holder.rollback()
