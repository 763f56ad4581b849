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

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from illdesk.domain.barcodes import BarcodeRules, Scan, ScanKind, expect, read_scan
from illdesk.domain.errors import DeskError, IllegalTransition, NotFound, NotLendable
from illdesk.domain.lending_policy import material_in_text, refuses_location
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import describe_action, describe_state, workflow_for
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services import mapping
from illdesk.services.catalogue import CatalogueService, LocalCopy
from illdesk.services.lending_policy import catalogue_material, known_material, terms_in
from illdesk.services.requests import ActionInput, RequestService, is_active
from illdesk.services.rows import Performed, RequestDetail, ScannedRequest

_PULLABLE = (State.HOLDINGS_CHECKED, State.PULL_SLIP_PRINTED)
_SLIP_STATES = frozenset(_PULLABLE).union(
    *(
        t.sources
        for service_type in ServiceType
        for t in workflow_for(Side.LENDING, service_type).transitions
        if t.action is Action.PULL
    )
)
"""Where a scanned pull slip waits for its copy: waiting to be pulled, and every state
the pull may be taken from (its guards are the copy scan's to ask)."""

_COPY_COLUMNS = (
    select(
        orm.CatalogueRecord.id,
        orm.CatalogueRecord.title,
        orm.CatalogueRecord.author,
        orm.CatalogueRecord.material,
        orm.CatalogueItem.barcode,
        orm.CatalogueItem.call_number,
        orm.CatalogueItem.location,
        orm.CatalogueItem.status,
    )
    .join_from(orm.CatalogueItem, orm.CatalogueRecord)
    .where(orm.CatalogueItem.barcode == bindparam("barcode"))
)
"""A scanned copy on our shelves and its record (built once, like mapping's reads)."""

#: ``desk.check_out_card``: what check-out asks of the patron's card.
CARD_REQUIRED = "required"
CARD_OPTIONAL = "optional"
CARD_NOT_ASKED = "off"
CARD_POLICIES = (CARD_REQUIRED, CARD_OPTIONAL, CARD_NOT_ASKED)


class WrongPatron(DeskError):
    """Check-out: the card scanned is not the card of the request's patron."""


class ScanMode(StrEnum):
    RECEIVE = "receive"
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    RETURN_TO_LENDER = "return_to_lender"
    PULL = "pull"
    SHIP = "ship"
    RETURN_RECEIVED = "return_received"


#: The side of a request as an adjective in running text ("no open borrowing request").
_SIDE_WORDS = {Side.BORROWING: Sentence(N_("borrowing")), Side.LENDING: Sentence(N_("lending"))}


@dataclass(frozen=True)
class ModeSpec:
    side: Side
    action: Action
    label: str
    prompt: str


MODES: dict[ScanMode, ModeSpec] = {
    ScanMode.RECEIVE: ModeSpec(
        Side.BORROWING,
        Action.RECEIVE,
        N_("Receive"),
        N_("Scan the request number on the lender's paperwork or the item"),
    ),
    ScanMode.CHECK_OUT: ModeSpec(
        Side.BORROWING,
        Action.CHECK_OUT,
        N_("Check out to patron"),
        N_("Scan the item (or its book band) to lend it to the patron"),
    ),
    ScanMode.CHECK_IN: ModeSpec(
        Side.BORROWING,
        Action.CHECK_IN,
        N_("Check in from patron"),
        N_("Scan the item the patron brings back"),
    ),
    ScanMode.RETURN_TO_LENDER: ModeSpec(
        Side.BORROWING,
        Action.RETURN_TO_LENDER,
        N_("Return to lender"),
        N_("Scan the item going back to its lender"),
    ),
    ScanMode.PULL: ModeSpec(
        Side.LENDING,
        Action.PULL,
        N_("Pull"),
        N_("Scan the copy taken from the shelf (or the pull slip, then the copy)"),
    ),
    ScanMode.SHIP: ModeSpec(
        Side.LENDING,
        Action.SHIP,
        N_("Ship"),
        N_("Scan the pulled item or the pull slip to ship it"),
    ),
    ScanMode.RETURN_RECEIVED: ModeSpec(
        Side.LENDING,
        Action.RECEIVE_RETURN,
        N_("Return received"),
        N_("Scan our item coming back from the borrowing library"),
    ),
}


