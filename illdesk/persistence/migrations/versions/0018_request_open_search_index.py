"""The open requests' search text in list order: on SQLite a partial index over the
requests not finished, (side, state, updated_at, id, search_text), so a search inside
an open chip (Needs action, In transit, On loan, Overdue) and its hint's counts walk
each state newest first reading the index alone, never the table's rows scattered over
the file.  The open requests are a small part of a desk's table, so is the index.

PostgreSQL keeps walking the (side, state, updated_at, id) index of 0016: a B-tree entry
there has a size limit a long search text could pass.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

OPEN_CONDITION = "state NOT IN ('cancelled', 'complete', 'deflected_local', 'unfilled')"
"""The same words as ``search_index.OPEN_CONDITION`` (SQLite uses a partial index only
for a query that says its condition)."""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_open_search ON request "
            f"(side, state, updated_at, id, search_text) WHERE {OPEN_CONDITION}"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_request_open_search")
