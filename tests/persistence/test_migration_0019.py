"""Migration 0019 on a database with requests in it: the index of every request's search
text in list order is made, the requests stay and are found through it; down and up
again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from illdesk.persistence import search_index
from tests.persistence.test_migrations import request_indexes, seeded_at_0001


def test_0019_indexes_every_requests_search_text(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    command.upgrade(config, "0018")
    assert search_index.NEWEST_INDEX not in request_indexes(engine)
    command.upgrade(config, "0019")
    assert search_index.NEWEST_INDEX in request_indexes(engine)
    walk = search_index._side_walk_sql(1, False, engine.dialect.name == "postgresql")
    with engine.connect() as connection:
        side, number = connection.execute(text("SELECT side, number FROM request")).one()
        words = search_index._word_params([number.casefold()])
        found = connection.execute(walk, {"side": side, "n": 5, **words}).scalars()
        assert list(found) == [1]
    command.downgrade(config, "0018")
    assert search_index.NEWEST_INDEX not in request_indexes(engine)
    command.upgrade(config, "0019")
    assert search_index.NEWEST_INDEX in request_indexes(engine)
    engine.dispose()
