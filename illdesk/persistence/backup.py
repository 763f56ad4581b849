"""Backups of the desk's database: made safely, checked, pruned, restored.

A backup is written under a temporary name (``*.partial``), checked (SQLite:
``PRAGMA integrity_check`` and the row count of every table against the source;
PostgreSQL: ``pg_restore --list`` reads the whole dump) and only then renamed to its
final name, so a backup with a final name is always a whole one.  Restoring goes the
same way in reverse: the restored copy is checked before it replaces the database.

File names carry the time and why the backup was made::

    illdesk-20260301-021500-daily.sqlite3
    illdesk-20260301-101502-upgrade-0006.sqlite3
    illdesk-20260301-101502-manual.dump          (PostgreSQL, pg_dump custom format)

Retention keeps the newest backup of each of the last 7 days, 4 weeks and 12 months,
and the newest three pre-upgrade backups; everything else is removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from illdesk.domain.errors import DatabaseUnavailable
from illdesk.domain.progress import Cancelled
from illdesk.domain.words import N_

log = logging.getLogger(__name__)

PARTIAL = ".partial"

Stop = Callable[[], bool]
"""Asked between steps of a backup: True when the desk is closing and the backup is to be
given up (its unfinished file is removed; the next start makes it again)."""


def never() -> bool:
    """The ``stop`` of a backup nobody gives up (the command line, an upgrade)."""
    return False


def _given_up() -> Cancelled:
    return Cancelled(N_("The backup was given up because the desk is closing."))


def _interrupt_when(connection: sqlite3.Connection, stop: Stop) -> None:
    """A long statement on ``connection`` (a check of a large file) ends when ``stop`` says
    so: SQLite asks the handler every few thousand steps and gives up on a true answer."""
    if stop is not never:
        connection.set_progress_handler(lambda: 1 if stop() else 0, 20_000)


KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_UPGRADE = 3
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z]+(?:-[0-9a-z]+)?)"
    r"\.(?P<ext>sqlite3|dump)$"
)


class BackupFailed(DatabaseUnavailable):
    """A backup or a restore could not be made or did not check out."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_upgrade(self) -> bool:
        return self.reason.startswith("upgrade")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or parsed.database.startswith("file::memory:"):
        return None
    return Path(parsed.database)


def database_stem(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return path.stem
    return make_url(url).database or "illdesk"


# -- SQLite ---------------------------------------------------------------------------------
def _closed_stamp(path: Path) -> Path:
    return path.with_name(f"{path.name}.closed")


def _file_identity(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino}"


def note_clean_close(path: Path) -> None:
    """Remember how ``path`` looked when this program closed it with nothing pending (no
    write-ahead log left, so no other connection has it open)."""
    stamp = _closed_stamp(path)
    try:
        if path.exists() and not path.with_name(f"{path.name}-wal").exists():
            stamp.write_text(_file_identity(path), encoding="ascii")
        else:
            stamp.unlink(missing_ok=True)
    except OSError as exc:  # only a shortcut for the next start: it then checks the file
        log.debug("no clean-close stamp for %s: %s", path, exc)


def closed_cleanly(path: Path) -> bool:
    """True when ``path`` is exactly as :func:`note_clean_close` saw it: same size, time
    and inode, no write-ahead log.  The stamp is used up: only the next clean close
    writes another."""
    stamp = _closed_stamp(path)
    try:
        same = (
            stamp.read_text(encoding="ascii") == _file_identity(path)
            and not path.with_name(f"{path.name}-wal").exists()
        )
        stamp.unlink()
    except OSError:
        return False
    return same


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)


