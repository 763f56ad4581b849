"""The window with the database locked by another program: messages in words, no
traceback, and the work is done once the lock is gone (issue 18)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from illdesk.persistence import orm
from illdesk.ui.dialogs.patron_dialog import PatronDialog
from tests.locks import write_lock_held


def test_start_up_overdue_check_while_locked_says_so_in_the_status_bar(window, demo_db) -> None:
    with write_lock_held(demo_db.url):
        window.check_overdues()  # what start_background_work runs first
        message = window.statusBar().currentMessage()
    assert "is locked by another program or desk" in message
    window.check_overdues()
    assert "locked" not in window.statusBar().currentMessage()


def test_saving_a_patron_while_locked_shows_words_and_keeps_the_form(
    qtbot, context, demo_db, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    dialog = PatronDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.barcode, "P909090")
    qtbot.keyClicks(dialog.form.name, "Okafor, Chidi")
    qtbot.keyClicks(dialog.form.email, "chidi@example.org")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with write_lock_held(demo_db.url):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "is locked by another program or desk" in shown[0]
    assert dialog.saved is None and dialog.form.name.text() == "Okafor, Chidi"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.barcode == "P909090"


def test_notice_round_while_locked_reports_and_the_next_round_retries(
    qtbot, window, demo_db
) -> None:
    with demo_db.transaction() as session:  # a notice waiting for its round
        session.add(
            orm.Notice(
                kind="overdue",
                channel="email",
                recipient="hana@example.org",
                subject="Overdue",
                body="Please bring it back.",
                status="queued",
                created_at=dt.datetime(2026, 3, 2, 9, 0),
                next_attempt_at=dt.datetime(2026, 3, 2, 9, 0),
            )
        )
    with write_lock_held(demo_db.url):
        window.send_notices_in_background()
        qtbot.waitUntil(
            lambda: "Notices could not be sent now" in window.statusBar().currentMessage(),
            timeout=30000,
        )
    assert "locked" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window._send_task.is_running(), timeout=30000)
    window.send_notices_in_background()
    qtbot.waitUntil(lambda: not window._send_task.is_running(), timeout=30000)
    with demo_db.reading() as session:
        tried = session.scalar(
            select(func.count()).select_from(orm.Notice).where(orm.Notice.attempts > 0)
        )
    assert tried, "the next round went on with the notices"


def test_window_refuses_a_damaged_file_naming_the_backup(sqlite_url, monkeypatch) -> None:
    import hashlib
    import os
    import sys

    from illdesk.app import main as start_desk
    from illdesk.cli import build_parser
    from illdesk.cli import main as cli
    from illdesk.persistence.backup import sqlite_path
    from illdesk.persistence.database import open_database
    from illdesk.services.demo_data import generate

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    db = open_database(sqlite_url)
    generate(db, 150, seed=2)
    db.dispose()
    assert cli(["backup", "--database-url", sqlite_url]) == 0
    path = sqlite_path(sqlite_url)
    assert path is not None
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(os.urandom(8192))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    code = start_desk(build_parser()[0].parse_args(["--database-url", sqlite_url]))
    assert code == 1
    assert len(shown) == 1
    assert "is damaged" in shown[0] and "illdesk restore" in shown[0]
    assert "-manual.sqlite3" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
