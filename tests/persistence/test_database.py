"""Opening, upgrading and refusing databases, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from illdesk.domain.errors import DatabaseUnavailable
from illdesk.persistence.database import current_revision, head_revision, open_database


def test_new_database_is_at_head(db) -> None:
    assert current_revision(db.engine) == head_revision()


def test_sqlite_uses_wal(sqlite_db) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_database_from_a_newer_version_is_refused_untouched(sqlite_url: str, tmp_path) -> None:
    db = open_database(sqlite_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    db.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="newer version of illdesk"):
        open_database(sqlite_url, backups=tmp_path / "b")
    assert path.read_bytes() == before
    assert not (tmp_path / "b").exists()


def test_read_only_file_is_refused_in_words(sqlite_url: str, monkeypatch) -> None:
    open_database(sqlite_url).dispose()
    monkeypatch.setattr(os, "access", lambda _path, _mode: False)
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        open_database(sqlite_url)


def test_database_locked_by_another_desk_gives_a_clear_message(
    sqlite_url: str, monkeypatch
) -> None:
    open_database(sqlite_url).dispose()
    path = sqlite_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("illdesk.persistence.database.SQLITE_BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(DatabaseUnavailable, match="locked"):
            open_database(sqlite_url)
    finally:
        holder.rollback()
        holder.close()


def test_upgrade_backs_up_an_older_database_first(sqlite_url: str, tmp_path) -> None:
    from alembic import command

    from illdesk.persistence.database import alembic_config, make_engine

    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO staff_member (name, initials, active) VALUES ('Old Timer', 'OT', 1)")
        )
    engine.dispose()
    if head_revision() == "0001":
        pytest.skip("only one revision so far: nothing to upgrade from")  # pragma: no cover
    db = open_database(sqlite_url, backups=tmp_path / "backups")
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM staff_member").fetchall() == [("Old Timer",)]
    copy.close()
    db.dispose()


def test_killing_the_app_mid_action_keeps_committed_work(sqlite_url: str, tmp_path) -> None:
    """A child process commits one request, starts a second transaction and is killed."""
    script = tmp_path / "child.py"
    script.write_text(
        "import os, signal, sys\n"
        "from illdesk.persistence.database import open_database\n"
        "from illdesk.persistence import orm\n"
        "db = open_database(sys.argv[1])\n"
        "with db.transaction() as s:\n"
        "    s.add(orm.StaffMember(name='Committed', initials='C'))\n"
        "s = db.sessions()\n"
        "s.add(orm.StaffMember(name='Half done', initials='H'))\n"
        "s.flush()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, str(script), sqlite_url], timeout=60)
    assert result.returncode == -9
    db = open_database(sqlite_url)
    with db.engine.connect() as connection:
        names = [r[0] for r in connection.execute(text("SELECT name FROM staff_member"))]
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert names == ["Committed"]
    db.dispose()


def test_unreachable_server_is_explained(tmp_path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/illdesk?connect_timeout=2"
    with pytest.raises(DatabaseUnavailable, match="cannot be reached|cannot be used"):
        open_database(url)
