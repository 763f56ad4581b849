"""Routing rules in the database: applied on creation and on every state change, first
match by priority; queues and their counts; the "what would apply" check."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.routing import COPYRIGHT_QUEUE, Condition, Field, Op, RoutingRule, RuleAction
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.persistence import orm
from illdesk.services.routing import QueueCount, RoutingService


@pytest.fixture
def routing(db, clock) -> RoutingService:
    return RoutingService(db, clock)


def _borrow(requests, patron, title: str, service_type=ServiceType.LOAN, year: str = ""):
    return requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(
            title=title,
            year=year,
            article_title="An article" if service_type is ServiceType.COPY else "",
            journal="Nature" if service_type is ServiceType.COPY else "",
        ),
        service_type=service_type,
        staff="Ana",
    )


def test_rules_apply_on_creation_first_match_by_priority(routing, requests_service, patron) -> None:
    routing.save_rule(
        RoutingRule(50, "Everything else", (), RuleAction.QUEUE, "To check"), staff="Ana"
    )
    routing.save_rule(
        RoutingRule(
            10,
            "Articles",
            (Condition(Field.SERVICE_TYPE, Op.ONE_OF, "copy"),),
            RuleAction.COPYRIGHT_REVIEW,
        ),
        staff="Ana",
    )
    article = _borrow(requests_service, patron, "Nature 1953", ServiceType.COPY)
    book = _borrow(requests_service, patron, "Middlemarch")
    assert requests_service.detail(article.row.id).row.queue == COPYRIGHT_QUEUE
    assert requests_service.detail(book.row.id).row.queue == "To check"
    history = requests_service.detail(book.row.id).history
    assert [(h.action, h.staff) for h in history] == [("create", "Ana"), ("rule", "rules")]
    assert history[-1].note == "Rule 50 “Everything else” put it in the queue To check."
    assert routing.queue_counts(Side.BORROWING) == [
        QueueCount(COPYRIGHT_QUEUE, 1),
        QueueCount("To check", 1),
    ]
    assert [r.number for r in requests_service.search(Side.BORROWING, queue="To check")] == [
        book.row.number
    ]


def test_a_state_change_takes_it_out_of_its_queue_and_the_rules_decide_again(
    routing, requests_service, patron
) -> None:
    routing.save_rule(
        RoutingRule(
            10, "New ones", (Condition(Field.STATE, Op.ONE_OF, "new"),), RuleAction.QUEUE, "Intake"
        ),
        staff="Ana",
    )
    made = _borrow(requests_service, patron, "Middlemarch")
    assert requests_service.detail(made.row.id).row.queue == "Intake"
    requests_service.perform(made.row.id, Action.VERIFY_CITATION, staff="Ana")
    assert requests_service.detail(made.row.id).row.queue == ""
    assert routing.queue_counts(Side.BORROWING) == []


def test_a_rule_cancels_with_its_reason_and_the_patron_is_told(
    db, routing, requests_service, patron
) -> None:
    routing.save_rule(
        RoutingRule(
            10,
            "No old theses",
            (Condition(Field.YEAR, Op.AT_MOST, "1950"),),
            RuleAction.CANCEL,
            "We do not borrow items this old; ask at the reading room.",
        ),
        staff="Ana",
    )
    old = _borrow(requests_service, patron, "Old thesis", year="1932")
    new = _borrow(requests_service, patron, "New book", year="2021")
    detail = requests_service.detail(old.row.id)
    assert detail.row.state is State.CANCELLED
    last = detail.history[-1]
    assert (last.action, last.staff) == (Action.CANCEL.value, "rules")
    assert "We do not borrow items this old" in last.note and "Rule 10" in last.note
    with db.reading() as session:
        kinds = list(
            session.scalars(select(orm.Notice.kind).where(orm.Notice.request_id == old.row.id))
        )
    assert kinds == ["cancelled"]
    assert requests_service.detail(new.row.id).row.state is State.NEW


def test_a_rule_sets_the_need_by_date_once(routing, requests_service, patron, clock) -> None:
    routing.save_rule(RoutingRule(10, "Two weeks", (), RuleAction.NEEDED_BY, "14"), staff="Ana")
    made = _borrow(requests_service, patron, "Middlemarch")
    detail = requests_service.detail(made.row.id)
    assert detail.row.needed_by == clock.now.date().replace(day=16)
    requests_service.perform(made.row.id, Action.VERIFY_CITATION, staff="Ana")
    assert [h.action for h in requests_service.detail(made.row.id).history].count("rule") == 1


def test_what_would_apply_says_why(routing, requests_service, patron) -> None:
    routing.save_rule(
        RoutingRule(
            5, "Lending", (Condition(Field.SIDE, Op.ONE_OF, "lending"),), RuleAction.QUEUE, "L"
        ),
        staff="Ana",
    )
    rule = routing.save_rule(
        RoutingRule(9, "Off", (), RuleAction.QUEUE, "X", enabled=False), staff="Ana"
    )
    made = _borrow(requests_service, patron, "Middlemarch")
    check = routing.would_apply(made.row.number.lower())
    assert check.rule is None
    assert check.lines == (
        "5 “Lending”: not so: Side is one of lending.",
        "9 “Off”: switched off.",
        "No rule applies: the request waits for staff.",
    )
    routing.save_rule(RoutingRule(9, "On", (), RuleAction.QUEUE, "X", id=rule.id), staff="Ana")
    assert routing.would_apply(made.row.number).lines[-1] == "9 “On” applies: Put in queue: X."
    with pytest.raises(ValidationFailed) as refused:
        routing.save_rule(RoutingRule(1, "", (), RuleAction.QUEUE, ""), staff="Ana")
    assert set(refused.value.problems) == {"name", "value"}


def test_staff_put_a_request_in_a_queue_and_take_it_out(routing, requests_service, patron):
    made = _borrow(requests_service, patron, "Middlemarch")
    assert routing.put_in_queue(made.row.id, "  Ask  the patron ", staff="Ana") == (
        "Put in the queue Ask the patron."
    )
    assert routing.queue_counts(Side.BORROWING) == [QueueCount("Ask the patron", 1)]
    assert routing.put_in_queue(made.row.id, "", staff="Ana") == (
        "Taken out of the queue Ask the patron."
    )
    assert routing.queue_counts(Side.BORROWING) == []


def test_a_rule_deflects_to_our_copy_and_the_patron_reads_why(
    db, routing, requests_service, patron
) -> None:
    routing.save_rule(
        RoutingRule(
            10,
            "We own Middlemarch",
            (Condition(Field.CITATION_FIELD, Op.MISSING, "isbn"),),
            RuleAction.DEFLECT,
            "Our own copy is on the shelf at 823 ELI.",
        ),
        staff="Ana",
    )
    made = _borrow(requests_service, patron, "Middlemarch")
    detail = requests_service.detail(made.row.id)
    assert detail.row.state is State.DEFLECTED_LOCAL
    assert detail.history[-1].staff == "rules"
    with db.reading() as session:
        kinds = list(
            session.scalars(select(orm.Notice.kind).where(orm.Notice.request_id == made.row.id))
        )
    assert kinds == ["cancelled"]
