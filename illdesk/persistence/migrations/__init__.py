"""Alembic migrations of the desk database."""

from __future__ import annotations

SEARCH_INDEX_NAMES = (
    "request_fts",
    "ix_request_search_trgm",
    "ix_request_open_search",
    "ix_request_newest_search",
)
"""The search index of migration 0013 (an FTS5 table and its shadow tables on SQLite, a
trigram index on PostgreSQL), 0018's open requests' index and 0019's index of every
request's search text: made by SQL, not by the models, so autogenerate leaves them."""


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: everything but the search index."""
    return not (type_ in ("table", "index") and (name or "").startswith(SEARCH_INDEX_NAMES))
