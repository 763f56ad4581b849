"""Batches of demo rows made ahead of the load that writes them.

Making the rows and writing them each take about half of a large demo's time, and each
needs Python most of the time, so a second thread cannot make rows while the first one
writes (they would take turns at the interpreter).  Where it can, the demo makes its rows
in a worker process forked from this one (it starts at once, with the row maker's state
as it is) and sends them batch by batch through a pipe, while this process writes: two
cores work, and the batches arrive in the order made, the same rows as made here.
Elsewhere (no ``fork``, other threads running — a window's —, no core to spare) the
next batch is made in a thread while SQLite indexes the last one's search text, which
it does without holding the interpreter.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Mode = Literal["auto", "process", "thread"]


def process_helps() -> bool:
    """A forked worker is safe and useful: Linux (``fork`` without the caveats macOS has),
    no other thread running (a fork copies only the calling thread, and whatever lock
    another one holds stays held in the copy), and some of a core to spare (more than
    one, and the last minute's load below their number: on a busy machine the worker
    only adds the cost of sending the rows, measured at 2 cores under a load of 2.5;
    under a load of 1.1 to 1.9, another program taking most of a core, 100,000 requests
    took a tenth less time with the worker than without)."""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    cores = os.cpu_count() or 1
    return cores > 1 and os.getloadavg()[0] < cores


def _worker(
    make: Callable[[int], T], ship: Callable[[T], T] | None, count: int, pipe: Connection
) -> None:
    try:
        for k in range(count):
            made = make(k)
            pipe.send((True, made if ship is None else ship(made)))
    except BaseException:  # noqa: BLE001 - whatever stopped it is the load's error
        pipe.send((False, traceback.format_exc()))
    finally:
        pipe.close()


class MadeAhead(Generic[T]):
    """``make(0)``, ``make(1)``, … ``make(count - 1)`` in that order, each made ahead.

    :meth:`take` gives the next one (None after the last); in thread mode
    :meth:`start_next` starts making the one after while the caller waits on work that
    does not need the interpreter.  ``ship``: what a worker process sends of each one
    made (work the taker would do otherwise, done on the worker's core: the taker is the
    slower of the two).  A context manager: leaving it stops the worker."""

    def __init__(
        self,
        make: Callable[[int], T],
        count: int,
        mode: Mode = "auto",
        ship: Callable[[T], T] | None = None,
    ) -> None:
        self._make, self._count, self._given = make, count, 0
        if mode == "auto":
            mode = "process" if count > 1 and process_helps() else "thread"
        self.mode = mode
        self._coming: Future[T] | None = None
        self._threads: ThreadPoolExecutor | None = None
        self._pipe: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        if mode == "process":
            context = multiprocessing.get_context("fork")
            self._pipe, sending = context.Pipe(duplex=False)
            for stream in (sys.stdout, sys.stderr):  # the copy would write them again
                stream.flush()
            self._process = context.Process(
                target=_worker,
                args=(make, ship, count, sending),
                name="demo rows",
                daemon=True,
            )
            self._process.start()
            sending.close()
        else:
            self._threads = ThreadPoolExecutor(1, thread_name_prefix="demo rows")

    def take(self) -> T | None:
        if self._given >= self._count:
            return None
        k, self._given = self._given, self._given + 1
        if self._pipe is not None:
            try:
                made, value = self._pipe.recv()
            except EOFError:
                raise RuntimeError("the demo's row maker stopped without a word") from None
            if not made:
                raise RuntimeError(f"the demo's row maker failed:\n{value}")
            return value  # type: ignore[no-any-return]
        coming, self._coming = self._coming, None
        return coming.result() if coming is not None else self._make(k)

    def start_next(self) -> None:
        """Thread mode: make the next one now (the caller touches nothing the maker uses
        until it has taken it).  A worker process makes them all by itself."""
        if self._threads is not None and self._coming is None and self._given < self._count:
            self._coming = self._threads.submit(self._make, self._given)

    def close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
        if self._threads is not None:
            self._threads.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> MadeAhead[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
