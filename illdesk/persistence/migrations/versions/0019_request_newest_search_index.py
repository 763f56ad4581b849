"""Every request's search text in list order: an index over (side, updated_at, id,
search_text) on SQLite, so that a search in All for a word many records hold walks the
side newest first reading the index alone (a few bytes a record) and stops at the page,
never looking each record up in the table or sorting thousands of matches.

PostgreSQL: the same as (side, updated_at, id) INCLUDE (search_text), walked by
index-only scans; a B-tree entry has a size limit, so a search text over 2,000 bytes
stays out of it and in a second partial index of its own (nearly always empty), as in
0018.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

LONG = 2000
"""Bytes of search text past which a request is in the second index (PostgreSQL)."""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_newest_search ON request "
            "(side, updated_at, id, search_text)"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_newest_search ON request "
            "(side, updated_at, id) INCLUDE (search_text) "
            f"WHERE octet_length(search_text) <= {LONG}"
        )
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_newest_search_long ON request "
            f"(side, updated_at, id) WHERE octet_length(search_text) > {LONG}"
        )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_request_newest_search_long")
    op.execute("DROP INDEX IF EXISTS ix_request_newest_search")
