"""The request state machines, as data.

Each workflow (side x service type) is a tuple of :class:`Transition` rows:
(action, from-states) -> (to-state, guard, effects).  Several rows may share
an action and a from-state; the first whose guard passes is taken, so a
"lender unfilled" either advances the rota or ends the request as unfilled.

The machine answers two questions and nothing else: which actions are legal
now (``legal_actions``) and what one action does (``decide``).  Services
carry out the effects; the machine does no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from illdesk.domain.errors import IllegalTransition
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence

S = State
A = Action


class Effect(StrEnum):
    """Side effects a service carries out after a transition is recorded."""

    SET_DUE_DATE = "set_due_date"
    PRINT_BOOK_BAND = "print_book_band"
    PRINT_RETURN_LABEL = "print_return_label"
    PRINT_PULL_SLIP = "print_pull_slip"
    PRINT_SHIPPING_LABEL = "print_shipping_label"
    ADVANCE_ROTA = "advance_rota"
    NOTICE_READY_FOR_PICKUP = "notice_ready_for_pickup"
    NOTICE_UNFILLED = "notice_unfilled"
    NOTICE_CANCELLED = "notice_cancelled"
    NOTICE_OVERDUE = "notice_overdue"
    NOTICE_RECALL = "notice_recall"
    NOTICE_RENEWAL_ANSWER = "notice_renewal_answer"
    NOTICE_DELIVERY = "notice_delivery"
    TELL_PEER = "tell_peer"


@dataclass(frozen=True)
class RequestFacts:
    """What the guards need to know about a request, gathered by the service."""

    has_lender: bool = False
    has_next_lender: bool = False
    purchased: bool = False
    copyright_hold: bool = False
    has_document: bool = False
    item_tied: bool = False
    renewals_left: int = 0
    past_due: bool = False
    lendable: bool = True
    """False when the lending policy does not lend this material to this partner."""


Guard = Callable[[RequestFacts], str | None]
"""Returns None when the action may go ahead, else the reason in words."""


def _needs(predicate: Callable[[RequestFacts], bool], message: str) -> Guard:
    def guard(facts: RequestFacts) -> str | None:
        return None if predicate(facts) else message

    guard.__doc__ = message
    return guard


HAS_LENDER = _needs(
    lambda f: f.has_lender, N_("No lender is chosen yet: add a lender to the rota.")
)
NEXT_LENDER = _needs(lambda f: f.has_next_lender, N_("There is no further lender in the rota."))
ROTA_EXHAUSTED = _needs(lambda f: not f.has_next_lender, N_("Another lender is still in the rota."))
PURCHASED = _needs(lambda f: f.purchased, N_("Only purchased items go to cataloguing."))
BORROWED = _needs(
    lambda f: not f.purchased, N_("This item was bought, not borrowed: send it to cataloguing.")
)
NO_COPYRIGHT_HOLD = _needs(
    lambda f: not f.copyright_hold,
    N_("This copy is over the rule of five: record a royalty payment or an override first."),
)
COPYRIGHT_HOLD = _needs(
    lambda f: f.copyright_hold, N_("This request is not over the rule of five.")
)
HAS_DOCUMENT = _needs(lambda f: f.has_document, N_("No PDF is attached to this request yet."))
ITEM_TIED = _needs(lambda f: f.item_tied, N_("No item has been pulled for this request yet."))
NO_ITEM_TIED = _needs(lambda f: not f.item_tied, N_("An item is already pulled for this request."))
RENEWALS_LEFT = _needs(
    lambda f: f.renewals_left > 0, N_("No renewals are left under the lending policy.")
)
PAST_DUE = _needs(lambda f: f.past_due, N_("The item is not past its due date yet."))
LENDABLE = _needs(
    lambda f: f.lendable,
    N_(
        "The lending policy does not lend this material to this library: "
        "answer unfilled (non-circulating), or change the rule."
    ),
)


def _all(*guards: Guard) -> Guard:
    def guard(facts: RequestFacts) -> str | None:
        return next((why for why in (g(facts) for g in guards) if why is not None), None)

    guard.__doc__ = " / ".join(g.__doc__ or "" for g in guards)
    return guard


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[State]
    target: State
    label: str
    guard: Guard | None = None
    effects: tuple[Effect, ...] = ()
    needs_reason: bool = False
    then: Action | None = None
    """An action the service takes right after this one, if it is legal then."""


def _t(
    action: Action,
    sources: Iterable[State],
    target: State,
    label: str,
    *,
    guard: Guard | None = None,
    effects: Iterable[Effect] = (),
    needs_reason: bool = False,
    then: Action | None = None,
) -> Transition:
    return Transition(
        action, frozenset(sources), target, label, guard, tuple(effects), needs_reason, then
    )


E = Effect

# -- pieces shared by the borrowing workflows ---------------------------------------------
_BORROW_PENDING = (S.SOURCING, S.REQUESTED, S.CONDITIONAL)
_BORROW_SOURCING = (
    _t(
        A.SEND_TO_LENDER,
        [S.SOURCING],
        S.REQUESTED,
        N_("Send to lender"),
        guard=HAS_LENDER,
        effects=[E.TELL_PEER],
    ),
    _t(
        A.LENDER_UNFILLED,
        [S.REQUESTED, S.SHIPPED_BY_LENDER],
        S.REQUESTED,
        N_("Lender unfilled: try next lender"),
        guard=NEXT_LENDER,
        effects=[E.ADVANCE_ROTA, E.TELL_PEER],
        needs_reason=True,
    ),
    _t(
        A.LENDER_UNFILLED,
        [S.REQUESTED, S.SHIPPED_BY_LENDER],
        S.UNFILLED,
        N_("Lender unfilled: rota exhausted"),
        guard=ROTA_EXHAUSTED,
        effects=[E.NOTICE_UNFILLED],
        needs_reason=True,
    ),
    _t(
        A.LENDER_CONDITIONAL,
        [S.REQUESTED],
        S.CONDITIONAL,
        N_("Lender sets conditions"),
        needs_reason=True,
    ),
    _t(
        A.ACCEPT_CONDITIONS,
        [S.CONDITIONAL],
        S.REQUESTED,
        N_("Accept conditions"),
        effects=[E.TELL_PEER],
    ),
    _t(
        A.DECLINE_CONDITIONS,
        [S.CONDITIONAL],
        S.REQUESTED,
        N_("Decline: try next lender"),
        guard=NEXT_LENDER,
        effects=[E.TELL_PEER, E.ADVANCE_ROTA],
        needs_reason=True,
    ),
    _t(
        A.DECLINE_CONDITIONS,
        [S.CONDITIONAL],
        S.UNFILLED,
        N_("Decline: rota exhausted"),
        guard=ROTA_EXHAUSTED,
        effects=[E.TELL_PEER, E.NOTICE_UNFILLED],
        needs_reason=True,
    ),
    _t(A.LENDER_SHIPPED, [S.REQUESTED], S.SHIPPED_BY_LENDER, N_("Lender shipped")),
)
_BORROW_INTAKE = (
    _t(A.VERIFY_CITATION, [S.NEW], S.CITATION_VERIFIED, N_("Verify citation")),
    _t(
        A.DEFLECT_LOCAL,
        [S.NEW, S.CITATION_VERIFIED],
        S.DEFLECTED_LOCAL,
        N_("Deflect to local copy"),
        needs_reason=True,
    ),
    _t(
        A.ORDER_PURCHASE,
        [S.CITATION_VERIFIED, S.SOURCING],
        S.PURCHASE_ORDERED,
        N_("Buy instead of borrow"),
    ),
)

BORROWING_LOAN: tuple[Transition, ...] = (
    *_BORROW_INTAKE,
    _t(A.START_SOURCING, [S.CITATION_VERIFIED], S.SOURCING, N_("Start sourcing")),
    *_BORROW_SOURCING,
    _t(
        A.RECEIVE,
        [S.REQUESTED, S.SHIPPED_BY_LENDER, S.PURCHASE_ORDERED],
        S.RECEIVED,
        N_("Receive"),
        effects=[E.SET_DUE_DATE, E.PRINT_BOOK_BAND, E.NOTICE_READY_FOR_PICKUP, E.TELL_PEER],
    ),
    _t(A.NOTIFY_PATRON, [S.RECEIVED], S.AWAITING_PICKUP, N_("Patron notified")),
    _t(A.CHECK_OUT, [S.RECEIVED, S.AWAITING_PICKUP], S.CHECKED_OUT, N_("Check out to patron")),
    _t(
        A.REQUEST_RENEWAL,
        [S.CHECKED_OUT, S.OVERDUE],
        S.RENEWAL_REQUESTED,
        N_("Ask lender to renew"),
        guard=BORROWED,
        effects=[E.TELL_PEER],
    ),
    _t(
        A.RENEWAL_GRANTED,
        [S.RENEWAL_REQUESTED],
        S.CHECKED_OUT,
        N_("Renewal granted"),
        effects=[E.SET_DUE_DATE, E.NOTICE_RENEWAL_ANSWER],
    ),
    _t(
        A.RENEWAL_REFUSED,
        [S.RENEWAL_REQUESTED],
        S.CHECKED_OUT,
        N_("Renewal refused"),
        effects=[E.NOTICE_RENEWAL_ANSWER],
        needs_reason=True,
    ),
    _t(
        A.MARK_OVERDUE,
        [S.CHECKED_OUT, S.RECALLED, S.OVERDUE],
        S.OVERDUE,
        N_("Overdue notice"),
        guard=PAST_DUE,
        effects=[E.NOTICE_OVERDUE],
    ),
    _t(
        A.RECALL,
        [S.RECEIVED, S.AWAITING_PICKUP, S.CHECKED_OUT, S.OVERDUE, S.RENEWAL_REQUESTED],
        S.RECALLED,
        N_("Lender recalls"),
        guard=BORROWED,
        effects=[E.SET_DUE_DATE, E.NOTICE_RECALL],
    ),
    _t(
        A.CHECK_IN,
        [S.CHECKED_OUT, S.OVERDUE, S.RECALLED, S.RENEWAL_REQUESTED],
        S.RETURNED_BY_PATRON,
        N_("Check in from patron"),
    ),
    _t(
        A.RETURN_TO_LENDER,
        [S.RETURNED_BY_PATRON, S.RECEIVED, S.AWAITING_PICKUP],
        S.RETURNED_TO_LENDER,
        N_("Return to lender"),
        guard=BORROWED,
        effects=[E.PRINT_RETURN_LABEL, E.TELL_PEER],
    ),
    _t(A.LENDER_CHECKED_IN, [S.RETURNED_TO_LENDER], S.COMPLETE, N_("Lender checked it in")),
    _t(
        A.SEND_TO_CATALOGUING,
        [S.RETURNED_BY_PATRON, S.RECEIVED, S.AWAITING_PICKUP],
        S.TO_CATALOGUING,
        N_("Hand over to cataloguing"),
        guard=PURCHASED,
    ),
    _t(A.COMPLETE, [S.TO_CATALOGUING, S.LOST], S.COMPLETE, N_("Complete")),
    _t(
        A.MARK_LOST,
        [S.SHIPPED_BY_LENDER, S.CHECKED_OUT, S.OVERDUE, S.RECALLED, S.RETURNED_TO_LENDER],
        S.LOST,
        N_("Lost or damaged"),
        needs_reason=True,
    ),
    _t(
        A.CANCEL,
        [S.NEW, S.CITATION_VERIFIED, *_BORROW_PENDING, S.PURCHASE_ORDERED],
        S.CANCELLED,
        N_("Cancel"),
        effects=[E.TELL_PEER, E.NOTICE_CANCELLED],
        needs_reason=True,
    ),
)

BORROWING_COPY: tuple[Transition, ...] = (
    *_BORROW_INTAKE,
    _t(
        A.HOLD_FOR_COPYRIGHT,
        [S.CITATION_VERIFIED],
        S.AWAITING_COPYRIGHT,
        N_("Hold for copyright clearance"),
        guard=COPYRIGHT_HOLD,
    ),
    _t(
        A.CLEAR_COPYRIGHT,
        [S.AWAITING_COPYRIGHT],
        S.CITATION_VERIFIED,
        N_("Copyright cleared (royalty or override)"),
        needs_reason=True,
    ),
    _t(
        A.START_SOURCING,
        [S.CITATION_VERIFIED],
        S.SOURCING,
        N_("Start sourcing"),
        guard=NO_COPYRIGHT_HOLD,
    ),
    _t(
        A.MARK_OPEN_ACCESS,
        [S.CITATION_VERIFIED, S.SOURCING, S.AWAITING_COPYRIGHT],
        S.COMPLETE,
        N_("Found open access (send link)"),
        effects=[E.NOTICE_DELIVERY],
        needs_reason=True,
    ),
    *_BORROW_SOURCING,
    _t(
        A.RECEIVE,
        [S.REQUESTED, S.SHIPPED_BY_LENDER, S.PURCHASE_ORDERED],
        S.RECEIVED,
        N_("Receive PDF"),
        guard=HAS_DOCUMENT,
    ),
    _t(
        A.DELIVER,
        [S.RECEIVED, S.DELIVERED],
        S.DELIVERED,
        N_("Deliver to patron"),
        guard=HAS_DOCUMENT,
        effects=[E.NOTICE_DELIVERY],
    ),
    _t(A.COMPLETE, [S.DELIVERED], S.COMPLETE, N_("Complete")),
    _t(
        A.CANCEL,
        [S.NEW, S.CITATION_VERIFIED, S.AWAITING_COPYRIGHT, *_BORROW_PENDING, S.PURCHASE_ORDERED],
        S.CANCELLED,
        N_("Cancel"),
        effects=[E.TELL_PEER, E.NOTICE_CANCELLED],
        needs_reason=True,
    ),
)

_LEND_OUT = (S.SHIPPED, S.ON_LOAN, S.OVERDUE, S.RECALLED)
_LEND_BEFORE_SHIP = (S.NEW, S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED, S.PULLED, S.CONDITIONAL)

LENDING_LOAN: tuple[Transition, ...] = (
    _t(A.CHECK_HOLDINGS, [S.NEW], S.HOLDINGS_CHECKED, N_("Holdings checked")),
    _t(
        A.PRINT_PULL_SLIP,
        [S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED],
        S.PULL_SLIP_PRINTED,
        N_("Print pull slip"),
        effects=[E.PRINT_PULL_SLIP],
    ),
    _t(
        A.PULL,
        [S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED],
        S.PULLED,
        N_("Pulled from shelf"),
        guard=_all(ITEM_TIED, LENDABLE),
        effects=[E.TELL_PEER],
    ),
    _t(
        A.ANSWER_UNFILLED,
        [S.NEW, S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED, S.PULLED],
        S.UNFILLED,
        N_("Unfilled"),
        effects=[E.TELL_PEER],
        needs_reason=True,
    ),
    _t(
        A.ANSWER_CONDITIONAL,
        [S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED, S.PULLED],
        S.CONDITIONAL,
        N_("Answer with conditions"),
        effects=[E.TELL_PEER],
        needs_reason=True,
    ),
    _t(
        A.BORROWER_ACCEPTS,
        [S.CONDITIONAL],
        S.PULLED,
        N_("Borrower accepts conditions"),
        guard=ITEM_TIED,
    ),
    _t(
        A.BORROWER_ACCEPTS,
        [S.CONDITIONAL],
        S.HOLDINGS_CHECKED,
        N_("Borrower accepts conditions"),
        guard=NO_ITEM_TIED,
    ),
    _t(
        A.SHIP,
        [S.PULLED],
        S.SHIPPED,
        N_("Ship"),
        effects=[E.SET_DUE_DATE, E.PRINT_SHIPPING_LABEL, E.TELL_PEER],
    ),
    _t(A.BORROWER_RECEIVED, [S.SHIPPED], S.ON_LOAN, N_("Borrower received it")),
    _t(
        A.GRANT_RENEWAL,
        [S.SHIPPED, S.ON_LOAN, S.OVERDUE],
        S.ON_LOAN,
        N_("Grant renewal"),
        guard=RENEWALS_LEFT,
        effects=[E.SET_DUE_DATE, E.TELL_PEER],
    ),
    _t(
        A.REFUSE_RENEWAL,
        [S.SHIPPED, S.ON_LOAN, S.OVERDUE],
        S.ON_LOAN,
        N_("Refuse renewal"),
        effects=[E.TELL_PEER],
        needs_reason=True,
    ),
    _t(
        A.RECALL,
        [S.SHIPPED, S.ON_LOAN, S.OVERDUE],
        S.RECALLED,
        N_("Recall"),
        effects=[E.SET_DUE_DATE, E.TELL_PEER],
    ),
    _t(
        A.MARK_OVERDUE,
        [S.SHIPPED, S.ON_LOAN, S.RECALLED, S.OVERDUE],
        S.OVERDUE,
        N_("Overdue reminder"),
        guard=PAST_DUE,
        effects=[E.TELL_PEER],
    ),
    _t(A.BORROWER_SHIPPED_RETURN, list(_LEND_OUT), S.RETURNED, N_("Borrower shipped it back")),
    _t(
        A.RECEIVE_RETURN,
        [*_LEND_OUT, S.RETURNED],
        S.COMPLETE,
        N_("Return received"),
        effects=[E.TELL_PEER],
    ),
    _t(
        A.MARK_LOST,
        [*_LEND_OUT, S.RETURNED],
        S.LOST,
        N_("Lost in transit or by borrower"),
        needs_reason=True,
    ),
    _t(A.COMPLETE, [S.LOST], S.COMPLETE, N_("Complete (charge settled)")),
    _t(
        A.CANCEL,
        list(_LEND_BEFORE_SHIP),
        S.CANCELLED,
        N_("Cancel"),
        effects=[E.TELL_PEER],
        needs_reason=True,
    ),
)

LENDING_COPY: tuple[Transition, ...] = (
    _t(A.CHECK_HOLDINGS, [S.NEW], S.HOLDINGS_CHECKED, N_("Licence and holdings checked")),
    _t(
        A.MARK_SCANNED,
        [S.HOLDINGS_CHECKED],
        S.SCANNED,
        N_("Scanned or downloaded"),
        guard=HAS_DOCUMENT,
    ),
    _t(
        A.SEND_COPY,
        [S.SCANNED],
        S.SENT,
        N_("Send copy"),
        guard=HAS_DOCUMENT,
        effects=[E.TELL_PEER],
        then=A.COMPLETE,
    ),
    _t(A.COMPLETE, [S.SENT], S.COMPLETE, N_("Complete")),
    _t(
        A.ANSWER_UNFILLED,
        [S.NEW, S.HOLDINGS_CHECKED, S.SCANNED],
        S.UNFILLED,
        N_("Unfilled"),
        effects=[E.TELL_PEER],
        needs_reason=True,
    ),
    _t(
        A.CANCEL,
        [S.NEW, S.HOLDINGS_CHECKED, S.SCANNED],
        S.CANCELLED,
        N_("Cancel"),
        needs_reason=True,
    ),
)


# -- what an action asks for, besides the note ---------------------------------------------
class Need(StrEnum):
    """An input an action takes besides its note (or reason)."""

    DUE_DATE = "due_date"
    ITEM_BARCODE = "item_barcode"
    AMOUNT = "amount"


@dataclass(frozen=True)
class Ask:
    """One input an action asks for, with the words that label it."""

    need: Need
    label: str
    required: bool = True
    """The action cannot go ahead without it; a date that is not required is offered
    unticked (the usual period applies)."""


ACTION_ASKS: dict[Action, tuple[Ask, ...]] = {
    A.RECEIVE: (
        Ask(Need.DUE_DATE, N_("Lender's due date"), required=False),
        Ask(Need.ITEM_BARCODE, N_("Item barcode (optional)"), required=False),
    ),
    A.RENEWAL_GRANTED: (Ask(Need.DUE_DATE, N_("New due date from the lender")),),
    A.RECALL: (Ask(Need.DUE_DATE, N_("Return by (recall date)")),),
    A.GRANT_RENEWAL: (Ask(Need.DUE_DATE, N_("New due date")),),
    A.PULL: (Ask(Need.ITEM_BARCODE, N_("Item barcode")),),
    A.MARK_LOST: (Ask(Need.AMOUNT, N_("Replacement charge"), required=False),),
    A.ANSWER_CONDITIONAL: (Ask(Need.AMOUNT, N_("Cost to the borrower"), required=False),),
}
"""Actions that ask for more than a note; every other action takes at most its reason."""


def asks_for(action: Action) -> tuple[Ask, ...]:
    return ACTION_ASKS.get(action, ())


# -- what else is possible in a state, besides the actions ---------------------------------
class Capability(StrEnum):
    """Things staff may do to a request that are not transitions of their own."""

    ATTACH_PDF = "attach_pdf"
    """Attach (or replace) the article's PDF."""
    SEND_PDF = "send_pdf"
    """Deliver or send the attached PDF."""
    RESEND_PDF = "resend_pdf"
    """Sending the PDF now is a resend: a history line, no action."""
    COPYRIGHT_CHOICE = "copyright_choice"
    """Choose the compliance (CCG/CCL) and hold for copyright clearance."""
    EDIT_ROTA = "edit_rota"
    """Change the lenders not yet asked."""
    LOOK_UP_HOLDINGS = "look_up_holdings"
    """Look for copies of the work in our own catalogue."""
    PRINT_PULL_SLIP = "print_pull_slip"
    """Print (or reprint) the pull slip of a lending loan."""
    REPRINT_SHIPMENT = "reprint_shipment"
    """Print the parcel's label and customs form again."""
    CHARGE = "charge"
    """Charge the borrowing library."""


