"""Backing the desk's database up (now, or once a day on a schedule) and restoring it.

The window's background work and ``illdesk serve`` call :meth:`BackupService.run_schedule`
every hour; it makes at most one backup a day and prunes old ones (7 daily, 4 weekly,
12 monthly, the newest pre-upgrade backups).  File → Back up now / Restore… and the
``illdesk backup`` / ``illdesk restore`` commands call the other methods.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from illdesk.domain.errors import DeskError
from illdesk.persistence import backup
from illdesk.persistence.database import Database, open_database

log = logging.getLogger(__name__)

SCHEDULE_INTERVAL_SECONDS = 3600


@dataclass(frozen=True)
class BackupRow:
    path: Path
    made_at: dt.datetime
    reason: str
    size_bytes: int


class BackupService:
    def __init__(
        self, db: Database, backups: Path, clock: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        self._db = db
        self._backups = backups
        self._clock = clock
        self._stem = backup.database_stem(db.url)

    @property
    def folder(self) -> Path:
        return self._backups

    def back_up_now(self, reason: str = "manual", stop: backup.Stop | None = None) -> Path:
        """A checked backup now; then old backups are pruned.  BackupFailed in words;
        Cancelled (nothing kept) once ``stop`` says the desk is closing."""
        made = backup.make_backup(
            self._db.url, self._backups, reason, self._clock(), stop or backup.never
        )
        backup.prune(self._backups, self._stem)
        return made

    def run_schedule(self, stop: backup.Stop | None = None) -> Path | None:
        """The daily backup when today has none yet; None when nothing was due.  Given
        up (Cancelled) when ``stop`` says so: the next round makes it again."""
        if not backup.due_for_scheduled(self._backups, self._stem, self._clock()):
            return None
        made = self.back_up_now("daily", stop)
        log.info("scheduled backup %s", made)
        return made

    def list(self) -> list[BackupRow]:
        rows = []
        for found in backup.list_backups(self._backups, self._stem):
            try:
                size = found.path.stat().st_size
            except OSError:
                continue
            rows.append(BackupRow(found.path, found.made_at, found.reason, size))
        return rows

    def restore(self, chosen: Path) -> Path | None:
        """Put ``chosen`` in place of the database.  The current database is backed up
        first when it is sound (returned), so a restore never loses the newer state."""
        kept: Path | None = None
        path = backup.sqlite_path(self._db.url)
        if path is None or (path.exists() and not backup.sqlite_problem(path)):
            kept = backup.make_backup(self._db.url, self._backups, "before-restore", self._clock())
        self._db.engine.dispose()
        backup.restore(chosen, self._db.url)
        self._db.engine.dispose()
        # an older backup is brought up to this version's schema (with its own backup)
        open_database(self._db.url, backups=self._backups).dispose()
        return kept


def run_schedule_until(
    service: BackupService,
    stop: threading.Event,
    report: Callable[[str], None],
    interval_seconds: float = SCHEDULE_INTERVAL_SECONDS,
) -> None:
    """The schedule for ``illdesk serve``: now, then every hour until ``stop`` is set.
    A failed backup is reported in words and tried again at the next round."""
    while True:
        try:
            made = service.run_schedule()
        except DeskError as exc:
            report(f"The scheduled backup failed; it is tried again in an hour. {exc.message}")
        else:
            if made is not None:
                report(f"Scheduled backup made: {made}")
        if stop.wait(interval_seconds):
            return


def latest_good_backup(url: str, backups: Path) -> BackupRow | None:
    """The newest backup of the database at ``url`` that checks out (SQLite only)."""
    found = backup.latest_good_backup(backups, backup.database_stem(url))
    if found is None:
        return None
    return BackupRow(found.path, found.made_at, found.reason, found.path.stat().st_size)


def restore_over_damaged(url: str, chosen: Path) -> None:
    """Put ``chosen`` in place of a damaged database file; the damaged file is set aside
    next to it (``*.damaged-<time>``), never deleted."""
    backup.restore(chosen, url)
