"""Routing rules: each condition as a table, first match by priority, the checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.routing import (
    Condition,
    Field,
    Op,
    RequestProfile,
    RoutingRule,
    RuleAction,
    explain,
    first_match,
    holds,
    rule_problems,
)
from illdesk.domain.vocabulary import ServiceType, Side, State

THESIS = RequestProfile(
    side=Side.BORROWING,
    service_type=ServiceType.LOAN,
    state=State.NEW,
    material="thesis",
    patron_category="Faculty",
    partner="",
    cost=Decimal("25.00"),
    created=dt.date(2026, 3, 1),
    today=dt.date(2026, 3, 11),
    year=1987,
    filled=frozenset({"title", "author", "year"}),
)
ARTICLE = RequestProfile(
    side=Side.LENDING,
    service_type=ServiceType.COPY,
    state=State.HOLDINGS_CHECKED,
    material="serial",
    partner="DE-1",
    filled=frozenset({"article_title", "journal", "doi"}),
)


@pytest.mark.parametrize(
    ("condition", "thesis", "article"),
    [
        (Condition(Field.SIDE, Op.ONE_OF, "borrowing"), True, False),
        (Condition(Field.SIDE, Op.NOT_ONE_OF, "borrowing"), False, True),
        (Condition(Field.SERVICE_TYPE, Op.ONE_OF, "copy"), False, True),
        (Condition(Field.MATERIAL, Op.ONE_OF, "thesis, score"), True, False),
        (Condition(Field.MATERIAL, Op.NOT_ONE_OF, "thesis"), False, True),
        (Condition(Field.PATRON_CATEGORY, Op.ONE_OF, "faculty"), True, False),  # any case
        (Condition(Field.PARTNER, Op.ONE_OF, "de-1, US-NPHVC"), False, True),
        (Condition(Field.PARTNER, Op.NOT_ONE_OF, "DE-1"), True, False),
        (Condition(Field.COST, Op.AT_LEAST, "20"), True, False),  # no cost: never at least
        (Condition(Field.COST, Op.AT_MOST, "20"), False, False),
        (Condition(Field.AGE_DAYS, Op.AT_LEAST, "10"), True, False),
        (Condition(Field.AGE_DAYS, Op.AT_LEAST, "11"), False, False),
        (Condition(Field.YEAR, Op.AT_MOST, "1990"), True, False),
        (Condition(Field.YEAR, Op.AT_LEAST, "1990"), False, False),
        (Condition(Field.CITATION_FIELD, Op.PRESENT, "doi"), False, True),
        (Condition(Field.CITATION_FIELD, Op.MISSING, "doi"), True, False),
        (Condition(Field.STATE, Op.ONE_OF, "new"), True, False),
        (Condition(Field.STATE, Op.ONE_OF, "holdings_checked, pulled"), False, True),
    ],
)
def test_each_condition(condition: Condition, thesis: bool, article: bool) -> None:
    assert (holds(condition, THESIS), holds(condition, ARTICLE)) == (thesis, article)


def _rule(priority: int, name: str, *conditions: Condition, enabled: bool = True) -> RoutingRule:
    return RoutingRule(priority, name, conditions, RuleAction.QUEUE, name, enabled)


RULES = [
    _rule(30, "Everything else"),
    _rule(
        10,
        "Old theses",
        Condition(Field.MATERIAL, Op.ONE_OF, "thesis"),
        Condition(Field.YEAR, Op.AT_MOST, "1990"),
    ),
    _rule(20, "Articles", Condition(Field.SERVICE_TYPE, Op.ONE_OF, "copy")),
    _rule(5, "Switched off", enabled=False),
    _rule(20, "Copies from DE-1", Condition(Field.PARTNER, Op.ONE_OF, "DE-1")),
]


@pytest.mark.parametrize(
    ("profile", "wanted"),
    [
        (THESIS, "Old theses"),  # 5 is off; 10 matches before 30
        (ARTICLE, "Articles"),  # two at 20: the one written first
        (RequestProfile(Side.BORROWING, ServiceType.LOAN, State.NEW), "Everything else"),
    ],
)
def test_first_match_by_priority_then_written_order(profile, wanted) -> None:
    rule = first_match(RULES, profile)
    assert rule is not None and rule.name == wanted


def test_no_rule_matches() -> None:
    assert (
        first_match(RULES[1:3], RequestProfile(Side.LENDING, ServiceType.LOAN, State.NEW)) is None
    )


def test_explain_says_why_the_earlier_rules_do_not_apply() -> None:
    verdict = explain(RULES, ARTICLE)
    assert verdict.rule is not None and verdict.rule.name == "Articles"
    assert [(r.name, why) for r, why in verdict.reasons] == [
        ("Switched off", "switched off"),
        ("Old theses", "not so: Material is one of thesis"),
    ]


@pytest.mark.parametrize(
    ("rule", "part"),
    [
        (RoutingRule(1, "", (), RuleAction.QUEUE, "Review"), "name"),
        (RoutingRule(0, "x", (), RuleAction.QUEUE, "Review"), "priority"),
        (RoutingRule(1, "x", (), RuleAction.QUEUE, ""), "value"),
        (RoutingRule(1, "x", (), RuleAction.NEEDED_BY, "soon"), "value"),
        (RoutingRule(1, "x", (), RuleAction.CANCEL, ""), "value"),
        (
            RoutingRule(1, "x", (Condition(Field.COST, Op.ONE_OF, "5"),), RuleAction.QUEUE, "Q"),
            "condition_1",
        ),
        (
            RoutingRule(
                1, "x", (Condition(Field.YEAR, Op.AT_LEAST, "old"),), RuleAction.QUEUE, "Q"
            ),
            "condition_1",
        ),
        (
            RoutingRule(
                1, "x", (Condition(Field.MATERIAL, Op.ONE_OF, "vinyl"),), RuleAction.QUEUE, "Q"
            ),
            "condition_1",
        ),
        (
            RoutingRule(
                1,
                "x",
                (Condition(Field.CITATION_FIELD, Op.PRESENT, "colour"),),
                RuleAction.QUEUE,
                "Q",
            ),
            "condition_1",
        ),
    ],
)
def test_a_rule_that_cannot_be_saved_says_where(rule: RoutingRule, part: str) -> None:
    problems = rule_problems(rule)
    assert list(problems) == [part] and problems[part].endswith(".")


def test_a_good_rule_has_no_problems() -> None:
    rule = RoutingRule(
        10,
        "Old theses",
        (Condition(Field.MATERIAL, Op.ONE_OF, "thesis"),),
        RuleAction.CANCEL,
        "We do not borrow theses before 1990.",
    )
    assert rule_problems(rule) == {}
