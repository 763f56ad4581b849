from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from illdesk.composition import build_context
from illdesk.demo.data import add_todays_arrivals, generate
from illdesk.persistence.database import open_database
from illdesk.settings_registry import default_settings


@pytest.fixture
def desk_home(tmp_path, monkeypatch) -> Iterator[Path]:
    """A data folder and desk settings of its own, as on a newly installed machine, for a
    test that starts the program (``illdesk.app.main``)."""
    monkeypatch.setenv("ILLDESK_DATA_DIR", str(tmp_path / "data"))
    # main() installs a hook that shows a dialog; here pytest-qt's hook reports errors instead
    monkeypatch.setattr("illdesk.ui.excepthook.install", lambda: None)
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    handlers = list(logging.getLogger().handlers)
    yield tmp_path
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    default = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, default)


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
