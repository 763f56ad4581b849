"""ISO 18626 words <-> illdesk states and actions, in ONE table, both directions.

* ``STATUSES``: a supplying agency status, the borrowing-side :class:`Action` an
  incoming message with that status applies, and the lending-side states in
  which we report that status.
* ``ACTIONS``: a requesting agency action, the lending-side :class:`Action` an
  incoming message applies, and the borrowing-side actions that make us send it.
* ``SERVICE_TYPES`` and ``REASONS_UNFILLED``: the smaller vocabularies.

:func:`incoming` decides what an incoming message means for a request in a
given state without touching any database; an illegal message yields an
:class:`IncomingError` that :func:`error_confirmation` turns into the ISO 18626
error answer (never a crash).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import describe_state, workflow_for
from illdesk.interop.iso18626.messages import (
    Coded,
    Confirmation,
    ConfirmationHeader,
    Echo,
    ErrorData,
    ErrorType,
    Header,
    IsoAction,
    IsoServiceType,
    Message,
    MessageKind,
    MessageStatus,
    ReasonForMessage,
    Request,
    RequestingAgencyMessage,
    RequestType,
    Status,
    SupplyingAgencyMessage,
    YesNo,
)

S = State
A = Action
LOAN = frozenset({ServiceType.LOAN})
COPY = frozenset({ServiceType.COPY})
BOTH = LOAN | COPY


@dataclass(frozen=True)
class StatusRow:
    status: Status
    borrowing_action: Action | None
    """Applied to our borrowing request when a lender sends this status (None: record only)."""
    lending_states: frozenset[State]
    """Our lending request in one of these states is reported to the borrower as ``status``."""
    service_types: frozenset[ServiceType]
    words: str


@dataclass(frozen=True)
class ActionRow:
    action: IsoAction
    lending_action: Action | None
    """Applied to our lending request when the borrower sends this action (None: no change)."""
    borrowing_actions: frozenset[Action]
    """Taking one of these on our borrowing request sends this action to the lender."""
    reply: ReasonForMessage | None
    """The supplying agency message the lender owes in answer (sent by staff or the service)."""
    supported: bool
    words: str


def _s(
    status: Status,
    action: Action | None,
    states: tuple[State, ...],
    services: frozenset[ServiceType],
    words: str,
) -> StatusRow:
    return StatusRow(status, action, frozenset(states), services, words)


STATUSES: tuple[StatusRow, ...] = (
    _s(Status.REQUEST_RECEIVED, None, (S.NEW,), BOTH, "The lender received the request."),
    _s(
        Status.EXPECT_TO_SUPPLY,
        None,
        (S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED),
        BOTH,
        "The lender expects to supply it.",
    ),
    _s(Status.WILL_SUPPLY, None, (S.PULLED, S.SCANNED), BOTH, "The lender will supply it."),
    _s(
        Status.RETRY_POSSIBLE,
        A.LENDER_CONDITIONAL,
        (S.CONDITIONAL,),
        BOTH,
        "The lender sets conditions (retry possible).",
    ),
    _s(
        Status.LOANED,
        A.LENDER_SHIPPED,
        (S.SHIPPED, S.ON_LOAN, S.RETURNED),
        LOAN,
        "The lender has sent the item on loan.",
    ),
    _s(Status.OVERDUE, A.MARK_OVERDUE, (S.OVERDUE,), LOAN, "The loan is overdue."),
    _s(Status.RECALLED, A.RECALL, (S.RECALLED,), LOAN, "The lender recalls the item."),
    _s(Status.UNFILLED, A.LENDER_UNFILLED, (S.UNFILLED,), BOTH, "The lender cannot supply it."),
    _s(
        Status.COPY_COMPLETED,
        A.LENDER_SHIPPED,
        (S.SENT, S.COMPLETE),
        COPY,
        "The lender has sent the copy.",
    ),
    _s(
        Status.LOAN_COMPLETED,
        A.LENDER_CHECKED_IN,
        (S.COMPLETE,),
        LOAN,
        "The lender has checked the item back in.",
    ),
    _s(
        Status.COMPLETED_WITHOUT_RETURN,
        A.COMPLETE,
        (S.LOST,),
        LOAN,
        "The loan is closed without the item coming back.",
    ),
    _s(Status.CANCELLED, A.CANCEL, (S.CANCELLED,), BOTH, "The request is cancelled."),
)


def _a(
    action: IsoAction,
    lending: Action | None,
    borrowing: tuple[Action, ...],
    reply: ReasonForMessage | None,
    words: str,
    *,
    supported: bool = True,
) -> ActionRow:
    return ActionRow(action, lending, frozenset(borrowing), reply, supported, words)


ACTIONS: tuple[ActionRow, ...] = (
    _a(
        IsoAction.RECEIVED,
        A.BORROWER_RECEIVED,
        (A.RECEIVE,),
        None,
        "The borrower received the item.",
    ),
    _a(
        IsoAction.SHIPPED_RETURN,
        A.BORROWER_SHIPPED_RETURN,
        (A.RETURN_TO_LENDER,),
        None,
        "The borrower shipped the item back.",
    ),
    _a(
        IsoAction.CANCEL,
        A.CANCEL,
        (A.CANCEL, A.DECLINE_CONDITIONS),
        ReasonForMessage.CANCEL_RESPONSE,
        "The borrower asks to cancel.",
    ),
    _a(
        IsoAction.RENEW,
        None,
        (A.REQUEST_RENEWAL,),
        ReasonForMessage.RENEW_RESPONSE,
        "The borrower asks to renew; staff grant or refuse.",
    ),
    _a(
        IsoAction.STATUS_REQUEST,
        None,
        (),
        ReasonForMessage.STATUS_REQUEST_RESPONSE,
        "The borrower asks for the current status.",
    ),
    _a(IsoAction.NOTIFICATION, None, (), None, "The borrower sends a note."),
    _a(
        IsoAction.SHIPPED_FORWARD,
        None,
        (),
        None,
        "The borrower forwarded the item to another library.",
        supported=False,
    ),
)

SERVICE_TYPES: tuple[tuple[IsoServiceType, ServiceType], ...] = (
    (IsoServiceType.LOAN, ServiceType.LOAN),
    (IsoServiceType.COPY, ServiceType.COPY),
    (IsoServiceType.COPY_OR_LOAN, ServiceType.LOAN),  # incoming only: we lend what we hold
)

REASONS_UNFILLED: tuple[tuple[str, str], ...] = (
    ("NotHeld", "Not held by the lender"),
    ("NotOnShelf", "Not on the shelf"),
    ("OnLoan", "On loan to someone else"),
    ("InProcess", "Being processed"),
    ("NonCirculating", "Does not circulate"),
    ("NotAvailableForILL", "Not available for interlibrary loan"),
    ("Lost", "Lost"),
    ("Damaged", "Too damaged to lend"),
    ("AtBindery", "At the bindery"),
    ("NotFoundAsCited", "Not found as cited"),
    ("PolicyProblem", "The lending policy does not allow it"),
    ("CostExceedsMaxCost", "The cost exceeds the maximum"),
    ("Other", "Other reason"),
)

LOAN_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("LibraryUseOnly", "Library use only"),
    ("NoReproduction", "No copying or scanning"),
    ("SignatureRequired", "Signature required on receipt"),
    ("SpecCollSupervReq", "Use under special-collections supervision"),
    ("WatchLibraryUseOnly", "Library use only, watched"),
)

REASONS_RETRY: tuple[tuple[str, str], ...] = (
    ("AtBindery", "At the bindery; ask again later"),
    ("CostExceedsMaxCost", "The cost exceeds your maximum"),
    ("LoanCondition", "Conditions apply"),
    ("MustMeetLoanCondition", "You must agree to the lender's conditions"),
    ("MultiVolAvail", "Several volumes: say which"),
    ("NotCurrentAvailableForILL", "Not available for ILL now"),
    ("NotFoundAsCited", "Not found as cited"),
    ("OnLoan", "On loan; ask again later"),
    ("OnOrder", "On order; ask again later"),
    ("ReqDelivMethodNotSupp", "The delivery method asked for is not supported"),
    ("ReqEditionNotPossible", "That edition is not possible"),
)


def loan_condition_words(code: str) -> str:
    """``NoReproduction`` -> ``No copying or scanning (NoReproduction)``; unknown as sent."""
    return _coded_words(code, LOAN_CONDITIONS)


def loan_condition_code(words: str) -> str | None:
    """The ISO 18626 loan condition staff's words name ("Library use only, no copies",
    "NoReproduction"): the longest code or wording found in them; None when they name
    none of the list."""
    text = " ".join(words.casefold().replace("-", " ").split())
    squashed = text.replace(" ", "")
    found = [
        (len(code), code) for code, _label in LOAN_CONDITIONS if code.casefold() in squashed
    ] + [(len(label), code) for code, label in LOAN_CONDITIONS if label.casefold() in text]
    return max(found)[1] if found else None


def reason_retry_words(code: str) -> str:
    return _coded_words(code, REASONS_RETRY)


def _coded_words(code: str, table: tuple[tuple[str, str], ...]) -> str:
    value = code.strip()
    for known, words in table:
        if known.lower() == value.lower():
            return f"{words} ({known})"
    return value


RETRY_REASON_CONDITIONS = "LoanCondition"
"""``reasonRetry`` we send with RetryPossible when staff answer with conditions."""


# -- lookups --------------------------------------------------------------------------------

_BY_STATUS = {row.status: row for row in STATUSES}
_BY_ACTION = {row.action: row for row in ACTIONS}


def status_row(status: Status) -> StatusRow:
    return _BY_STATUS[status]


def action_row(action: IsoAction) -> ActionRow:
    return _BY_ACTION[action]


def our_service_type(iso: IsoServiceType | None) -> ServiceType:
    for theirs, ours in SERVICE_TYPES:
        if theirs is iso:
            return ours
    return ServiceType.LOAN


def iso_service_type(ours: ServiceType) -> IsoServiceType:
    return IsoServiceType.COPY if ours is ServiceType.COPY else IsoServiceType.LOAN


def status_for_lending(state: State, service_type: ServiceType) -> Status | None:
    """The status we report for our lending request in ``state`` (None: nothing to report)."""
    for row in STATUSES:
        if state in row.lending_states and service_type in row.service_types:
            return row.status
    return None


def iso_action_for_borrowing(action: Action) -> IsoAction | None:
    """The requesting agency action our borrowing-side ``action`` sends to the lender."""
    for row in ACTIONS:
        if action in row.borrowing_actions:
            return row.action
    return None


def borrowing_sends_request(action: Action) -> RequestType | None:
    """Borrowing actions answered with a whole new ``request`` rather than an action."""
    if action is A.SEND_TO_LENDER:
        return RequestType.NEW
    if action is A.ACCEPT_CONDITIONS:
        return RequestType.RETRY
    if action is A.LENDER_UNFILLED:
        return RequestType.NEW  # the rota advanced: a new request to the next lender
    return None


def reason_unfilled_words(code: Coded | str | None) -> str:
    """Words for a reasonUnfilled code (an open list: unknown codes are shown as sent)."""
    if code is None:
        return "No reason given"
    value = code.value if isinstance(code, Coded) else code
    for known, words in REASONS_UNFILLED:
        if known.lower() == value.strip().lower():
            return words
    return value.strip() or "No reason given"


def reason_unfilled_code(reason: str) -> str:
    """The code for staff's reason: a known code or its words map back, anything else is Other."""
    wanted = reason.strip().lower()
    for code, words in REASONS_UNFILLED:
        if wanted in (code.lower(), words.lower()):
            return code
    return "Other"


