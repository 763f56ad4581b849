"""The substring index over ``request.search_text`` (migration 0013) and the queries a
keystroke asks.

On SQLite an FTS5 trigram table answers which records contain every word of three
letters or more.  When few do, the search sorts only those; when many do, walking the
(side, updated) index, or inside a chip each state's (side, state, updated_at, id) index,
with ``LIKE`` finds a page within a few rows, and the index is not asked for more.
PostgreSQL's planner uses its ``pg_trgm`` GIN index by itself for the few, and the same
ordered walks for the many; in All it walks the side's newest rows before it asks the GIN
index at all (:func:`page_in_newest_rows`).  Counts for the chip's hint stop at a cap.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import weakref
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Engine,
    Integer,
    Select,
    String,
    TextClause,
    any_,
    bindparam,
    column,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from illdesk.domain.state_groups import FINISHED
from illdesk.persistence import orm

if TYPE_CHECKING:
    import psycopg

OPEN_INDEX = "ix_request_open_search"
NEWEST_INDEX = "ix_request_newest_search"
"""Migration 0019's index of every request's (side, updated_at, id, search_text)."""
OPEN_CONDITION = "state NOT IN (" + ", ".join(f"'{s.value}'" for s in sorted(FINISHED)) + ")"
"""Migration 0018's partial index on SQLite: the open requests' (side, state, updated_at,
id, search_text).  A query says the condition in these words to walk it (SQLite takes a
partial index only for a query whose WHERE holds the index's own)."""
_OPEN_VALUES = frozenset(s.value for s in FINISHED)
LONG = 2000
"""PostgreSQL: bytes of search text past which an open request is in 0018's second index
(a B-tree entry has a size limit)."""

FIRST_WALK = 2_000
"""Rows of a side walked newest first for a word many records hold: the page is there
when those records are new ones; when hardly any are, they are old ones, and the trigram
index is asked again with a larger count (the walk would pass every newer record)."""
THIN = 10
"""The first walk found fewer than a page's ``1/THIN``: the words' records lie further
back."""
SORTABLE = 50_000
"""Most candidates sorted for a word many old records hold (the walk would pass every
newer record first)."""
SELECTIVE = 5_000
"""Most candidates ever sorted.  Fewer are asked for when the page is small against the
table: sorting ``m`` candidates costs about ``m``, walking the ordered index to a page of
``p`` rows costs about ``p * rows / m``; they meet at ``m = sqrt(p * rows)``."""
FEWEST = 300
WALKED_PER_SORTED = 12
"""With 0019's index a side's walk reads the index alone: a record passed there costs
about a twelfth of a candidate sorted (its trigram match, look-up and sort), so the
crossing point of the two ways is ``m = sqrt(p * rows / 12)``."""
TRIGRAM = 3
_HAS_INDEX: weakref.WeakKeyDictionary[Engine, dict[str, bool]] = weakref.WeakKeyDictionary()


SQLITE_INSERT_TRIGGER = (
    "CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN "
    "INSERT INTO request_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
)
"""What migration 0013 made, made again after a bulk load set it aside."""
SQLITE_MERGE_ALL = "INSERT INTO request_fts(request_fts) VALUES ('optimize')"
"""FTS5's 'optimize': every segment of the trigram table merged into one b-tree."""
PG_TRIGRAM_INDEX = "ix_request_search_trgm"
PG_CREATE_TRIGRAM_INDEX = (
    f"CREATE INDEX {PG_TRIGRAM_INDEX} ON request USING gin (search_text gin_trgm_ops)"
)
"""The same for PostgreSQL's trigram index."""


_COMPILED: dict[int, tuple[TextClause | Select[Any], str]] = {}
"""Each prepared statement in the driver's words (kept with it, so its id stays its own)."""


def connection_prepares(session: Session) -> bool:
    """The session's database keeps prepared statements (PostgreSQL through psycopg)."""
    dialect = session.get_bind().dialect
    return dialect.name == "postgresql" and dialect.driver == "psycopg"


def prepared_rows(
    session: Session, statement: TextClause | Select[Any], params: dict[str, object]
) -> Sequence[Any]:
    """``statement``'s rows (their columns by name).  On PostgreSQL the statement is
    prepared on the connection and its plan kept, for statements whose plan is the same
    for any parameters: a walk's (an ordered index scan to the page, filtered by
    ``strpos``; planning its branches took longer than walking them) and the rows of a
    page's ids.  Nothing else is prepared (the engine does not prepare by itself): the
    plans of the counts and trigram look-ups depend on the words."""
    connection = session.connection()
    if not connection_prepares(session):
        return connection.execute(statement, params).all()
    known = _COMPILED.get(id(statement))
    if known is None or known[0] is not statement:
        known = (statement, str(statement.compile(dialect=connection.dialect)))
        _COMPILED[id(statement)] = known
    import psycopg
    from psycopg.rows import namedtuple_row

    raw = cast("psycopg.Connection[Any]", connection.connection.dbapi_connection)
    try:
        with raw.cursor(row_factory=namedtuple_row) as cursor:
            cursor.execute(known[1], params, prepare=True)
            return list(cursor.fetchall())
    except psycopg.Error as exc:  # as SQLAlchemy says it (a lost server: OperationalError)
        lost = connection.dialect.is_disconnect(exc, None, None)  # type: ignore[arg-type]
        if lost:  # not handed out by the pool again
            connection.invalidate(exc)
        raise DBAPIError.instance(
            known[1],
            None,
            exc,
            psycopg.Error,
            hide_parameters=True,
            connection_invalidated=lost,
            dialect=connection.dialect,
            ismulti=False,
        ) from exc


def execute_prepared(
    session: Session, statement: TextClause, params: dict[str, object]
) -> list[Any]:
    """The first column of :func:`prepared_rows`."""
    return [row[0] for row in prepared_rows(session, statement, params)]


def has_trigram_table(session: Session) -> bool:
    return _available(session)


def _available(session: Session) -> bool:
    """The trigram index (0013) is there."""
    if session.get_bind().dialect.name == "sqlite":
        return _has(session, "request_fts", "table")
    return _has(session, PG_TRIGRAM_INDEX, "index")


def _has(session: Session, name: str, kind: str) -> bool:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    known = _HAS_INDEX.setdefault(engine, {})
    if name not in known:  # asked once per engine
        if engine.dialect.name == "sqlite":
            ask = text("SELECT 1 FROM sqlite_master WHERE type = :kind AND name = :name")
        else:
            ask = text("SELECT 1 FROM pg_indexes WHERE indexname = :name")
        known[name] = bool(session.execute(ask, {"kind": kind, "name": name}).first())
    return known[name]


def walks_open_index(session: Session, states: Sequence[object]) -> bool:
    """``states`` are all open and their requests' search text is in 0018's index:
    walking them there reads the index alone, so every open state can be walked to its
    end at little cost, and the trigram index need not be asked first."""
    open_states = not _OPEN_VALUES.intersection(str(getattr(s, "value", s)) for s in states)
    return open_states and _has(session, OPEN_INDEX, "index")


def _open_parts(walk: bool) -> tuple[str, ...]:
    """The conditions that walk 0018's index: one on SQLite; on PostgreSQL one for each
    of its two indexes (search texts up to :data:`LONG` bytes, and longer ones)."""
    if not walk:
        return (f" AND {OPEN_CONDITION}",)
    return (
        f" AND {OPEN_CONDITION} AND octet_length(search_text) <= {LONG}",
        f" AND {OPEN_CONDITION} AND octet_length(search_text) > {LONG}",
    )


def candidates(
    session: Session,
    words: Sequence[str],
    page: int,
    most: int | None = None,
    *,
    covered: bool = False,
) -> ColumnElement[bool] | None:
    """A condition on ``request.id``: one of the records holding every word of ``words``
    (casefolded), when they are few enough to sort for a page of ``page`` rows; None when
    the index cannot narrow the search (no index, no word long enough, or so many records
    match that the ordered walk finds a page sooner).  The ids found are handed back as
    one parameter (an array on PostgreSQL, a JSON list on SQLite), never as a list of
    parameters, nor as a sub-select that asks the index for the same words again (on
    SQLite that took as long again: 13-20 ms at 1M for a word with common trigrams).
    ``covered``: the other way is the walk of 0019's index (:func:`newest_of_side`),
    cheaper per record."""
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words or not _available(session):
        return None
    if most is None:
        rows = session.scalar(text("SELECT max(id) FROM request")) or 0
        cost = WALKED_PER_SORTED if covered else 1
        most = max(FEWEST, min(SELECTIVE, math.isqrt(page * rows // cost)))
    if session.get_bind().dialect.name == "postgresql":
        return _pg_candidates(session, long_words, most)
    try:
        found = list(
            session.scalars(
                text("SELECT rowid FROM request_fts WHERE request_fts MATCH :match LIMIT :n"),
                {"match": _match(long_words), "n": most + 1},
            )
        )
    except OperationalError:  # a word FTS5 cannot parse: the LIKE filters still answer
        return None
    if len(found) > most:
        return None
    listed = func.json_each(bindparam("candidate_ids", json.dumps(found), type_=String))
    return orm.Request.id.in_(select(column("value")).select_from(listed))


def _pg_candidates(session: Session, words: Sequence[str], most: int) -> ColumnElement[bool] | None:
    """PostgreSQL: as many as ``most + 1`` records holding the words (the planner takes
    the trigram index when they are few, and stops a plain scan early when they are many);
    few enough, those records' ids as one array parameter (asking the trigram index for
    the same words again, as a sub-select, took as long again)."""
    likes = [orm.Request.search_text.like(like_pattern(w), escape="\\") for w in words]
    ids = list(session.scalars(select(orm.Request.id).where(*likes).limit(most + 1)))
    if len(ids) > most:
        return None
    return orm.Request.id == any_(bindparam("candidate_ids", ids, type_=ARRAY(Integer)))


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE … ESCAPE '\\'``, the word's own ``%``, ``_`` and ``\\`` kept."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _likes(words: int, walk: bool, column: str = "search_text") -> str:
    """Each word in the text: ``LIKE`` (which PostgreSQL's trigram index answers); for an
    ordered walk on PostgreSQL ``strpos``, which it filters the rows it walks with rather
    than asking its trigram index for every match of a word many records hold (which is
    when the walk is taken), and which finds a substring in half the time of ``LIKE``.
    The two are the same test: the words are casefolded like the text, and ``LIKE``
    compares characters as ``strpos`` does, case and all."""
    if walk:
        return "".join(f" AND strpos({column}, :t{j}) > 0" for j in range(words))
    return "".join(f" AND {column} LIKE :w{j} ESCAPE '\\'" for j in range(words))


def _word_params(words: Sequence[str]) -> dict[str, object]:
    """Each word as a ``LIKE`` pattern (``w0``…) and as itself for ``strpos`` (``t0``…)."""
    params: dict[str, object] = {f"w{j}": like_pattern(w) for j, w in enumerate(words)}
    params.update({f"t{j}": w for j, w in enumerate(words)})
    return params


def _later(after: bool) -> str:
    """A walk's condition for the page after the last row shown (newest first)."""
    return " AND (updated_at, id) < (:after_at, :after_id)" if after else ""


def _typed_after(sql: TextClause, after: bool) -> TextClause:
    return sql.bindparams(bindparam("after_at", type_=DateTime)) if after else sql


def _walk_params(
    side: str, words: Sequence[str], after: tuple[dt.datetime, int] | None, **more: object
) -> dict[str, object]:
    """A walk's parameters: the side, each word, the row the page goes on after."""
    params: dict[str, object] = {"side": side, **more, **_word_params(words)}
    if after is not None:
        params["after_at"], params["after_id"] = after
    return params


@functools.lru_cache(maxsize=256)
def _each_state_sql(
    states: int, words: int, after: bool, walk: bool, open_index: bool
) -> TextClause:
    later = _later(after)
    parts = _open_parts(walk) if open_index else ("",)
    each = [
        f"SELECT id, updated_at FROM (SELECT id, updated_at FROM request "
        f"WHERE side = :side AND state = :s{i}{parts[0]}{_likes(words, walk)}{later} "
        f"ORDER BY updated_at DESC, id DESC LIMIT :n) AS b{i}"
        for i in range(states)
    ]
    if len(parts) > 1:  # PostgreSQL's long texts: one walk over their (nearly empty) index
        marks = ", ".join(f":s{i}" for i in range(states))
        each.append(
            f"SELECT id, updated_at FROM (SELECT id, updated_at FROM request "
            f"WHERE side = :side AND state IN ({marks}){parts[1]}{_likes(words, walk)}{later} "
            f"ORDER BY updated_at DESC, id DESC LIMIT :n) AS long_texts"
        )
    branches = " UNION ALL ".join(each)
    sql = text(
        f"SELECT id FROM ({branches}) AS each_state ORDER BY updated_at DESC, id DESC LIMIT :n"
    )
    return _typed_after(sql, after)


def newest_of_each_state(
    session: Session,
    side: str,
    states: Sequence[str],
    words: Sequence[str],
    after: tuple[dt.datetime, int] | None,
    limit: int,
) -> list[int]:
    """Ids of the newest ``limit`` requests of ``side`` in any of ``states`` whose search
    text holds every one of ``words``, newest first.  Each state is walked on the (side,
    state, updated_at, id) index and stops at ``limit`` (no database walks one index in
    order across several of its values by itself); the statement's text is made once per
    shape, so a keystroke costs the query and little else."""
    params = _walk_params(side, words, after, n=limit)
    params.update({f"s{i}": s for i, s in enumerate(states)})
    walk = session.get_bind().dialect.name == "postgresql"
    open_index = walks_open_index(session, states)
    statement = _each_state_sql(len(states), len(words), after is not None, walk, open_index)
    return execute_prepared(session, statement, params)


@functools.lru_cache(maxsize=64)
def _first_rows_sql(words: int, after: bool, walk: bool) -> TextClause:
    later = _later(after)
    sql = text(
        "SELECT id FROM (SELECT id, updated_at, search_text FROM request "
        f"WHERE side = :side{later} ORDER BY updated_at DESC, id DESC LIMIT :scan) AS newest "
        f"WHERE 1 = 1{_likes(words, walk)} ORDER BY updated_at DESC, id DESC LIMIT :n"
    )
    return _typed_after(sql, after)


def newest_in_first_rows(
    session: Session,
    side: str,
    words: Sequence[str],
    after: tuple[dt.datetime, int] | None,
    limit: int,
    scan: int,
) -> list[int]:
    """Ids of the newest (at most ``limit``) requests of ``side`` holding every one of
    ``words`` among the side's newest ``scan`` requests (after ``after``): the page when
    there are ``limit`` of them; fewer say how thinly the words are spread there."""
    params = _walk_params(side, words, after, n=limit, scan=scan)
    walk = session.get_bind().dialect.name == "postgresql"
    statement = _first_rows_sql(len(words), after is not None, walk)
    return execute_prepared(session, statement, params)


@functools.lru_cache(maxsize=64)
def _window_sql(words: int, after: bool) -> TextClause:
    """PostgreSQL: the side's newest ``:scan`` short texts (0019's index alone) and every
    long text as recent as the last of them, filtered by the words, newest first."""
    later = _later(after)
    later_long = " AND (r.updated_at, r.id) < (:after_at, :after_id)" if after else ""
    sql = text(
        "WITH w AS MATERIALIZED (SELECT id, updated_at, search_text FROM request "
        f"WHERE side = :side AND octet_length(search_text) <= {LONG}{later} "
        "ORDER BY updated_at DESC, id DESC LIMIT :scan), "
        "edge AS (SELECT updated_at, id FROM w ORDER BY updated_at, id LIMIT 1) "
        f"SELECT id FROM (SELECT id, updated_at FROM w WHERE 1 = 1{_likes(words, True)} "
        "UNION ALL SELECT r.id, r.updated_at FROM request AS r, edge "
        f"WHERE r.side = :side AND octet_length(r.search_text) > {LONG} "
        f"AND (r.updated_at, r.id) >= (edge.updated_at, edge.id)"
        f"{_likes(words, True, 'r.search_text')}{later_long}) AS found "
        "ORDER BY updated_at DESC, id DESC LIMIT :n"
    )
    return _typed_after(sql, after)


def page_in_newest_rows(
    session: Session,
    side: str,
    words: Sequence[str],
    after: tuple[dt.datetime, int] | None,
    limit: int,
) -> list[int] | None:
    """PostgreSQL: ids of the newest ``limit`` requests of ``side`` (after ``after``)
    holding every one of ``words``, when the side's newest :data:`FIRST_WALK` rows hold
    that many; None when they do not (and always on SQLite).

    Asking the trigram index first whether few records hold the words costs PostgreSQL
    its whole bitmap of matches before its LIMIT stops it: 30-60 ms at 1M for a word many
    records hold, for which the first rows walked hold the page in about 2 ms.  SQLite's
    trigram table stops at its limit and is asked first there.

    The answer is the page itself: every short text as recent as the last row walked and
    every long one as recent was looked at, and the page's rows are all that recent."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    params = _walk_params(side, words, after, n=limit, scan=FIRST_WALK)
    found = execute_prepared(session, _window_sql(len(words), after is not None), params)
    return [int(i) for i in found] if len(found) >= limit else None


def walks_newest_index(session: Session) -> bool:
    """0019's index of every request's search text in list order is there: a side is
    walked newest first reading the index alone."""
    return _has(session, NEWEST_INDEX, "index")


@functools.lru_cache(maxsize=64)
def _side_walk_sql(words: int, after: bool, walk: bool) -> TextClause:
    later = _later(after)
    if not walk:  # SQLite takes the covering index by itself
        sql = text(
            f"SELECT id FROM request WHERE side = :side{_likes(words, False)}{later} "
            "ORDER BY updated_at DESC, id DESC LIMIT :n"
        )
    else:  # PostgreSQL: the index of texts up to LONG bytes, and the one of longer ones
        each = [
            f"SELECT id, updated_at FROM (SELECT id, updated_at FROM request "
            f"WHERE side = :side AND octet_length(search_text) {bound} {LONG}"
            f"{_likes(words, True)}{later} ORDER BY updated_at DESC, id DESC LIMIT :n) AS w{p}"
            for p, bound in enumerate(("<=", ">"))
        ]
        sql = text(
            f"SELECT id FROM ({' UNION ALL '.join(each)}) AS walks "
            "ORDER BY updated_at DESC, id DESC LIMIT :n"
        )
    return _typed_after(sql, after)


def newest_of_side(
    session: Session,
    side: str,
    words: Sequence[str],
    after: tuple[dt.datetime, int] | None,
    limit: int,
) -> list[int]:
    """Ids of the newest ``limit`` requests of ``side`` (after ``after``) whose search text
    holds every one of ``words``, walking 0019's index newest first to the page: it holds
    the text, so each record passed costs a few bytes of the index, not a look-up in the
    table; for words many records hold (the only ones it is asked for) the page is near."""
    params = _walk_params(side, words, after, n=limit)
    walk = session.get_bind().dialect.name == "postgresql"
    statement = _side_walk_sql(len(words), after is not None, walk)
    return [int(i) for i in execute_prepared(session, statement, params)]


@functools.lru_cache(maxsize=256)
def _capped_counts_sql(
    groups: tuple[tuple[int, str], ...], words: int, walk: bool, first: int = 0
) -> TextClause:
    """Each group ``(number of states, how)`` counted up to the cap: ``how`` is "open"
    (walked on 0018's index), "trigram" (the trigram table's matches joined to their
    requests, in its order, until the cap) or "walk" (the side's rows walked).  The
    groups are numbered from ``first``."""
    parts = []
    for g, (size, how) in enumerate(groups, start=first):
        marks = ", ".join(f":g{g}s{i}" for i in range(size))
        if how == "trigram" and not walk:  # SQLite: the trigram table's matches in turn
            every = [
                "request_fts CROSS JOIN request ON request.id = request_fts.rowid "
                f"WHERE request_fts MATCH :match AND request.side = :side "
                f"AND request.state IN ({marks}){_likes(words, False, 'request.search_text')}"
            ]
        elif how == "trigram":  # PostgreSQL: its planner takes the trigram index or not
            every = [f"request WHERE side = :side AND state IN ({marks}){_likes(words, False)}"]
        else:
            opened = _open_parts(walk) if how == "open" else ("",)
            every = [
                f"request WHERE side = :side AND state IN ({marks}){part}{_likes(words, walk)}"
                for part in opened
            ]
        count = " + ".join(
            f"(SELECT count(*) FROM (SELECT 1 FROM {rows} LIMIT :cap) AS c{g}_{p})"
            for p, rows in enumerate(every)
        )
        parts.append(f"SELECT {g} AS g, {count} AS n")
    return text(" UNION ALL ".join(parts))


def counts_on_open_index(session: Session) -> bool:
    """The hint's counts are all walks that stop early or read little (with 0018's
    index): the open groups on that index, the finished one through the trigram index."""
    return _has(session, OPEN_INDEX, "index")


def capped_counts(
    session: Session, side: str, groups: Sequence[Sequence[str]], words: Sequence[str], cap: int
) -> list[int]:
    """For each of ``groups`` (its states), how many requests of ``side`` hold every one
    of ``words``, counting no further than ``cap``: one statement, each group's count
    stopping as soon as it reaches the cap."""
    params: dict[str, object] = {"side": side, "cap": cap}
    for g, states in enumerate(groups):
        params.update({f"g{g}s{i}": s for i, s in enumerate(states)})
    params.update(_word_params(words))
    walk = session.get_bind().dialect.name == "postgresql"
    match = _match(words) if _available(session) else None
    if match is not None and not walk:
        params["match"] = match
    hows = []
    for states in groups:
        if walks_open_index(session, states):
            hows.append((len(states), "open"))
        elif match is not None:
            hows.append((len(states), "trigram"))
        else:
            hows.append((len(states), "walk"))
    if walk and connection_prepares(session) and hows and hows[0][1] == "open":
        # PostgreSQL: the open groups (first, as the groups come) walked by a prepared
        # statement, whose plan fits any words; the others planned for their words
        opened = len(list(itertools.takewhile(lambda how: how[1] == "open", hows)))
        statement = _capped_counts_sql(tuple(hows[:opened]), len(words), walk)
        counts = _by_group(prepared_rows(session, statement, params))
        if opened < len(hows):
            statement = _capped_counts_sql(tuple(hows[opened:]), len(words), walk, opened)
            counts.update(_by_group(session.connection().execute(statement, params)))
        return [counts.get(g, 0) for g in range(len(groups))]
    statement = _capped_counts_sql(tuple(hows), len(words), walk)
    try:
        counts = _by_group(session.connection().execute(statement, params))
    except OperationalError:  # a word FTS5 cannot parse: walked instead
        if match is None or walk:
            raise
        statement = _capped_counts_sql(tuple((n, "walk") for n, _ in hows), len(words), walk)
        counts = _by_group(session.connection().execute(statement, params))
    return [counts.get(g, 0) for g in range(len(groups))]


def _by_group(rows: Iterable[Any]) -> dict[int, int]:
    """A counts statement's rows (group number, count) by group."""
    return {int(g): int(n) for g, n in rows}


def _match(words: Sequence[str]) -> str | None:
    """The trigram table's query for the words long enough for it (None: none is)."""
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if not long_words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
