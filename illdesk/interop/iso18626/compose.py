"""Compose the messages our desk actions send, from our states and actions via the status map.

The service layer calls these with what it knows about a request (who we are, the
partner, the request ids, the new state) and queues the result through
:func:`build.build_message` and the outbox.
"""

from __future__ import annotations

from datetime import datetime

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.interop.iso18626.messages import (
    AgencyId,
    Coded,
    Costs,
    DeliveryInfo,
    Header,
    MessageInfo,
    ReasonForMessage,
    RequestingAgencyMessage,
    Status,
    StatusInfo,
    SupplyingAgencyMessage,
    YesNo,
)
from illdesk.interop.iso18626.status_map import (
    RETRY_REASON_CONDITIONS,
    iso_action_for_borrowing,
    loan_condition_code,
    reason_unfilled_code,
    status_for_lending,
)


def header_for(
    side: Side,
    *,
    us: AgencyId,
    partner: AgencyId,
    requesting_request_id: str,
    now: datetime,
    supplying_request_id: str | None = None,
) -> Header:
    """The header of a message about one request; ``side`` is our side of it."""
    if side is Side.BORROWING:
        supplying, requesting = partner, us
    else:
        supplying, requesting = us, partner
    return Header(supplying, requesting, now, requesting_request_id, "", supplying_request_id)


def status_update(
    header: Header,
    state: State,
    service_type: ServiceType,
    *,
    now: datetime,
    reason: ReasonForMessage = ReasonForMessage.STATUS_CHANGE,
    answer: bool | None = None,
    note: str | None = None,
    unfilled_reason: str | None = None,
    conditions: str | None = None,
    due_date: datetime | None = None,
    item_id: str | None = None,
    offered_costs: Costs | None = None,
    delivery_costs: Costs | None = None,
) -> SupplyingAgencyMessage:
    """The supplying agency message that reports our lending request in ``state``.

    ``reason``/``answer`` make it a RenewResponse or CancelResponse; ``unfilled_reason``
    (staff's words or a code) goes with Unfilled, ``conditions`` with RetryPossible (a
    loan condition named in them also as ``loanCondition``, with ``offered_costs``),
    ``due_date``, ``item_id`` and ``delivery_costs`` (what we charge) with Loaned or
    CopyCompleted.
    """
    status = status_for_lending(state, service_type)
    if status is None:
        raise ValueError(f"Our lending state {state.value} has no ISO 18626 status.")
    reason_unfilled = None
    reason_retry = None
    if status is Status.UNFILLED:
        reason_unfilled = Coded(reason_unfilled_code(unfilled_reason or "Other"))
        note = note or unfilled_reason
    delivery = None
    offer = None
    if status is Status.RETRY_POSSIBLE:
        reason_retry = Coded(RETRY_REASON_CONDITIONS)
        note = note or conditions
        offer = offered_costs
        code = loan_condition_code(conditions or "")
        if code is not None:
            delivery = DeliveryInfo(now, loan_condition=Coded(code))
    if status in (Status.LOANED, Status.COPY_COMPLETED) and state in (State.SHIPPED, State.SENT):
        delivery = DeliveryInfo(now, item_id=item_id, delivery_costs=delivery_costs)
    yes_no = None if answer is None else (YesNo.YES if answer else YesNo.NO)
    return SupplyingAgencyMessage(
        header=header,
        message_info=MessageInfo(
            reason, yes_no, note, reason_unfilled, reason_retry, offered_costs=offer
        ),
        status_info=StatusInfo(status, now, due_date=due_date),
        delivery_info=delivery,
    )


def action_message(
    header: Header, action: Action, *, note: str | None = None
) -> RequestingAgencyMessage:
    """The requesting agency message our borrowing-side ``action`` sends to the lender."""
    iso = iso_action_for_borrowing(action)
    if iso is None:
        raise ValueError(f"The borrowing action {action.value} sends no ISO 18626 action.")
    return RequestingAgencyMessage(header, iso, note)
