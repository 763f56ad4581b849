"""The one table: complete, consistent with the state machines, and safe on illegal input."""

from __future__ import annotations

import pytest

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import WORKFLOWS, workflow_for
from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import (
    ErrorType,
    IsoAction,
    IsoServiceType,
    ReasonForMessage,
    Status,
    YesNo,
)
from illdesk.interop.iso18626.status_map import (
    ACTIONS,
    STATUSES,
    Incoming,
    IncomingError,
    error_confirmation,
    error_for_illegal,
    incoming,
    iso_action_for_borrowing,
    iso_service_type,
    our_service_type,
    reason_unfilled_code,
    reason_unfilled_words,
    status_for_lending,
)
from tests.interop.iso18626_support import corpus_schema, requesting, supplying


def _actions(side: Side) -> set[Action]:
    return {row.action for (s, _), wf in WORKFLOWS.items() if s is side for row in wf.transitions}


def _states(side: Side) -> set[State]:
    return {state for (s, _), wf in WORKFLOWS.items() if s is side for state in wf.states}


def test_every_iso_status_and_action_has_exactly_one_row() -> None:
    assert sorted(r.status for r in STATUSES) == sorted(Status)
    assert sorted(r.action for r in ACTIONS) == sorted(IsoAction)


def test_rows_name_only_actions_and_states_our_machines_know() -> None:
    borrowing, lending = _actions(Side.BORROWING), _actions(Side.LENDING)
    for row in STATUSES:
        assert row.borrowing_action is None or row.borrowing_action in borrowing, row
        assert row.lending_states <= _states(Side.LENDING), row
    for arow in ACTIONS:
        assert arow.lending_action is None or arow.lending_action in lending, arow
        assert arow.borrowing_actions <= borrowing, arow


@pytest.mark.parametrize("service", list(ServiceType))
def test_every_lending_state_reports_at_most_one_status(service: ServiceType) -> None:
    for state in workflow_for(Side.LENDING, service).states:
        matches = [
            r.status for r in STATUSES if state in r.lending_states and service in r.service_types
        ]
        assert len(matches) <= 1, (state, matches)


@pytest.mark.parametrize(
    ("state", "service", "status"),
    [
        (State.NEW, ServiceType.LOAN, Status.REQUEST_RECEIVED),
        (State.HOLDINGS_CHECKED, ServiceType.LOAN, Status.EXPECT_TO_SUPPLY),
        (State.PULLED, ServiceType.LOAN, Status.WILL_SUPPLY),
        (State.CONDITIONAL, ServiceType.LOAN, Status.RETRY_POSSIBLE),
        (State.SHIPPED, ServiceType.LOAN, Status.LOANED),
        (State.ON_LOAN, ServiceType.LOAN, Status.LOANED),
        (State.OVERDUE, ServiceType.LOAN, Status.OVERDUE),
        (State.RECALLED, ServiceType.LOAN, Status.RECALLED),
        (State.UNFILLED, ServiceType.COPY, Status.UNFILLED),
        (State.COMPLETE, ServiceType.LOAN, Status.LOAN_COMPLETED),
        (State.SENT, ServiceType.COPY, Status.COPY_COMPLETED),
        (State.COMPLETE, ServiceType.COPY, Status.COPY_COMPLETED),
        (State.LOST, ServiceType.LOAN, Status.COMPLETED_WITHOUT_RETURN),
        (State.CANCELLED, ServiceType.LOAN, Status.CANCELLED),
    ],
)
def test_lending_state_to_outgoing_status(
    state: State, service: ServiceType, status: Status
) -> None:
    assert status_for_lending(state, service) is status


def test_borrowing_actions_to_outgoing_actions_and_service_types() -> None:
    assert iso_action_for_borrowing(Action.RECEIVE) is IsoAction.RECEIVED
    assert iso_action_for_borrowing(Action.RETURN_TO_LENDER) is IsoAction.SHIPPED_RETURN
    assert iso_action_for_borrowing(Action.REQUEST_RENEWAL) is IsoAction.RENEW
    assert iso_action_for_borrowing(Action.CANCEL) is IsoAction.CANCEL
    assert iso_action_for_borrowing(Action.CHECK_OUT) is None
    assert our_service_type(IsoServiceType.COPY) is ServiceType.COPY
    assert our_service_type(IsoServiceType.COPY_OR_LOAN) is ServiceType.LOAN
    assert iso_service_type(ServiceType.COPY) is IsoServiceType.COPY


def test_reason_unfilled_both_ways() -> None:
    assert reason_unfilled_words("notonshelf") == "Not on the shelf"
    assert reason_unfilled_words("LocalReason42") == "LocalReason42"
    assert reason_unfilled_code("Not on the shelf") == "NotOnShelf"
    assert reason_unfilled_code("The cat sat on it") == "Other"


