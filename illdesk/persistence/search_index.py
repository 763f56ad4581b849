"""The substring index over ``request.search_text`` (migration 0013).

On SQLite an FTS5 trigram table answers which records contain every word of three
letters or more.  When few do, the search sorts only those; when many do, walking the
(side, updated) index with ``LIKE`` finds a page of them within a few rows, and the index
is not asked for more.  PostgreSQL's planner uses its ``pg_trgm`` GIN index by itself, so
nothing is asked here.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, column, select, table, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from illdesk.persistence import orm

SELECTIVE = 5_000
"""Most candidates ever sorted.  Fewer are asked for when the page is small against the
table: sorting ``m`` candidates costs about ``m``, walking the ordered index to a page of
``p`` rows costs about ``p * rows / m``; they meet at ``m = sqrt(p * rows)``."""
FEWEST = 300
TRIGRAM = 3
_HAS_INDEX: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


SQLITE_INSERT_TRIGGER = (
    "CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN "
    "INSERT INTO request_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
)
"""What migration 0013 made, made again after a bulk load set it aside."""
PG_TRIGRAM_INDEX = "ix_request_search_trgm"
PG_CREATE_TRIGRAM_INDEX = (
    f"CREATE INDEX {PG_TRIGRAM_INDEX} ON request USING gin (search_text gin_trgm_ops)"
)
"""The same for PostgreSQL's trigram index."""


def has_trigram_table(session: Session) -> bool:
    return _available(session)


def _available(session: Session) -> bool:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    known = _HAS_INDEX.get(engine)  # asked once per engine
    if known is None:
        known = engine.dialect.name == "sqlite" and bool(
            session.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'request_fts'")
            ).first()
        )
        _HAS_INDEX[engine] = known
    return known


def candidates(session: Session, words: Sequence[str], page: int) -> ColumnElement[bool] | None:
    """A condition on ``request.id``: one of the records holding every word of ``words``
    (casefolded), when they are few enough to sort for a page of ``page`` rows; None when
    the index cannot narrow the search (no index, no word long enough, or so many records
    match that the ordered walk finds a page sooner).  The ids stay in the database (a
    sub-select on the index), never a long list of parameters."""
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words or not _available(session):
        return None
    rows = session.scalar(text("SELECT max(id) FROM request")) or 0
    most = max(FEWEST, min(SELECTIVE, math.isqrt(page * rows)))
    match = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    try:
        found = session.scalar(
            text(
                "SELECT count(*) FROM (SELECT rowid FROM request_fts "
                "WHERE request_fts MATCH :match LIMIT :n)"
            ),
            {"match": match, "n": most + 1},
        )
    except OperationalError:  # a word FTS5 cannot parse: the LIKE filters still answer
        return None
    if (found or 0) > most:
        return None
    ids: Select[Any] = (
        select(column("rowid"))
        .select_from(table("request_fts"))
        .where(text("request_fts MATCH :match").bindparams(match=match))
    )
    return orm.Request.id.in_(ids)