# -- incoming messages ----------------------------------------------------------------------


@dataclass(frozen=True)
class Incoming:
    """What an incoming message asks of our request."""

    action: Action | None
    """The transition to take; None when the message is only recorded."""
    reason: str | None = None
    """The reason text for transitions that need one (unfilled, conditions, cancel)."""
    reply: ReasonForMessage | None = None
    """A supplying agency message we owe in answer (lending side)."""
    note: str = ""


@dataclass(frozen=True)
class IncomingError:
    error_type: ErrorType
    text: str


def incoming(
    message: SupplyingAgencyMessage | RequestingAgencyMessage,
    side: Side,
    service_type: ServiceType,
    state: State,
) -> Incoming | IncomingError:
    """What ``message`` means for our request (``side``, ``service_type``) now in ``state``.

    Only the state is checked here (is the action possible from this state at all?);
    guards that need more facts are checked by the service, which turns an
    ``IllegalTransition`` into :func:`error_for_illegal`.
    """
    if isinstance(message, SupplyingAgencyMessage):
        if side is not Side.BORROWING:
            return IncomingError(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                "That request is one we lend, not one we borrowed.",
            )
        return _incoming_status(message, service_type, state)
    if side is not Side.LENDING:
        return IncomingError(
            ErrorType.UNRECOGNISED_DATA_VALUE, "That request is one we borrowed, not one we lend."
        )
    return _incoming_action(message, service_type, state)


