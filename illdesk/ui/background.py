"""Runs long jobs off the GUI thread with a progress dialog and a Cancel button.

A job is a plain callable taking an :class:`illdesk.domain.progress.Progress`;
it reports with ``progress.step(done, total, text)`` and stops with
``Cancelled`` when staff press Cancel.  The result or the error comes back on
the GUI thread through Qt signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from illdesk.domain.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Job, progress: Progress) -> None:
        super().__init__()
        self._job = job
        self._progress = progress
        progress.on_report = self.progressed.emit

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, shown in words there
            log.exception("background job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job on its own QThread.  Keep a reference until ``finished`` fires."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self._thread = QThread()
        self._worker = _Worker(job, self.progress)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        for signal, mine in (
            (self._worker.succeeded, self.succeeded),
            (self._worker.failed, self.failed),
        ):
            signal.connect(mine)
            signal.connect(self._stop)
        self._worker.cancelled.connect(self.cancelled)
        self._worker.cancelled.connect(self._stop)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.progress.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._thread.wait(msecs))

    @Slot()
    def _stop(self) -> None:
        self._thread.quit()


def run_with_progress(
    parent: QWidget,
    title: str,
    job: Job,
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Start ``job`` in the background behind a modeless progress dialog with Cancel."""
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = BackgroundTask(job, parent)

    def report(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    task.progressed.connect(report)
    dialog.canceled.connect(task.cancel)
    task.succeeded.connect(on_success)
    task.failed.connect(on_error)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    task.finished.connect(dialog.reset)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
