"""Where the desk keeps its files (platformdirs): database, logs, backups, documents."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("illdesk", "illdesk")


def data_dir() -> Path:
    override = os.environ.get("ILLDESK_DATA_DIR")
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'illdesk.sqlite3'}"