C = Capability
_CAPABILITIES: dict[Side, dict[Capability, frozenset[State]]] = {
    Side.BORROWING: {
        C.ATTACH_PDF: frozenset(
            {*_BORROW_PENDING, S.SHIPPED_BY_LENDER, S.PURCHASE_ORDERED, S.RECEIVED, S.DELIVERED}
        ),
        C.SEND_PDF: frozenset({S.RECEIVED, S.DELIVERED, S.COMPLETE}),
        C.RESEND_PDF: frozenset({S.COMPLETE}),
        C.COPYRIGHT_CHOICE: frozenset({S.NEW, S.CITATION_VERIFIED, S.AWAITING_COPYRIGHT}),
        C.EDIT_ROTA: frozenset({S.NEW, S.CITATION_VERIFIED, *_BORROW_PENDING}),
        C.LOOK_UP_HOLDINGS: frozenset({S.NEW, S.CITATION_VERIFIED, S.SOURCING}),
    },
    Side.LENDING: {
        C.ATTACH_PDF: frozenset({S.NEW, S.HOLDINGS_CHECKED, S.SCANNED}),
        C.SEND_PDF: frozenset({S.SCANNED, S.SENT, S.COMPLETE}),
        C.RESEND_PDF: frozenset({S.SENT, S.COMPLETE}),
        C.LOOK_UP_HOLDINGS: frozenset({S.NEW, S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED}),
        C.PRINT_PULL_SLIP: frozenset({S.NEW, S.HOLDINGS_CHECKED, S.PULL_SLIP_PRINTED}),
        C.REPRINT_SHIPMENT: frozenset(_LEND_OUT),
        C.CHARGE: frozenset({S.COMPLETE, S.LOST}),
    },
}


