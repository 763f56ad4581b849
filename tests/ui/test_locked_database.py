"""The window with the database locked by another program: messages in words, no
traceback, and the work is done once the lock is gone."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from illdesk.persistence import orm
from illdesk.ui.dialogs.patron_dialog import PatronDialog
from illdesk.ui.main_window import MainWindow
from tests.locks import write_lock_held


def test_start_up_overdue_check_while_locked_says_so_in_the_status_bar(
    qtbot, window, demo_db
) -> None:
    with write_lock_held(demo_db.url):
        window.check_overdues()  # what start_background_work runs first (off the GUI thread)
        qtbot.waitUntil(lambda: not window._overdue_task.is_running(), timeout=30_000)
        qtbot.wait(50)  # its answer reaches the GUI thread
        message = window.statusBar().currentMessage()
    assert "is locked by another program or desk" in message
    window.check_overdues()
    qtbot.waitUntil(lambda: not window._overdue_task.is_running(), timeout=30_000)
    qtbot.wait(50)
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


def _damaged_desk(sqlite_url: str, *, with_backup: bool) -> tuple[Path, str, int]:
    from illdesk.cli import main as cli
    from illdesk.demo.data import generate
    from illdesk.persistence.backup import sqlite_path
    from illdesk.persistence.database import open_database

    db = open_database(sqlite_url)
    generate(db, 150, seed=2)
    with db.reading() as session:
        requests = int(session.scalar(select(func.count()).select_from(orm.Request)) or 0)
    db.dispose()
    if with_backup:
        assert cli(["backup", "--database-url", sqlite_url]) == 0
    path = sqlite_path(sqlite_url)
    assert path is not None
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(os.urandom(8192))
    return path, hashlib.sha256(path.read_bytes()).hexdigest(), requests


def _start_desk(sqlite_url: str, monkeypatch) -> int:
    from illdesk.app import main as start_desk
    from illdesk.cli import build_parser

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    monkeypatch.setenv("XDG_CONFIG_HOME", os.environ["ILLDESK_DATA_DIR"])  # no real settings
    return start_desk(build_parser()[0].parse_args(["--database-url", sqlite_url]))


def test_window_refuses_a_damaged_file_without_backup(sqlite_url, monkeypatch) -> None:
    path, digest, _ = _damaged_desk(sqlite_url, with_backup=False)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    assert _start_desk(sqlite_url, monkeypatch) == 1
    assert len(shown) == 1 and "is damaged" in shown[0] and "no good backup" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_window_offers_the_latest_good_backup_and_no_keeps_the_file(
    sqlite_url, monkeypatch
) -> None:
    path, digest, _ = _damaged_desk(sqlite_url, with_backup=True)
    asked: list[str] = []

    def answer(_p, _t, text, *a):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert _start_desk(sqlite_url, monkeypatch) == 1
    assert len(asked) == 1
    assert "is damaged" in asked[0] and "illdesk restore" in asked[0]
    assert "-manual.sqlite3" in asked[0] and "Restore the backup made" in asked[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_window_restores_the_latest_good_backup_when_asked_and_opens(
    qapp, sqlite_url, monkeypatch
) -> None:
    from illdesk.persistence.database import open_database

    path, damaged, requests = _damaged_desk(sqlite_url, with_backup=True)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    opened: list[bool] = []

    def close_once_open() -> None:  # the desk opened on the restored file: close it here
        desks = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        desks = [w for w in desks if w.isVisible()]  # (not one an earlier test left closed)
        if desks and desks[0].is_open:
            opened.append(True)
            desks[0].close()
        else:
            QTimer.singleShot(20, close_once_open)

    QTimer.singleShot(0, close_once_open)
    assert _start_desk(sqlite_url, monkeypatch) == 0
    assert opened == [True]
    [aside] = [
        p
        for p in path.parent.glob(f"{path.name}.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged
    db = open_database(sqlite_url)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(orm.Request)) == requests
    db.dispose()
