"""Migration 0009 on a database where the old duplicate check let one request in twice:
the later copy keeps its data under a marked id, and the one key per partner and id holds."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.persistence.test_migrations import seeded_at_0001

TWICE = [
    "INSERT INTO citation (id, title, author, isbn, issn, oclc_number, edition, publisher, "
    "place, year, article_title, journal, volume, issue, pages, doi, pmid) VALUES (2, "
    "'Der Process', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '')",
    *[
        "INSERT INTO request (id, number, side, service_type, delivery, state, partner_id, "
        "citation_id, conditions, overdue_level, renewals_used, purchased, copyright_compliance, "
        "external_id, search_text, created_at, updated_at, updated_by, version, material) VALUES "
        f"({n}, 'L-2024-00000{n}', 'lending', 'loan', 'physical', 'new', 1, 2, '', 0, 0, false, "
        "'', 'B-2024-000777', '', '2024-05-01 10:00:00', '2024-05-01 10:00:00', 'x', 1, 'book')"
        for n in (2, 3)
    ],
]


def test_0009_keeps_both_copies_and_adds_the_key(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    command.upgrade(config, "0008")
    with engine.begin() as connection:
        for statement in TWICE:
            connection.execute(text(statement))
    command.upgrade(config, "0009")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, external_id FROM request WHERE side = 'lending' ORDER BY id")
        ).all()
    assert [tuple(r) for r in rows] == [(2, "B-2024-000777"), (3, "B-2024-000777 (copy 3)")]
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("UPDATE request SET external_id = 'B-2024-000777' WHERE id = 3"))
    engine.dispose()