def sqlite_problem(path: Path, *, full: bool = False, stop: Stop = never) -> str:
    """ "" when the file is a sound SQLite database, else SQLite's words for the damage.

    ``quick_check`` by default (fast, catches damaged pages); ``integrity_check`` with
    ``full``.  Only reads: nothing is ever written to a file that is being checked.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = _connect_ro(path)
    except sqlite3.Error as exc:
        return str(exc)
    _interrupt_when(connection, stop)
    try:
        rows = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        if stop():
            raise _given_up() from exc
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise
        return str(exc)
    finally:
        connection.close()
    if rows == ["ok"]:
        return ""
    return "; ".join(rows[:3]) or "the check gave no answer"


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(r[0])
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }


def content_digest(path: Path) -> str:
    """A hash of the schema and every row: equal digests mean the same data."""
    digest = hashlib.sha256()
    connection = _connect_ro(path)
    try:
        connection.execute("BEGIN")
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            digest.update(f"{name}\0{sql}\0".encode())
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _target(backups: Path, stem: str, reason: str, ext: str, now: dt.datetime) -> Path:
    target = backups / f"{stem}-{_stamp(now)}-{reason}.{ext}"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"{stem}-{_stamp(now)}-{n}-{reason}.{ext}"
    return target


def _remove_stale_partials(backups: Path) -> None:
    for stale in backups.glob(f"*{PARTIAL}"):
        log.warning("removing an unfinished backup %s", stale)
        stale.unlink(missing_ok=True)


def backup_sqlite(
    path: Path,
    backups: Path,
    reason: str = "manual",
    now: dt.datetime | None = None,
    stop: Stop = never,
) -> Path:
    """Copy a live SQLite database with SQLite's backup API; returns the checked copy.
    ``stop`` is asked between pages and during the checks (Cancelled, nothing kept)."""
    now = now or dt.datetime.now()
    backups.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(backups)
    target = _target(backups, path.stem, reason, "sqlite3", now)
    partial = target.with_name(target.name + PARTIAL)
    try:
        source = _connect_ro(path)
        try:
            source.execute("BEGIN")  # one snapshot for the counts and the copy
            _interrupt_when(source, stop)
            expected = _row_counts(source)
            copy = sqlite3.connect(partial)

            def between_pages(_status: int, _remaining: int, _total: int) -> None:
                if stop():
                    raise _given_up()

            try:
                source.backup(copy, pages=4096, progress=between_pages)
                # a backup is a single self-contained file, never a WAL database
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        problem = sqlite_problem(partial, full=True, stop=stop)
        if problem:
            raise BackupFailed(f"The backup of {path} did not check out ({problem}).")
        check = _connect_ro(partial)
        _interrupt_when(check, stop)
        try:
            got = _row_counts(check)
        finally:
            check.close()
        if got != expected:
            raise BackupFailed(
                f"The backup of {path} does not hold the same rows as the database; "
                "it was not kept."
            )
        _fsync(partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        if stop():  # a statement interrupted by stop
            raise _given_up() from exc
        raise BackupFailed(f"The database {path} could not be backed up: {exc}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("backed up %s to %s", path, target)
    return target


def restore_sqlite(backup: Path, path: Path) -> None:
    """Put ``backup`` in place of the database file ``path`` (no connection may be open)."""
    problem = sqlite_problem(backup, full=True)
    if problem:
        raise BackupFailed(f"The backup {backup} is damaged ({problem}); it was not restored.")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        _fsync(partial)
        if path.exists() and sqlite_problem(path):
            # a damaged file is set aside, never deleted: support may still rescue rows
            aside = path.with_name(f"{path.name}.damaged-{_stamp(dt.datetime.now())}")
            os.replace(path, aside)
            log.warning("set the damaged database aside as %s", aside)
            for suffix in ("-wal", "-shm"):
                if Path(f"{path}{suffix}").exists():
                    os.replace(f"{path}{suffix}", f"{aside}{suffix}")
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            f"The backup {backup} could not be put in place of {path}: {exc}."
        ) from exc
    log.info("restored %s from %s", path, backup)


# -- PostgreSQL ------------------------------------------------------------------------------
def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump/pg_restore connection options and environment for a SQLAlchemy URL."""
    parsed = make_url(url)
    args: list[str] = []
    env = dict(os.environ)
    query = dict(parsed.query)
    host = parsed.host or str(query.get("host") or "")
    port = parsed.port or (int(str(query["port"])) if query.get("port") else None)
    if host:
        args += ["--host", host]
    if port:
        args += ["--port", str(port)]
    if parsed.username:
        args += ["--username", parsed.username]
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    args += ["--dbname", parsed.database or "postgres"]
    return args, env


