"""Migration 0016 on a database with requests in it: the (side, state, updated_at, id)
index takes the place of (side, state), the requests stay, and a chip's search finds them
through it; down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tests.persistence.test_migrations import request_indexes, seeded_at_0001


def test_0016_orders_each_state_on_its_own_index(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM request")).scalar()
    command.upgrade(config, "0015")
    assert "ix_request_side_state" in request_indexes(engine)
    command.upgrade(config, "0016")
    names = request_indexes(engine)
    assert "ix_request_side_state_updated" in names
    assert "ix_request_side_state" not in names
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request")).scalar() == before
        state = connection.execute(text("SELECT side, state FROM request WHERE id = 1")).one()
        found = connection.execute(
            text(
                "SELECT id FROM request WHERE side = :side AND state = :state "
                "ORDER BY updated_at DESC, id DESC LIMIT 5"
            ),
            {"side": state[0], "state": state[1]},
        ).scalars()
        assert 1 in list(found)
    command.downgrade(config, "0015")
    names = request_indexes(engine)
    assert "ix_request_side_state" in names and "ix_request_side_state_updated" not in names
    command.upgrade(config, "0016")
    engine.dispose()
