"""Work of which only the newest matters, on a worker thread: the chip's hint of the text
typed last.

The list of a keystroke is read and drawn on the GUI thread; what the chip hides of the
search ("3 more in Complete") is counted here meanwhile and shown when it comes.  Work
handed in while an earlier one still waits to start takes its place (the earlier text
is gone from the search box), and a result comes to the GUI thread only when no newer
work was handed in since, so an old count is never shown over a newer one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

FINISH_WAIT_MS = 10_000
"""How long closing the window waits for a count still running."""


class LatestWork(QObject):
    """One worker thread; each :meth:`submit` supersedes the work handed in before it."""

    _made = Signal(int, object, object)
    """(generation, then, result), from the worker to the GUI thread."""
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # the thread stays for the next keystroke
        self._lock = threading.Lock()
        self._generation = 0
        self._waiting: tuple[int, Callable[[], Any], Callable[[Any], None]] | None = None
        self._pending = False
        self._finished = False
        self._made.connect(self._deliver)
        self._failed.connect(self._tell_failure)

    def submit(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``work`` on the worker thread, then ``then(result)`` on the GUI thread,
        unless other work is handed in before the result arrives."""
        with self._lock:
            self._generation += 1
            queued = self._waiting is not None
            self._waiting = (self._generation, work, then)
            self._pending = True
        if not queued:
            self.pool.start(self._run)

    def cancel(self) -> None:
        """Nothing handed in so far is delivered (a search with nothing to count)."""
        with self._lock:
            self._generation += 1
            self._waiting = None
            self._pending = False

    def busy(self) -> bool:
        """Work handed in last has not been delivered yet."""
        with self._lock:
            return self._pending

    def finish(self, wait_ms: int = FINISH_WAIT_MS) -> bool:
        """Deliver nothing more and wait for the work running (the window closes)."""
        self._finished = True
        self.cancel()
        return self.pool.waitForDone(wait_ms)

    def _run(self) -> None:
        with self._lock:
            job, self._waiting = self._waiting, None
        if job is None:  # cancelled before it started
            return
        generation, work, then = job
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - said in the log; the list stands
            self._failed.emit(generation, exc)
            return
        self._made.emit(generation, then, result)

    def _current(self, generation: int) -> bool:
        with self._lock:
            current = generation == self._generation and not self._finished
            if current:
                self._pending = False
            return current

    def _deliver(self, generation: int, then: Callable[[Any], None], result: Any) -> None:
        if self._current(generation):
            then(result)

    def _tell_failure(self, generation: int, exc: Exception) -> None:
        if self._current(generation):
            log.warning("the search's hint could not be counted: %s", exc)
