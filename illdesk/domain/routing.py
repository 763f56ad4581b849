"""Routing rules, as data: which request gets which automatic step.

A rule is a priority, a few conditions on the request and one action, the way ILLiad's
routing rules and Alma's assignment rules work: rules are looked at on creation and on
every state change, lowest priority number first, and the **first** rule whose
conditions all hold applies (the order written down).  A rule with no conditions matches
every request, so it belongs at the end.

The service gathers a :class:`RequestProfile` from the record; this module does no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from illdesk.domain.lending_policy import Material, material_words
from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.domain.words import N_, Sentence, as_sentence, joined


class Field(StrEnum):
    """What a condition looks at."""

    SIDE = "side"
    SERVICE_TYPE = "service_type"
    MATERIAL = "material"
    PATRON_CATEGORY = "patron_category"
    PARTNER = "partner"
    COST = "cost"
    AGE_DAYS = "age_days"
    YEAR = "year"
    CITATION_FIELD = "citation_field"
    STATE = "state"


class Op(StrEnum):
    """How a condition compares; each field takes the ops of its kind (:data:`FIELD_OPS`)."""

    ONE_OF = "one_of"
    NOT_ONE_OF = "not_one_of"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    PRESENT = "present"
    MISSING = "missing"


_LISTS = (Op.ONE_OF, Op.NOT_ONE_OF)
_NUMBERS = (Op.AT_LEAST, Op.AT_MOST)
_PRESENCE = (Op.PRESENT, Op.MISSING)

FIELD_OPS: dict[Field, tuple[Op, ...]] = {
    Field.SIDE: _LISTS,
    Field.SERVICE_TYPE: _LISTS,
    Field.MATERIAL: _LISTS,
    Field.PATRON_CATEGORY: _LISTS,
    Field.PARTNER: _LISTS,
    Field.COST: _NUMBERS,
    Field.AGE_DAYS: _NUMBERS,
    Field.YEAR: _NUMBERS,
    Field.CITATION_FIELD: _PRESENCE,
    Field.STATE: _LISTS,
}

FIELD_WORDS: dict[Field, str] = {
    Field.SIDE: N_("Side"),
    Field.SERVICE_TYPE: N_("Service type"),
    Field.MATERIAL: N_("Material"),
    Field.PATRON_CATEGORY: N_("Patron category"),
    Field.PARTNER: N_("Partner (symbols)"),
    Field.COST: N_("Most the patron pays"),
    Field.AGE_DAYS: N_("Age (days)"),
    Field.YEAR: N_("Publication year"),
    Field.CITATION_FIELD: N_("Citation field"),
    Field.STATE: N_("State"),
}

OP_WORDS: dict[Op, str] = {
    Op.ONE_OF: N_("is one of"),
    Op.NOT_ONE_OF: N_("is none of"),
    Op.AT_LEAST: N_("is at least"),
    Op.AT_MOST: N_("is at most"),
    Op.PRESENT: N_("is filled in"),
    Op.MISSING: N_("is empty"),
}

CITATION_FIELDS: tuple[str, ...] = (
    "title",
    "author",
    "isbn",
    "issn",
    "oclc_number",
    "year",
    "article_title",
    "journal",
    "volume",
    "pages",
    "doi",
    "pmid",
)

_KNOWN_VALUES: dict[Field, frozenset[str]] = {
    Field.SIDE: frozenset(s.value for s in Side),
    Field.SERVICE_TYPE: frozenset(t.value for t in ServiceType),
    Field.MATERIAL: frozenset(m.value for m in Material),
    Field.STATE: frozenset(s.value for s in State),
    Field.CITATION_FIELD: frozenset(CITATION_FIELDS),
}


class RuleAction(StrEnum):
    """What a matching rule does."""

    QUEUE = "queue"
    """Put the request in the named queue."""
    NEEDED_BY = "needed_by"
    """Set the need-by date, that many days ahead, when the request has none."""
    COPYRIGHT_REVIEW = "copyright_review"
    """Put the request in the "Copyright review" queue."""
    NOTIFY_STAFF = "notify_staff"
    """Put the request in the "Staff attention" queue with the rule's words."""
    DEFLECT = "deflect"
    """Deflect to a local copy, with the reason (the patron is told)."""
    CANCEL = "cancel"
    """Cancel, with the reason (the patron is told)."""
    ROTA_TEMPLATE = "rota_template"
    """Fill the lenders not yet asked from the named rota template (borrowing)."""


