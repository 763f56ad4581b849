"""Search with the substring index (migration 0013): the same answers as reading every
record, on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm), whether few or many records
hold the words, page after page, and after records change (issue 22)."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import event, select, text, update

from illdesk.demo.data import generate
from illdesk.domain.citation import Citation
from illdesk.domain.errors import DatabaseUnavailable
from illdesk.domain.state_groups import FINISHED, StateGroup, states_in
from illdesk.domain.vocabulary import ServiceType, Side
from illdesk.persistence import orm, search_index
from illdesk.persistence.database import open_database
from illdesk.services import requests as requests_service
from illdesk.services.requests import RequestService

QUERIES = ["", "mann", "zauberberg", "thomas mann", "b-2025", "ab", "p1000", "nakamura", "zz9q"]


def _paged(demo, side: Side, words: str, group: StateGroup | None, limit: int) -> list[str]:
    """The request numbers of every page, each asked after the last row of the one before,
    until a page comes back short."""
    numbers: list[str] = []
    after = None
    while True:
        page = demo.search_page(side, words, group, after=after, limit=limit)
        numbers.extend(r.number for r in page)
        if len(page) < limit:
            return numbers
        after = page[-1]


def _expected(db, side: Side, text: str, group: StateGroup | None) -> list[str]:
    """Every record read and filtered in Python: what the search must answer."""
    words = text.casefold().split()
    states = states_in(side, group) if group is not None else None
    with db.reading() as session:
        rows = session.execute(
            select(orm.Request.number, orm.Request.search_text, orm.Request.state)
            .where(orm.Request.side == side.value)
            .order_by(orm.Request.updated_at.desc(), orm.Request.id.desc())
        ).all()
    return [
        number
        for number, haystack, state in rows
        if all(w in haystack for w in words)
        and (states is None or state in {s.value for s in states})
    ]


@pytest.fixture
def demo(db, settings):
    generate(db, 400, today=dt.date(2026, 3, 2))
    return RequestService(db, settings)


@pytest.mark.parametrize("selective", [search_index.SELECTIVE, 3])
def test_search_answers_as_reading_every_record(db, demo, selective, monkeypatch) -> None:
    # with a small threshold, words many records hold take the ordered-scan way
    monkeypatch.setattr(search_index, "SELECTIVE", selective)
    for side in Side:
        for group in (None, StateGroup.NEEDS_ACTION):
            for words in QUERIES:
                got = [r.number for r in demo.search(side, words, group, limit=10_000)]
                assert got == _expected(db, side, words, group), (side, group, words)


def test_pages_follow_each_other_without_gaps_or_repeats(db, demo) -> None:
    whole = [r.number for r in demo.search(Side.BORROWING, "a", limit=10_000)]
    assert len(whole) > 60
    assert _paged(demo, Side.BORROWING, "a", None, 25) == whole


def test_a_changed_record_is_found_by_its_new_words_only(db, demo) -> None:
    with db.transaction() as session:
        request = session.scalars(
            select(orm.Request).where(orm.Request.side == Side.LENDING.value).limit(1)
        ).one()
        number = request.number
        session.execute(
            update(orm.Request)
            .where(orm.Request.id == request.id)
            .values(search_text=f"{number.casefold()} quixotic sesquipedalian")
        )
    assert [r.number for r in demo.search(Side.LENDING, "sesquipedal")] == [number]
    assert [r.number for r in demo.search(Side.LENDING, "quixotic " + number[-4:])] == [number]
    with db.transaction() as session:
        session.execute(
            update(orm.Request).where(orm.Request.number == number).values(search_text="x")
        )
    assert demo.search(Side.LENDING, "sesquipedal") == []


def test_the_index_is_there_after_the_upgrade(db) -> None:
    """SQLite answers from its trigram table; PostgreSQL has the trigram index."""
    query = (
        "SELECT name FROM sqlite_master WHERE name = 'request_fts'"
        if db.is_sqlite
        else "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_request_search_trgm'"
    )
    with db.reading() as session:
        assert len(session.execute(text(query)).all()) == 1


@pytest.mark.parametrize("selective", [search_index.SELECTIVE, 3])
def test_every_chip_pages_as_reading_every_record(db, demo, selective, monkeypatch) -> None:
    """Inside a chip each state is walked on its own and the newest of them make the
    page: page after page the same as reading every record."""
    monkeypatch.setattr(search_index, "SELECTIVE", selective)
    for side in Side:
        for group in StateGroup:
            for words in ("", "a", "mann", "b-2025", "zz9q", "%", "a_"):
                expected = _expected(db, side, words, group)
                assert _paged(demo, side, words, group, 7) == expected, (side, group, words)


@pytest.mark.parametrize("cap", [requests_service.HINT_CAP, 4])
def test_the_hint_counts_what_the_chip_hides_up_to_its_cap(db, demo, cap, monkeypatch) -> None:
    """Exact counts up to the cap; past it the count only says "more than the cap"."""
    monkeypatch.setattr(requests_service, "HINT_CAP", cap)
    for side in Side:
        for group in (StateGroup.NEEDS_ACTION, StateGroup.COMPLETE):
            for words in ("a", "mann", "thomas mann", "b-2025", "zz9q", "ab"):
                got = dict(demo.hidden_by_group(side, words, group))
                for other in StateGroup:
                    if other is group:
                        continue
                    n = len(_expected(db, side, words, other))
                    if n <= cap:
                        assert got.get(other, 0) == n, (side, group, words, other)
                    else:
                        assert got[other] > cap, (side, group, words, other)


def test_the_demo_load_leaves_the_index_whole_and_kept_up(db, demo, settings) -> None:
    """The bulk load set the insert trigger (SQLite) or the trigram index (PostgreSQL)
    aside and made it again: the demo is found, and so is a request made afterwards."""
    query = (
        "SELECT sql FROM sqlite_master WHERE name = 'request_fts_insert'"
        if db.is_sqlite
        else "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_request_search_trgm'"
    )
    with db.reading() as session:
        assert len(session.execute(text(query)).all()) == 1
    for words in ("mann", "zauberberg", "b-2025"):
        got = [r.number for r in demo.search(Side.BORROWING, words, limit=10_000)]
        assert got == _expected(db, Side.BORROWING, words, None)
    patron = demo.search(Side.BORROWING, limit=1)[0]
    with db.reading() as session:
        patron_id = session.scalar(select(orm.Request.patron_id).where(orm.Request.id == patron.id))
    made = demo.create_borrowing(
        patron_id=patron_id,
        citation=Citation(title="Quodlibetarian marginalia"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    assert [r.number for r in demo.search(Side.BORROWING, "quodlibetarian")] == [made.row.number]


@pytest.mark.parametrize("sortable", [search_index.SORTABLE, 3])
@pytest.mark.parametrize("first_walk", [search_index.FIRST_WALK, 5])
def test_words_many_records_hold_page_as_reading_every_record(
    db, demo, first_walk, sortable, monkeypatch
) -> None:
    """Words too many records hold to sort: the side's newest rows walked first; when the
    page is not among them, the matches sorted (when not too many) or the whole side
    walked; page after page the same as reading every record, in All and in a queue-free
    patron-free list."""
    monkeypatch.setattr(search_index, "SELECTIVE", 3)
    monkeypatch.setattr(search_index, "FIRST_WALK", first_walk)
    monkeypatch.setattr(search_index, "SORTABLE", sortable)
    for side in Side:
        for words in QUERIES:
            expected = _expected(db, side, words, None)
            assert _paged(demo, side, words, None, 7) == expected, (side, words)


def test_open_chips_walk_the_open_requests_index(db) -> None:
    """Migration 0018's index of the open requests' search text, made on the condition
    the searches say (SQLite takes a partial index only for a query that says it; on
    PostgreSQL a second one holds the long texts); an open chip walks it, Complete not."""
    needs_action = sorted(states_in(Side.BORROWING, StateGroup.NEEDS_ACTION))
    complete = sorted(states_in(Side.BORROWING, StateGroup.COMPLETE))
    with db.reading() as session:
        assert search_index.walks_open_index(session, needs_action)
        assert not search_index.walks_open_index(session, complete)
        if db.is_sqlite:
            made = [
                session.scalar(
                    text("SELECT sql FROM sqlite_master WHERE name = :name"),
                    {"name": search_index.OPEN_INDEX},
                )
            ]
        else:
            made = list(
                session.scalars(
                    text(
                        "SELECT indexdef FROM pg_indexes WHERE indexname LIKE :name "
                        "ORDER BY indexname"
                    ),
                    {"name": search_index.OPEN_INDEX + "%"},
                )
            )
    assert len(made) == (1 if db.is_sqlite else 2)
    if db.is_sqlite:
        assert made[0] is not None and made[0].endswith(search_index.OPEN_CONDITION)
    for sql in made:  # PostgreSQL words the condition its own way
        assert all(f"'{state.value}'" in sql for state in FINISHED), sql


@pytest.mark.parametrize("newest_index", [True, False])
def test_all_walks_every_records_index_page_by_page(db, demo, newest_index, monkeypatch) -> None:
    """Words many records hold, in All: the side walked newest first on migration 0019's
    index of every request's search text (or, without it, the first rows walked and the
    matches sorted); page after page the same as reading every record."""
    monkeypatch.setattr(search_index, "FEWEST", 1)
    monkeypatch.setattr(search_index, "SELECTIVE", 3)
    if not newest_index:
        monkeypatch.setattr(search_index, "walks_newest_index", lambda _session: False)
    for side in Side:
        for words in [*QUERIES, "%", "a_", "\\", "r%t"]:  # LIKE's own signs as letters
            expected = _expected(db, side, words, None)
            assert _paged(demo, side, words, None, 7) == expected, (side, words)
            found = demo.search_page(side, words, None, limit=7)
            assert [r.number for r in found] == expected[:7], (side, words)


def test_all_walks_the_index_alone(db, demo) -> None:
    """The side's walk reads 0019's index, not the table (SQLite's plan says a covering
    index; PostgreSQL has it for texts up to its B-tree limit and a second one for longer)."""
    with db.reading() as session:
        assert search_index.walks_newest_index(session)
        if db.is_sqlite:
            walk = search_index._side_walk_sql(1, False, False)
            plan = " ".join(
                str(row[-1])
                for row in session.execute(
                    text("EXPLAIN QUERY PLAN " + str(walk)),
                    {"side": "borrowing", "w0": "%mann%", "n": 7},
                )
            )
            assert f"COVERING INDEX {search_index.NEWEST_INDEX}" in plan, plan
        else:
            made = list(
                session.scalars(
                    text("SELECT indexname FROM pg_indexes WHERE indexname LIKE :name"),
                    {"name": search_index.NEWEST_INDEX + "%"},
                )
            )
            assert sorted(made) == [search_index.NEWEST_INDEX, search_index.NEWEST_INDEX + "_long"]


def test_few_matches_are_sorted_from_one_look_at_the_trigram_index(db, demo) -> None:
    """A word few records hold: the trigram index is asked once, and the ids it gave are
    sorted (asking it again for the same words took as long again)."""
    with db.transaction() as session:
        number = session.scalars(
            select(orm.Request.number).where(orm.Request.side == Side.BORROWING.value).limit(1)
        ).one()
        session.execute(
            update(orm.Request)
            .where(orm.Request.number == number)
            .values(search_text=f"{number.casefold()} quixotic")
        )
    asked: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        asked.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        for group in (None, StateGroup.COMPLETE):  # All, and a chip of finished states
            asked.clear()
            found = demo.search_page(Side.BORROWING, "quixotic", group, limit=7)
            assert [r.number for r in found] == _expected(db, Side.BORROWING, "quixotic", group)
            # SQLite's trigram table; PostgreSQL's GIN index answers LIKE (its walks and
            # filters say strpos)
            looks = [sql for sql in asked if ("request_fts" if db.is_sqlite else " LIKE ") in sql]
            assert len(looks) == 1, looks
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


@pytest.mark.parametrize("first_walk", [3, 12, search_index.FIRST_WALK])
def test_the_newest_rows_walked_first_give_the_page_long_texts_and_all(
    db, demo, first_walk, monkeypatch
) -> None:
    """Words many records hold, in All: PostgreSQL walks the side's newest rows before it
    asks its trigram index (which makes the bitmap of every match before a LIMIT stops
    it); a page found there is the page, with the texts too long for the short texts'
    index as recent as the last row walked, and page after page as reading every record.
    When the rows walked hold no whole page, the other ways answer."""
    monkeypatch.setattr(search_index, "FIRST_WALK", first_walk)
    answered: list[bool] = []
    walk_first = search_index.page_in_newest_rows

    def seen(*args, **kwargs):
        page = walk_first(*args, **kwargs)
        answered.append(page is not None)
        return page

    monkeypatch.setattr(search_index, "page_in_newest_rows", seen)
    with db.transaction() as session:  # every third of the newest 60 holds the word,
        newest = session.scalars(  # every second of those in a text past the B-tree limit
            select(orm.Request.id, orm.Request.number)
            .where(orm.Request.side == Side.BORROWING.value)
            .order_by(orm.Request.updated_at.desc(), orm.Request.id.desc())
            .limit(60)
        ).all()
        for k, request_id in enumerate(newest):
            if k % 3 == 0:
                padding = " x" * search_index.LONG if k % 2 == 0 else ""
                session.execute(
                    update(orm.Request)
                    .where(orm.Request.id == request_id)
                    .values(search_text=f"r{request_id} quixotic{padding}")
                )
    for words in ("quixotic", "quixotic x", "quix r", "mann"):
        expected = _expected(db, Side.BORROWING, words, None)
        assert _paged(demo, Side.BORROWING, words, None, 4) == expected, words
        found = demo.search_page(Side.BORROWING, words, None, limit=4)
        assert [r.number for r in found] == expected[:4], words
    if db.is_sqlite:
        assert not any(answered)  # SQLite's trigram table is asked first
    else:
        # three rows walked hold no page of four; twelve hold the first
        assert any(answered) == (first_walk > 3)


def test_keystrokes_reuse_the_walks_plans_and_readings_write_nothing(db, demo) -> None:
    """Keystroke after keystroke in a chip and in All: the answers are those of reading
    every record; on PostgreSQL the walks and the page's rows are prepared statements the
    connection keeps from one reading to the next (a reading ends in a commit of a READ
    ONLY transaction, not in a rollback, which would make psycopg forget them), while the
    counts and trigram look-ups are never prepared; and the desk writes as before."""
    for group in (StateGroup.NEEDS_ACTION, None):
        for typed in ("m", "ma", "man", "mann", "mann t"):
            found = demo.search_page(Side.BORROWING, typed, group, limit=7)
            assert [r.number for r in found] == _expected(db, Side.BORROWING, typed, group)[:7], (
                group,
                typed,
            )
            demo.hidden_by_group(Side.BORROWING, typed, group)  # the hint, as the tab asks
    with db.reading() as session:
        if db.is_sqlite:
            kept: list[str] = []
        else:
            kept = list(session.scalars(text("SELECT statement FROM pg_prepared_statements")))
            assert any("updated_at DESC, id DESC LIMIT" in sql for sql in kept), kept
            assert any("citation.title" in sql for sql in kept), kept  # the page's rows
            assert not any("LIKE" in sql for sql in kept), kept  # planned for their words
            assert not any("count(*)" in sql and "LIKE" in sql for sql in kept), kept
        assert session.scalar(select(orm.Request.id).limit(1)) is not None
    if not db.is_sqlite:  # a reading cannot write
        with pytest.raises(Exception, match="read-only"), db.reading() as session:
            session.execute(update(orm.Request).values(queue="x"))
    with db.transaction() as session:  # the pooled connection writes again after readings
        session.execute(update(orm.Request).where(orm.Request.id == 1).values(queue="seen"))
    with db.reading() as session:
        assert session.scalar(select(orm.Request.queue).where(orm.Request.id == 1)) == "seen"


@pytest.mark.postgres
def test_a_prepared_walk_on_a_lost_server_is_said_in_words(pg_cluster, settings) -> None:
    """PostgreSQL's prepared walks run on the driver's own cursor: a server lost in the
    middle of one is still "the database cannot be used" in words, not the driver's
    traceback, and the next keystroke finds its rows on a new connection."""
    from tests.pg_cluster import MIGRATED_TEMPLATE

    db = open_database(pg_cluster.new_database("lost_walk", template=MIGRATED_TEMPLATE))
    generate(db, 400, today=dt.date(2026, 3, 2))
    demo = RequestService(db, settings)
    found = demo.search_page(Side.BORROWING, "a", StateGroup.NEEDS_ACTION, limit=7)
    assert found
    with pytest.raises(DatabaseUnavailable, match="cannot be used"), db.reading() as session:
        pid = session.scalar(text("SELECT pg_backend_pid()"))
        with psycopg.connect(
            host=str(pg_cluster.sock), port=pg_cluster.port, user=pg_cluster.user, dbname="postgres"
        ) as other:
            other.execute("SELECT pg_terminate_backend(%s)", [pid])
        states = [s.value for s in states_in(Side.BORROWING, StateGroup.NEEDS_ACTION)]
        search_index.newest_of_each_state(session, Side.BORROWING.value, states, ["a"], None, 7)
    again = demo.search_page(Side.BORROWING, "a", StateGroup.NEEDS_ACTION, limit=7)
    assert [r.number for r in again] == [r.number for r in found]
    db.dispose()
