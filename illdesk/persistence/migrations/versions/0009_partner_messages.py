"""what partners say over ISO 18626: the lender's due date and overdue, a conditional
answer's cost and retry date, the lender's error, the borrower's delivery address and
patron id, the lender's record id and our note; one open lending request per partner
and id

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# as orm.OPEN_LENDING_WITH_ID at this revision (a migration keeps its own copy)
_UNIQUE_WHERE = (
    "side = 'lending' AND external_id <> '' AND state NOT IN ('complete', 'cancelled', 'unfilled')"
)
_COLUMNS = (
    ("lender_due_date", sa.Date(), None),
    ("lender_overdue_on", sa.Date(), None),
    ("offer_cost", sa.Numeric(precision=10, scale=2), None),
    ("offer_currency", sa.String(length=3), ""),
    ("retry_after", sa.Date(), None),
    ("retry_reason", sa.String(length=200), ""),
    ("lender_problem", sa.String(length=500), ""),
    ("delivery_address", sa.Text(), ""),
    ("partner_patron_id", sa.String(length=100), ""),
    ("supplier_record_id", sa.String(length=100), ""),
    ("note_to_lender", sa.String(length=500), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        for name, kind, default in _COLUMNS:
            batch_op.add_column(
                sa.Column(
                    name,
                    kind,
                    nullable=default is None,
                    server_default=default,
                )
            )
    # Requests stored twice by the old duplicate check (two transactions): the later copies
    # keep their data but get a marked id, so the one key per partner and id can be made.
    op.execute(
        "UPDATE request SET external_id = substr(external_id, 1, 80) || ' (copy ' || id || ')' "
        f"WHERE {_UNIQUE_WHERE} AND id NOT IN (SELECT min(id) FROM request "
        f"WHERE {_UNIQUE_WHERE} GROUP BY partner_id, external_id)"
    )
    op.create_index(
        "uq_request_lending_partner_external",
        "request",
        ["partner_id", "external_id"],
        unique=True,
        sqlite_where=sa.text(_UNIQUE_WHERE),
        postgresql_where=sa.text(_UNIQUE_WHERE),
    )


def downgrade() -> None:
    op.drop_index("uq_request_lending_partner_external", table_name="request")
    with op.batch_alter_table("request", schema=None, recreate="never") as batch_op:
        for name, _kind, _default in reversed(_COLUMNS):
            batch_op.drop_column(name)
