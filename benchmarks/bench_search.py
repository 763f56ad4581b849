"""Search-as-you-type as the desk runs it, on SQLite and PostgreSQL: each keystroke into
the Borrowing tab's search box with the chip it opens on (Needs action) and with All, timed
from the text to the list and its count redrawn (the tab's own ``search_now``, which the
typing timer calls).  The chip's hint ("N more in …") is counted on a worker thread
meanwhile; the ``with_hint`` line is the time until it is shown as well.

The window is a desk's: maximized on a 1600 x 1000 screen (``desk_screen.json``, the size
the screenshots are taken at), in a child process of its own, so that the list paints the
rows staff see there (27 of the page of 50 a keystroke fetches), not the 15 of the 800 x 800
screen the offscreen platform has unless told.  The floor is the bare query measured in the
same run: the unindexed ``LIKE`` over the column for the page of rows the list shows, in raw
Core (no rows made, nothing drawn)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.fixtures import demo_database_url, demo_postgres_url, sizes
from benchmarks.runner import Result, median, percentile

QUERIES = (
    "zauberberg",
    "mann thomas",
    "p100042",
    "b-2025-00",
    "nakamura hana",
    "deep learning nature",
    "3248",
)


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    for database in ("sqlite", "postgresql"):
        name = f"search_keystroke_{_size(n)}_{database}"
        if only and only not in name and only not in "search":
            continue
        url = demo_database_url(n) if database == "sqlite" else demo_postgres_url(n)
        yield from _in_a_desk_window(url, name)


DESK_SCREEN = Path(__file__).with_name("desk_screen.json")


def _in_a_desk_window(url: str, name: str) -> Iterator[Result]:
    """:func:`_keystrokes` in a child process whose offscreen screen is a desk's."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={DESK_SCREEN}",
        PYTHONPATH=str(Path(__file__).parents[1]),
    )
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_search", url, name],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            yield Result(**json.loads(line))


def _size(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"


def _keystrokes(url: str, name: str) -> Iterator[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from illdesk.composition import build_context
    from illdesk.domain.state_groups import StateGroup
    from illdesk.persistence import orm
    from illdesk.persistence.database import open_database
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.request_tab import PAGE_ROWS

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    # a settings file of its own: QSettings saves by renaming a new file over the old one,
    # which would put a plain file in the place of /dev/null
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(os.path.join(scratch, "desk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(build_context(db), settings)
        window.showMaximized()
        app.processEvents()
        tab = window.borrowing
        for chip in (StateGroup.NEEDS_ACTION, None):
            tab.set_group(chip)
            samples: list[float] = []
            hints: list[float] = []
            for query in QUERIES:
                tab.search.clear()
                for i in range(1, len(query) + 1):
                    tab.search.setText(query[:i])
                    start = time.perf_counter()
                    tab.search_now()
                    app.processEvents()
                    samples.append(time.perf_counter() - start)
                    while tab.hints.busy():  # the chip's hint, counted on the worker
                        app.processEvents()
                        time.sleep(0.0002)
                    hints.append(time.perf_counter() - start)
            floor: list[float] = []
            with db.engine.connect() as connection:
                for query in QUERIES:
                    for i in range(1, len(query) + 1):
                        statement = select(orm.Request.id, orm.Request.number).where(
                            orm.Request.side == tab.side.value
                        )
                        for word in query[:i].split():
                            statement = statement.where(orm.Request.search_text.like(f"%{word}%"))
                        statement = statement.order_by(orm.Request.updated_at.desc()).limit(
                            PAGE_ROWS
                        )
                        start = time.perf_counter()
                        connection.execute(statement).all()
                        floor.append(time.perf_counter() - start)
            label = f"{name}_{chip.value if chip else 'all'}"
            for what, pick in (("median", median), ("p95", lambda s: percentile(s, 95))):
                value = pick(samples)
                yield Result(f"{label}_{what}", value * 1000, "ms", value / max(pick(floor), 1e-9))
            if chip is not None:  # All hides nothing: no hint
                value = percentile(hints, 95)
                yield Result(
                    f"{label}_with_hint_p95",
                    value * 1000,
                    "ms",
                    value / max(percentile(floor, 95), 1e-9),
                )
        window.close()
    db.dispose()


if __name__ == "__main__":
    for result in _keystrokes(sys.argv[1], sys.argv[2]):
        print(json.dumps(vars(result)), flush=True)
