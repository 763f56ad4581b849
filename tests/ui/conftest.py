from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from illdesk.app import build_context
from illdesk.demo.data import add_todays_arrivals, generate
from illdesk.persistence.database import open_database
from illdesk.settings_registry import default_settings


@pytest.fixture
def desk_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def _demo_sqlite(_migrated_sqlite, tmp_path_factory) -> Path:
    """The demo library every window test starts on, made once per run: ``sqlite_db``
    copies this file for a test that asks for ``demo_db`` (tests/conftest.py)."""
    path = tmp_path_factory.mktemp("demo") / "desk.sqlite3"
    shutil.copyfile(_migrated_sqlite, path)
    database = open_database(f"sqlite:///{path}")
    generate(database, 300, today=dt.date(2026, 3, 2))
    add_todays_arrivals(database, default_settings(), 8, today=dt.date(2026, 3, 2))
    database.dispose()
    return path


@pytest.fixture
def demo_db(sqlite_db):
    """300 demo requests and 8 of today's arrivals (a copy of ``_demo_sqlite``)."""
    return sqlite_db


@pytest.fixture
def context(demo_db):
    return build_context(demo_db)


@pytest.fixture
def window(qtbot, context, desk_settings):
    from illdesk.ui.main_window import MainWindow

    w = MainWindow(context, desk_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # window keys (F5–F12, Ctrl+…) act only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w