ACTION_WORDS: dict[RuleAction, str] = {
    RuleAction.QUEUE: N_("Put in queue"),
    RuleAction.NEEDED_BY: N_("Set need-by date (days ahead)"),
    RuleAction.COPYRIGHT_REVIEW: N_("Ask for copyright review"),
    RuleAction.NOTIFY_STAFF: N_("Notify staff"),
    RuleAction.DEFLECT: N_("Deflect to local copy"),
    RuleAction.CANCEL: N_("Cancel"),
    RuleAction.ROTA_TEMPLATE: N_("Use rota template"),
}

COPYRIGHT_QUEUE = "Copyright review"
STAFF_QUEUE = "Staff attention"
MAX_QUEUE_NAME = 60


@dataclass(frozen=True)
class Condition:
    field: Field
    op: Op
    value: str = ""

    def values(self) -> list[str]:
        """A list value as its items, trimmed and compared without case."""
        return [v.strip().casefold() for v in self.value.split(",") if v.strip()]

    def number(self) -> Decimal | None:
        try:
            return Decimal(self.value.strip())
        except InvalidOperation:
            return None

    def describe(self) -> str:
        field, op = as_sentence(FIELD_WORDS[self.field]), as_sentence(OP_WORDS[self.op])
        if self.op in _PRESENCE and not self.value:
            return Sentence(N_("{field} {op}"), field=field, op=op)
        return Sentence(N_("{field} {op} {value}"), field=field, op=op, value=self.value)


@dataclass(frozen=True)
class RequestProfile:
    """What the conditions look at, gathered from the request by the service."""

    side: Side
    service_type: ServiceType
    state: State
    material: str = ""
    patron_category: str = ""
    partner: str = ""
    cost: Decimal | None = None
    created: dt.date | None = None
    today: dt.date | None = None
    year: int | None = None
    filled: frozenset[str] = frozenset()
    """The citation fields that are filled in."""

    @property
    def age_days(self) -> int | None:
        if self.created is None or self.today is None:
            return None
        return (self.today - self.created).days

    def text(self, field: Field) -> str:
        return {
            Field.SIDE: self.side.value,
            Field.SERVICE_TYPE: self.service_type.value,
            Field.MATERIAL: self.material,
            Field.PATRON_CATEGORY: self.patron_category,
            Field.PARTNER: self.partner,
            Field.STATE: self.state.value,
        }.get(field, "")

    def amount(self, field: Field) -> Decimal | None:
        if field is Field.COST:
            return self.cost
        if field is Field.AGE_DAYS:
            return None if self.age_days is None else Decimal(self.age_days)
        if field is Field.YEAR:
            return None if self.year is None else Decimal(self.year)
        return None


def holds(condition: Condition, profile: RequestProfile) -> bool:
    """Whether ``condition`` is true of the request.  A number the request does not have
    (no cost given, no year) never satisfies "at least" or "at most"."""
    op = condition.op
    if op in _PRESENCE:
        present = condition.value.strip().casefold() in profile.filled
        return present if op is Op.PRESENT else not present
    if op in _NUMBERS:
        have, limit = profile.amount(condition.field), condition.number()
        if have is None or limit is None:
            return False
        return have >= limit if op is Op.AT_LEAST else have <= limit
    inside = profile.text(condition.field).casefold() in condition.values()
    return inside if op is Op.ONE_OF else not inside


@dataclass(frozen=True)
class RoutingRule:
    priority: int
    name: str
    conditions: tuple[Condition, ...]
    action: RuleAction
    value: str = ""
    """The queue's name, the days for a need-by date, the reason, the staff's message."""
    enabled: bool = True
    id: int | None = None

    def matches(self, profile: RequestProfile) -> bool:
        return self.enabled and all(holds(c, profile) for c in self.conditions)

    def describe_action(self) -> str:
        words = ACTION_WORDS[self.action]
        if self.action is RuleAction.COPYRIGHT_REVIEW or not self.value:
            return words
        return Sentence(N_("{action}: {value}"), action=as_sentence(words), value=self.value)

    def describe_conditions(self) -> str:
        if not self.conditions:
            return N_("every request")
        return joined(*(c.describe() for c in self.conditions), sep="; ")


def first_match(rules: Iterable[RoutingRule], profile: RequestProfile) -> RoutingRule | None:
    """The rule that applies: the lowest priority number whose conditions all hold
    (equal priorities keep the order given)."""
    ordered = sorted(enumerate(rules), key=lambda pair: (pair[1].priority, pair[0]))
    return next((rule for _i, rule in ordered if rule.matches(profile)), None)


