"""The rule of five as pure rules: the window, the calendar year, the journal key."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.copyright_rules import (
    CCG,
    CCL,
    CountedRequest,
    RuleOfFive,
    journal_key,
    judge,
    publication_year,
    within_window,
)

RULE = RuleOfFive()


def _r(rid: int, when: dt.datetime, year: int | None = 2024) -> CountedRequest:
    return CountedRequest(rid, when, year)


@pytest.mark.parametrize(
    "pub_year, counted",
    [(2026, True), (2021, True), (2020, False), (1999, False), (2027, True), (None, True)],
)
def test_window_is_five_years_before_the_request(pub_year, counted) -> None:
    assert within_window(pub_year, dt.date(2026, 3, 2), RULE) is counted


def test_window_follows_the_setting() -> None:
    assert within_window(2020, dt.date(2026, 1, 1), RuleOfFive(years=6))
    assert not within_window(2023, dt.date(2026, 1, 1), RuleOfFive(years=2))


def test_sixth_request_in_a_year_is_over_the_limit() -> None:
    base = dt.datetime(2026, 2, 1, 9)
    earlier = [_r(i, base + dt.timedelta(days=i)) for i in range(1, 6)]
    fifth = judge(earlier[-1], earlier, RULE)
    assert (fifth.position, fifth.over_limit, fifth.suggested_compliance()) == (5, False, CCG)
    sixth = judge(_r(6, base + dt.timedelta(days=10)), earlier, RULE)
    assert (sixth.position, sixth.over_limit) == (6, True)
    assert "royalty" in sixth.words()


def test_count_restarts_each_calendar_year() -> None:
    last_year = [_r(i, dt.datetime(2025, 12, 31, 23, 59)) for i in range(1, 9)]
    first = judge(_r(20, dt.datetime(2026, 1, 1, 0, 0)), last_year, RULE)
    assert (first.position, first.year, first.over_limit) == (1, 2026, False)


def test_old_articles_are_not_counted_and_do_not_count_others() -> None:
    when = dt.datetime(2026, 6, 1)
    old = [_r(i, when - dt.timedelta(days=i), 2019) for i in range(1, 10)]
    verdict = judge(_r(50, when, 2024), old, RULE)
    assert verdict.position == 1
    old_one = judge(_r(51, when, 2020), old, RULE)
    assert (old_one.counted, old_one.over_limit, old_one.suggested_compliance()) == (
        False,
        False,
        CCL,
    )
    assert "older than" in old_one.words()


def test_same_moment_orders_by_request_id_and_ignores_itself() -> None:
    when = dt.datetime(2026, 4, 1, 12)
    same = [_r(i, when) for i in range(1, 8)]
    assert [judge(r, same, RULE).position for r in same] == [1, 2, 3, 4, 5, 6, 7]


def test_limit_is_configurable() -> None:
    when = dt.datetime(2026, 4, 1)
    two = [_r(1, when), _r(2, when)]
    assert judge(_r(3, when), two, RuleOfFive(limit=2)).over_limit
    assert not judge(_r(3, when), two, RuleOfFive(limit=3)).over_limit


@pytest.mark.parametrize(
    "issn, journal, key",
    [
        ("0022-0418", "", "issn:0022-0418"),
        ("00220418", "Journal of Documentation", "issn:0022-0418"),
        ("0022-0418 (print)", "x", "issn:0022-0418"),
        ("", "The Journal of  Documentation", "title:journal of documentation"),
        ("1234-5678", "Révue Générale", "title:revue generale"),  # bad check digit -> title
        ("", "", ""),
    ],
)
def test_journal_key(issn, journal, key) -> None:
    assert journal_key(issn, journal) == key


@pytest.mark.parametrize(
    "raw, year",
    [("2024", 2024), ("Spring 2023", 2023), ("2019-2020", 2019), ("n.d.", None), ("", None)],
)
def test_publication_year(raw, year) -> None:
    assert publication_year(raw) == year