def modes_for(side: Side) -> list[ScanMode]:
    return [mode for mode, spec in MODES.items() if spec.side is side]


@dataclass(frozen=True)
class ScanOutcome:
    performed: Performed | None
    mode: ScanMode
    scanned: str
    waiting_for_item: ScannedRequest | None = None
    """Pull mode: a pull slip was scanned; the next scan is the copy for this request."""
    waiting_for_card: RequestDetail | None = None
    """Check-out: the item was scanned; the next scan is its patron's card."""


class ScanService:
    """One scan, one step: a barcode at a station becomes that station's action."""

    def __init__(
        self,
        db: Database,
        requests: RequestService,
        rules: BarcodeRules | None = None,
        catalogue: CatalogueService | None = None,
        settings: Settings | None = None,
    ) -> None:
        self._db = db
        self._requests = requests
        self._rules = rules or BarcodeRules()
        self._catalogue = catalogue
        self._settings = settings

    def scan(
        self,
        mode: ScanMode,
        raw: str,
        *,
        staff: str,
        given: ActionInput | None = None,
        for_request: int | None = None,
    ) -> ScanOutcome:
        spec = MODES[mode]
        scan = read_scan(raw, self._rules)
        if mode is ScanMode.CHECK_OUT and self.card_policy() != CARD_NOT_ASKED:
            return self._check_out(scan, staff, for_request)
        expect(scan, ScanKind.REQUEST, ScanKind.ITEM)
        if mode is ScanMode.PULL:
            return self._pull(scan.text, scan.kind, staff, for_request)
        # found, checked and acted on in one transaction: the row is read once
        performed = self._requests.perform_found(
            lambda session: self._find_in(session, spec, scan.text, scan.kind),
            spec.action,
            staff=staff,
            given=given,
        )
        return ScanOutcome(performed, mode, scan.text)

    def card_policy(self) -> str:
        """What check-out asks of the patron's card at this desk (``desk.check_out_card``)."""
        if self._settings is None:
            return CARD_NOT_ASKED
        return self._settings.get_str("desk.check_out_card")

    def _check_out(self, scan: Scan, staff: str, for_request: int | None) -> ScanOutcome:
        """The item, then its patron's card: the desk hands the book to the right person."""
        if scan.kind is ScanKind.PATRON:
            if for_request is None:
                raise WrongPatron(N_("Scan the item first, then the patron's card."))
            detail = self._requests.detail(for_request)
            if scan.text.casefold() != detail.patron_barcode.strip().casefold():
                raise WrongPatron(self._not_their_card(scan.text, detail))
            performed = self._requests.perform(for_request, Action.CHECK_OUT, staff=staff)
            return ScanOutcome(performed, ScanMode.CHECK_OUT, scan.text)
        expect(scan, ScanKind.REQUEST, ScanKind.ITEM)
        detail = self._found(MODES[ScanMode.CHECK_OUT], scan.text, scan.kind)
        if not detail.patron_barcode:  # no card on file to check it against
            performed = self._requests.perform(detail.row.id, Action.CHECK_OUT, staff=staff)
            return ScanOutcome(performed, ScanMode.CHECK_OUT, scan.text)
        return ScanOutcome(None, ScanMode.CHECK_OUT, scan.text, waiting_for_card=detail)

    def check_out_without_card(self, request_id: int, *, staff: str) -> Performed:
        """Check-out with no card scan, where the desk allows it (Enter on the empty box)."""
        if self.card_policy() == CARD_REQUIRED:
            raise WrongPatron(
                N_(
                    "This desk checks items out only against the patron's card: scan the card "
                    "(Settings → desk: check-out card). Nothing was changed."
                )
            )
        return self._requests.perform(
            request_id,
            Action.CHECK_OUT,
            staff=staff,
            given=ActionInput(note="Handed over without a card scan."),
        )

    def _not_their_card(self, card: str, detail: RequestDetail) -> str:
        with self._db.reading() as session:
            holder = session.scalars(select(orm.Patron).where(orm.Patron.barcode == card)).first()
            name = holder.name if holder is not None else ""
        whose = f"Card {card} belongs to {name}" if name else f"No patron has card {card}"
        return (
            f"{whose}; {detail.row.number} is for {detail.patron_name} "
            f"(card {detail.patron_barcode}). Scan their card, or another item. "
            "Nothing was changed."
        )

    def _found(self, spec: ModeSpec, text: str, kind: ScanKind) -> RequestDetail:
        """The request a scan means, as shown, found and read in one reading."""
        return self._requests.detail_found(lambda session: self._find_in(session, spec, text, kind))

    def _numbered(self, session: Session, spec: ModeSpec, text: str) -> orm.Request:
        """The request with the number ``text``, on this station's side."""
        found = mapping.whole_request_numbered(session, text)
        if found is None:
            raise NotFound(Sentence(N_("No request has the number {text}."), text=text))
        self._on_this_side(spec, text, found.side)
        return found

    @staticmethod
    def _on_this_side(spec: ModeSpec, text: str, side: str) -> None:
        if side != spec.side.value:
            raise NotFound(
                Sentence(
                    N_("{text} is a {side} request; this is the {side_name} scan station."),
                    text=text,
                    side=_SIDE_WORDS[Side(side)],
                    side_name=_SIDE_WORDS[spec.side],
                )
            )

    def _find_in(self, session: Session, spec: ModeSpec, text: str, kind: ScanKind) -> orm.Request:
        """The one request the scan means at this station, where its action is legal now."""
        side_name = _SIDE_WORDS[spec.side]
        if kind is ScanKind.REQUEST:
            candidates = [self._numbered(session, spec, text)]
        else:
            candidates = [
                r
                for r in mapping.whole_requests_with_item(session, text, spec.side)
                if is_active(State(r.state))
            ]
            if not candidates:
                raise NotFound(
                    Sentence(
                        N_(
                            "No open {side_name} request has item {text}. Scan the request "
                            "number on the paperwork instead."
                        ),
                        side_name=side_name,
                        text=text,
                    )
                )
        legal = [r for r in candidates if self._allows(r, spec.action)]
        if len(legal) == 1:
            return legal[0]
        if not legal:
            r = candidates[0]
            raise IllegalTransition(
                Sentence(
                    N_("{number} is “{state}”: {why_not} Nothing was changed."),
                    number=r.number,
                    state=describe_state(State(r.state)),
                    why_not=self._why_not(r, spec.action),
                )
            )
        numbers = ", ".join(r.number for r in legal)
        raise IllegalTransition(
            Sentence(
                N_(
                    "Item {text} is on several open requests ({numbers}); scan the "
                    "request number instead."
                ),
                text=text,
                numbers=numbers,
            )
        )

    def locate(self, mode: ScanMode, raw: str) -> RequestDetail:
        """The request a scan means in ``mode``, without acting (the ship form asks first)."""
        scan = read_scan(raw, self._rules)
        expect(scan, ScanKind.REQUEST, ScanKind.ITEM)
        return self._found(MODES[mode], scan.text, scan.kind)

    def _pull(self, text: str, kind: ScanKind, staff: str, for_request: int | None) -> ScanOutcome:
        """Pull by scan: the copy alone when it matches one request, or slip then copy."""
        spec = MODES[ScanMode.PULL]
        if kind is ScanKind.REQUEST:
            return ScanOutcome(None, ScanMode.PULL, text, waiting_for_item=self._slip(spec, text))

        def locate(session: Session) -> orm.Request:
            """The copy on our shelves, then its request: read in the pull's own unit of
            work, refused (nothing written) when we do not lend from its shelf."""
            copy = self._copy(session, text)
            if copy is not None:
                self._check_lendable(copy)
            request_id = for_request
            if request_id is None:
                if copy is None:
                    raise NotFound(
                        Sentence(
                            N_(
                                "Copy {text} is not in our catalogue. Scan the pull slip "
                                "first, then the copy."
                            ),
                            text=text,
                        )
                    )
                request_id = self._request_for_copy(session, text, copy)
            request = mapping.whole_request(session, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            return request

        def check(session: Session, request: orm.Request) -> None:
            """Refused before anything is written: another copy tied, or not lent."""
            barcodes = [item.barcode for item in request.items]
            if barcodes and text not in barcodes:
                raise IllegalTransition(
                    Sentence(
                        N_(
                            "{number} already has copy {item_barcodes}; {text} belongs to "
                            "another request or none. Nothing was changed."
                        ),
                        number=request.number,
                        item_barcodes=barcodes[0],
                        text=text,
                    )
                )
            self._check_policy(session, request, text)

        performed = self._requests.perform_found(
            locate,
            Action.PULL,
            staff=staff,
            given=ActionInput(item_barcode=text),
            check=check,
        )
        return ScanOutcome(performed, ScanMode.PULL, text)

    def _slip(self, spec: ModeSpec, text: str) -> ScannedRequest:
        """The request a scanned pull slip names, waiting for its copy: its line in the
        list, read in one statement (the copy scan reads and checks the rest)."""
        with self._db.looking() as connection:
            columns = connection.execute(mapping.row_of_number(), {"number": text}).first()
        if columns is None:
            raise NotFound(Sentence(N_("No request has the number {text}."), text=text))
        self._on_this_side(spec, text, columns.side)
        row = mapping.row_from_columns(columns)
        if row.state not in _SLIP_STATES:
            raise IllegalTransition(
                Sentence(
                    N_(
                        "{number} is “{state_label}”: it is not waiting to be pulled. "
                        "Nothing was changed."
                    ),
                    number=row.number,
                    state_label=row.state_label,
                )
            )
        return ScannedRequest(row)

    @staticmethod
    def _copy(session: Session, barcode: str) -> LocalCopy | None:
        # the columns only: nothing of the copy is changed here
        row = session.connection().execute(_COPY_COLUMNS, {"barcode": barcode}).first()
        if row is None:
            known_material(session, barcode, "")  # not ours: the policy need not ask again
            return None
        known_material(session, barcode, row.material)  # the policy asks next
        return LocalCopy(
            row.id,
            row.title,
            row.author,
            row.barcode,
            row.call_number,
            row.location,
            row.status,
            1.0,
            "scanned",
        )

    def _check_lendable(self, copy: LocalCopy) -> None:
        shelves = (
            self._settings.get_str("lending.do_not_lend_locations")
            if self._settings is not None
            else ""
        )
        if refuses_location(copy.location, shelves.split(",")):
            raise NotLendable(
                Sentence(
                    N_(
                        "Copy {barcode} is shelved in {location}, which we do not lend "
                        "from. Answer the request as unfilled (non-circulating) or pick "
                        "another copy."
                    ),
                    barcode=copy.barcode,
                    location=copy.location,
                )
            )

    def _check_policy(self, session: Session, request: orm.Request, barcode: str) -> None:
        """Refuse, in words, a copy whose material the policy does not lend this partner."""
        if self._settings is None or request.side != Side.LENDING.value:
            return
        material = catalogue_material(session, barcode) or request.material
        terms = terms_in(session, self._settings, request.partner, material)
        if terms.lendable:
            return
        who = request.partner.symbol if request.partner else "this library"
        raise NotLendable(
            Sentence(
                N_(
                    "{number}: we do not lend {material_in_text} to {who} ({value}). "
                    "Answer the request as unfilled (non-circulating) with F12, or "
                    "change the rule. Nothing was changed."
                ),
                number=request.number,
                material_in_text=material_in_text(material),
                who=who,
                value=terms.source.get("lendable", "lending policy"),
            )
        )

    def _request_for_copy(self, session: Session, barcode: str, copy: LocalCopy) -> int:
        if self._catalogue is None:
            raise NotFound(N_("Scan the pull slip first, then the copy."))
        waiting = [
            (r.id, r.number, mapping.citation_from_orm(r.citation))
            for r in session.scalars(
                select(orm.Request).where(
                    orm.Request.side == Side.LENDING.value,
                    orm.Request.state.in_([s.value for s in _PULLABLE]),
                )
            )
        ]
        matches = [
            (rid, number)
            for rid, number, citation in waiting
            if any(c.record_id == copy.record_id for c in self._catalogue.local_copies(citation))
        ]
        if not matches:
            raise NotFound(
                Sentence(
                    N_(
                        "No request waiting to be pulled asks for {title} ({barcode}). "
                        "Check the pull slip."
                    ),
                    title=copy.title,
                    barcode=barcode,
                )
            )
        if len(matches) > 1:
            numbers = ", ".join(n for _i, n in matches)
            raise IllegalTransition(
                Sentence(
                    N_(
                        "{title} is asked for by several requests ({numbers}); scan the "
                        "pull slip first, then the copy."
                    ),
                    title=copy.title,
                    numbers=numbers,
                )
            )
        return matches[0][0]

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
