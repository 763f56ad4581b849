"""Each Alembic migration upgrades a database made at the previous revision, with data in it,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from illdesk.persistence.database import alembic_config, current_revision, make_engine

SEED_0001 = [
    "INSERT INTO staff_member (id, name, initials, active) "
    "VALUES (1, 'Dana Whitfield', 'DW', true)",
    "INSERT INTO patron (id, barcode, name, email, phone, category, blocked_reason, "
    "pickup_location, notice_channel, notes, created_at) VALUES (1, 'P100001', 'Müller, Jörg', "
    "'jorg@example.org', '', 'faculty', '', 'Main desk', 'email', '', '2024-05-01 10:00:00')",
    "INSERT INTO partner (id, name, symbol, street, city, postal_code, region, country, email, "
    "iso18626_endpoint, default_loan_days, renewals_allowed, charge, currency, accepts_invoice, "
    "accepts_ifm, accepts_ifla_vouchers, reciprocal, default_carrier, notes) VALUES (1, "
    "'Staatsbibliothek zu Berlin', 'DE-1', 'Potsdamer Straße 33', 'Berlin', '10785', '', 'DE', "
    "'', '', 28, 1, 8.00, 'EUR', true, false, true, false, 'USPS', '')",
    "INSERT INTO citation (id, title, author, isbn, issn, oclc_number, edition, publisher, place, "
    "year, article_title, journal, volume, issue, pages, doi, pmid) VALUES (1, 'Der Zauberberg', "
    "'Mann, Thomas', '9783596294336', '', '', '', 'Fischer', '', '1991', "
    "'', '', '', '', '', '', '')",
    "INSERT INTO request (id, number, side, service_type, delivery, state, patron_id, partner_id, "
    "citation_id, conditions, overdue_level, renewals_used, purchased, copyright_compliance, "
    "external_id, search_text, created_at, updated_at, updated_by, version) VALUES (1, "
    "'B-2024-000001', 'borrowing', 'loan', 'physical', 'checked_out', 1, 1, 1, '', 0, 0, false, "
    "'', '', 'b-2024-000001 der zauberberg', '2024-05-01 10:00:00', '2024-05-03 10:00:00', "
    "'Dana Whitfield', 3)",
    "INSERT INTO request_event (request_id, at, staff, action, from_state, to_state, note) VALUES "
    "(1, '2024-05-03 10:00:00', 'Dana Whitfield', 'check_out', 'awaiting_pickup', "
    "'checked_out', '')",
]


def seeded_at_0001(db_url: str) -> tuple[Engine, Config]:
    """A database at revision 0001 holding the ``SEED_0001`` rows, where each migration's
    own test starts; with the Alembic configuration that upgrades it further."""
    engine = make_engine(db_url)
    config = alembic_config(engine)
    command.upgrade(config, "0001")
    with engine.begin() as connection:
        for statement in SEED_0001:
            connection.execute(text(statement))
    return engine, config


def request_indexes(engine: Engine) -> set[str]:
    """The names of the indexes on the request table, as the database lists them."""
    return {str(i["name"]) for i in inspect(engine).get_indexes("request")}


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert revisions()[0] == "0001"


@pytest.mark.parametrize("step", range(1, len(revisions())))
def test_upgrade_keeps_data(db_url: str, step: int) -> None:
    engine = make_engine(db_url)
    config = alembic_config(engine)
    previous, target = revisions()[step - 1], revisions()[step]
    command.upgrade(config, "0001")
    with engine.begin() as connection:
        for statement in SEED_0001:
            connection.execute(text(statement))
    command.upgrade(config, previous)
    command.upgrade(config, target)
    assert current_revision(engine) == target
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT r.number, r.state, r.version, p.name, c.title FROM request r "
                "JOIN patron p ON p.id = r.patron_id JOIN citation c ON c.id = r.citation_id"
            )
        ).one()
        assert tuple(row) == ("B-2024-000001", "checked_out", 3, "Müller, Jörg", "Der Zauberberg")
        assert connection.execute(text("SELECT count(*) FROM request_event")).scalar() == 1
    command.downgrade(config, previous)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request")).scalar() == 1
    engine.dispose()


def test_models_and_migrations_agree(sqlite_url: str) -> None:
    """Autogenerate finds nothing to do at head: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from illdesk.persistence import orm_lending  # noqa: F401
    from illdesk.persistence.migrations import include_name
    from illdesk.persistence.orm import Base

    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
