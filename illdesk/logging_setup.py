"""One rotating log file in the user data directory for the whole program.

The log holds no secrets and no patron data: every line goes through :func:`scrub`, which
masks the password in database and server URLs, drops the parameters SQLAlchemy shows
under an SQL error (patrons' names and e-mails), and masks ``Authorization`` tokens.
The file is readable by this user only (0600).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from illdesk.paths import log_dir

_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]*:)[^\s@/]*(?=@)")
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\"]+")
_PASSWORD_PAIR = re.compile(r"(?i)(password\s*[=:]\s*)[^\s,;'\"]+")


def scrub(text: str) -> str:
    """``text`` without passwords in URLs, SQL parameters or bearer tokens."""
    text = _URL_PASSWORD.sub(r"\g<head>***", text)
    text = _SQL_PARAMETERS.sub("[parameters hidden]", text)
    text = _BEARER.sub(r"\1***", text)
    return _PASSWORD_PAIR.sub(r"\1***", text)


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then scrubs the whole entry (message, traceback, stack)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files only this user may read."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):  # a file system without modes
            os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    path = (directory or log_dir()) / "illdesk.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def current_log_file() -> Path | None:
    """The file this program logs to now (None before :func:`setup_logging`)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
