"""What a transition changes on the request record itself, as a table of handlers.

Each row of :data:`RECORD_CHANGES` says when it applies (an action, or an effect of the
transition) and what it does; the handlers run in table order and return words for the
history ("Asked DE-1.", "Due 2026-04-01.") or "".  Notices and messages to partners are
not here: they leave the desk, and :class:`~illdesk.services.requests.RequestService`
queues them after the record is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from illdesk.domain.vocabulary import Action, Side, State
from illdesk.domain.workflow import Effect, Transition
from illdesk.persistence import orm


@dataclass(frozen=True)
class Change:
    """One transition being carried out."""

    request: orm.Request
    transition: Transition
    note: str
    """What staff typed with the action (its reason), stripped."""
    amount: Decimal | None
    """A charge that came with the action (a lost item's replacement charge), or None."""
    due_date: Callable[[], dt.date]
    """The due date this action sets (asked only when the transition sets one)."""
    given_due_date: dt.date | None = None
    """A date that came with the action (borrowing: the lender's due date)."""
    currency: str = ""
    """The library's currency, for an amount that came with the action."""

    @property
    def action(self) -> Action:
        return self.transition.action


Handler = Callable[[Change], str]


def current_lender(request: orm.Request) -> orm.RotaEntry | None:
    asked = [e for e in request.rota if e.status in ("asked", "supplied")]
    return asked[-1] if asked else None


def next_waiting(request: orm.Request) -> orm.RotaEntry | None:
    return next((e for e in request.rota if e.status == "waiting"), None)


def _ask_next_lender(change: Change) -> str:
    entry = next_waiting(change.request)
    assert entry is not None  # the guard saw one
    entry.status = "asked"
    change.request.partner = entry.partner
    return f"Asked {entry.partner.symbol}."


def _close_current_lender(change: Change) -> str:
    request = change.request
    current = current_lender(request)
    if current is not None:
        current.status = "declined" if change.action is Action.DECLINE_CONDITIONS else "unfilled"
        current.reason = change.note
    if Effect.ADVANCE_ROTA in change.transition.effects:
        entry = next_waiting(request)
        assert entry is not None
        entry.status = "asked"
        request.partner = entry.partner
        request.conditions = ""
        request.offer_cost, request.offer_currency = None, ""  # the last lender's offer
        request.retry_after, request.retry_reason = None, ""
        return f"Moved on to the next lender, {entry.partner.symbol}."
    if request.side == Side.BORROWING.value:
        return "No lender left in the rota."
    return ""


def _lender_supplied(change: Change) -> str:
    """The lender we asked has sent it (or the request is over): the rota says so, not
    "asked" for ever."""
    current = current_lender(change.request)
    if current is not None and current.status == "asked":
        current.status = "supplied"
    return ""


def _supplied(t: Transition) -> bool:
    return t.action in (Action.LENDER_SHIPPED, Action.RECEIVE) or t.target is State.COMPLETE


def _keep_conditions(change: Change) -> str:
    request = change.request
    request.conditions = change.note
    if request.side != Side.LENDING.value:
        return ""
    # our answer: the cost we offer goes to the borrower with the conditions
    request.offer_cost = change.amount
    request.offer_currency = change.currency if change.amount is not None else ""
    if change.amount is None:
        return ""
    return f"Cost offered {change.amount:.2f} {change.currency}."


def _mark_purchased(change: Change) -> str:
    change.request.purchased = True
    return ""


def _replacement_charge(change: Change) -> str:
    if change.amount is None:
        return ""
    change.request.replacement_charge = change.amount
    return f"Replacement charge {change.amount:.2f}."


#: Borrowing actions whose date (from the lender's message, or typed by staff from the
#: lender's slip) is the lender's due date.
LENDER_DATES = frozenset(
    {
        Action.LENDER_SHIPPED,
        Action.RECEIVE,
        Action.RENEWAL_GRANTED,
        Action.RECALL,
        Action.MARK_OVERDUE,
    }
)


def _keep_lender_due_date(change: Change) -> str:
    """The lender's date is the one that counts; the patron's is derived from it."""
    request = change.request
    if request.side != Side.BORROWING.value:
        return ""
    if change.given_due_date is not None and change.action in LENDER_DATES:
        request.lender_due_date = change.given_due_date
        return f"Due to the lender {change.given_due_date}."
    if change.action is Action.RENEWAL_GRANTED:
        request.lender_due_date = None  # renewed without a date: the old one is void
    return ""


def _set_due_date(change: Change) -> str:
    change.request.due_date = change.due_date()
    return f"Due {change.request.due_date.isoformat()}."


def _raise_overdue_level(change: Change) -> str:
    change.request.overdue_level += 1
    return f"Overdue level {change.request.overdue_level}."


def _count_renewal(change: Change) -> str:
    change.request.renewals_used += 1
    return ""


def _clear_overdue(change: Change) -> str:
    change.request.overdue_level = 0
    return ""


def _on(*actions: Action) -> Callable[[Transition], bool]:
    return lambda t: t.action in actions


def _with(effect: Effect) -> Callable[[Transition], bool]:
    return lambda t: effect in t.effects


def _rota_moves(t: Transition) -> bool:
    return Effect.ADVANCE_ROTA in t.effects or t.target is State.UNFILLED


RECORD_CHANGES: tuple[tuple[Callable[[Transition], bool], Handler], ...] = (
    (_on(Action.SEND_TO_LENDER), _ask_next_lender),
    (_rota_moves, _close_current_lender),
    (_supplied, _lender_supplied),
    (_on(Action.LENDER_CONDITIONAL, Action.ANSWER_CONDITIONAL), _keep_conditions),
    (_on(Action.ORDER_PURCHASE), _mark_purchased),
    (_on(Action.MARK_LOST), _replacement_charge),
    (_on(*LENDER_DATES), _keep_lender_due_date),
    (_with(Effect.SET_DUE_DATE), _set_due_date),
    (_on(Action.MARK_OVERDUE), _raise_overdue_level),
    (_on(Action.RENEWAL_GRANTED, Action.GRANT_RENEWAL), _count_renewal),
    (_on(Action.RECEIVE_RETURN, Action.CHECK_IN), _clear_overdue),
)
"""(applies to the transition?, handler) in the order they run."""


def change_record(change: Change) -> str:
    """Run every handler that applies; their words for the history, joined."""
    said = (handler(change) for applies, handler in RECORD_CHANGES if applies(change.transition))
    return " ".join(words for words in said if words)
