"""Where the desk keeps its files (platformdirs): database, logs, backups, documents."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("illdesk", "illdesk")


def _private_dir(path: Path) -> Path:
    """Made if missing; only this user may enter it (0700): it holds patrons' data."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        pass  # a file system without modes (a network share); nothing more to do here
    return path


def data_dir() -> Path:
    override = os.environ.get("ILLDESK_DATA_DIR")
    return _private_dir(Path(override) if override else Path(_DIRS.user_data_dir))


def log_dir() -> Path:
    return _private_dir(data_dir() / "logs")


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'illdesk.sqlite3'}"