def states_where(side: Side, capability: Capability) -> frozenset[State]:
    """The states of ``side`` in which ``capability`` is offered (for queries)."""
    return _CAPABILITIES[side].get(capability, frozenset())


def capabilities(side: Side, state: State) -> frozenset[Capability]:
    """What besides the legal actions staff may do to a request of ``side`` in ``state``."""
    return frozenset(c for c, states in _CAPABILITIES[side].items() if state in states)


@dataclass(frozen=True)
class Workflow:
    side: Side
    service_type: ServiceType
    transitions: tuple[Transition, ...]
    _by_action: dict[Action, tuple[Transition, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[Action, list[Transition]] = {}
        for row in self.transitions:
            index.setdefault(row.action, []).append(row)
        object.__setattr__(self, "_by_action", {k: tuple(v) for k, v in index.items()})

    @property
    def states(self) -> frozenset[State]:
        found: set[State] = {State.NEW}
        for row in self.transitions:
            found |= row.sources
            found.add(row.target)
        return frozenset(found)

    def candidates(self, state: State) -> list[Transition]:
        return [row for row in self.transitions if state in row.sources]

    def legal_actions(self, state: State, facts: RequestFacts) -> list[Transition]:
        """The transitions a desk worker may take now, one per action, in table order."""
        seen: set[Action] = set()
        legal: list[Transition] = []
        for row in self.candidates(state):
            if row.action in seen:
                continue
            if row.guard is None or row.guard(facts) is None:
                seen.add(row.action)
                legal.append(row)
        return legal

    def decide(self, state: State, action: Action, facts: RequestFacts) -> Transition:
        """The transition ``action`` takes from ``state``, or IllegalTransition in words."""
        rows = [row for row in self._by_action.get(action, ()) if state in row.sources]
        if not rows:
            raise IllegalTransition(
                Sentence(
                    N_("“{action}” is not possible while the request is “{state}”."),
                    action=describe_action(action),
                    state=describe_state(state),
                )
            )
        reasons: list[str] = []
        for row in rows:
            reason = row.guard(facts) if row.guard else None
            if reason is None:
                return row
            reasons.append(reason)
        raise IllegalTransition(reasons[0])

    def is_terminal(self, state: State) -> bool:
        return not self.candidates(state)


WORKFLOWS: dict[tuple[Side, ServiceType], Workflow] = {
    (Side.BORROWING, ServiceType.LOAN): Workflow(Side.BORROWING, ServiceType.LOAN, BORROWING_LOAN),
    (Side.BORROWING, ServiceType.COPY): Workflow(Side.BORROWING, ServiceType.COPY, BORROWING_COPY),
    (Side.LENDING, ServiceType.LOAN): Workflow(Side.LENDING, ServiceType.LOAN, LENDING_LOAN),
    (Side.LENDING, ServiceType.COPY): Workflow(Side.LENDING, ServiceType.COPY, LENDING_COPY),
}


def workflow_for(side: Side, service_type: ServiceType) -> Workflow:
    return WORKFLOWS[(side, service_type)]


#: The main path through every workflow, in order: of the actions legal now, the first one
#: listed here is the request's usual next step (shown first, taken by Enter).  Side
#: branches (cancel, lost, unfilled, renewals, notes) are never the next step.
MAIN_PATH: tuple[Action, ...] = (
    A.VERIFY_CITATION,
    A.START_SOURCING,
    A.CLEAR_COPYRIGHT,
    A.SEND_TO_LENDER,
    A.ACCEPT_CONDITIONS,
    A.LENDER_SHIPPED,
    A.RECEIVE,
    A.NOTIFY_PATRON,
    A.CHECK_OUT,
    A.CHECK_IN,
    A.RETURN_TO_LENDER,
    A.LENDER_CHECKED_IN,
    A.DELIVER,
    A.CHECK_HOLDINGS,
    A.PRINT_PULL_SLIP,
    A.PULL,
    A.BORROWER_ACCEPTS,
    A.SHIP,
    A.MARK_SCANNED,
    A.SEND_COPY,
    A.BORROWER_RECEIVED,
    A.BORROWER_SHIPPED_RETURN,
    A.RECEIVE_RETURN,
    A.COMPLETE,
)


def next_step(legal: Iterable[Action]) -> Action | None:
    """The usual next step among the ``legal`` actions, or None when only side branches are."""
    possible = set(legal)
    return next((action for action in MAIN_PATH if action in possible), None)


_STATE_WORDS: dict[State, str] = {
    S.NEW: N_("New"),
    S.CITATION_VERIFIED: N_("Citation verified"),
    S.DEFLECTED_LOCAL: N_("Deflected to local copy"),
    S.AWAITING_COPYRIGHT: N_("Awaiting copyright clearance"),
    S.SOURCING: N_("Sourcing"),
    S.REQUESTED: N_("Requested from lender"),
    S.CONDITIONAL: N_("Conditional"),
    S.SHIPPED_BY_LENDER: N_("Shipped by lender"),
    S.RECEIVED: N_("Received"),
    S.AWAITING_PICKUP: N_("Awaiting pickup"),
    S.CHECKED_OUT: N_("Checked out"),
    S.RENEWAL_REQUESTED: N_("Renewal requested"),
    S.OVERDUE: N_("Overdue"),
    S.RECALLED: N_("Recalled"),
    S.LOST: N_("Lost"),
    S.RETURNED_BY_PATRON: N_("Returned by patron"),
    S.RETURNED_TO_LENDER: N_("Returned to lender"),
    S.PURCHASE_ORDERED: N_("Purchase ordered"),
    S.TO_CATALOGUING: N_("To cataloguing"),
    S.DELIVERED: N_("Delivered"),
    S.HOLDINGS_CHECKED: N_("Holdings checked"),
    S.PULL_SLIP_PRINTED: N_("Pull slip printed"),
    S.PULLED: N_("Pulled"),
    S.SHIPPED: N_("Shipped"),
    S.ON_LOAN: N_("On loan"),
    S.RETURNED: N_("Return in transit"),
    S.SCANNED: N_("Scanned"),
    S.SENT: N_("Sent"),
    S.COMPLETE: N_("Complete"),
    S.CANCELLED: N_("Cancelled"),
    S.UNFILLED: N_("Unfilled"),
}


def describe_state(state: State) -> str:
    """The state in words: a marked sentence the ui translates."""
    return Sentence(_STATE_WORDS.get(state, state.value.replace("_", " ").capitalize()))


def describe_action(action: Action) -> str:
    for table in WORKFLOWS.values():
        for row in table.transitions:
            if row.action == action:
                return Sentence(row.label)
    return Sentence(action.value.replace("_", " ").capitalize())
