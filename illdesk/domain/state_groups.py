"""The filter chips of the request tabs: which states count as which group."""

from __future__ import annotations

from enum import StrEnum

from illdesk.domain.vocabulary import Side, State
from illdesk.domain.words import N_

S = State


class StateGroup(StrEnum):
    NEEDS_ACTION = "needs_action"
    IN_TRANSIT = "in_transit"
    ON_LOAN = "on_loan"
    OVERDUE = "overdue"
    COMPLETE = "complete"


GROUP_LABELS: dict[StateGroup, str] = {
    StateGroup.NEEDS_ACTION: N_("Needs action"),
    StateGroup.IN_TRANSIT: N_("In transit"),
    StateGroup.ON_LOAN: N_("On loan"),
    StateGroup.OVERDUE: N_("Overdue"),
    StateGroup.COMPLETE: N_("Complete"),
}

FINISHED = frozenset({S.COMPLETE, S.CANCELLED, S.UNFILLED, S.DEFLECTED_LOCAL})
"""States in which a request is over, on either side."""

GROUP_STATES: dict[Side, dict[StateGroup, frozenset[State]]] = {
    Side.BORROWING: {
        StateGroup.NEEDS_ACTION: frozenset(
            {
                S.NEW,
                S.CITATION_VERIFIED,
                S.SOURCING,
                S.CONDITIONAL,
                S.AWAITING_COPYRIGHT,
                S.RECEIVED,
                S.RETURNED_BY_PATRON,
                S.RENEWAL_REQUESTED,
                S.TO_CATALOGUING,
                S.LOST,
                S.DELIVERED,
            }
        ),
        StateGroup.IN_TRANSIT: frozenset(
            {
                S.REQUESTED,
                S.SHIPPED_BY_LENDER,
                S.RETURNED_TO_LENDER,
                S.PURCHASE_ORDERED,
            }
        ),
        StateGroup.ON_LOAN: frozenset({S.AWAITING_PICKUP, S.CHECKED_OUT, S.RECALLED}),
        StateGroup.OVERDUE: frozenset({S.OVERDUE}),
        StateGroup.COMPLETE: FINISHED,
    },
    Side.LENDING: {
        StateGroup.NEEDS_ACTION: frozenset(
            {
                S.NEW,
                S.HOLDINGS_CHECKED,
                S.PULL_SLIP_PRINTED,
                S.PULLED,
                S.SCANNED,
                S.SENT,
                S.LOST,
            }
        ),
        StateGroup.IN_TRANSIT: frozenset({S.SHIPPED, S.RETURNED, S.CONDITIONAL}),
        StateGroup.ON_LOAN: frozenset({S.ON_LOAN, S.RECALLED}),
        StateGroup.OVERDUE: frozenset({S.OVERDUE}),
        StateGroup.COMPLETE: FINISHED,
    },
}


def states_in(side: Side, group: StateGroup) -> frozenset[State]:
    return GROUP_STATES[side][group]


def group_of(side: Side, state: State) -> StateGroup | None:
    for group, states in GROUP_STATES[side].items():
        if state in states:
            return group
    return None
