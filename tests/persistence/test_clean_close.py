"""A start on a SQLite file exactly as the last clean close left it trusts it without a
new quick_check (seconds on a large file); any change since (a write, a crash that left
its write-ahead log, damage, a restore) gets the check (issue 22)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from illdesk.demo.data import generate
from illdesk.persistence import backup
from illdesk.persistence.database import DatabaseDamaged, open_database


@pytest.fixture
def checks(monkeypatch) -> list[Path]:
    """The files quick_check looked at (it still runs)."""
    seen: list[Path] = []
    check = backup.sqlite_problem

    def counted(path: Path, **kwargs) -> str:
        seen.append(path)
        return check(path, **kwargs)

    monkeypatch.setattr(backup, "sqlite_problem", counted)
    return seen


def test_a_file_as_the_clean_close_left_it_is_opened_without_a_new_check(
    sqlite_url: str, checks: list[Path]
) -> None:
    db = open_database(sqlite_url)
    generate(db, 20, seed=3)
    db.dispose()
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    checks.clear()
    open_database(sqlite_url).dispose()
    assert checks == []
    open_database(sqlite_url).dispose()  # each clean close vouches for the next start
    assert checks == []


def test_a_file_left_open_by_a_crash_is_checked(sqlite_url: str, checks: list[Path]) -> None:
    open_database(sqlite_url).dispose()
    crashed = open_database(sqlite_url)
    generate(crashed, 20, seed=3)  # (a new file's load goes through a rollback journal)
    with crashed.transaction() as session:  # the desk's own writes: written, never closed,
        session.execute(text("UPDATE request SET version = version"))  # its log stays behind
    path = backup.sqlite_path(sqlite_url)
    assert path is not None and Path(f"{path}-wal").exists()
    checks.clear()
    open_database(sqlite_url).dispose()
    assert checks == [path]
    crashed.dispose()


def test_a_file_damaged_after_a_clean_close_is_refused(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    generate(db, 150, seed=11)
    db.dispose()
    path = backup.sqlite_path(sqlite_url)
    assert path is not None
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))
    with pytest.raises(DatabaseDamaged):
        open_database(sqlite_url)