@pytest.mark.parametrize(
    ("status", "state", "action"),
    [
        (Status.LOANED, State.REQUESTED, Action.LENDER_SHIPPED),
        (Status.UNFILLED, State.REQUESTED, Action.LENDER_UNFILLED),
        (Status.RETRY_POSSIBLE, State.REQUESTED, Action.LENDER_CONDITIONAL),
        (Status.RECALLED, State.CHECKED_OUT, Action.RECALL),
        (Status.OVERDUE, State.CHECKED_OUT, Action.MARK_OVERDUE),
        (Status.LOAN_COMPLETED, State.RETURNED_TO_LENDER, Action.LENDER_CHECKED_IN),
        (Status.CANCELLED, State.REQUESTED, Action.CANCEL),
    ],
)
def test_incoming_status_to_borrowing_action(status: Status, state: State, action: Action) -> None:
    result = incoming(
        supplying(status, reason_unfilled="NotHeld"), Side.BORROWING, ServiceType.LOAN, state
    )
    assert isinstance(result, Incoming) and result.action is action
    if status is Status.UNFILLED:
        assert result.reason == "Not held by the lender"


def test_will_supply_is_recorded_and_conditions_make_it_conditional() -> None:
    plain = incoming(
        supplying(Status.WILL_SUPPLY), Side.BORROWING, ServiceType.LOAN, State.REQUESTED
    )
    assert plain == Incoming(None, note="")
    conditional = incoming(
        supplying(Status.WILL_SUPPLY, loan_condition="LibraryUseOnly"),
        Side.BORROWING,
        ServiceType.LOAN,
        State.REQUESTED,
    )
    assert isinstance(conditional, Incoming)
    assert conditional.action is Action.LENDER_CONDITIONAL
    assert conditional.reason == "LibraryUseOnly"


def test_renew_response_grants_or_refuses() -> None:
    yes = incoming(
        supplying(Status.LOANED, reason=ReasonForMessage.RENEW_RESPONSE, answer=YesNo.YES),
        Side.BORROWING,
        ServiceType.LOAN,
        State.RENEWAL_REQUESTED,
    )
    no = incoming(
        supplying(
            Status.LOANED,
            reason=ReasonForMessage.RENEW_RESPONSE,
            answer=YesNo.NO,
            note="Needed here",
        ),
        Side.BORROWING,
        ServiceType.LOAN,
        State.RENEWAL_REQUESTED,
    )
    assert isinstance(yes, Incoming) and yes.action is Action.RENEWAL_GRANTED
    assert isinstance(no, Incoming) and no.action is Action.RENEWAL_REFUSED
    assert no.reason == "Needed here"


@pytest.mark.parametrize(
    ("action", "state", "ours", "reply"),
    [
        (IsoAction.RECEIVED, State.SHIPPED, Action.BORROWER_RECEIVED, None),
        (IsoAction.SHIPPED_RETURN, State.ON_LOAN, Action.BORROWER_SHIPPED_RETURN, None),
        (IsoAction.CANCEL, State.HOLDINGS_CHECKED, Action.CANCEL, ReasonForMessage.CANCEL_RESPONSE),
        (IsoAction.RENEW, State.ON_LOAN, None, ReasonForMessage.RENEW_RESPONSE),
        (IsoAction.STATUS_REQUEST, State.PULLED, None, ReasonForMessage.STATUS_REQUEST_RESPONSE),
        (IsoAction.NOTIFICATION, State.ON_LOAN, None, None),
    ],
)
def test_incoming_action_to_lending_action(
    action: IsoAction, state: State, ours: Action | None, reply: ReasonForMessage | None
) -> None:
    result = incoming(requesting(action), Side.LENDING, ServiceType.LOAN, state)
    assert isinstance(result, Incoming)
    assert result.action is ours and result.reply is reply


def test_cancel_after_shipping_is_answered_not_applied() -> None:
    result = incoming(requesting(IsoAction.CANCEL), Side.LENDING, ServiceType.LOAN, State.SHIPPED)
    assert result == Incoming(
        None, reply=ReasonForMessage.CANCEL_RESPONSE, note="Too late to cancel."
    )


def test_stale_repeat_is_not_an_error() -> None:
    # "Loaned" arriving after the desk already scanned the item in.
    late = incoming(supplying(Status.LOANED), Side.BORROWING, ServiceType.LOAN, State.RECEIVED)
    assert isinstance(late, Incoming) and late.action is None
    again = incoming(requesting(IsoAction.RECEIVED), Side.LENDING, ServiceType.LOAN, State.ON_LOAN)
    assert isinstance(again, Incoming) and again.action is None
    # the lender confirms a cancel the borrower already applied locally
    confirmed = incoming(
        supplying(Status.CANCELLED, reason=ReasonForMessage.CANCEL_RESPONSE, answer=YesNo.YES),
        Side.BORROWING,
        ServiceType.LOAN,
        State.CANCELLED,
    )
    assert isinstance(confirmed, Incoming) and confirmed.action is None