def _legal_from(side: Side, service_type: ServiceType, state: State, action: Action) -> bool:
    return any(row.action is action for row in workflow_for(side, service_type).candidates(state))


def _incoming_status(
    message: SupplyingAgencyMessage, service_type: ServiceType, state: State
) -> Incoming | IncomingError:
    info = message.message_info
    note = info.note or ""
    if message.status is None:
        return Incoming(None, note=note)
    row = status_row(message.status)
    action = row.borrowing_action
    reason: str | None = None
    if (
        message.status is Status.WILL_SUPPLY
        and message.delivery_info is not None
        and message.delivery_info.loan_condition is not None
    ):
        action, reason = A.LENDER_CONDITIONAL, message.delivery_info.loan_condition.value
    elif message.status is Status.UNFILLED:
        reason = reason_unfilled_words(info.reason_unfilled)
    elif message.status is Status.RETRY_POSSIBLE:
        reason = (info.reason_retry.value if info.reason_retry else None) or note or "Conditions"
    elif message.status is Status.CANCELLED:
        reason = note or "Cancelled by the lender"
        if (
            info.reason_for_message is ReasonForMessage.CANCEL_RESPONSE
            and info.answer_yes_no is YesNo.NO
        ):
            return Incoming(None, note=note or "The lender refused to cancel.")
    if info.reason_for_message is ReasonForMessage.RENEW_RESPONSE:
        if state is S.RENEWAL_REQUESTED:
            granted = info.answer_yes_no is YesNo.YES
            return Incoming(
                A.RENEWAL_GRANTED if granted else A.RENEWAL_REFUSED,
                reason=None if granted else (note or "Renewal refused"),
                note=note,
            )
        return Incoming(None, note=note)
    if action is None:
        return Incoming(None, note=note)
    target = _target(Side.BORROWING, service_type, state, action)
    if target is None:
        if _already_there(Side.BORROWING, service_type, state, action):
            return Incoming(None, note=note or f"Already {describe_state(state).lower()}.")
        return IncomingError(
            ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE,
            f"Status {message.status.value} is not possible while our request is "
            f"“{describe_state(state)}”.",
        )
    return Incoming(action, reason=reason, note=note)


