"""Opening the database: engine, SQLite pragmas, schema upgrade with a backup first.

Every way opening can fail that staff may meet (file locked by another desk,
read-only file, schema newer than this program, server unreachable) comes
out as :class:`DatabaseUnavailable` with a sentence that says what to do.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from illdesk.domain.errors import DatabaseUnavailable
from illdesk.persistence import backup

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


class DatabaseDamaged(DatabaseUnavailable):
    """The SQLite file fails ``quick_check``; it is refused and never written to."""


MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 5000


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def script_head() -> str | None:
    """The head revision read from the migration files' ``revision``/``down_revision``
    lines, without Alembic (which takes longer to import than the whole check): a start
    on a current schema costs one query.  None when the files do not name exactly one
    head; then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for source in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(source.read_text(encoding="utf-8")):
            found = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(found)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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


NEVER_PREPARED = 2**31 - 1
"""psycopg's count of runs after which it prepares a statement by itself: never."""


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error's text (logged, shown) never carries the values of a
        # statement, which hold patrons' names and e-mails
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    # a lock another desk or program holds is waited for as long as SQLite's busy timeout,
    # then reported in words instead of waiting for ever
    connect_args: dict[str, object] = {"options": f"-c lock_timeout={SQLITE_BUSY_TIMEOUT_MS}"}
    if parsed.get_driver_name() == "psycopg":
        # no statement prepared behind the code's back: after five runs of a prepared
        # statement the server may keep one plan for any words, and the plans of the
        # search's counts and trigram look-ups depend on the words (a generic one was four
        # times slower); the statements whose plan fits any words ask for it themselves
        # (search_index.execute_prepared; None would forbid that too)
        connect_args["prepare_threshold"] = NEVER_PREPARED
    return create_engine(
        url,
        pool_pre_ping=True,
        hide_parameters=True,
        connect_args=connect_args,
    )


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


AFTER_COMMIT = "illdesk.after_commit"
"""Key in ``Session.info``: callables ``hook(database)`` run once the unit of work has
committed, outside its transaction (e.g. filling in notice templates)."""

_COMMITTED = "illdesk.committed"
"""Key in ``Session.info``: :meth:`Database.commit_now` committed the unit of work."""

_UNAVAILABLE = (OperationalError, sqlite3.OperationalError)
"""Errors that mean "the database cannot be used right now" (locked after the busy
timeout, server gone, disk full): staff get them in words as DatabaseUnavailable."""


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError as exc:  # the connection is gone; the error already says why
        log.warning("rollback failed: %s", exc)


Work = Callable[[], object]


def run_at_once(work: Work) -> None:
    """Work after a commit, done before the caller goes on; a failure is logged (the unit of
    work is committed, a follow-up must not undo it)."""
    try:
        work()
    except Exception:
        log.exception("work after the commit failed")


def run_all(works: Sequence[Work]) -> None:
    """Run every one of ``works`` even when one fails; then raise the first failure."""
    first: Exception | None = None
    for work in works:
        try:
            work()
        except Exception as exc:
            log.exception("work after the commit failed")
            first = first or exc
    if first is not None:
        raise first


