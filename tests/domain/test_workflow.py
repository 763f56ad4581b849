"""Every workflow of the slide deck (seeds/003) walked from start to finish through the
state machines, and every illegal action refused with a message."""

from __future__ import annotations

import pytest

from illdesk.domain.errors import IllegalTransition
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import (
    WORKFLOWS,
    Capability,
    Need,
    RequestFacts,
    asks_for,
    capabilities,
    describe_state,
    states_where,
    workflow_for,
)

A, S = Action, State
EASY = RequestFacts(
    has_lender=True,
    has_next_lender=False,
    has_document=True,
    item_tied=True,
    renewals_left=1,
    past_due=True,
)


def walk(side: Side, service: ServiceType, steps, facts: RequestFacts = EASY) -> State:
    workflow = workflow_for(side, service)
    state = State.NEW
    for action, expected in steps:
        assert action in {t.action for t in workflow.legal_actions(state, facts)}, (
            f"{action} should be offered in {state}"
        )
        state = workflow.decide(state, action, facts).target
        assert state is expected, f"{action} led to {state}, expected {expected}"
    return state


def test_borrowing_loan_from_patron_request_to_lender_check_in() -> None:
    final = walk(
        Side.BORROWING,
        ServiceType.LOAN,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.START_SOURCING, S.SOURCING),
            (A.SEND_TO_LENDER, S.REQUESTED),
            (A.LENDER_SHIPPED, S.SHIPPED_BY_LENDER),
            (A.RECEIVE, S.RECEIVED),
            (A.NOTIFY_PATRON, S.AWAITING_PICKUP),
            (A.CHECK_OUT, S.CHECKED_OUT),
            (A.REQUEST_RENEWAL, S.RENEWAL_REQUESTED),
            (A.RENEWAL_GRANTED, S.CHECKED_OUT),
            (A.MARK_OVERDUE, S.OVERDUE),
            (A.CHECK_IN, S.RETURNED_BY_PATRON),
            (A.RETURN_TO_LENDER, S.RETURNED_TO_LENDER),
            (A.LENDER_CHECKED_IN, S.COMPLETE),
        ],
    )
    assert workflow_for(Side.BORROWING, ServiceType.LOAN).is_terminal(final)


def test_borrowing_article_with_copyright_hold_and_delivery() -> None:
    hold = RequestFacts(has_lender=True, copyright_hold=True, has_document=True)
    workflow = workflow_for(Side.BORROWING, ServiceType.COPY)
    state = workflow.decide(S.NEW, A.VERIFY_CITATION, hold).target
    with pytest.raises(IllegalTransition, match="rule of five"):
        workflow.decide(state, A.START_SOURCING, hold)
    state = workflow.decide(state, A.HOLD_FOR_COPYRIGHT, hold).target
    assert state is S.AWAITING_COPYRIGHT
    state = workflow.decide(state, A.CLEAR_COPYRIGHT, hold).target
    assert state is S.CITATION_VERIFIED
    walk(
        Side.BORROWING,
        ServiceType.COPY,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.START_SOURCING, S.SOURCING),
            (A.SEND_TO_LENDER, S.REQUESTED),
            (A.RECEIVE, S.RECEIVED),
            (A.DELIVER, S.DELIVERED),
            (A.DELIVER, S.DELIVERED),  # sent again until the file is purged
            (A.COMPLETE, S.COMPLETE),
        ],
    )


def test_borrowing_article_found_open_access_completes() -> None:
    walk(
        Side.BORROWING,
        ServiceType.COPY,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.MARK_OPEN_ACCESS, S.COMPLETE),
        ],
    )


