"""Migration 0012 on a database whose lenders stayed "asked" after they sent the item: the
one that shipped (or whose item was received) is "supplied", one still asked stays asked."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tests.persistence.test_migrations import seeded_at_0001

ROTA = [
    "INSERT INTO partner (id, name, symbol, street, city, postal_code, region, country, email, "
    "iso18626_endpoint, default_loan_days, renewals_allowed, charge, currency, accepts_invoice, "
    "accepts_ifm, accepts_ifla_vouchers, reciprocal, default_carrier, notes) VALUES (2, "
    "'Hudson Valley College', 'US-NPHVC', '', '', '', '', 'US', '', '', 28, 1, 0, 'USD', true, "
    "false, false, true, 'USPS', '')",
    "INSERT INTO request (id, number, side, service_type, delivery, state, patron_id, partner_id, "
    "citation_id, conditions, overdue_level, renewals_used, purchased, copyright_compliance, "
    "external_id, search_text, created_at, updated_at, updated_by, version) VALUES (2, "
    "'B-2024-000002', 'borrowing', 'loan', 'physical', 'requested', 1, 2, 1, '', 0, 0, false, "
    "'', '', '', '2024-05-01 10:00:00', '2024-05-03 10:00:00', 'Dana Whitfield', 2)",
    # request 1 (checked out): DE-1 unfilled, US-NPHVC asked, then received
    "INSERT INTO rota_entry (request_id, partner_id, position, status, reason) VALUES "
    "(1, 1, 0, 'unfilled', 'Not on shelf.')",
    "INSERT INTO rota_entry (request_id, partner_id, position, status, reason) VALUES "
    "(1, 2, 1, 'asked', '')",
    "INSERT INTO request_event (request_id, at, staff, action, from_state, to_state, note) VALUES "
    "(1, '2024-05-02 10:00:00', 'Dana Whitfield', 'receive', 'requested', 'received', '')",
    # request 2: asked, nothing sent yet
    "INSERT INTO rota_entry (request_id, partner_id, position, status, reason) VALUES "
    "(2, 2, 0, 'asked', '')",
]


def test_0012_marks_the_lender_that_sent_it_supplied(db_url: str) -> None:
    engine, config = seeded_at_0001(db_url)
    command.upgrade(config, "0009")
    with engine.begin() as connection:
        for statement in ROTA:
            connection.execute(text(statement))
    command.upgrade(config, "0012")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT request_id, position, status FROM rota_entry ORDER BY request_id, position"
            )
        ).all()
    assert [tuple(r) for r in rows] == [(1, 0, "unfilled"), (1, 1, "supplied"), (2, 0, "asked")]
    engine.dispose()