def _run(
    tool: str, args: list[str], env: dict[str, str], stop: Stop = never
) -> subprocess.CompletedProcess[str]:
    found = shutil.which(tool)
    if not found:
        raise BackupFailed(
            f"{tool} is not installed on this desk, so the PostgreSQL database cannot be "
            "backed up or restored here. Install the PostgreSQL client tools "
            "(Debian package postgresql-client)."
        )
    if stop():
        raise _given_up()
    try:
        child = subprocess.Popen(
            [found, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    except OSError as exc:
        raise BackupFailed(f"{tool} did not finish: {exc}.") from exc
    deadline = time.monotonic() + 3600
    while True:
        try:
            out, err = child.communicate(timeout=0.25)
            return subprocess.CompletedProcess(child.args, child.returncode, out, err)
        except subprocess.TimeoutExpired:
            if stop() or time.monotonic() > deadline:
                child.kill()
                child.communicate()
                if stop():
                    raise _given_up() from None
                raise BackupFailed(f"{tool} did not finish within an hour.") from None


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "no reason given")


def backup_postgres(
    url: str,
    backups: Path,
    reason: str = "manual",
    now: dt.datetime | None = None,
    stop: Stop = never,
) -> Path:
    now = now or dt.datetime.now()
    backups.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(backups)
    target = _target(backups, database_stem(url), reason, "dump", now)
    partial = target.with_name(target.name + PARTIAL)
    connection, env = _libpq(url)
    try:
        done = _run("pg_dump", [*connection, "--format=custom", "--file", str(partial)], env, stop)
        if done.returncode != 0:
            raise BackupFailed(
                f"pg_dump could not back up the database: {_first_line(done.stderr)}."
            )
        listing = _run("pg_restore", ["--list", str(partial)], env, stop)
        if listing.returncode != 0 or "TABLE DATA" not in listing.stdout:
            raise BackupFailed(
                "The PostgreSQL backup did not check out "
                f"({_first_line(listing.stderr or listing.stdout)}); it was not kept."
            )
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("backed up %s to %s", make_url(url).render_as_string(hide_password=True), target)
    return target


def restore_postgres(dump: Path, url: str) -> None:
    connection, env = _libpq(url)
    done = _run(
        "pg_restore",
        [*connection, "--clean", "--if-exists", "--no-owner", "--single-transaction", str(dump)],
        env,
    )
    if done.returncode != 0:
        raise BackupFailed(
            f"The backup {dump} could not be restored; the database was left as it was "
            f"({_first_line(done.stderr)})."
        )


# -- both ------------------------------------------------------------------------------------
def make_backup(
    url: str,
    backups: Path,
    reason: str = "manual",
    now: dt.datetime | None = None,
    stop: Stop = never,
) -> Path:
    path = sqlite_path(url)
    if path is not None:
        return backup_sqlite(path, backups, reason, now, stop)
    if make_url(url).get_backend_name() == "postgresql":
        return backup_postgres(url, backups, reason, now, stop)
    raise BackupFailed("An in-memory database cannot be backed up.")


def restore(backup: Path, url: str) -> None:
    """Replace the database at ``url`` with ``backup`` (close every connection first)."""
    if not backup.is_file():
        raise BackupFailed(f"There is no backup file {backup}.")
    path = sqlite_path(url)
    if path is not None:
        if backup.suffix != ".sqlite3":
            raise BackupFailed(f"{backup.name} is not a backup of a SQLite database.")
        restore_sqlite(backup, path)
        return
    if backup.suffix != ".dump":
        raise BackupFailed(f"{backup.name} is not a backup of a PostgreSQL database.")
    restore_postgres(backup, url)


def list_backups(backups: Path, stem: str | None = None) -> list[BackupFile]:
    """Finished backups, newest first (``*.partial`` leftovers are never listed)."""
    found: list[BackupFile] = []
    if not backups.is_dir():
        return found
    for path in backups.iterdir():
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        made = dt.datetime.strptime(match["stamp"][:15], "%Y%m%d-%H%M%S")
        found.append(BackupFile(path, made, match["reason"]))
    found.sort(key=lambda b: (b.made_at, b.name), reverse=True)
    return found


def latest_good_backup(backups: Path, stem: str) -> BackupFile | None:
    """The newest SQLite backup that passes ``quick_check``."""
    for backup in list_backups(backups, stem):
        if backup.path.suffix == ".sqlite3" and not sqlite_problem(backup.path):
            return backup
    return None


def to_keep(files: Iterable[BackupFile]) -> set[Path]:
    """Newest of each of the last 7 days, 4 weeks, 12 months; newest 3 pre-upgrade ones."""
    ordered = sorted(files, key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    buckets: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ]
    regular = [b for b in ordered if not b.is_upgrade]
    for count, key in buckets:
        seen: list[object] = []
        for backup in regular:
            k = key(backup.made_at)
            if k in seen:
                continue
            if len(seen) == count:
                break
            seen.append(k)
            keep.add(backup.path)
    keep.update(b.path for b in [b for b in ordered if b.is_upgrade][:KEEP_UPGRADE])
    return keep


def prune(backups: Path, stem: str) -> list[Path]:
    """Remove the backups retention does not keep; returns what was removed."""
    files = list_backups(backups, stem)
    keep = to_keep(files)
    removed = []
    for backup in files:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def due_for_scheduled(backups: Path, stem: str, now: dt.datetime) -> bool:
    """True when today has no backup yet (the schedule makes one a day)."""
    return not any(
        b.made_at.date() == now.date() and not b.is_upgrade for b in list_backups(backups, stem)
    )
