"""The work that follows a committed action, off the GUI thread.

An action (a scan above all) is done for the desk worker once its transaction has
committed; what follows it (a notice's text filled in, the calls our ILS is owed queued,
the ISO 18626 sender woken, a printout drawn) runs here, on one worker thread, in the
order the actions were taken.  The GUI thread takes the next scan meanwhile.  A follow-up
that fails is told in the status bar in words; the action it follows stays recorded.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

Work = Callable[[], None]
T = TypeVar("T")

FINISH_WAIT_MS = 30_000
"""How long closing the window waits for follow-ups still running (an SMTP or ILS server
that does not answer gives up before that)."""


class AfterCommitWorker(QObject):
    """One worker thread for the follow-ups of committed actions, taken in order."""

    failed = Signal(object)
    """A follow-up failed: its exception, to tell in words (the action stays recorded)."""
    idle = Signal()
    """Every follow-up handed in so far has ended."""
    _made = Signal(object, object)
    """(then, result): hands a follow-up's result to the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # in order: a later scan's work waits for an earlier
        self.pool.setExpiryTimeout(-1)  # the thread stays for the next scan
        self._waiting = 0
        self._count = threading.Lock()
        self._finished = False
        self._made.connect(self._deliver)  # queued: the worker emits, the GUI thread runs

    def _deliver(self, then: Callable[[object], None], result: object) -> None:
        try:
            if not self._finished:  # the window closed meanwhile: nothing pops up after it
                then(result)
        finally:
            self._one_ended()

    def submit(self, work: Work) -> None:
        """Run ``work`` on the worker thread (called from any thread)."""
        self.submit_then(work, None)

    def submit_then(self, work: Callable[[], T], then: Callable[[T], None] | None = None) -> None:
        """Run ``work`` on the worker thread, then ``then(result)`` on the GUI thread (a
        printout drawn there is printed or shown here)."""
        with self._count:
            self._waiting += 1
        self.pool.start(lambda: self._run(work, then))

    def _run(self, work: Callable[[], T], then: Callable[[T], None] | None) -> None:
        try:
            result = work()
        except Exception as exc:  # logged where it failed; the desk worker gets words
            self.failed.emit(exc)
        else:
            if then is not None:  # ends once the GUI thread has taken the result
                self._made.emit(then, result)
                return
        self._one_ended()

    def _one_ended(self) -> None:
        with self._count:
            self._waiting -= 1
            ended = self._waiting == 0
        if ended:
            self.idle.emit()

    def busy(self) -> bool:
        with self._count:
            return self._waiting > 0

    def finish(self, wait_ms: int = FINISH_WAIT_MS) -> bool:
        """Wait for the follow-ups still queued or running; False when they did not end.
        Results still on their way to the GUI thread are dropped (the window is closing)."""
        self._finished = True
        return self.pool.waitForDone(wait_ms)


def runner_of(worker: AfterCommitWorker) -> Callable[[Work], None]:
    """``worker.submit``, or the work at once when the worker is gone with its window (a
    service used after the window closed still finishes what it committed)."""

    def run(work: Work) -> None:
        if shiboken6.isValid(worker):
            worker.submit(work)
            return
        with contextlib.suppress(Exception):  # logged where it failed; the action stands
            work()

    return run