@dataclass
class Database:
    """One desk's database: ``transaction()`` for a unit of work, ``reading()`` to look."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    after_commit: Callable[[Work], object] = run_at_once
    """Where the work after a commit runs (a notice filled in, an ILS call queued, a peer
    woken): at once by default; the desk's window hands it to a worker thread, so that a
    scan is done for the desk worker as soon as it is committed."""

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any error.

        A database that cannot be used (still locked by another program after the busy
        timeout, server unreachable) raises :class:`DatabaseUnavailable` in words."""
        session = self.sessions()
        try:
            yield session
            if session.info.pop(_COMMITTED, False):
                # committed early: what came after only read; its records stay as read
                # (as after a commit), not expired by the rollback that ends the reading
                session.expunge_all()
                _quiet_rollback(session)
            else:
                session.commit()
        except _UNAVAILABLE as exc:
            _quiet_rollback(session)
            self._committed_anyway(session)
            raise _explain(exc, self.url) from exc
        except BaseException:
            _quiet_rollback(session)
            self._committed_anyway(session)
            raise
        else:
            hooks = session.info.pop(AFTER_COMMIT, [])
        finally:
            session.close()
        self._follow_up(hooks)

    def _committed_anyway(self, session: Session) -> None:
        """A block that failed after :meth:`commit_now`: what it committed is followed up."""
        if session.info.pop(_COMMITTED, False):
            self._follow_up(session.info.pop(AFTER_COMMIT, []))

    def commit_now(self, session: Session) -> None:
        """Commit the unit of work of :meth:`transaction` before its block ends: the rest of
        the block only reads (what a scan shows after its write), with the write lock
        already given back.  Nothing may be written after it; the block's end rolls back
        and hands the work after the commit on (with any hook the reading added) at once."""
        try:
            session.commit()
        except _UNAVAILABLE as exc:
            raise _explain(exc, self.url) from exc
        session.info[_COMMITTED] = True

    def _follow_up(self, hooks: Sequence[Callable[[Database], object]]) -> None:
        if hooks:  # the unit of work is committed; a follow-up must not undo it
            self.after_commit(partial(run_all, [partial(hook, self) for hook in hooks]))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads.  On PostgreSQL its transaction is READ ONLY and ends
        with a commit (the same as a rollback for a transaction that cannot write): psycopg
        forgets the connection's prepared statements on every rollback, so the search's
        prepared walks would be planned again on each keystroke."""
        session = self.sessions()
        committed = False
        postgresql = self.engine.dialect.name == "postgresql"
        try:
            if postgresql:
                session.connection(execution_options={"postgresql_readonly": True})
            yield session
            if postgresql:
                session.commit()
                committed = True
        except _UNAVAILABLE as exc:
            raise _explain(exc, self.url) from exc
        finally:
            if not committed:
                _quiet_rollback(session)
            session.close()

    @contextmanager
    def looking(self) -> Iterator[Connection]:
        """A connection to read a few plain rows with, without a session (a scanned pull
        slip's one row): what :meth:`reading` does, less the unit of work around it."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except _UNAVAILABLE as exc:
            raise _explain(exc, self.url) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        path = backup.sqlite_path(self.url)
        if path is not None:
            backup.note_clean_close(path)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The one revision in ``alembic_version`` (None when there is none, or several)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, SQLAlchemyError):
        return None  # no table yet (a new database) or no answer: Alembic looks closer
    return str(rows[0][0]) if len(rows) == 1 else None


def _migration_engine(url: str) -> Engine:
    """An engine whose every transaction is a real SQLite transaction, DDL included.

    pysqlite by default opens a transaction only before INSERT/UPDATE/DELETE, so
    CREATE/DROP/ALTER would commit one by one and a crash would leave half an upgrade.
    Here the driver's own transaction handling is off and SQLAlchemy's ``begin`` emits
    ``BEGIN IMMEDIATE`` (the SQLAlchemy recipe for pysqlite's transactional DDL), so all
    migrations of one upgrade commit together or not at all.  Foreign keys are off while
    batch migrations copy tables, as Alembic advises.
    """
    engine = create_engine(
        url, poolclass=NullPool, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.close()

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def _reusable_upgrade_backup(path: Path, backups: Path, revision: str) -> Path | None:
    """The newest pre-upgrade backup from this revision when it holds exactly what the file
    holds: a retry after a failed upgrade uses it instead of making another one."""
    for found in backup.list_backups(backups, path.stem):
        if found.reason == f"upgrade-{revision}":
            same = backup.content_digest(found.path) == backup.content_digest(path)
            return found.path if same else None
    return None


def _backup_before_upgrade(url: str, backups: Path | None, revision: str) -> Path | None:
    if backups is None:
        return None
    path = backup.sqlite_path(url)
    if path is not None:
        reuse = _reusable_upgrade_backup(path, backups, revision)
        if reuse is not None:
            log.info("reusing the pre-upgrade backup %s", reuse)
            return reuse
        made = backup.backup_sqlite(path, backups, f"upgrade-{revision}")
        backup.prune(backups, path.stem)
        return made
    if make_url(url).get_backend_name() == "postgresql":
        try:
            made = backup.backup_postgres(url, backups, f"upgrade-{revision}")
            backup.prune(backups, backup.database_stem(url))
            return made
        except backup.BackupFailed as exc:
            # PostgreSQL rolls a failed upgrade back by itself (transactional DDL)
            log.warning("no backup before the upgrade: %s", exc.message)
    return None


def _upgrade_failed(
    engine: Engine, url: str, before: str, saved: Path | None, exc: BaseException
) -> DatabaseUnavailable:
    """Make sure the database is as it was before the upgrade; say so, naming the backup."""
    where = describe_url(url)
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:300]
    path = backup.sqlite_path(url)
    engine.dispose()
    state = "was left as it was before the upgrade"
    if path is not None:
        try:
            intact = current_revision(engine) == before and not backup.sqlite_problem(path)
        except Exception:  # noqa: BLE001 - any doubt means: put the backup back
            intact = False
        engine.dispose()
        if not intact and saved is not None:
            backup.restore_sqlite(saved, path)
            state = "was put back from the backup made before the upgrade"
    kept = f" The backup made before the upgrade is {saved}." if saved else ""
    return DatabaseUnavailable(
        f"The database ({where}) could not be upgraded from schema {before} to "
        f"{head_revision()}: {reason}. It {state}, so no data was lost.{kept} "
        "Tell your support contact; this desk keeps using the database only once the "
        "upgrade succeeds."
    )


