"""File → Back up now and File → Restore…, clicked the way staff do, end to end."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from illdesk.persistence import orm
from illdesk.ui.backups.restore_dialog import RestoreDialog
from tests.ui.menu_clicks import click_menu


def _snapshot(db) -> tuple[int, list[str]]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(orm.RequestEvent)) or 0),
            list(session.scalars(select(orm.Patron.name).order_by(orm.Patron.id))),
        )


def test_back_up_now_then_restore_brings_the_data_back(qtbot, window, demo_db, tmp_path) -> None:
    actions = window.backup_actions
    before = _snapshot(demo_db)
    click_menu(qtbot, window, "File", "backUpNow")
    qtbot.waitUntil(lambda: "Backed up the database to" in actions.last_message, timeout=20000)
    assert window.statusBar().currentMessage() == actions.last_message
    [made] = window.context.backups.list()
    assert str(made.path) in actions.last_message

    with demo_db.transaction() as session:
        session.query(orm.RequestEvent).delete()
        session.query(orm.Patron).update({orm.Patron.name: "overwritten by mistake"})
    assert _snapshot(demo_db) != before

    seen: list[RestoreDialog] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(50, in_dialog)
            return
        seen.append(dialog)
        dialog.grab().save(str(tmp_path / "restore-dialog.png"))
        assert dialog.table.rowCount() == 1
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_dialog)
    click_menu(qtbot, window, "File", "restoreBackup")
    qtbot.waitUntil(lambda: "Restored the backup made" in actions.last_message, timeout=20000)
    assert seen and seen[0].restored is not None
    assert _snapshot(demo_db) == before
    reasons = sorted(row.reason for row in window.context.backups.list())
    assert reasons == ["before-restore", "manual"]


def test_schedule_runs_in_the_background_work(qtbot, window) -> None:
    window.start_background_work()
    qtbot.waitUntil(
        lambda: "Scheduled backup made" in window.backup_actions.last_message, timeout=20000
    )
    [made] = window.context.backups.list()
    assert made.reason == "daily"


def test_closing_the_desk_gives_up_a_scheduled_backup_still_running(qtbot, window, demo_db):
    """A large database's daily backup takes minutes; closing the window does not wait for
    it (nor leave a thread that takes the program down): it is given up, its unfinished
    file removed, and the next start makes it."""
    import sqlite3

    path = demo_db.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as raw:  # 300 MB of ballast: a copy that takes a while
        raw.execute("CREATE TABLE ballast (b BLOB)")
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "INSERT INTO ballast SELECT zeroblob(1000000) FROM n"
        )
    actions = window.backup_actions
    window.start_background_work()
    qtbot.waitUntil(lambda: actions._scheduled is not None and actions._scheduled.is_running())
    click_menu(qtbot, window, "File", "key_quit")  # File → Quit, as staff close the desk
    assert not window.isVisible()
    assert not actions._scheduled.is_running()
    assert list(window.context.backups.folder.glob("*")) == []
    assert window.context.backups.run_schedule() is not None  # the next start makes it
