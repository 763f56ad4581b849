"""Backups on SQLite (backup API) and PostgreSQL (pg_dump): made, checked, pruned, restored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from illdesk.demo.data import generate
from illdesk.domain.progress import Cancelled
from illdesk.persistence import backup, orm
from illdesk.persistence.database import Database
from illdesk.services.backups import BackupService


def _snapshot(db: Database) -> tuple[int, int, list[str]]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(orm.Request)) or 0),
            int(session.scalar(select(func.count()).select_from(orm.RequestEvent)) or 0),
            list(session.scalars(select(orm.Patron.name).order_by(orm.Patron.id))),
        )


def test_back_up_change_restore_gives_the_same_data(db: Database, tmp_path: Path) -> None:
    generate(db, 25, seed=4)
    before = _snapshot(db)
    service = BackupService(db, tmp_path / "desk-backups")
    made = service.back_up_now()
    assert made.exists()
    assert [row.path for row in service.list()] == [made]
    with db.transaction() as session:
        session.query(orm.Notice).delete()
        session.query(orm.RequestEvent).delete()
        session.query(orm.Patron).update({orm.Patron.name: "changed"})
    assert _snapshot(db) != before
    kept = service.restore(made)
    assert kept is not None and kept.exists(), "the state before the restore is kept too"
    assert _snapshot(db) == before
    reasons = sorted(row.reason for row in service.list())
    assert reasons == ["before-restore", "manual"]


def test_schedule_makes_one_backup_a_day(db: Database, tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 2, 9, 0)
    service = BackupService(db, tmp_path / "b", clock=lambda: now)
    first = service.run_schedule()
    assert first is not None
    assert service.run_schedule() is None
    now = dt.datetime(2026, 3, 3, 9, 0)
    assert service.run_schedule() is not None


def _fake(folder: Path, when: dt.datetime, reason: str) -> Path:
    path = folder / f"desk-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    path.write_bytes(b"")
    return path


def test_retention_keeps_7_daily_4_weekly_12_monthly_and_recent_upgrades(tmp_path: Path) -> None:
    start = dt.datetime(2025, 1, 1, 2, 0)
    for day in range(500):  # two backups a day for 500 days
        for hour in (2, 14):
            _fake(tmp_path, start + dt.timedelta(days=day, hours=hour - 2), "daily")
    upgrades = [
        _fake(tmp_path, start + dt.timedelta(days=d), f"upgrade-000{d % 7}") for d in range(5)
    ]
    (tmp_path / "desk-20260101-000000-daily.sqlite3.partial").write_bytes(b"")
    backup.prune(tmp_path, "desk")
    left = backup.list_backups(tmp_path, "desk")
    regular = [b for b in left if not b.is_upgrade]
    newest = start + dt.timedelta(days=499, hours=12)
    assert regular[0].made_at == newest
    days = {b.made_at.date() for b in regular}
    assert {newest.date() - dt.timedelta(days=n) for n in range(7)} <= days
    assert len({b.made_at.isocalendar()[:2] for b in regular}) >= 4
    assert len({(b.made_at.year, b.made_at.month) for b in regular}) == 12
    assert len(regular) <= 7 + 4 + 12
    assert sorted(b.path for b in left if b.is_upgrade) == sorted(upgrades[-3:])
    assert len(list(tmp_path.glob("*.partial"))) == 1, "pruning never touches a running backup"


def test_serve_makes_the_scheduled_backup(tmp_path: Path) -> None:
    import signal

    from illdesk.paths import backup_dir
    from illdesk.persistence.database import open_database
    from tests.services.test_peer_serve import XSD, _serve

    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_database(url).dispose()
    process = _serve(url, XSD, "--host", "127.0.0.1", "--port", "0")
    try:
        assert process.stderr is not None
        line = ""
        while "Scheduled backup made" not in line:
            line = process.stderr.readline()
            assert line, "serve ended without making its backup"
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    [made] = backup.list_backups(backup_dir(), "desk")
    assert made.reason == "daily"
    assert str(made.path) in line


def test_a_backup_given_up_midway_keeps_nothing_and_says_why(db: Database, tmp_path: Path) -> None:
    """Closing the desk gives up the scheduled backup (a 1M-request file takes minutes):
    asked between pages (SQLite) or while pg_dump runs (PostgreSQL), it stops at once,
    leaves no file, and the next round makes it again."""
    generate(db, 60, seed=5)
    folder = tmp_path / "b"
    asked: list[int] = []

    def closing() -> bool:
        asked.append(1)
        # SQLite: the first page step is copied, the second ask gives up; PostgreSQL:
        # pg_dump has started writing its file
        return len(asked) > 1 and (db.is_sqlite or any(folder.glob("*" + backup.PARTIAL)))

    service = BackupService(db, folder, clock=lambda: dt.datetime(2026, 3, 2, 9, 0))
    with pytest.raises(Cancelled) as given_up:
        service.run_schedule(stop=closing)
    assert "the desk is closing" in str(given_up.value)
    assert list(folder.iterdir()) == []
    made = service.run_schedule()
    assert made is not None and made.exists()
