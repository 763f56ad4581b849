"""Opening the database: engine, SQLite pragmas, schema upgrade with a backup first.

Every way opening can fail that staff may meet (file locked by another desk,
read-only file, schema newer than this program, server unreachable) comes
out as :class:`DatabaseUnavailable` with a sentence that says what to do.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from illdesk.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 5000


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def describe_url(url: str) -> str:
    """The database as staff should see it in the status bar (never a password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or 'in memory'}"
    return parsed.render_as_string(hide_password=True)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _explain(exc: BaseException, url: str) -> DatabaseUnavailable:
    text = str(exc).lower()
    where = describe_url(url)
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            f"The database ({where}) is locked by another program or desk. "
            "Wait a moment and try again; nothing was changed."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseUnavailable(
            f"The database ({where}) is read-only. Ask for write permission on the file "
            "or choose another database; nothing was changed."
        )
    if "unable to open" in text:
        return DatabaseUnavailable(f"The database file ({where}) cannot be opened: {exc}")
    if "connection refused" in text or "could not connect" in text or "timeout" in text:
        return DatabaseUnavailable(
            f"The database server ({where}) cannot be reached. Check the network and "
            "that the server is running."
        )
    return DatabaseUnavailable(f"The database ({where}) cannot be used: {exc}")


@dataclass
class Database:
    """One desk's database: ``transaction()`` for a unit of work, ``reading()`` to look."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, backups: Path) -> Path:
    """Copy a live SQLite database consistently (the SQLite backup API), return the copy."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{path.stem}-{stamp}.sqlite3"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, url: str, backups: Path | None) -> str | None:
    """Bring the schema to head.  Returns the backup path when one was taken."""
    head = head_revision()
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current != head:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseUnavailable(
                f"This database was made by a newer version of illdesk (schema {current}). "
                "Install the newer version on this desk; nothing was changed."
            ) from exc
    if current == head:
        return None
    backup: str | None = None
    parsed = make_url(url)
    if (
        current is not None
        and backups is not None
        and parsed.get_backend_name() == "sqlite"
        and parsed.database
        and parsed.database != ":memory:"
    ):
        backup = str(backup_sqlite(Path(parsed.database), backups))
        log.info("backed up %s to %s before upgrading", parsed.database, backup)
    if current is None and inspect(engine).has_table("request"):
        raise DatabaseUnavailable(
            "This database has illdesk tables but no schema version; it was not made by "
            "illdesk's migrations. Nothing was changed."
        )
    command.upgrade(alembic_config(engine), "head")
    return backup


def open_database(url: str, *, backups: Path | None = None, migrate: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        if path.exists() and not os.access(path, os.W_OK):
            raise DatabaseUnavailable(
                f"The database file {path} is read-only. Ask for write permission on the "
                "file or choose another database; nothing was changed."
            )
    engine = make_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                mode = connection.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
                log.debug("sqlite journal mode %s", mode)
        if migrate:
            upgrade(engine, url, backups)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except (OperationalError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise _explain(exc, url) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url, engine, sessions)
