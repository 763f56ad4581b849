"""Small tables every action reads (the routing rules, the lending policy's rules): read
in the action's own transaction each time, turned into domain values only when what the
database holds differs from the last read.

The rows themselves are the version: nothing is kept that the database is not asked
about, so an edit at this desk, at another desk on the same PostgreSQL server, or by any
other program is seen by the next action, exactly as when the values were built anew each
time.  What is saved is the work around the read: the statement is built once (SQLAlchemy
keeps its compiled form and cache key), it runs on the session's connection as plain Core,
and the rows are parsed (JSON conditions, decimals, enums) only when they changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from sqlalchemy import Executable, Row
from sqlalchemy.orm import Session

T = TypeVar("T")

KEEP = 16
"""Different answers kept per statement (the lending policy asks per partner and material);
the oldest goes when one more comes."""


class RowsAsValues(Generic[T]):
    """``statement``'s rows as values ``make`` builds, rebuilt only for rows not seen."""

    def __init__(self, statement: Executable, make: Callable[[Row[Any]], T]) -> None:
        self._statement = statement
        self._make = make
        self._built: dict[tuple[Row[Any], ...], tuple[T, ...]] = {}
        self._lock = threading.Lock()  # the after-commit worker's jobs read them too

    def read(self, session: Session, params: Mapping[str, Any] | None = None) -> tuple[T, ...]:
        """The values of the rows the database holds now, read in ``session``'s transaction."""
        rows = tuple(session.connection().execute(self._statement, dict(params or {})))
        with self._lock:
            built = self._built.get(rows)
        if built is None:
            built = tuple(self._make(row) for row in rows)
            with self._lock:
                if len(self._built) >= KEEP:
                    del self._built[next(iter(self._built))]
                self._built[rows] = built
        return built