def test_lending_loan_from_request_to_return() -> None:
    walk(
        Side.LENDING,
        ServiceType.LOAN,
        [
            (A.CHECK_HOLDINGS, S.HOLDINGS_CHECKED),
            (A.PRINT_PULL_SLIP, S.PULL_SLIP_PRINTED),
            (A.PULL, S.PULLED),
            (A.SHIP, S.SHIPPED),
            (A.BORROWER_RECEIVED, S.ON_LOAN),
            (A.GRANT_RENEWAL, S.ON_LOAN),
            (A.RECALL, S.RECALLED),
            (A.BORROWER_SHIPPED_RETURN, S.RETURNED),
            (A.RECEIVE_RETURN, S.COMPLETE),
        ],
    )


def test_lending_article_scanned_and_sent_then_completes_itself() -> None:
    workflow = workflow_for(Side.LENDING, ServiceType.COPY)
    state = walk(
        Side.LENDING,
        ServiceType.COPY,
        [
            (A.CHECK_HOLDINGS, S.HOLDINGS_CHECKED),
            (A.MARK_SCANNED, S.SCANNED),
            (A.SEND_COPY, S.SENT),
        ],
    )
    send = workflow.decide(S.SCANNED, A.SEND_COPY, EASY)
    assert send.then is A.COMPLETE
    assert workflow.decide(state, A.COMPLETE, EASY).target is S.COMPLETE


def test_on_demand_loan_goes_to_cataloguing_instead_of_back_to_a_lender() -> None:
    bought = RequestFacts(purchased=True)
    walk(
        Side.BORROWING,
        ServiceType.LOAN,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.ORDER_PURCHASE, S.PURCHASE_ORDERED),
            (A.RECEIVE, S.RECEIVED),
            (A.NOTIFY_PATRON, S.AWAITING_PICKUP),
            (A.CHECK_OUT, S.CHECKED_OUT),
            (A.CHECK_IN, S.RETURNED_BY_PATRON),
            (A.SEND_TO_CATALOGUING, S.TO_CATALOGUING),
            (A.COMPLETE, S.COMPLETE),
        ],
        bought,
    )
    workflow = workflow_for(Side.BORROWING, ServiceType.LOAN)
    with pytest.raises(IllegalTransition, match="bought"):
        workflow.decide(S.RETURNED_BY_PATRON, A.RETURN_TO_LENDER, bought)


def test_on_demand_article_bought_and_delivered() -> None:
    walk(
        Side.BORROWING,
        ServiceType.COPY,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.ORDER_PURCHASE, S.PURCHASE_ORDERED),
            (A.RECEIVE, S.RECEIVED),
            (A.DELIVER, S.DELIVERED),
            (A.COMPLETE, S.COMPLETE),
        ],
    )


def test_unfilled_moves_down_the_rota_then_ends_unfilled() -> None:
    workflow = workflow_for(Side.BORROWING, ServiceType.LOAN)
    more = RequestFacts(has_lender=True, has_next_lender=True)
    last = RequestFacts(has_lender=False, has_next_lender=False)
    assert workflow.decide(S.REQUESTED, A.LENDER_UNFILLED, more).target is S.REQUESTED
    assert workflow.decide(S.REQUESTED, A.LENDER_UNFILLED, last).target is S.UNFILLED
    assert workflow.decide(S.CONDITIONAL, A.DECLINE_CONDITIONS, last).target is S.UNFILLED


def test_conditional_answer_waits_for_staff() -> None:
    walk(
        Side.BORROWING,
        ServiceType.LOAN,
        [
            (A.VERIFY_CITATION, S.CITATION_VERIFIED),
            (A.START_SOURCING, S.SOURCING),
            (A.SEND_TO_LENDER, S.REQUESTED),
            (A.LENDER_CONDITIONAL, S.CONDITIONAL),
            (A.ACCEPT_CONDITIONS, S.REQUESTED),
        ],
    )


def test_cancel_only_before_shipping() -> None:
    workflow = workflow_for(Side.BORROWING, ServiceType.LOAN)
    assert workflow.decide(S.REQUESTED, A.CANCEL, EASY).target is S.CANCELLED
    with pytest.raises(IllegalTransition, match="not possible while the request is “Checked out”"):
        workflow.decide(S.CHECKED_OUT, A.CANCEL, EASY)


