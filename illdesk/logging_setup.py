"""One rotating log file in the user data directory for the whole program."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from illdesk.paths import log_dir


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    path = (directory or log_dir()) / "illdesk.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def current_log_file() -> Path | None:
    """The file this program logs to now (None before :func:`setup_logging`)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
