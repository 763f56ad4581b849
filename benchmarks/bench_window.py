"""Time to a usable main window on a large database, and search-as-you-type latency."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.fixtures import demo_database_url, sizes
from benchmarks.runner import Result, median, percentile

PROBE = Path(__file__).with_name("window_probe.py")


def _start_seconds(target: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(PROBE.parents[1])
    out = subprocess.run(
        [sys.executable, str(PROBE), target, repr(time.time())],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def run(quick: bool, only: str | None) -> Iterator[Result]:
    n = sizes(quick)
    url = demo_database_url(n)
    name = f"window_start_{n // 1000}k"
    if not only or only in name or only in "window":
        repeat = 2 if quick else 3
        desk = min(_start_seconds(url) for _ in range(repeat))
        bare = min(_start_seconds("bare") for _ in range(repeat))
        yield Result(name, desk * 1000, "ms", desk / bare)
    name = f"search_keystroke_{n // 1000}k"
    if not only or only in name or only in "search":
        yield from _search(url, n, name)


def _search(url: str, n: int, name: str) -> Iterator[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from illdesk.app import build_context
    from illdesk.persistence.database import open_database
    from illdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    window = MainWindow(build_context(db), QSettings(os.devnull, QSettings.Format.IniFormat))
    window.show()
    tab = window.borrowing
    tab.set_group(None)
    queries = (
        "zauberberg",
        "mann thomas",
        "p100042",
        "b-2025-00",
        "nakamura hana",
        "deep learning nature",
        "3248",
    )
    samples: list[float] = []
    for query in queries:
        tab.search.clear()
        for i in range(1, len(query) + 1):
            tab.search.setText(query[:i])
            start = time.perf_counter()
            tab.refresh()
            app.processEvents()
            samples.append(time.perf_counter() - start)
    # floor: the same keystrokes as one bare query each, the unindexed LIKE over the column
    # with the page of rows the list shows, in raw Core (no rows made, nothing drawn)
    from sqlalchemy import select

    from illdesk.persistence import orm
    from illdesk.ui.request_tab import PAGE_ROWS

    base: list[float] = []
    with db.engine.connect() as connection:
        for query in queries:
            for i in range(1, len(query) + 1):
                statement = select(orm.Request.id, orm.Request.number).where(
                    orm.Request.side == tab.side.value
                )
                for word in query[:i].split():
                    statement = statement.where(orm.Request.search_text.like(f"%{word}%"))
                statement = statement.order_by(orm.Request.updated_at.desc()).limit(PAGE_ROWS)
                start = time.perf_counter()
                connection.execute(statement).all()
                base.append(time.perf_counter() - start)
    window.close()
    db.dispose()
    yield Result(
        f"{name}_median", median(samples) * 1000, "ms", median(samples) / max(median(base), 1e-9)
    )
    yield Result(
        f"{name}_p95",
        percentile(samples, 95) * 1000,
        "ms",
        percentile(samples, 95) / max(percentile(base, 95), 1e-9),
    )
