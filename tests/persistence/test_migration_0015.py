"""Migration 0015 on a database with requests in it: each request's state began with its
last move in the history (a note later does not restart the timers), it is in no queue,
its timer stage is 0, and the rules table is there and empty."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tests.persistence.test_migrations import seeded_at_0001

LATER_NOTE = (
    "INSERT INTO request_event (request_id, at, staff, action, from_state, to_state, note) "
    "VALUES (1, '2024-05-09 15:00:00', 'Dana Whitfield', 'note', 'checked_out', 'checked_out', "
    "'Patron phoned.')"
)


def test_0015_dates_each_state_from_its_last_move(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    command.upgrade(config, "0009")
    with engine.begin() as connection:
        connection.execute(text(LATER_NOTE))
    command.upgrade(config, "0015")
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT state_since, queue, timer_stage FROM request WHERE id = 1")
        ).one()
        rules = connection.execute(text("SELECT count(*) FROM routing_rule")).scalar()
    assert str(row[0]).startswith("2024-05-03 10:00:00")
    assert (row[1], row[2], rules) == ("", 0, 0)
    command.downgrade(config, "0009")
    command.upgrade(config, "0015")
    engine.dispose()