def upgrade(engine: Engine, url: str, backups: Path | None) -> str | None:
    """Bring the schema to head in one transaction.  Returns the backup path when one was
    taken (or reused) before the upgrade."""
    known_head = script_head()
    if known_head is not None and _stored_revision(engine) == known_head:
        return None  # current: one query, no Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

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
    if current is None and inspect(engine).has_table("request"):
        raise DatabaseUnavailable(
            "This database has illdesk tables but no schema version; it was not made by "
            "illdesk's migrations. Nothing was changed."
        )
    saved = _backup_before_upgrade(url, backups, current) if current is not None else None
    if saved is not None:
        log.info("backed up %s to %s before upgrading", describe_url(url), saved)
    sqlite_file = backup.sqlite_path(url) is not None
    # (an in-memory database lives in the app's own connection: it is migrated there)
    migrate_on = _migration_engine(url) if sqlite_file else engine
    try:
        command.upgrade(alembic_config(migrate_on), "head")
    except Exception as exc:
        if current is None or not (sqlite_file or engine.dialect.name == "postgresql"):
            raise
        raise _upgrade_failed(engine, url, current, saved, exc) from exc
    finally:
        if migrate_on is not engine:
            migrate_on.dispose()
    return str(saved) if saved else None


def damaged_message(path: Path, problem: str, backups: Path | None) -> str:
    """What to tell staff about a damaged SQLite file: the latest good backup and how."""
    good = backup.latest_good_backup(backups, path.stem) if backups else None
    text = (
        f"The database file {path} is damaged (SQLite reports: {problem}). illdesk did not "
        "open it and wrote nothing to it. "
    )
    if good is None:
        return text + (
            "There is no good backup of it. Keep the file and ask your support contact; "
            "do not delete it."
        )
    return text + (
        f"The latest good backup is {good.path} (made {good.made_at:%Y-%m-%d %H:%M}). "
        f"To restore it, close illdesk on every desk and run: illdesk restore {good.path}"
    )


def open_database(url: str, *, backups: Path | None = None, migrate: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database at ``url``.

    A SQLite file is checked with ``PRAGMA quick_check`` before anything touches it; a
    damaged one is refused with the latest good backup named, and nothing is written to it.
    """
    path = backup.sqlite_path(url)
    if path is not None and path.exists():
        if not os.access(path, os.W_OK):
            raise DatabaseUnavailable(
                f"The database file {path} is read-only. Ask for write permission on the "
                "file or choose another database; nothing was changed."
            )
        try:
            # a file exactly as a clean close left it needs no new check (a crash, another
            # program or a restore changes it); one that changed since gets quick_check
            unchanged = backup.closed_cleanly(path)
            problem = "" if unchanged or not path.stat().st_size else backup.sqlite_problem(path)
        except sqlite3.Error as exc:
            raise _explain(exc, url) from exc
        if problem:
            log.error("refusing damaged database %s: %s", path, problem)
            raise DatabaseDamaged(damaged_message(path, problem, backups))
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
    if path is not None:
        keep_private(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url, engine, sessions)


def keep_private(path: Path) -> None:
    """Only this user may read the SQLite file (and its WAL files): it holds patrons."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.exists():
                os.chmod(file, 0o600)
        except OSError as exc:  # a file system without modes (a network share)
            log.warning("could not restrict %s: %s", file, exc)
