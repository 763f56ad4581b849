"""Routing rules kept in the database, the queues they (and staff) fill, and what a rule
does to a request.

Which rule applies is the domain's (``domain.routing``): lowest priority first, first
match.  :class:`~illdesk.services.requests.RequestService` asks :func:`route` after a
request is created and after every state change, in the same transaction; a rule that
deflects or cancels takes that workflow action there too (its own history row).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.routing import (
    CITATION_FIELDS,
    COPYRIGHT_QUEUE,
    MAX_QUEUE_NAME,
    STAFF_QUEUE,
    Condition,
    Field,
    Op,
    RequestProfile,
    RoutingRule,
    RuleAction,
    Verdict,
    explain,
    rule_problems,
)
from illdesk.domain.state_groups import FINISHED
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.domain.workflow import Capability, states_where
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.read_rows import RowsAsValues

Clock = Callable[[], dt.datetime]
RULES_STAFF = "rules"
"""Who the history names for what a rule did."""

_YEAR = re.compile(r"(1[5-9]|20)\d\d")


def rules_in(session: Session) -> list[RoutingRule]:
    """Every rule, in priority order (then the order they were written), as the database
    holds them now: every action asks, so the rows are read as plain rows and parsed only
    when they changed (see :mod:`illdesk.services.read_rows`)."""
    return list(_RULES.read(session))


def _rule(row: orm.RoutingRuleRow | Row[Any]) -> RoutingRule:
    try:
        raw = json.loads(row.conditions or "[]")
        conditions = tuple(Condition(Field(c[0]), Op(c[1]), str(c[2])) for c in raw)
    except (ValueError, TypeError, IndexError):
        conditions = ()  # unreadable: the rule is kept but switched off below
        return RoutingRule(row.priority, row.name, conditions, RuleAction(row.action), "", False)
    return RoutingRule(
        row.priority, row.name, conditions, RuleAction(row.action), row.value, row.enabled, row.id
    )


_TABLE = orm.RoutingRuleRow.__table__
_RULES = RowsAsValues(select(_TABLE).order_by(_TABLE.c.priority, _TABLE.c.id), _rule)


def profile_of(request: orm.Request, today: dt.date) -> RequestProfile:
    """What the rules' conditions look at, from the record."""
    citation = request.citation
    filled = frozenset(name for name in CITATION_FIELDS if str(getattr(citation, name, "")).strip())
    year_match = _YEAR.search(citation.year or "")
    return RequestProfile(
        side=Side(request.side),
        service_type=ServiceType(request.service_type),
        state=State(request.state),
        material=request.material,
        patron_category=request.patron.category if request.patron is not None else "",
        partner=request.partner.symbol if request.partner is not None else "",
        cost=request.max_cost,
        created=request.created_at.date() if request.created_at else None,
        today=today,
        year=int(year_match.group(0)) if year_match else None,
        filled=filled,
    )


def note_event(request: orm.Request, now: dt.datetime, staff: str, action: str, note: str) -> None:
    """A history row that changes no state (a rule's or a timer's doing)."""
    request.events.append(
        orm.RequestEvent(
            at=now,
            staff=staff,
            action=action,
            from_state=request.state,
            to_state=request.state,
            note=note,
        )
    )


_ROTA_STATES = states_where(Side.BORROWING, Capability.EDIT_ROTA)
Take = Callable[[Action, str], bool]
"""Takes a workflow action with a reason when it is legal now; False when it is not."""


def carry_out(
    request: orm.Request,
    rule: RoutingRule,
    now: dt.datetime,
    take: Take,
    fill: Callable[[str], str] = lambda _name: "",
) -> str | None:
    """Do what ``rule`` says to ``request``; words for the history, or None when it
    changed nothing (already in that queue, a need-by date already set)."""
    who = f"Rule {rule.priority} “{rule.name}”"
    action = rule.action
    if action in (RuleAction.QUEUE, RuleAction.COPYRIGHT_REVIEW, RuleAction.NOTIFY_STAFF):
        queue = {
            RuleAction.COPYRIGHT_REVIEW: COPYRIGHT_QUEUE,
            RuleAction.NOTIFY_STAFF: STAFF_QUEUE,
        }.get(action, rule.value.strip()[:MAX_QUEUE_NAME])
        if request.queue == queue:
            return None
        request.queue = queue
        said = f": {rule.value.strip()}" if action is RuleAction.NOTIFY_STAFF else ""
        note_event(request, now, RULES_STAFF, "rule", f"{who} put it in the queue {queue}{said}.")
        return queue
    if action is RuleAction.NEEDED_BY:
        if request.needed_by is not None or not rule.value.strip().isdigit():
            return None
        request.needed_by = now.date() + dt.timedelta(days=int(rule.value))
        note_event(request, now, RULES_STAFF, "rule", f"{who}: needed by {request.needed_by}.")
        return "needed_by"
    if action is RuleAction.ROTA_TEMPLATE:
        if State(request.state) not in _ROTA_STATES:
            return None
        words = fill(rule.value.strip())
        if not words:
            return None
        note_event(request, now, RULES_STAFF, "rule", f"{who}: {words}")
        return "rota"
    wanted = Action.DEFLECT_LOCAL if action is RuleAction.DEFLECT else Action.CANCEL
    if State(request.state) in FINISHED:
        return None
    return wanted.value if take(wanted, f"{rule.value.strip()} ({who})") else None


