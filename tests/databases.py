"""New databases already at the newest schema, for tests that open more than the ``db``
fixture's one (two libraries talking to each other).  Each is a copy of the run's migrated
template (see ``tests/conftest.py``): copying is faster than migrating an empty database,
and ``open_database`` still checks the copy's schema version as it does at every start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.pg_cluster import MIGRATED_TEMPLATE, PostgresCluster


def migrated_sqlite_url(request: pytest.FixtureRequest, path: Path) -> str:
    shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), path)
    return f"sqlite:///{path}"


def migrated_postgres_url(request: pytest.FixtureRequest, name: str) -> str:
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database(name, template=MIGRATED_TEMPLATE)
