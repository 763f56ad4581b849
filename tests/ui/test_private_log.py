"""After the error paths - a PostgreSQL URL with its password that cannot be opened, an
unexpected SQL error caught by the exception hook - the log holds no password and no
patron's name or e-mail; the data folder is 0700, the log and the SQLite file 0600."""

from __future__ import annotations

import argparse
import logging
import stat
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from illdesk.logging_setup import current_log_file
from illdesk.paths import data_dir
from illdesk.persistence.database import open_database

PASSWORD = "S3cretPw-7731"
PATRON, EMAIL = "Nakamura, Hana", "hana.nakamura@example.org"


@pytest.fixture
def log_file() -> Iterator[None]:
    """The program's own logging set-up (app.main installs it), removed afterwards."""
    root = logging.getLogger()
    # a log file an earlier test set up (in its own data folder) steps aside for this one
    earlier = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    hook = sys.excepthook
    yield
    for handler in list(root.handlers):
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    for handler in earlier:
        root.addHandler(handler)
    sys.excepthook = hook


def _close_boxes(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)
            return
        QTimer.singleShot(50, close)

    QTimer.singleShot(0, close)


def _sql_error_with_patron(path: Path) -> IntegrityError:
    """A real constraint error from a statement whose parameters name a patron (an engine
    made without hiding them, as a library or a plug-in might make one)."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE patron (barcode TEXT UNIQUE, name TEXT, email TEXT)"))
        connection.execute(
            text("INSERT INTO patron VALUES (:b, :n, :e)"), {"b": "P1", "n": PATRON, "e": EMAIL}
        )
    try:
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO patron VALUES (:b, :n, :e)"), {"b": "P1", "n": PATRON, "e": EMAIL}
            )
    except IntegrityError as exc:
        assert PATRON in str(exc)  # what would have reached the log
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the duplicate was stored")


def test_the_log_keeps_no_password_and_no_patron(qtbot, log_file, tmp_path) -> None:
    from illdesk.app import main
    from illdesk.ui import excepthook

    seen: list[str] = []
    _close_boxes(seen)
    url = f"postgresql+psycopg://ill:{PASSWORD}@127.0.0.1:1/illdesk"
    assert main(argparse.Namespace(database_url=url, demo=False)) == 1
    assert seen and PASSWORD not in seen[0]
    path = current_log_file()
    assert path is not None and path.parent.parent == data_dir()

    error = _sql_error_with_patron(tmp_path / "other.sqlite3")
    _close_boxes(seen)
    excepthook._hook(type(error), error, error.__traceback__)
    assert len(seen) == 2
    logging.getLogger("illdesk.test").error(
        "a URL written by hand: postgresql://ill:%s@db.example.org/illdesk", PASSWORD
    )
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = path.read_text(encoding="utf-8")
    assert "cannot open database postgresql+psycopg://ill:***@127.0.0.1:1/illdesk" in written
    assert "IntegrityError" in written and "[parameters hidden]" in written
    for secret in (PASSWORD, PATRON, "Nakamura", EMAIL):
        assert secret not in written
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert any(isinstance(h, RotatingFileHandler) for h in logging.getLogger().handlers)


def test_our_engines_hide_parameters_and_the_database_file_is_private(tmp_path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    try:
        with db.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO patron (barcode, name, email, phone, category, blocked_reason, "
                    "pickup_location, notice_channel, notes, created_at) VALUES ('P1', :n, :e, "
                    "'', 'public', '', '', 'email', '', '2026-01-01')"
                ),
                {"n": PATRON, "e": EMAIL},
            )
        with pytest.raises(IntegrityError) as caught, db.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO patron (barcode, name, email, phone, category, blocked_reason, "
                    "pickup_location, notice_channel, notes, created_at) VALUES ('P1', :n, :e, "
                    "'', 'public', '', '', 'email', '', '2026-01-01')"
                ),
                {"n": PATRON, "e": EMAIL},
            )
        assert PATRON not in str(caught.value) and "hide_parameters" in str(caught.value)
    finally:
        db.dispose()
    assert stat.S_IMODE((tmp_path / "desk.sqlite3").stat().st_mode) == 0o600
