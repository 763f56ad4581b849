"""A unit of work committed before its block ends (a scan: written, then read to be
shown), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from illdesk.persistence import orm
from illdesk.persistence.database import AFTER_COMMIT, Database


def _setting(db: Database, key: str) -> str | None:
    with db.reading() as session:
        return session.scalar(select(orm.SettingRow.value).where(orm.SettingRow.key == key))


def test_what_follows_the_commit_reads_and_the_others_see_it_at_once(db: Database) -> None:
    ran: list[str] = []
    with db.transaction() as session:
        row = orm.SettingRow(key="test.early", value="written")
        session.add(row)
        session.info.setdefault(AFTER_COMMIT, []).append(lambda _db: ran.append("hook"))
        db.commit_now(session)
        assert _setting(db, "test.early") == "written"  # another session sees it now
        assert ran == []  # the follow-ups wait for the block's end
        assert (
            session.scalar(select(orm.SettingRow.value).where(orm.SettingRow.key == "test.early"))
            == "written"
        )
        session.info[AFTER_COMMIT].append(lambda _db: ran.append("added while reading"))
    assert ran == ["hook", "added while reading"]
    assert row.value == "written"  # the record stays as read, as after a plain commit


def test_a_failure_after_the_commit_keeps_it_and_its_follow_ups(db: Database) -> None:
    ran: list[str] = []
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(orm.SettingRow(key="test.kept", value="kept"))
        session.info.setdefault(AFTER_COMMIT, []).append(lambda _db: ran.append("hook"))
        db.commit_now(session)
        raise RuntimeError("the reading after it failed")
    assert _setting(db, "test.kept") == "kept"
    assert ran == ["hook"]


def test_a_failure_before_the_commit_writes_nothing_and_follows_nothing_up(db: Database) -> None:
    ran: list[str] = []
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(orm.SettingRow(key="test.gone", value="gone"))
        session.info.setdefault(AFTER_COMMIT, []).append(lambda _db: ran.append("hook"))
        raise RuntimeError("refused before the commit")
    assert _setting(db, "test.gone") is None
    assert ran == []