def _incoming_action(
    message: RequestingAgencyMessage, service_type: ServiceType, state: State
) -> Incoming | IncomingError:
    row = action_row(message.action)
    note = message.note or ""
    if not row.supported:
        return IncomingError(
            ErrorType.UNSUPPORTED_ACTION_TYPE,
            f"We do not support the action {message.action.value}.",
        )
    action = row.lending_action
    if action is None:
        return Incoming(None, reply=row.reply, note=note)
    if message.action is IsoAction.CANCEL:
        # Cancel is a question: the answer is a CancelResponse (yes when still possible).
        if _target(Side.LENDING, service_type, state, action) is None:
            return Incoming(None, reply=row.reply, note=note or "Too late to cancel.")
        return Incoming(
            action, reason=note or "Cancelled by the borrower", reply=row.reply, note=note
        )
    if _target(Side.LENDING, service_type, state, action) is None:
        if _already_there(Side.LENDING, service_type, state, action):
            return Incoming(None, note=note)
        return IncomingError(
            ErrorType.UNSUPPORTED_ACTION_TYPE,
            f"The action {message.action.value} is not possible while our request is "
            f"“{describe_state(state)}”.",
        )
    return Incoming(action, reply=row.reply, note=note)


def _target(side: Side, service_type: ServiceType, state: State, action: Action) -> State | None:
    if not _legal_from(side, service_type, state, action):
        return None
    rows = [r for r in workflow_for(side, service_type).candidates(state) if r.action is action]
    return rows[0].target