def _stored(conditions: tuple[Condition, ...]) -> str:
    return json.dumps([[c.field.value, c.op.value, c.value.strip()] for c in conditions])


@dataclass(frozen=True)
class RuleRow:
    """A rule as the rules table shows it."""

    rule: RoutingRule
    conditions: str
    action: str
    updated: str


@dataclass(frozen=True)
class QueueCount:
    name: str
    count: int


@dataclass(frozen=True)
class WouldApply:
    """The "what would apply to this request" check, in words."""

    number: str
    rule: RoutingRule | None
    lines: tuple[str, ...]


class RoutingService:
    """Staff's routing rules and queues: one public method per thing staff do."""

    def __init__(self, db: Database, clock: Clock = dt.datetime.now) -> None:
        self._db = db
        self._clock = clock

    # -- rules ---------------------------------------------------------------------------
    def rules(self) -> list[RuleRow]:
        with self._db.reading() as session:
            rows = list(
                session.scalars(
                    select(orm.RoutingRuleRow).order_by(
                        orm.RoutingRuleRow.priority, orm.RoutingRuleRow.id
                    )
                )
            )
            return [
                RuleRow(
                    rule=(rule := _rule(row)),
                    conditions=rule.describe_conditions(),
                    action=rule.describe_action(),
                    updated=f"{row.updated_at:%Y-%m-%d} {row.updated_by}".strip(),
                )
                for row in rows
            ]

    def rules_in(self, session: Session) -> list[RoutingRule]:
        """For the request service: the rules, read in the action's own transaction."""
        return rules_in(session)

    def save_rule(self, rule: RoutingRule, *, staff: str) -> RoutingRule:
        """Add a rule, or change the one with ``rule.id``."""
        problems = rule_problems(rule)
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            row = (
                session.get(orm.RoutingRuleRow, rule.id)
                if rule.id is not None
                else orm.RoutingRuleRow()
            )
            if row is None:
                raise NotFound(N_("That rule was deleted at another desk."))
            row.priority = rule.priority
            row.name = rule.name.strip()
            row.enabled = rule.enabled
            row.conditions = _stored(rule.conditions)
            row.action = rule.action.value
            row.value = rule.value.strip()
            row.updated_at = self._clock()
            row.updated_by = staff
            session.add(row)
            session.flush()
            return _rule(row)

    def delete_rule(self, rule_id: int) -> None:
        with self._db.transaction() as session:
            row = session.get(orm.RoutingRuleRow, rule_id)
            if row is not None:
                session.delete(row)

    def would_apply(self, number: str) -> WouldApply:
        """Which rule would apply to the request with ``number`` now, and why the rules
        before it do not."""
        with self._db.reading() as session:
            request = session.scalars(
                select(orm.Request).where(orm.Request.number == number.strip().upper())
            ).first()
            if request is None:
                raise NotFound(
                    Sentence(
                        N_("No request has the number {number}."),
                        number=number.strip() or as_sentence(N_("(empty)")),
                    )
                )
            verdict: Verdict = explain(rules_in(session), profile_of(request, self._clock().date()))
            lines: list[str] = [
                Sentence(
                    N_("{priority} “{name}”: {why}."),
                    priority=rule.priority,
                    name=rule.name,
                    why=as_sentence(why),
                )
                for rule, why in verdict.reasons
            ]
            if verdict.rule is None:
                lines.append(N_("No rule applies: the request waits for staff."))
            else:
                lines.append(
                    Sentence(
                        N_("{priority} “{name}” applies: {action}."),
                        priority=verdict.rule.priority,
                        name=verdict.rule.name,
                        action=as_sentence(verdict.rule.describe_action()),
                    )
                )
            return WouldApply(request.number, verdict.rule, tuple(lines))

    # -- queues --------------------------------------------------------------------------
    def queue_counts(self, side: Side) -> list[QueueCount]:
        """Every queue that holds a request of ``side``, with how many, by name."""
        with self._db.reading() as session:
            # the queue index alone finds the few queued requests ("> ''", no side: a
            # condition on the side would have the whole side walked instead)
            rows = session.execute(
                select(orm.Request.queue, orm.Request.side, func.count())
                .where(orm.Request.queue > "")
                .group_by(orm.Request.queue, orm.Request.side)
                .order_by(orm.Request.queue)
            ).all()
            return [QueueCount(name, int(n)) for name, of, n in rows if of == side.value]

    def put_in_queue(
        self, request_id: int, queue: str, *, staff: str, expected_version: int | None = None
    ) -> str:
        """Staff put a request in a queue ("" takes it out); returns the words said."""
        name = " ".join(queue.split())
        if len(name) > MAX_QUEUE_NAME:
            raise ValidationFailed(
                {"queue": f"A queue's name fits in {MAX_QUEUE_NAME} characters."}
            )
        with self._db.transaction() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            if expected_version is not None and request.version != expected_version:
                raise ValidationFailed(
                    {"queue": f"{request.number} was changed at another desk: reload it first."}
                )
            if request.queue == name:
                return ""
            words = (
                f"Put in the queue {name}." if name else f"Taken out of the queue {request.queue}."
            )
            request.queue = name
            request.updated_at = self._clock()
            request.updated_by = staff
            note_event(request, self._clock(), staff, "queue", words)
            return words
