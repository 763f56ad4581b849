"""Migration 0018 on a database with requests in it: the partial index of the open
requests' search text is made, the requests stay, and an open state's search walks that
index (SQLite's plan says so); down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from illdesk.persistence import search_index
from tests.persistence.test_migrations import request_indexes, seeded_at_0001


def test_0018_indexes_the_open_requests_search_text(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM request")).scalar()
    command.upgrade(config, "0017")
    assert search_index.OPEN_INDEX not in request_indexes(engine)
    command.upgrade(config, "0018")
    sqlite = engine.dialect.name == "sqlite"
    assert search_index.OPEN_INDEX in request_indexes(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request")).scalar() == before
        side, state = connection.execute(text("SELECT side, state FROM request WHERE id = 1")).one()
        walk = (
            "SELECT id FROM request WHERE side = :side AND state = :state "
            f"AND {search_index.OPEN_CONDITION} AND search_text LIKE '%' "
            "ORDER BY updated_at DESC, id DESC LIMIT 5"
        )
        found = connection.execute(text(walk), {"side": side, "state": state}).scalars()
        assert 1 in list(found)
        if sqlite:
            plan = " ".join(
                str(row[-1])
                for row in connection.execute(
                    text("EXPLAIN QUERY PLAN " + walk), {"side": side, "state": state}
                )
            )
            assert f"COVERING INDEX {search_index.OPEN_INDEX}" in plan
    command.downgrade(config, "0017")
    assert search_index.OPEN_INDEX not in request_indexes(engine)
    command.upgrade(config, "0018")
    assert search_index.OPEN_INDEX in request_indexes(engine)
    engine.dispose()
