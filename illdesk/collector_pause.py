"""Python's cyclic garbage collector, paused while the program starts.

The start makes some 170,000 objects that live as long as the program does (the modules,
their classes and functions, the mapped tables, the services, the window's wrappers) and
hardly any garbage: about 600 objects in cycles on a 100k demo library.  With the collector
on, it walked the new objects again and again as they were made, two full collections among
them: about 55 ms of the start to the desk on a 100k library.

:func:`illdesk.app.main` pauses it first.  A moment after the desk is up
(:data:`AFTER_DESK_MS` after its routine began; at the latest :data:`LONGEST_PAUSE_MS`
after the start began, whatever it is doing: a migration, the first-run assistant, an
error), one full collection takes what garbage there is and the objects left are frozen
(:func:`gc.freeze`): later full collections, which would otherwise walk all of them each
time (40-60 ms on the GUI thread, in the middle of a scan or a keystroke), look at what
the desk made since.  When :func:`main` returns they are unfrozen again, for a process that
goes on (the tests start the program in theirs).
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

AFTER_DESK_MS = 1_000
"""How long after the desk's routine began the collector runs again: the desk is shown and
its first work is done (its one full collection, some 50 ms, comes while staff look)."""
LONGEST_PAUSE_MS = 5_000
"""The collector runs again this long after the start began, whatever the start is doing
(a long migration makes garbage of its own)."""


class CollectorPaused:
    """The collector paused from construction until :meth:`resume` (which runs once)."""

    def __init__(self) -> None:
        self._was_enabled = gc.isenabled()
        self._paused = True
        self._froze = False
        gc.disable()

    @property
    def paused(self) -> bool:
        return self._paused

    def resume(self) -> None:
        """One full collection, the survivors frozen, the collector on as it was before."""
        if not self._paused:
            return
        self._paused = False
        began = time.perf_counter()
        found = gc.collect()
        gc.freeze()
        self._froze = True
        log.debug(
            "garbage of the start collected (%d objects in cycles, %.0f ms); %d objects frozen",
            found,
            (time.perf_counter() - began) * 1000,
            gc.get_freeze_count(),
        )
        if self._was_enabled:
            gc.enable()

    def end(self) -> None:
        """The program's window is gone: resumed if it was not, and unfrozen."""
        self.resume()
        if self._froze:
            gc.unfreeze()
            self._froze = False
