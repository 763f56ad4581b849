"""An index for search-as-you-type: substring search over ``request.search_text``.

SQLite: an FTS5 table with the trigram tokenizer over the column (external content, kept
up to date by triggers).  PostgreSQL: a ``pg_trgm`` GIN index, which the planner uses for
``LIKE '%word%'`` by itself; where the extension cannot be made (no right to create it)
the search works as before, unindexed.

Revision ID: 0013
Revises: 0009
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

SQLITE_UP = [
    "CREATE VIRTUAL TABLE request_fts USING fts5("
    "search_text, content='request', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN "
    "INSERT INTO request_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER request_fts_delete AFTER DELETE ON request BEGIN "
    "INSERT INTO request_fts(request_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER request_fts_update AFTER UPDATE OF search_text ON request BEGIN "
    "INSERT INTO request_fts(request_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO request_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO request_fts(request_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS request_fts_update",
    "DROP TRIGGER IF EXISTS request_fts_delete",
    "DROP TRIGGER IF EXISTS request_fts_insert",
    "DROP TABLE IF EXISTS request_fts",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        try:
            with bind.begin_nested():
                op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError as exc:
            log.warning("pg_trgm not available, search stays unindexed: %s", exc)
            return
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_request_search_trgm "
            "ON request USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_request_search_trgm")
