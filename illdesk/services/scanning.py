"""One scan, one step: the scan stations of the Borrowing and Lending tabs.

A station has a mode (receive, check out, check in, return to lender, ship, return
received).  A scan of a request number or of an item barcode tied to a request finds
the request and takes the mode's action in one transaction.  A scan that matches
nothing, a patron card where an item belongs, or a request in a state where the
action is illegal is refused in words and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from illdesk.domain.barcodes import BarcodeRules, ScanKind, expect, read_scan
from illdesk.domain.errors import IllegalTransition, NotFound
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import describe_action, describe_state, workflow_for
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.requests import ActionInput, RequestService, is_active
from illdesk.services.rows import Performed


class ScanMode(StrEnum):
    RECEIVE = "receive"
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    RETURN_TO_LENDER = "return_to_lender"
    SHIP = "ship"
    RETURN_RECEIVED = "return_received"


@dataclass(frozen=True)
class ModeSpec:
    side: Side
    action: Action
    label: str
    prompt: str


MODES: dict[ScanMode, ModeSpec] = {
    ScanMode.RECEIVE: ModeSpec(Side.BORROWING, Action.RECEIVE, "Receive",
                               "Scan the request number on the lender's paperwork or the item"),
    ScanMode.CHECK_OUT: ModeSpec(Side.BORROWING, Action.CHECK_OUT, "Check out to patron",
                                 "Scan the item (or its book band) to lend it to the patron"),
    ScanMode.CHECK_IN: ModeSpec(Side.BORROWING, Action.CHECK_IN, "Check in from patron",
                                "Scan the item the patron brings back"),
    ScanMode.RETURN_TO_LENDER: ModeSpec(Side.BORROWING, Action.RETURN_TO_LENDER,
                                        "Return to lender",
                                        "Scan the item going back to its lender"),
    ScanMode.SHIP: ModeSpec(Side.LENDING, Action.SHIP, "Ship",
                            "Scan the pulled item or the pull slip to ship it"),
    ScanMode.RETURN_RECEIVED: ModeSpec(Side.LENDING, Action.RECEIVE_RETURN, "Return received",
                                       "Scan our item coming back from the borrowing library"),
}


def modes_for(side: Side) -> list[ScanMode]:
    return [mode for mode, spec in MODES.items() if spec.side is side]


@dataclass(frozen=True)
class ScanOutcome:
    performed: Performed
    mode: ScanMode
    scanned: str


class ScanService:
    def __init__(self, db: Database, requests: RequestService,
                 rules: BarcodeRules | None = None) -> None:
        self._db = db
        self._requests = requests
        self._rules = rules or BarcodeRules()

    def scan(self, mode: ScanMode, raw: str, *, staff: str,
             given: ActionInput | None = None) -> ScanOutcome:
        spec = MODES[mode]
        scan = read_scan(raw, self._rules)
        expect(scan, ScanKind.REQUEST, ScanKind.ITEM)
        request_id = self._find(spec, scan.text, scan.kind)
        performed = self._requests.perform(request_id, spec.action, staff=staff, given=given)
        return ScanOutcome(performed, mode, scan.text)

    def _find(self, spec: ModeSpec, text: str, kind: ScanKind) -> int:
        side_name = "borrowing" if spec.side is Side.BORROWING else "lending"
        with self._db.reading() as session:
            if kind is ScanKind.REQUEST:
                found = session.scalars(select(orm.Request).where(
                    orm.Request.number == text)).first()
                if found is None:
                    raise NotFound(f"No request has the number {text}.")
                if found.side != spec.side.value:
                    raise NotFound(f"{text} is a {found.side} request; this is the "
                                   f"{side_name} scan station.")
                candidates = [found]
            else:
                candidates = [
                    r for r in session.scalars(
                        select(orm.Request).join(orm.RequestItem).where(
                            orm.RequestItem.barcode == text,
                            orm.Request.side == spec.side.value))
                    if is_active(State(r.state))
                ]
                if not candidates:
                    raise NotFound(
                        f"No open {side_name} request has item {text}. "
                        "Scan the request number on the paperwork instead.")
            legal = [r for r in candidates if self._allows(r, spec.action)]
            if len(legal) == 1:
                return legal[0].id
            if not legal:
                r = candidates[0]
                raise IllegalTransition(
                    f"{r.number} is “{describe_state(State(r.state))}”: "
                    f"{self._why_not(r, spec.action)} Nothing was changed.")
            numbers = ", ".join(r.number for r in legal)
            raise IllegalTransition(
                f"Item {text} is on several open requests ({numbers}); scan the request "
                "number instead.")

    def _why_not(self, request: orm.Request, action: Action) -> str:
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
        try:
            workflow.decide(State(request.state), action, self._requests.facts(request))
        except IllegalTransition as exc:
            return exc.message
        return f"“{describe_action(action)}” is not possible now."

    def _allows(self, request: orm.Request, action: Action) -> bool:
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
        facts = self._requests.facts(request)
        return any(t.action is action for t in workflow.legal_actions(State(request.state), facts))
