"""The File menu's backup actions and the window's hourly backup schedule (off the GUI
thread; a failure is shown in the status bar and tried again at the next round)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow

from illdesk.services.backups import SCHEDULE_INTERVAL_SECONDS, BackupService
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
from illdesk.ui.backups.restore_dialog import RestoreDialog


class BackupActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        service: BackupService | None,
        after_restore: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.after_restore = after_restore
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_INTERVAL_SECONDS * 1000)
        self.timer.timeout.connect(self.run_schedule)
        self._scheduled: BackgroundTask | None = None
        self.last_message = ""

    def slots(self) -> dict[str, Callable[[], object] | None]:
        """File → Back up now / Restore a backup… (rows of ui.menus); greyed out when this
        desk cannot back up its database."""
        if self.service is None:
            return {"backUpNow": None, "restoreBackup": None}
        return {"backUpNow": self.start_backup, "restoreBackup": self.show_restore}

    def _say(self, text: str, ms: int = 15000) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, ms)

    def start_backup(self) -> None:
        service = self.service
        if service is None:
            return

        def done(path: object) -> None:
            self._say(self.tr("Backed up the database to {0}.").format(path))

        def failed(exc: Exception) -> None:
            self._say(self.tr("The backup failed: {0}").format(i18n.words(exc)), 60000)

        self._say(self.tr("Backing up the database…"))
        run_with_progress(
            self.window, self.tr("Backing up"), lambda _p: service.back_up_now(), done, failed
        )

    def show_restore(self) -> None:
        if self.service is None:
            return
        dialog = RestoreDialog(self.service, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self._say(
                self.tr("Restored the backup made {0}; the desk shows its data now.").format(
                    i18n.datetime_text(dialog.restored.made_at)
                ),
                30000,
            )
            self.after_restore()

    def start_schedule(self) -> None:
        self.run_schedule()
        self.timer.start()

    def stop_schedule(self) -> None:
        """The window closes: no new round, and a scheduled backup being made is given up
        (its unfinished file removed; the next start makes it) and waited for, so no
        thread outlives the program and closing never waits for a large copy."""
        self.timer.stop()
        if self._scheduled is not None and self._scheduled.is_running():
            self._scheduled.cancel()
            self._scheduled.wait(120_000)

    def run_schedule(self) -> None:
        service = self.service
        if service is None or (self._scheduled is not None and self._scheduled.is_running()):
            return
        task = BackgroundTask(
            lambda progress: service.run_schedule(stop=lambda: progress.cancel_requested), self
        )

        def failed(exc: Exception) -> None:
            self._say(
                self.tr("The scheduled backup failed; it is tried again in an hour. {0}").format(
                    i18n.words(exc)
                ),
                60000,
            )

        def done(path: object) -> None:
            if path is not None:
                self._say(self.tr("Scheduled backup made: {0}").format(path))

        task.failed.connect(failed)
        task.succeeded.connect(done)
        self._scheduled = task
        task.start()