def _already_there(side: Side, service_type: ServiceType, state: State, action: Action) -> bool:
    """The message is stale: ``state`` is where ``action`` leads, or lies further on.

    A peer that retried after a lost confirmation, or a "Loaned" that arrives after
    the desk already scanned the item in, changes nothing and is not an error.
    "Further on" follows transitions forward from the action's targets but never
    through a state where ``action`` would be legal again (that would be going back).
    """
    workflow = workflow_for(side, service_type)
    targets = {row.target for row in workflow.transitions if row.action is action}
    frontier = list(targets)
    seen: set[State] = set()
    while frontier:
        current = frontier.pop()
        if current is state:
            return True
        if current in seen:
            continue
        seen.add(current)
        if current not in targets and _legal_from(side, service_type, current, action):
            continue
        frontier.extend(row.target for row in workflow.candidates(current))
    return False


# -- confirmations --------------------------------------------------------------------------


def ok_confirmation(
    message: Message, *, now: datetime | None = None, received_at: datetime | None = None
) -> Confirmation:
    """The OK confirmation of ``message``, echoing its header."""
    return _confirmation(message, MessageStatus.OK, None, now, received_at)


def error_confirmation(
    error_type: ErrorType,
    text: str,
    *,
    about: Message | Echo | None = None,
    confirms: MessageKind | None = None,
    now: datetime | None = None,
    received_at: datetime | None = None,
) -> Confirmation:
    """An ERROR confirmation with ``errorType`` and a description in words.

    ``about`` is the message (or what could be read of it) being answered; the
    answer echoes its agencies and request id.  ``confirms`` defaults to that
    message's kind, else ``request``.
    """
    return _confirmation(
        about, MessageStatus.ERROR, ErrorData(error_type, text[:2000]), now, received_at, confirms
    )


def error_for_illegal(message: Message, text: str, *, now: datetime | None = None) -> Confirmation:
    """The error answer for a message the request's state (or a guard) does not allow."""
    error_type = (
        ErrorType.UNSUPPORTED_ACTION_TYPE
        if isinstance(message, RequestingAgencyMessage)
        else ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE
    )
    return error_confirmation(error_type, text, about=message, now=now)


def _confirmation(
    about: Message | Echo | None,
    status: MessageStatus,
    error: ErrorData | None,
    now: datetime | None,
    received_at: datetime | None,
    confirms: MessageKind | None = None,
) -> Confirmation:
    moment = now or datetime.now(UTC)
    header: Header | None = None
    echo: Echo | None = None
    kind: MessageKind | None = confirms
    reason_for_message: ReasonForMessage | None = None
    action: IsoAction | None = None
    if isinstance(about, Echo):
        echo = about
        kind = kind or about.kind
    elif isinstance(about, Request | SupplyingAgencyMessage | RequestingAgencyMessage):
        header = about.header
        kind = kind or about.kind
        if isinstance(about, SupplyingAgencyMessage):
            reason_for_message = about.message_info.reason_for_message
        if isinstance(about, RequestingAgencyMessage):
            action = about.action
    elif isinstance(about, Confirmation):
        kind = kind or about.confirms
    if kind is None or kind.is_confirmation:
        kind = MessageKind.REQUEST
    if header is not None:
        head = ConfirmationHeader(
            timestamp=moment,
            timestamp_received=received_at or moment,
            message_status=status,
            supplying_agency_id=header.supplying_agency_id,
            requesting_agency_id=header.requesting_agency_id,
            requesting_agency_request_id=header.requesting_agency_request_id,
            multiple_item_request_id=header.multiple_item_request_id or None,
        )
    elif echo is not None:
        head = ConfirmationHeader(
            timestamp=moment,
            timestamp_received=received_at or moment,
            message_status=status,
            supplying_agency_id=echo.supplying_agency_id,
            requesting_agency_id=echo.requesting_agency_id,
            requesting_agency_request_id=echo.requesting_agency_request_id,
            multiple_item_request_id=echo.multiple_item_request_id or None,
        )
    else:
        head = ConfirmationHeader(moment, received_at or moment, status)
    return Confirmation(kind, head, error, reason_for_message, action)
