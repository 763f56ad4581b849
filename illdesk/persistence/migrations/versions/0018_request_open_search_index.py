"""The open requests' search text in list order: a partial index over the requests not
finished, on SQLite (side, state, updated_at, id, search_text), so a search inside
an open chip (Needs action, In transit, On loan, Overdue) and its hint's counts walk
each state newest first reading the index alone, never the table's rows scattered over
the file.  The open requests are a small part of a desk's table, so is the index.

PostgreSQL: the same as (side, state, updated_at, id) INCLUDE (search_text), walked by
index-only scans; a B-tree entry has a size limit, so a search text over 2,000 bytes stays
out of it and in a second partial index of its own (nearly always empty).

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


LONG = 2000
"""Bytes of search text past which an open request is in the second index (PostgreSQL)."""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_open_search ON request "
            f"(side, state, updated_at, id, search_text) WHERE {OPEN_CONDITION}"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_open_search ON request "
            "(side, state, updated_at, id) INCLUDE (search_text) "
            f"WHERE {OPEN_CONDITION} AND octet_length(search_text) <= {LONG}"
        )
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_open_search_long ON request "
            "(side, state, updated_at, id) "
            f"WHERE {OPEN_CONDITION} AND octet_length(search_text) > {LONG}"
        )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_request_open_search_long")
    op.execute("DROP INDEX IF EXISTS ix_request_open_search")
