"""Shared fixtures: a database per test on SQLite and, for tests marked with the
``both_databases`` fixture, on a real throwaway PostgreSQL cluster too."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import itertools  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from illdesk.domain.settings import Settings  # noqa: E402
from illdesk.persistence.database import Database, open_database  # noqa: E402
from illdesk.settings_registry import default_settings  # noqa: E402
from illdesk.ui.devices.refcount_guard import immortalize_singletons  # noqa: E402
from illdesk.ui.pyside_imports import check_without_reading_sources  # noqa: E402
from tests.pg_cluster import MIGRATED_TEMPLATE, PostgresCluster  # noqa: E402

check_without_reading_sources()  # as the program does (illdesk.app.main)

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


@pytest.fixture(scope="session", autouse=True)
def _cups_scheduler() -> None:
    """The printing tests print through CUPS into the cups-pdf queue; a scheduler that has
    stopped since ``installer/setup.sh test`` made the queues is started again here (as
    root, by the same script), and a machine where it cannot run fails in words."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return  # the quick subset runs without CUPS; the printing tests then fail in words
    running = subprocess.run([lpstat, "-r"], capture_output=True, text=True, timeout=30)
    if "is running" in running.stdout:
        return
    script = Path(__file__).resolve().parents[1] / ".ci" / "setup-cups.sh"
    if os.geteuid() == 0 and script.exists():
        subprocess.run(["bash", str(script)], check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    # not under pytest's tmp dir: that one is private to root, and the server runs as postgres
    base = Path(tempfile.mkdtemp(prefix="illdesk-pg-"))
    cluster = PostgresCluster(base)
    cluster.start()
    try:
        open_database(cluster.new_database(MIGRATED_TEMPLATE)).dispose()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the newest schema, made once per run and copied for each ``db``:
    copying takes milliseconds, migrating an empty file a tenth of a second."""
    path = tmp_path_factory.mktemp("migrated") / "desk.sqlite3"
    open_database(f"sqlite:///{path}", backups=path.parent / "backups").dispose()
    return path


def _wants_open_database(request: pytest.FixtureRequest) -> bool:
    """The test asks for ``db``/``sqlite_db``, which opens (so migrates) the database
    anyway: it may start from the migrated copy.  A test asking only for the URL gets an
    empty database, as a new desk has."""
    return bool({"db", "sqlite_db"} & set(request.fixturenames))


def _sqlite_for(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    path = tmp_path / "desk.sqlite3"
    if _wants_open_database(request) and not path.exists():
        # the window tests' demo library (tests/ui/conftest.py) is made once per run too
        template = "_demo_sqlite" if "demo_db" in request.fixturenames else "_migrated_sqlite"
        shutil.copyfile(request.getfixturevalue(template), path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return _sqlite_for(request, tmp_path)
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    template = MIGRATED_TEMPLATE if _wants_open_database(request) else None
    return cluster.new_database(f"t{next(_counter)}", template=template)


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _sqlite_for(request, tmp_path)


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
