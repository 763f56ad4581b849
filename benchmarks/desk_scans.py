"""Scans as the desk takes them, for the scan-to-committed benchmarks.

The desk's own services (``illdesk.composition.build_context``: the peer-aware requests, the
document and copyright facts, the ILS listener, the settings read from the database, the
barcode rules), its after-commit worker (``ui/after_commit.py``) and a real
:class:`~illdesk.ui.scan_station.ScanStation`: a scan goes in where the scan box hands it
over (``handle_scan``) and the clock stops when its transaction commits (SQLAlchemy's
``after_commit`` on the GUI thread).  Between two scans the follow-ups of the last one
finish, as they do while the desk worker reaches for the next item.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from illdesk.domain.vocabulary import Side
from illdesk.persistence.database import Database

if TYPE_CHECKING:
    from illdesk.ui.after_commit import AfterCommitWorker
    from illdesk.ui.scan_station import ScanStation
    from illdesk.ui.services_context import DeskContext

WAIT_S = 60.0


class DeskScans:
    """The desk's context, its after-commit worker and one station per side."""

    def __init__(self, db: Database, staff: str = "bench") -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from illdesk.composition import build_context
        from illdesk.ui.after_commit import AfterCommitWorker, runner_of
        from illdesk.ui.scan_station import ScanStation

        self.app = QApplication.instance() or QApplication([])
        self.db = db
        self.context: DeskContext = build_context(db)
        self.context.current_staff = lambda: staff
        self.worker: AfterCommitWorker = AfterCommitWorker()
        assert self.context.route_after_commit is not None
        self.context.route_after_commit(runner_of(self.worker))
        self.stations: dict[Side, ScanStation] = {
            side: ScanStation(self.context, side) for side in Side
        }
        self._gui = threading.get_ident()
        self._committed: list[float] = []
        self._answered = 0.0
        scans = self.context.scans
        answer = scans.scan

        def answered(*args: Any, **kwargs: Any) -> Any:
            """The service's answer to a scan that writes nothing (the slip read)."""
            outcome = answer(*args, **kwargs)
            self._answered = time.perf_counter()
            return outcome

        scans.scan = answered  # type: ignore[method-assign]
        event.listen(db.sessions, "after_commit", self._on_commit)

    def _on_commit(self, _session: Any) -> None:
        if threading.get_ident() == self._gui:  # not a follow-up's own transaction
            self._committed.append(time.perf_counter())

    def settle(self) -> None:
        """Let the follow-ups of the last scan finish (the worker reaches the next item)."""
        deadline = time.monotonic() + WAIT_S
        while self.worker.busy():
            self.app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the follow-ups of a scan did not finish")
            time.sleep(0.001)
        self.app.processEvents()

    def scan(self, side: Side, text: str) -> float:
        """Seconds from the scan reaching the station to its transaction committed (to the
        service's answer when it commits nothing: a pull slip read, waiting for its copy);
        what the station paints after either is not counted."""
        station = self.stations[side]
        self._committed.clear()
        start = time.perf_counter()
        outcome = station.handle_scan(text)
        if outcome is None:
            raise RuntimeError(f"the station refused {text}: {station.result.text()}")
        if outcome.performed is None:
            return self._answered - start
        if len(self._committed) != 1:
            raise RuntimeError(f"{len(self._committed)} commits for the scan of {text}")
        return self._committed[0] - start

    def timed(self, take: Callable[[], float]) -> float:
        self.settle()
        return take()

    def close(self) -> None:
        event.remove(self.db.sessions, "after_commit", self._on_commit)
        self.settle()
        self.worker.finish()
        for station in self.stations.values():
            station.deleteLater()
        self.app.processEvents()
