"""An upgrade can be killed at any point and a damaged file is refused: the desk never
ends up on a half-upgraded or damaged database."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from illdesk.cli import main as cli
from illdesk.demo.data import generate
from illdesk.domain.errors import DatabaseUnavailable
from illdesk.persistence import backup
from illdesk.persistence.database import (
    DatabaseDamaged,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)

ROOT = Path(__file__).resolve().parents[2]

# The child upgrades the database and stops dead (SIGKILL from the test) right after the
# 0007 migration created its first table, before anything was committed.
CHILD = r"""
import sys, time
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine
from illdesk.persistence.database import open_database

marker = Path(sys.argv[2])

@event.listens_for(Engine, "after_cursor_execute")
def _pause(conn, cursor, statement, parameters, context, executemany):
    if "CREATE TABLE lending_policy_rule" in statement:
        marker.write_text("created")
        time.sleep(600)

open_database(sys.argv[1], backups=Path(sys.argv[3]))
"""


def _counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        counts = tuple(
            int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in ("request", "request_event", "patron")
        )
    engine.dispose()
    return counts  # type: ignore[return-value]


def _populated_at(url: str, revision: str, tmp_path: Path) -> tuple[int, int, int]:
    db = open_database(url, backups=tmp_path / "setup-backups")
    generate(db, 40, seed=7)
    db.dispose()
    engine = make_engine(url)
    command.downgrade(alembic_config(engine), revision)
    assert current_revision(engine) == revision
    engine.dispose()
    counts = _counts(url)
    assert counts[0] == 40
    return counts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_during_upgrade_then_start_again_opens_at_head_with_the_data(
    db_url: str, tmp_path: Path
) -> None:
    sqlite_url = db_url
    before = _populated_at(sqlite_url, "0006", tmp_path)
    marker = tmp_path / "in-migration"
    backups = tmp_path / "backups"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, sqlite_url, str(marker), str(backups)], env=env
    )
    try:
        while not marker.exists():
            assert child.poll() is None, "the upgrade ended before reaching migration 0007"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL

    db = open_database(sqlite_url, backups=backups)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            assert (
                connection.execute(text("SELECT count(*) FROM lending_policy_rule")).scalar() == 0
            )
    finally:
        db.dispose()
    assert _counts(sqlite_url) == before
    finished = [b for b in backup.list_backups(backups) if b.reason == "upgrade-0006"]
    if backup.sqlite_path(db_url) is not None:
        assert len(finished) == 1, "the retry reuses the backup the killed upgrade made"
    else:
        assert finished and finished[0].path.suffix == ".dump"
    assert not list(backups.glob("*.partial"))


def test_failed_upgrade_names_the_backup_keeps_the_file_and_a_retry_makes_no_new_backup(
    db_url: str, tmp_path: Path
) -> None:
    sqlite_url = db_url
    before = _populated_at(sqlite_url, "0006", tmp_path)
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:  # the state old versions left after a kill
        connection.execute(text("CREATE TABLE lending_policy_rule (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    backups = tmp_path / "backups"
    with pytest.raises(DatabaseUnavailable) as first:
        open_database(sqlite_url, backups=backups)
    made = backup.list_backups(backups)
    assert len(made) == 1
    assert str(made[0].path) in first.value.message
    assert "from schema 0006" in first.value.message
    assert "no data was lost" in first.value.message
    assert "Traceback" not in first.value.message
    engine = make_engine(sqlite_url)
    assert current_revision(engine) == "0006"
    engine.dispose()
    assert _counts(sqlite_url) == before

    with pytest.raises(DatabaseUnavailable):
        open_database(sqlite_url, backups=backups)
    if backup.sqlite_path(db_url) is not None:
        assert backup.list_backups(backups) == made
    else:  # PostgreSQL: a new dump each time, but never more than the newest three kept
        for _ in range(3):
            with pytest.raises(DatabaseUnavailable):
                open_database(sqlite_url, backups=backups)
        assert len(backup.list_backups(backups)) == 3


def test_backup_is_checked_and_only_then_named(sqlite_db, tmp_path: Path) -> None:
    generate(sqlite_db, 10, seed=3)
    path = backup.sqlite_path(sqlite_db.url)
    assert path is not None
    (tmp_path / "backups").mkdir(exist_ok=True)
    stale = tmp_path / "backups" / "desk-20260101-000000-daily.sqlite3.partial"
    stale.write_bytes(b"half a copy")
    made = backup.backup_sqlite(path, tmp_path / "backups", "manual")
    assert not stale.exists(), "a leftover from a killed backup is removed, never listed"
    assert [b.path for b in backup.list_backups(tmp_path / "backups")] == [made]
    assert backup.sqlite_problem(made, full=True) == ""


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))


def test_damaged_file_is_refused_naming_the_latest_good_backup(sqlite_url: str, tmp_path: Path):
    db = open_database(sqlite_url, backups=tmp_path / "backups")
    generate(db, 150, seed=11)
    db.dispose()
    assert cli(["backup", "--database-url", sqlite_url]) == 0
    good = backup.list_backups(backup_dir := _backup_dir())[0]
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    _damage(path)
    digest = _digest(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(sqlite_url, backups=backup_dir)
    assert str(good.path) in refused.value.message
    assert f"illdesk restore {good.path}" in refused.value.message
    assert _digest(path) == digest
    _assert_nothing_pending(path)


def _assert_nothing_pending(path: Path) -> None:
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "nothing waits to be written to it"


def _backup_dir() -> Path:
    from illdesk.paths import backup_dir

    return backup_dir()


@pytest.mark.parametrize(
    "command_line", [["demo-data", "--requests", "3"], ["serve", "--port", "0"]]
)
def test_commands_refuse_a_damaged_file_and_write_nothing(
    sqlite_url: str, command_line: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    generate(db, 150, seed=5)
    db.dispose()
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    _damage(path)
    digest = _digest(path)
    code = cli([command_line[0], "--database-url", sqlite_url, *command_line[1:]])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err
    assert "There is no good backup" in err
    assert "Traceback" not in err
    assert _digest(path) == digest
    _assert_nothing_pending(path)


def test_restore_command_brings_back_the_data_after_damage(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    generate(db, 30, seed=9)
    db.dispose()
    before = _counts(sqlite_url)
    assert cli(["backup", "--database-url", sqlite_url]) == 0
    made = capsys.readouterr().out
    good = backup.list_backups(_backup_dir())[0]
    assert str(good.path) in made
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    _damage(path)
    damaged = _digest(path)
    assert cli(["restore", "--database-url", sqlite_url, str(good.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    [aside] = [
        p
        for p in path.parent.glob(f"{path.name}.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert _digest(aside) == damaged, "the damaged file is set aside, not thrown away"
    db = open_database(sqlite_url)
    db.dispose()
    assert _counts(sqlite_url) == before


KILLED_BACKUP = r"""
import os, sys, time
from pathlib import Path
from illdesk.persistence import backup

marker = Path(sys.argv[3])

def stalled_rename(src, dst):
    marker.write_text(str(src))
    time.sleep(600)

backup.os.replace = stalled_rename
backup.backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), "daily")
"""


def test_backup_killed_before_it_is_checked_and_named_never_looks_finished(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    generate(db, 30, seed=1)
    db.dispose()
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    backups, marker = tmp_path / "backups", tmp_path / "copied"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(path), str(backups), str(marker)], env=env
    )
    try:
        while not marker.exists():
            assert child.poll() is None, "the backup ended before it was to be named"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert [p.name.endswith(".partial") for p in backups.iterdir()] == [True]
    assert backup.list_backups(backups) == [], "a killed backup is never offered"
    assert backup.latest_good_backup(backups, path.stem) is None
    made = backup.backup_sqlite(path, backups, "daily")
    assert list(backups.iterdir()) == [made]
