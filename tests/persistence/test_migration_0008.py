"""0008 turns the numbers of catalogue records imported before it into identifiers, so an
ISBN-13 request finds an old record kept with its ISBN-10 without importing again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from illdesk.persistence.database import alembic_config, make_engine


def test_0008_backfills_identifiers(db_url: str) -> None:
    engine = make_engine(db_url)
    config = alembic_config(engine)
    command.upgrade(config, "0007")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO catalogue_record (id, control_number, title, author, isbn, issn, "
                "oclc_number, edition, publisher, year, match_key, material, imported_at) "
                "VALUES (1, '001:00000074', 'The loom of destiny', 'Stringer, Arthur', "
                "'0-8369-3272-2 not-an-isbn', '0750-6848', '647986', '', '', '1899', "
                "'loom of destiny|stringer', '', '2026-11-30 10:00:00')"
            )
        )
    command.upgrade(config, "0008")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT scheme, value FROM catalogue_identifier ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [
            ("isbn", "9780836932720"),
            ("issn", "0750-6848"),
            ("oclc", "647986"),
        ]
    command.downgrade(config, "0007")
    engine.dispose()
