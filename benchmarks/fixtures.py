"""Databases the benchmarks share, built once per run in a temporary directory."""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import cache
from pathlib import Path

from illdesk.demo.data import generate
from illdesk.persistence.database import open_database

_ROOT = Path(tempfile.mkdtemp(prefix="illdesk-bench-"))


@cache
def demo_database_url(requests: int) -> str:
    url = f"sqlite:///{_ROOT / f'demo-{requests}.sqlite3'}"
    db = open_database(url)
    generate(db, requests, today=dt.date(2026, 11, 23))
    db.dispose()
    return url


def sizes(quick: bool) -> int:
    return 10_000 if quick else 100_000