@pytest.mark.parametrize("key", sorted(WORKFLOWS, key=str))
def test_every_illegal_action_is_refused_in_words(key) -> None:
    workflow = WORKFLOWS[key]
    for state in workflow.states:
        legal = {t.action for t in workflow.legal_actions(state, EASY)}
        for action in Action:
            if action in legal:
                continue
            with pytest.raises(IllegalTransition) as refused:
                workflow.decide(state, action, EASY)
            message = str(refused.value)
            assert message.endswith("."), message
            assert "_" not in message, message


@pytest.mark.parametrize("key", sorted(WORKFLOWS, key=str))
def test_every_state_is_reachable_and_named(key) -> None:
    workflow = WORKFLOWS[key]
    reached = {State.NEW}
    frontier = [State.NEW]
    all_facts = [
        RequestFacts(
            has_lender=a,
            has_next_lender=b,
            purchased=c,
            copyright_hold=d,
            has_document=True,
            item_tied=e,
            renewals_left=1,
            past_due=True,
        )
        for a in (True, False)
        for b in (True, False)
        for c in (True, False)
        for d in (True, False)
        for e in (True, False)
    ]
    while frontier:
        state = frontier.pop()
        for facts in all_facts:
            for t in workflow.legal_actions(state, facts):
                if t.target not in reached:
                    reached.add(t.target)
                    frontier.append(t.target)
    assert reached == workflow.states
    for state in workflow.states:
        assert describe_state(state)[0].isupper()


def test_the_design_vocabulary_is_covered() -> None:
    covered = set().union(*(w.states for w in WORKFLOWS.values()))
    assert covered == set(State)


@pytest.mark.parametrize("key", list(WORKFLOWS))
def test_every_capability_names_states_of_its_side(key) -> None:
    """A capability offered in a state the side never reaches would be a typo in the table."""
    side, _ = key
    reachable = set().union(*(w.states for (s, _), w in WORKFLOWS.items() if s is side))
    for capability in Capability:
        assert states_where(side, capability) <= reachable, capability


def test_a_pdf_can_be_attached_while_waiting_for_it_and_resent_after_sending() -> None:
    assert Capability.ATTACH_PDF in capabilities(Side.BORROWING, State.REQUESTED)
    assert Capability.ATTACH_PDF not in capabilities(Side.BORROWING, State.COMPLETE)
    assert capabilities(Side.LENDING, State.SCANNED) >= {Capability.ATTACH_PDF, Capability.SEND_PDF}
    assert Capability.RESEND_PDF not in capabilities(Side.LENDING, State.SCANNED)
    assert Capability.RESEND_PDF in capabilities(Side.LENDING, State.SENT)
    assert Capability.EDIT_ROTA not in capabilities(Side.LENDING, State.NEW)
    assert Capability.REPRINT_SHIPMENT in capabilities(Side.LENDING, State.ON_LOAN)


def test_the_pull_slip_is_offered_only_before_pulling() -> None:
    printable = states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)
    loan = workflow_for(Side.LENDING, ServiceType.LOAN)
    pull = next(t for t in loan.transitions if t.action is Action.PULL)
    assert pull.sources <= printable
    assert State.PULLED not in printable


@pytest.mark.parametrize(
    ("action", "needs", "required"),
    [
        (Action.PULL, [Need.ITEM_BARCODE], [True]),
        (Action.RECEIVE, [Need.DUE_DATE, Need.ITEM_BARCODE], [False, False]),
        (Action.GRANT_RENEWAL, [Need.DUE_DATE], [True]),
        (Action.MARK_LOST, [Need.AMOUNT], [False]),
        (Action.ANSWER_CONDITIONAL, [Need.AMOUNT], [False]),
        (Action.VERIFY_CITATION, [], []),
    ],
)
def test_actions_declare_what_they_ask_for(action, needs, required) -> None:
    asks = asks_for(action)
    assert [a.need for a in asks] == needs
    assert [a.required for a in asks] == required
    assert all(a.label for a in asks)
