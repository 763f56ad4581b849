"""Runs long jobs off the GUI thread with a progress dialog and a Cancel button.

A job is a plain callable taking an :class:`illdesk.domain.progress.Progress`;
it reports with ``progress.step(done, total, text)`` and stops with
``Cancelled`` when staff press Cancel.  The result or the error comes back on
the GUI thread through Qt signals.

Lifetime: a :class:`BackgroundTask` is a Qt child of its owner (usually the widget
that started it).  When the owner or the task is deleted while the job still runs,
the job is asked to stop (its ``Progress`` is cancelled) and the GUI thread waits a
bounded time for it.  The thread object itself is kept alive until the job really
ends, so Qt never destroys a running thread, and because the task is gone with its
owner, no result signal reaches callbacks of deleted widgets.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import warnings
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from illdesk.domain.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]

ABANDON_WAIT_MS = 5_000
"""How long the GUI thread waits for a cancelled job whose owner was deleted."""


class _JobThread(QThread):
    """Runs one job in ``run``; kept in ``_RUNNING`` from start until the thread has ended."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Job, progress: Progress) -> None:
        super().__init__()
        self.job = job
        self.progress = progress
        progress.on_report = self.progressed.emit
        # finished is emitted in the job's thread; _ended runs queued on the GUI thread
        self.finished.connect(self._ended)

    def run(self) -> None:
        try:
            result = self.job(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, shown in words there
            log.exception("background job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    @Slot()
    def _ended(self) -> None:
        self.wait()  # ``finished`` comes just before the thread is really over
        # forgotten from a timer, not here: dropping the last reference inside this slot
        # would delete the thread object during its own event handler
        QTimer.singleShot(0, _forget_ended)


_RUNNING: set[_JobThread] = set()
"""Threads whose job has not ended yet: holding them here keeps Qt from destroying them."""


def _forget_ended() -> None:
    for thread in [t for t in _RUNNING if t.isFinished()]:
        _RUNNING.discard(thread)


def _abandon(thread: _JobThread, wait_ms: int) -> None:
    """The task is being deleted (with its owner): stop the job and wait a bounded time."""
    if not shiboken6.isValid(thread) or not thread.isRunning():
        return
    thread.progress.cancel()
    if not thread.wait(wait_ms):
        log.warning(
            "a background job did not stop within %d ms of its window closing; "
            "it keeps running until it ends and its result is dropped",
            wait_ms,
        )


@atexit.register
def _stop_all_at_exit() -> None:
    for thread in list(_RUNNING):
        _abandon(thread, ABANDON_WAIT_MS)


class BackgroundTask(QObject):
    """One job on its own QThread.  Keep a reference until ``finished`` fires.

    Deleting the task or its parent while the job runs cancels the job and waits for
    it (see the module's documentation); the task's signals then never fire.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self._thread = _JobThread(job, self.progress)
        # signal-to-signal: queued into the GUI thread, dropped with the task when it is deleted
        self._thread.progressed.connect(self.progressed)
        self._thread.succeeded.connect(self.succeeded)
        self._thread.failed.connect(self.failed)
        self._thread.cancelled.connect(self.cancelled)
        self._thread.finished.connect(self.finished)
        # a plain function holding the thread, not the task: it runs while the task dies
        thread = self._thread
        self.destroyed.connect(lambda _obj=None: _abandon(thread, ABANDON_WAIT_MS))

    def start(self) -> None:
        _RUNNING.add(self._thread)
        self._thread.start()

    def cancel(self) -> None:
        self.progress.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._thread.wait(msecs))

    def release(self) -> None:
        """Drop the callbacks and delete the task, from the event loop: call it instead of
        ``deleteLater`` once the job has ended (it may be called from ``finished``).

        Why not ``deleteLater``: a callback is usually a closure holding its window (the
        task's Qt parent).  Deleting the task frees those closures inside the task's own
        destructor; when they held the last reference to a window Python owns (a dialog
        whose caller has returned), the window is deleted there and deletes the task a
        second time: the offscreen crash in pytest-qt's event processing after the NCIP
        dialog tests.  Here the callbacks are dropped first while the window is held, and
        the window goes afterwards, outside any of the task's code, taking the task with it."""
        QTimer.singleShot(0, partial(_release, self))


def _release(task: BackgroundTask) -> None:
    if not shiboken6.isValid(task):
        return  # its parent went first, and the task with it
    # The task's ancestors are held while the callbacks are dropped: disconnecting the
    # last closure over a window Python owns would otherwise delete that window, and the
    # task with it, inside QObject::disconnect on the task (a use after free: the
    # intake dialog's ILS lookup crashed so when its test had already let go of it).
    owners: list[QObject] = []
    owner = task.parent()
    while owner is not None:
        owners.append(owner)
        owner = owner.parent()
    for signal in (task.progressed, task.succeeded, task.failed, task.cancelled, task.finished):
        # a signal nobody connected says so with a RuntimeWarning (and an error)
        with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError, SystemError):
            warnings.simplefilter("ignore", RuntimeWarning)
            signal.disconnect()
    task.deleteLater()
    # a window only the callbacks kept goes here, out of any call on the task, and
    # takes the task (its child) with it; Qt then drops the posted deletion
    owners.clear()


def run_with_progress(
    parent: QWidget,
    title: str,
    job: Job,
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Start ``job`` in the background behind a modeless progress dialog with Cancel.

    The task is a child of ``parent``: closing that window stops the job and no
    callback runs afterwards.
    """
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
    task.finished.connect(task.release)
    task.start()
    return task
