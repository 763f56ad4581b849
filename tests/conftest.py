"""Shared fixtures: a database per test on SQLite and, for tests marked with the
``both_databases`` fixture, on a real throwaway PostgreSQL cluster too."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import itertools  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from illdesk.domain.settings import Settings  # noqa: E402
from illdesk.persistence.database import Database, open_database  # noqa: E402
from illdesk.settings_registry import default_settings  # noqa: E402
from illdesk.ui.devices.refcount_guard import immortalize_singletons  # noqa: E402
from tests.pg_cluster import PostgresCluster  # noqa: E402

_counter = itertools.count(1)
immortalize_singletons()


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real user data directory."""
    monkeypatch.setenv("ILLDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


_SLOW_PLACES = (
    "tests/ui/",
    "tests/printing/",
    "tests/persistence/",
    "tests/test_layers.py",
    "tests/services/test_peer_",
    "tests/services/test_demo_data.py",
    "tests/services/test_catalogue.py",
)
"""Qt windows, PDFs decoded by zbar, migrations, whole-tree checks, two libraries
talking ISO 18626 over HTTP, demo data and MARC imports into a database."""
_SLOW_FIXTURES = frozenset({"db", "db_url", "sqlite_db", "sqlite_url", "pg_cluster", "qtbot"})
"""A database made and migrated per test, or a widget."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers declared once, here: ``postgres`` for every test on the PostgreSQL
    cluster, ``slow`` for what the quick subset (``-m "not slow and not postgres"``)
    leaves out.  Modules may mark more tests slow themselves (servers, threads)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if "pg_cluster" in names:
            item.add_marker(pytest.mark.postgres)
        if item.nodeid.startswith(_SLOW_PLACES) or names & _SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    # not under pytest's tmp dir: that one is private to root, and the server runs as postgres
    base = Path(tempfile.mkdtemp(prefix="illdesk-pg-"))
    cluster = PostgresCluster(base)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database(f"t{next(_counter)}")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def db(db_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(db_url, backups=tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url, backups=tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def settings() -> Settings:
    """A desk that has been set up, as the demo library (a desk before its first-run
    setup knows no name, address or e-mail of its own)."""
    from illdesk.demo.data import DEMO_LIBRARY

    return default_settings(**{k.replace(".", "__"): v for k, v in DEMO_LIBRARY.items()})


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 2, 10, 0))
