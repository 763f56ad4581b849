"""Databases the benchmarks share, built once per run in a temporary directory."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from illdesk.demo.data import generate
from illdesk.persistence.database import open_database

_KEEP = os.environ.get("ILLDESK_BENCH_DATA", "")
"""A directory where the demo databases are kept between runs (1M takes a while to make)."""
_ROOT = Path(_KEEP) if _KEEP else Path(tempfile.mkdtemp(prefix="illdesk-bench-"))


@cache
def demo_database_url(requests: int) -> str:
    path = _ROOT / f"demo-{requests}.sqlite3"
    url = f"sqlite:///{path}"
    if _KEEP and path.exists():
        return url
    _ROOT.mkdir(parents=True, exist_ok=True)
    db = open_database(url)
    generate(db, requests, today=dt.date(2026, 11, 23))
    db.dispose()
    # on disk, as a desk's database is: the file just written is dirty in the page cache,
    # and the first WAL checkpoint's fsync would write all of it back inside a timed scan
    # (0.1 s at 100k, 0.9 s at 1M)
    os.sync()
    return url


_CLUSTER: list[Any] = []


@cache
def demo_postgres_url(requests: int) -> str:
    """The same demo on a throwaway PostgreSQL cluster (the tests' own, run as the
    ``postgres`` user in a directory of its own), stopped when the run ends."""
    import atexit

    from tests.pg_cluster import PostgresCluster

    if not _CLUSTER:
        cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="illdesk-bench-pg-")))
        cluster.start()
        atexit.register(_remove, cluster)
        _CLUSTER.append(cluster)
    cluster = _CLUSTER[0]
    url = cluster.new_database(f"demo{requests}")
    db = open_database(url)
    generate(db, requests, today=dt.date(2026, 11, 23))
    # a desk's database as autovacuum keeps it: statistics for the planner and the
    # visibility map index-only scans read (a run would otherwise time the minute after
    # a bulk load, before autovacuum came round)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()
    return url


def _remove(cluster: Any) -> None:
    """Stop the cluster and delete its files (a 100k run left 650 MB in /tmp each time)."""
    import shutil

    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.base, ignore_errors=True)


SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
chosen_size: int | None = None
"""Set by ``--size``: the number of demo requests every benchmark runs on."""


def sizes(quick: bool) -> int:
    if chosen_size is not None:
        return chosen_size
    return 10_000 if quick else 100_000