@pytest.mark.parametrize(
    ("message", "side", "state", "error_type"),
    [
        (
            requesting(IsoAction.RECEIVED),
            Side.LENDING,
            State.NEW,
            ErrorType.UNSUPPORTED_ACTION_TYPE,
        ),
        (
            requesting(IsoAction.SHIPPED_FORWARD),
            Side.LENDING,
            State.ON_LOAN,
            ErrorType.UNSUPPORTED_ACTION_TYPE,
        ),
        (
            supplying(Status.LOANED),
            Side.BORROWING,
            State.CANCELLED,
            ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE,
        ),
        (
            supplying(Status.LOAN_COMPLETED),
            Side.BORROWING,
            State.SOURCING,
            ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE,
        ),
        (supplying(Status.LOANED), Side.LENDING, State.ON_LOAN, ErrorType.UNRECOGNISED_DATA_VALUE),
        (
            requesting(IsoAction.RECEIVED),
            Side.BORROWING,
            State.RECEIVED,
            ErrorType.UNRECOGNISED_DATA_VALUE,
        ),
    ],
)
def test_illegal_incoming_gives_an_error_that_builds_a_valid_confirmation(
    message: object, side: Side, state: State, error_type: ErrorType
) -> None:
    result = incoming(message, side, ServiceType.LOAN, state)  # type: ignore[arg-type]
    assert isinstance(result, IncomingError)
    assert result.error_type is error_type
    assert result.text
    confirmation = error_confirmation(result.error_type, result.text, about=message)  # type: ignore[arg-type]
    assert not confirmation.ok
    build_message(confirmation, corpus_schema())


def test_error_for_illegal_picks_the_error_type_by_message() -> None:
    ram_error = error_for_illegal(requesting(IsoAction.RENEW), "No renewals left.")
    sam_error = error_for_illegal(supplying(Status.RECALLED), "Not borrowed.")
    assert ram_error.error_data is not None and sam_error.error_data is not None
    assert ram_error.error_data.error_type is ErrorType.UNSUPPORTED_ACTION_TYPE
    assert sam_error.error_data.error_type is ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE
    assert ram_error.action is IsoAction.RENEW


@pytest.mark.parametrize("service", list(ServiceType))
def test_every_reportable_lending_state_composes_a_valid_message(service: ServiceType) -> None:
    from datetime import timedelta

    from illdesk.interop.iso18626.compose import header_for, status_update
    from illdesk.interop.iso18626.parse import read_message
    from tests.interop.iso18626_support import BORROWER, LENDER, T0

    head = header_for(
        Side.LENDING,
        us=LENDER,
        partner=BORROWER,
        requesting_request_id="B1-5",
        now=T0,
        supplying_request_id="L2-1",
    )
    assert head.supplying_agency_id == LENDER and head.requesting_agency_id == BORROWER
    reported = 0
    for state in sorted(workflow_for(Side.LENDING, service).states):
        if status_for_lending(state, service) is None:
            with pytest.raises(ValueError):
                status_update(head, state, service, now=T0)
            continue
        message = status_update(
            head,
            state,
            service,
            now=T0,
            unfilled_reason="Not on the shelf",
            conditions="Library use only",
            due_date=T0 + timedelta(days=28),
            item_id="3123",
        )
        back = read_message(build_message(message, corpus_schema()), corpus_schema())
        assert back.verdict == "valid" and back.message == message
        reported += 1
        if state is State.UNFILLED:
            assert message.message_info.reason_unfilled is not None
            assert message.message_info.reason_unfilled.value == "NotOnShelf"
    assert reported >= 5


def test_borrowing_actions_compose_valid_messages() -> None:
    from illdesk.interop.iso18626.compose import action_message, header_for
    from tests.interop.iso18626_support import BORROWER, LENDER, T0

    head = header_for(
        Side.BORROWING, us=BORROWER, partner=LENDER, requesting_request_id="B1-5", now=T0
    )
    for action in (Action.RECEIVE, Action.RETURN_TO_LENDER, Action.REQUEST_RENEWAL, Action.CANCEL):
        message = action_message(head, action, note="from the desk")
        build_message(message, corpus_schema())
    with pytest.raises(ValueError):
        action_message(head, Action.CHECK_OUT)


def test_cancel_response_composes_with_answer() -> None:
    from illdesk.interop.iso18626.compose import header_for, status_update
    from tests.interop.iso18626_support import BORROWER, LENDER, T0

    head = header_for(
        Side.LENDING, us=LENDER, partner=BORROWER, requesting_request_id="B1-5", now=T0
    )
    refused = status_update(
        head,
        State.SHIPPED,
        ServiceType.LOAN,
        now=T0,
        reason=ReasonForMessage.CANCEL_RESPONSE,
        answer=False,
    )
    assert refused.message_info.answer_yes_no is YesNo.NO
    build_message(refused, corpus_schema())
    decision = incoming(refused, Side.BORROWING, ServiceType.LOAN, State.REQUESTED)
    assert isinstance(decision, Incoming) and decision.action is Action.LENDER_SHIPPED