@dataclass(frozen=True)
class Verdict:
    """Why each rule does or does not apply, for the "what would apply" check."""

    rule: RoutingRule | None
    reasons: tuple[tuple[RoutingRule, str], ...]
    """(rule, words) for every rule looked at before the one that applies."""


def explain(rules: Iterable[RoutingRule], profile: RequestProfile) -> Verdict:
    """The rule that would apply and, for every rule before it, the first condition that
    failed (or "switched off")."""
    ordered = [rule for _i, rule in sorted(enumerate(rules), key=lambda p: (p[1].priority, p[0]))]
    reasons: list[tuple[RoutingRule, str]] = []
    for rule in ordered:
        if not rule.enabled:
            reasons.append((rule, N_("switched off")))
            continue
        failed = next((c for c in rule.conditions if not holds(c, profile)), None)
        if failed is None:
            return Verdict(rule, tuple(reasons))
        reasons.append((rule, Sentence(N_("not so: {condition}"), condition=failed.describe())))
    return Verdict(None, tuple(reasons))


def rule_problems(rule: RoutingRule) -> dict[str, str]:
    """What is wrong with a rule, by part, in words; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not rule.name.strip():
        problems["name"] = N_("Give the rule a name staff will recognise in the history.")
    elif len(rule.name.strip()) > 120:
        problems["name"] = N_("A rule's name fits in 120 characters.")
    if not 1 <= rule.priority <= 9999:
        problems["priority"] = N_("The priority is a number from 1 to 9999 (lowest goes first).")
    for number, condition in enumerate(rule.conditions, start=1):
        where = f"condition_{number}"
        if condition.op not in FIELD_OPS[condition.field]:
            problems[where] = Sentence(
                N_("{field_word} cannot be compared with “{op_word}”."),
                field_word=as_sentence(FIELD_WORDS[condition.field]),
                op_word=as_sentence(OP_WORDS[condition.op]),
            )
        elif condition.op in _NUMBERS and condition.number() is None:
            problems[where] = Sentence(
                N_("{field_word}: give a number, not “{value}”."),
                field_word=as_sentence(FIELD_WORDS[condition.field]),
                value=condition.value,
            )
        elif condition.op in _LISTS and not condition.values():
            problems[where] = Sentence(
                N_("{field_word}: give at least one value."),
                field_word=as_sentence(FIELD_WORDS[condition.field]),
            )
        elif condition.op in _PRESENCE and condition.value.strip() not in CITATION_FIELDS:
            problems[where] = N_("Choose which citation field must be filled in or empty.")
        else:
            known = _KNOWN_VALUES.get(condition.field)
            if known is not None and condition.op in _LISTS:
                unknown = [v for v in condition.values() if v not in known]
                if unknown:
                    problems[where] = Sentence(
                        N_("{field_word}: “{unknown}” is not one of {items}."),
                        field_word=as_sentence(FIELD_WORDS[condition.field]),
                        unknown=unknown[0],
                        items=", ".join(sorted(known)),
                    )
    value = rule.value.strip()
    if rule.action is RuleAction.QUEUE and not value:
        problems["value"] = N_("Name the queue the request goes to.")
    if rule.action is RuleAction.QUEUE and len(value) > MAX_QUEUE_NAME:
        problems["value"] = Sentence(
            N_("A queue's name fits in {max_queue_name} characters."), max_queue_name=MAX_QUEUE_NAME
        )
    if rule.action is RuleAction.NEEDED_BY and not (value.isdigit() and 1 <= int(value) <= 365):
        problems["value"] = N_("Give the days from today to the need-by date (1 to 365).")
    if rule.action in (RuleAction.DEFLECT, RuleAction.CANCEL) and not value:
        problems["value"] = N_("Give the reason the patron will read.")
    if rule.action is RuleAction.ROTA_TEMPLATE and not value:
        problems["value"] = N_("Name the rota template to use.")
    if rule.action is RuleAction.NOTIFY_STAFF and not value:
        problems["value"] = N_("Write what staff should be told.")
    if len(value) > 500:
        problems["value"] = N_("Keep it under 500 characters.")
    return problems


def value_words(field: Field, value: str) -> str:
    """A stored value in words for the screen (materials by name)."""
    if field is Field.MATERIAL:
        return ", ".join(material_words(v.strip()) for v in value.split(",") if v.strip())
    return value
