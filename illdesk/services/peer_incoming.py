"""What an ISO 18626 message from a partner does to our database.

:class:`IncomingHandler` is the ``handle(message, notes, peer) -> Confirmation``
callback of :class:`~illdesk.interop.iso18626.transport.server.Iso18626Server`:

* a *request* makes a new lending request (the partner is recognised by its symbol;
  an unknown one is added to the directory), with the message as received and
  the notes on what was bent in its history;
* a *supplying agency message* (the lender's status) and a *requesting agency
  message* (the borrower's action) find our request and apply the action the
  status map gives through :meth:`RequestService.perform`, so each change is one
  history row and goes through the same state machine as a desk action;
* a message that changes no state is recorded as a history note;
* a message the request's state does not allow, or about a request we do not
  have, gets an ERROR confirmation and changes nothing.

Every call works in its own transactions, so the listener's threads may call it
at the same time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from illdesk.domain.charges import charge_amount_problem
from illdesk.domain.citation import Citation, check_citation
from illdesk.domain.errors import ConflictError, DeskError, IllegalTransition
from illdesk.domain.lending_policy import Material
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.interop.iso18626.messages import (
    AgencyId,
    Confirmation,
    Costs,
    ElectronicAddress,
    ErrorType,
    IsoAction,
    Message,
    PhysicalAddress,
    ReasonForMessage,
    Request,
    RequestingAgencyMessage,
    RequestType,
    Status,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.status_map import (
    RETRY_REASON_CONDITIONS,
    Incoming,
    IncomingError,
    error_confirmation,
    error_for_illegal,
    incoming,
    loan_condition_code,
    loan_condition_words,
    ok_confirmation,
    our_service_type,
    reason_retry_words,
    reason_unfilled_words,
)
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.mapping import citation_from_orm
from illdesk.services.peer_citation import citation_from_request
from illdesk.services.peer_messaging import (
    Iso18626Peer,
    UtcClock,
    answering,
    our_agency_id,
    utc_now,
)
from illdesk.services.peer_outbox import peer_request, queue_outgoing
from illdesk.services.requests import ActionInput, Clock, RequestService, local_now

if TYPE_CHECKING:
    from illdesk.interop.iso18626.transport.server import Peer

log = logging.getLogger(__name__)

NOTE_ACTION = "peer_message"
"""The history row's action for a message that changes no state."""
_SOFT_FIELDS = frozenset({"isbn", "issn", "year"})
_ATTEMPTS = 3


def staff_name(symbol: str) -> str:
    """Who did it, in the history: the partner, by ISO 18626."""
    return f"ISO 18626 ({symbol})"


def _matches(partner: orm.Partner, agency: AgencyId | None) -> bool:
    if agency is None:
        return False
    return partner.symbol.strip().casefold() in {agency.key.casefold(), agency.value.casefold()}


@dataclass(frozen=True)
class _Found:
    request_id: int
    number: str
    state: State
    service_type: ServiceType
    version: int
    partner_id: int
    symbol: str


class IncomingHandler:
    """Applies incoming ISO 18626 messages to the database (the listener's handler)."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Clock = local_now,
        *,
        requests: RequestService,
        peer: Iso18626Peer,
        utc_clock: UtcClock = utc_now,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._requests = requests
        self._peer = peer
        self._utc = utc_clock
        # SQLite has one writer at a time: messages are applied one after the other, so a
        # burst waits its turn instead of failing on "database is locked" mid-transaction.
        self._serial = threading.Lock() if db.is_sqlite else contextlib.nullcontext()

    def __call__(self, message: Message, notes: list[str], sender: Peer) -> Confirmation:
        return self.handle(message, notes, sender)

    def handle(self, message: Message, notes: list[str], sender: Peer) -> Confirmation:
        with self._serial:
            return self._handle(message, notes, sender)

    def _handle(self, message: Message, notes: list[str], sender: Peer) -> Confirmation:
        wrong = self.misaddressed(message)
        if wrong and sender.authenticated_by != "file":
            return error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                wrong,
                about=message,
                now=self._utc(),
                received_at=sender.received_at,
            )
        if wrong:  # a file staff chose to import: taken, and the history says so
            notes = [*notes, wrong]
        if isinstance(message, Request):
            return self._request(message, notes, sender)
        if isinstance(message, SupplyingAgencyMessage | RequestingAgencyMessage):
            for attempt in range(_ATTEMPTS):
                try:
                    return self._status_or_action(message, notes, sender)
                except ConflictError:
                    if attempt == _ATTEMPTS - 1:
                        raise  # the listener answers "try again later"; the peer retries
            raise AssertionError("unreachable")
        return error_confirmation(
            ErrorType.BADLY_FORMED_MESSAGE,
            "A confirmation is not sent on its own.",
            about=message,
            now=self._utc(),
        )

    def misaddressed(self, message: Message) -> str:
        """Words for a message not addressed to us ("" when it is, or cannot be told):
        a request or a borrower's action must name us as the supplying agency, a lender's
        message must name us as the requesting agency."""
        if isinstance(message, Request | RequestingAgencyMessage):
            addressee, role = message.header.supplying_agency_id, "supplying"
        elif isinstance(message, SupplyingAgencyMessage):
            addressee, role = message.header.requesting_agency_id, "requesting"
        else:
            return ""
        us = our_agency_id(self._settings)
        if addressee is None or not us.value.strip():
            return ""
        if addressee.value.strip().casefold() == us.value.strip().casefold():
            return ""
        return (
            f"This message names {addressee.key} as the {role} agency; we are {us.key}. "
            "It was not applied."
        )

    # -- a new request -----------------------------------------------------------------------
    def _request(self, message: Request, notes: list[str], sender: Peer) -> Confirmation:
        now = self._utc()
        agency = message.header.requesting_agency_id
        their_id = message.header.requesting_agency_request_id.strip()
        service_type = our_service_type(
            message.service_info.service_type if message.service_info else None
        )
        citation, kept_aside = citation_from_request(message, service_type)
        citation, problems = _soften(citation, service_type, kept_aside)
        if problems:
            return error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                "The request cannot be taken in: " + " ".join(problems),
                about=message,
                now=now,
                received_at=sender.received_at,
            )
        for attempt in range(_ATTEMPTS):
            try:
                with self._db.transaction() as session:
                    partner, added = self._partner_for(session, agency, message)
                    partner_id, symbol = partner.id, partner.symbol
                    found = self._stored(session, partner.id, their_id)
                break
            except IntegrityError:  # another thread added the same partner just now
                if attempt == _ATTEMPTS - 1:
                    raise
        if found is not None:
            return self._request_again(message, found, notes, sender, citation, service_type)
        request_type = message.service_info.request_type if message.service_info else None
        if request_type in (RequestType.RETRY, RequestType.REMINDER):
            return error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                f"A {request_type.value} for request {their_id}, but we have no request "
                f"{their_id} from {agency.key}; send it as a New request.",
                about=message,
                now=now,
                received_at=sender.received_at,
            )
        words = [
            f"Request {their_id} received by ISO 18626 from {agency.key} "
            f"({sender.address}, by {sender.authenticated_by})."
        ]
        if added:
            arrived, missing = self.new_partner_facts(partner_id)
            words.append(
                f"{agency.key} was not in the partner directory: added from its request "
                f"({', '.join(arrived) or 'its symbol only'})."
                + (f" Missing: {', '.join(missing)}; fill them in." if missing else "")
            )
        info = message.requesting_agency_info
        if info is not None and info.name:
            words.append(f"Requesting library: {info.name}.")
        if message.service_info is not None and message.service_info.note:
            words.append(f"Their note: {message.service_info.note}")
        record = (message.bibliographic_info.supplier_unique_record_id or "").strip()
        if record:
            words.append(f"Our record, as they found it in our catalogue: {record}.")
        words.extend(kept_aside)
        if notes:
            words.append("Read with adjustments: " + "; ".join(notes))
        from illdesk.interop.iso18626.safe_xml import without_patron  # (lxml)

        words.append("Message as received:\n" + without_patron(sender.body))
        need = message.service_info.need_before_date if message.service_info is not None else None
        delivery = delivery_address(message)
        if delivery:
            words.append("Deliver to: " + " / ".join(delivery.splitlines()))
        patron_id = (message.patron_info.patron_id or "").strip() if message.patron_info else ""
        if patron_id:
            words.append(f"Their patron: {patron_id}.")
        try:
            self._requests.create_lending(
                partner_id=partner_id,
                delivery_address=delivery,
                partner_patron_id=patron_id[:100],
                citation=citation,
                service_type=service_type,
                staff=staff_name(symbol),
                needed_by=need.date() if need else None,
                external_id=their_id,
                note="\n".join(words),
                material=Material.SERIAL
                if service_type is ServiceType.COPY and citation.journal
                else Material.BOOK,
            )
        except IntegrityError:
            # The same request delivered twice at once: the unique key on partner and
            # request id let one in; this one is the resend (or a clash) of it.
            with self._db.reading() as session:
                again = self._stored(session, partner_id, their_id)
            if again is None:
                raise
            return self._request_again(message, again, notes, sender, citation, service_type)
        return ok_confirmation(message, now=self._utc(), received_at=sender.received_at)

    @staticmethod
    def _stored(session: Session, partner_id: int, their_id: str) -> _Found | None:
        existing = session.scalars(
            select(orm.Request)
            .where(
                orm.Request.side == Side.LENDING.value,
                orm.Request.partner_id == partner_id,
                orm.Request.external_id == their_id,
            )
            .order_by(orm.Request.id.desc())
        ).first()
        return _found(existing) if existing is not None else None

    def _request_again(
        self,
        message: Request,
        found: _Found,
        notes: list[str],
        sender: Peer,
        citation: Citation,
        service_type: ServiceType,
    ) -> Confirmation:
        """A request id we already have: a Retry after conditions, a Reminder, a resend
        after a lost answer (the same content: answered OK again, nothing stored twice) or
        an id reused for another request (refused: "already exists")."""
        request_type = message.service_info.request_type if message.service_info else None
        if request_type is RequestType.RETRY and found.state is State.CONDITIONAL:
            decision: Incoming | IncomingError = Incoming(
                Action.BORROWER_ACCEPTS, note="The borrower accepts the conditions."
            )
            return self._apply(message, decision, found, notes, sender)
        if request_type is RequestType.REMINDER:
            reminder = Incoming(None, note="The borrower sends a reminder.")
            return self._apply(message, reminder, found, notes, sender)
        if request_type is not RequestType.RETRY:
            with self._db.reading() as session:
                stored = session.get(orm.Request, found.request_id)
                same = stored is not None and (
                    citation_from_orm(stored.citation) == citation
                    and stored.service_type == service_type.value
                )
            if not same:
                their_id = message.header.requesting_agency_request_id.strip()
                return error_confirmation(
                    ErrorType.UNRECOGNISED_DATA_VALUE,
                    f"Request id {their_id} already exists (our {found.number}) with other "
                    "content; a new request needs a new requestingAgencyRequestId.",
                    about=message,
                    now=self._utc(),
                    received_at=sender.received_at,
                )
        return ok_confirmation(message, now=self._utc(), received_at=sender.received_at)

    def new_partner_facts(self, partner_id: int) -> tuple[list[str], list[str]]:
        """What a partner record holds and lacks, as field names (name, street, city,
        postal_code, country, email, iso18626_endpoint) in that order."""
        with self._db.reading() as session:
            partner = session.get(orm.Partner, partner_id)
            if partner is None:
                return [], []
            arrived = [f for f in PARTNER_FIELDS if _has_own(partner, f)]
            return arrived, [f for f in PARTNER_FIELDS if f not in arrived]

    def _partner_for(
        self, session: Session, agency: AgencyId, message: Request | None = None
    ) -> tuple[orm.Partner, bool]:
        wanted = {agency.key.casefold(), agency.value.casefold()}
        partners = session.scalars(
            select(orm.Partner)
            .where(func.lower(orm.Partner.symbol).in_(sorted(wanted)))
            .order_by(orm.Partner.id)
        ).all()
        exact = [p for p in partners if p.symbol.casefold() == agency.key.casefold()]
        if exact or partners:
            return (exact or list(partners))[0], False
        default_type = self._settings.get_str("interop.iso18626.agency_id_type").strip()
        symbol = agency.value if agency.type.value == (default_type or "ISIL") else agency.key
        partner = orm.Partner(
            name=symbol,
            symbol=symbol[:40],
            country="",
            notes="Added when its first ISO 18626 request arrived.",
        )
        if message is not None:
            _fill_partner(partner, message)
        session.add(partner)
        session.flush()
        return partner, True

    # -- status from a lender, action from a borrower ----------------------------------------
    def _status_or_action(
        self,
        message: SupplyingAgencyMessage | RequestingAgencyMessage,
        notes: list[str],
        sender: Peer,
    ) -> Confirmation:
        their_id = message.header.requesting_agency_request_id.strip()
        if isinstance(message, SupplyingAgencyMessage):
            side, agency = Side.BORROWING, message.header.supplying_agency_id
        else:
            side, agency = Side.LENDING, message.header.requesting_agency_id
        with self._db.reading() as session:
            found, problem = self._find(session, side, their_id, agency)
        if found is None:
            return error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                problem,
                about=message,
                now=self._utc(),
                received_at=sender.received_at,
            )
        decision = incoming(message, side, found.service_type, found.state)
        if (
            isinstance(message, RequestingAgencyMessage)
            and message.action is IsoAction.RENEW
            and isinstance(decision, Incoming)
            and decision.action is None
            and self._settings.get_bool("lending.renewals_by_policy")
        ):
            decision = self._renewal_by_policy(found, decision)
        if (
            isinstance(message, SupplyingAgencyMessage)
            and message.status is Status.OVERDUE
            and found.state in _ON_LOAN
        ):
            decision = self._lender_overdue(found, decision)
        return self._apply(message, decision, found, notes, sender)

    def _lender_overdue(self, found: _Found, asked: Incoming | IncomingError) -> Incoming:
        """The lender says the loan is overdue: it is recorded whatever our state (the item
        may still wait for pickup, or our patron's date may not have come yet); the state
        moves to Overdue only where our own workflow allows it."""
        legal = {choice.action for choice in self._requests.detail(found.request_id).actions}
        if isinstance(asked, Incoming) and asked.action in legal:
            return asked
        note = asked.note if isinstance(asked, Incoming) else ""
        return Incoming(None, note=note or "The lender says the loan is overdue.")

    def _renewal_by_policy(self, found: _Found, asked: Incoming) -> Incoming:
        """A borrower asks to renew: grant it when the lending policy leaves a renewal,
        refuse it when none is left; anything else (already returned) is only noted."""
        legal = {choice.action for choice in self._requests.detail(found.request_id).actions}
        if Action.GRANT_RENEWAL in legal:
            return Incoming(
                Action.GRANT_RENEWAL,
                reply=asked.reply,
                note=asked.note or "Granted under the lending policy.",
            )
        if Action.REFUSE_RENEWAL in legal:
            return Incoming(
                Action.REFUSE_RENEWAL,
                reply=asked.reply,
                note=asked.note,
                reason="No renewals are left under the lending policy.",
            )
        return asked

    def _find(
        self, session: Session, side: Side, their_id: str, agency: AgencyId | None
    ) -> tuple[_Found | None, str]:
        who = agency.key if agency else "an unnamed library"
        if side is Side.BORROWING:
            request = session.scalars(
                select(orm.Request).where(
                    orm.Request.number == their_id.upper(), orm.Request.side == Side.BORROWING.value
                )
            ).first()
            if request is None:
                return None, f"We have no borrowing request {their_id}."
            if request.partner is None or not _matches(request.partner, agency):
                return None, f"Our request {their_id} is not with {who} as lender now."
            return _found(request), ""
        for request in session.scalars(
            select(orm.Request)
            .where(orm.Request.external_id == their_id, orm.Request.side == Side.LENDING.value)
            .order_by(orm.Request.id.desc())
        ):
            if request.partner is not None and _matches(request.partner, agency):
                return _found(request), ""
        return None, f"We have no request {their_id} from {who}."

    def _apply(
        self,
        message: Message,
        decision: Incoming | IncomingError,
        found: _Found,
        notes: list[str],
        sender: Peer,
    ) -> Confirmation:
        if isinstance(decision, IncomingError) and _answers_our_cancel(message):
            # "yes, cancelled" for a request that already ended here (e.g. unfilled after
            # we declined the conditions): nothing left to change, but worth a note
            decision = Incoming(None, note=decision.text)
        if isinstance(decision, IncomingError):
            return error_confirmation(
                decision.error_type,
                decision.text,
                about=message,
                now=self._utc(),
                received_at=sender.received_at,
            )
        staff = staff_name(found.symbol)
        words = _describe(message, decision, notes)
        remember = _remembering(message, self._clock(), found.symbol)
        if decision.action is None:
            self._record_only(found, staff, words, decision.reply, message, remember)
            return ok_confirmation(message, now=self._utc(), received_at=sender.received_at)
        given = ActionInput(
            note=_reason_or(words, decision),
            due_date=_due_date(message),
            item_barcode=_item_id(message, decision.action),
        )
        try:
            with answering(found.partner_id, decision.reply):
                self._requests.perform(
                    found.request_id,
                    decision.action,
                    staff=staff,
                    expected_version=found.version,
                    given=given,
                    also=remember,
                )
        except ConflictError:
            raise
        except IllegalTransition as exc:
            return error_for_illegal(message, exc.message, now=self._utc())
        except DeskError as exc:
            log.info(
                "incoming %s for %s refused: %s", message.kind.value, found.number, exc.message
            )
            return error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                exc.message,
                about=message,
                now=self._utc(),
                received_at=sender.received_at,
            )
        return ok_confirmation(message, now=self._utc(), received_at=sender.received_at)

    def _record_only(
        self,
        found: _Found,
        staff: str,
        words: str,
        reply: ReasonForMessage | None,
        message: Message,
        remember: Remember | None = None,
    ) -> None:
        """A message that changes no state: one history note, and the answer it asks for."""
        with self._db.transaction() as session:
            request = session.get(orm.Request, found.request_id)
            if request is None:
                return
            lender_due = request.lender_due_date
            if remember is not None:
                remember(session, request)
            words = " ".join(p for p in (words, self._follow_lender_date(request, lender_due)) if p)
            request.events.append(
                orm.RequestEvent(
                    at=self._clock(),
                    staff=staff,
                    action=NOTE_ACTION,
                    from_state=request.state,
                    to_state=request.state,
                    note=words,
                )
            )
            answer: bool | None = None
            if reply is ReasonForMessage.CANCEL_RESPONSE:
                answer = False  # the cancel came too late: the answer is no
            if reply in (
                ReasonForMessage.CANCEL_RESPONSE,
                ReasonForMessage.STATUS_REQUEST_RESPONSE,
            ):
                status = self._peer.status_message(
                    peer_request(request), reason=reply, answer=answer
                )
                if status is not None:
                    queue_outgoing(session, [status], self._peer.queued)

    def _follow_lender_date(self, request: orm.Request, before: dt.date | None) -> str:
        """The lender moved its due date without a state change (a second RenewResponse,
        a StatusChange with a new dueDate): the patron's date follows it, the buffer before,
        never in the past; words for the history ("" when nothing moved)."""
        after = request.lender_due_date
        if (
            request.side != Side.BORROWING.value
            or after is None
            or after == before
            or request.due_date is None
            or State(request.state) not in _ON_LOAN
        ):
            return ""
        buffer = dt.timedelta(days=self._settings.get_int("borrowing.due_buffer_days"))
        request.due_date = max(self._clock().date(), after - buffer)
        return (
            f"Due to the lender {after.isoformat()}; due (patron) {request.due_date.isoformat()}."
        )


PARTNER_FIELDS = ("name", "street", "city", "postal_code", "country", "email", "iso18626_endpoint")
"""What the desk needs of a partner to answer it, by letter, e-mail and ISO 18626."""


def _has_own(partner: orm.Partner, name: str) -> bool:
    value = str(getattr(partner, name) or "").strip()
    return bool(value) and not (name == "name" and value == partner.symbol)


def _fill_partner(partner: orm.Partner, message: Request) -> None:
    """A partner added from its first request takes what the request says of it: the name
    and address in requestingAgencyInfo, an e-mail address, and an http(s) address as its
    ISO 18626 endpoint (how mod-rs/crosslink peers publish theirs)."""
    info = message.requesting_agency_info
    addresses = list(info.addresses) if info is not None else []
    addresses += [d.address for d in message.requested_delivery_info if d.address is not None]
    if info is not None and info.name and info.name.strip():
        partner.name = info.name.strip()[:200]
    physical = next((a for a in addresses if isinstance(a, PhysicalAddress)), None)
    if physical is not None:
        street = [
            line.strip()
            for line in (physical.line1, physical.line2)
            if line and line.strip() and line.strip() != partner.name
        ]
        partner.street = ", ".join(street)[:200]
        partner.city = (physical.locality or "").strip()[:120]
        partner.postal_code = (physical.postal_code or "").strip()[:20]
        partner.region = (physical.region or "").strip()[:120]
        country = (physical.country or "").strip()
        partner.country = country.upper() if len(country) == 2 and country.isalpha() else ""
    for address in addresses:
        if not isinstance(address, ElectronicAddress):
            continue
        data = address.data.strip()
        if "@" in data and not partner.email and " " not in data:
            partner.email = data.removeprefix("mailto:")[:200]
        elif data.lower().startswith(("http://", "https://")) and not partner.iso18626_endpoint:
            partner.iso18626_endpoint = data[:300]


def delivery_address(message: Request) -> str:
    """Where the borrower wants the item: the first physical requestedDeliveryInfo (by sort
    order), one line per line, the country code last; "" when none was given."""
    wanted = sorted(
        (d for d in message.requested_delivery_info if isinstance(d.address, PhysicalAddress)),
        key=lambda d: d.sort_order if d.sort_order is not None else 999,
    )
    if not wanted or not isinstance(wanted[0].address, PhysicalAddress):
        return ""
    a = wanted[0].address
    town = " ".join(p.strip() for p in (a.postal_code, a.locality, a.region) if p and p.strip())
    lines = [p.strip() for p in (a.line1, a.line2, town) if p and p.strip()]
    if a.country and a.country.strip():
        lines.append(a.country.strip().upper())
    return "\n".join(lines)


Remember = Callable[[Session, orm.Request], None]

_ON_LOAN = frozenset(
    {
        State.SHIPPED_BY_LENDER,
        State.RECEIVED,
        State.AWAITING_PICKUP,
        State.CHECKED_OUT,
        State.RENEWAL_REQUESTED,
        State.RECALLED,
        State.OVERDUE,
        State.RETURNED_BY_PATRON,
    }
)
"""Borrowing states in which the lender's item is with us (a lender's Overdue is taken)."""


def _remembering(message: Message, now: datetime, symbol: str = "") -> Remember | None:
    """What the partner's message says that the request keeps beside its state: the
    lender's due date, its overdue notice (applied in the action's own transaction)."""
    if not isinstance(message, SupplyingAgencyMessage) or message.status_info is None:
        return None
    info = message.status_info
    today = now.date()
    offer = _offer(message)
    costs = message.delivery_info.delivery_costs if message.delivery_info else None

    def remember(session: Session, request: orm.Request) -> None:
        if request.side != Side.BORROWING.value:
            return
        if costs is not None:
            _charge_delivery(session, request, costs, symbol, now)
        if info.status is Status.UNFILLED:
            why = reason_unfilled_words(message.message_info.reason_unfilled)
            note = (message.message_info.note or "").strip()
            words = f"{symbol} could not supply it: {why}." + (f" {note}" if note else "")
            if request.partner is not None and request.partner.symbol != symbol:
                words += f" Now asking {request.partner.symbol}."
            request.lender_problem = words[:500]
        elif info.status in (Status.LOANED, Status.COPY_COMPLETED, Status.WILL_SUPPLY):
            request.lender_problem = ""  # a lender goes ahead: the old problem is past
        if offer is not None and request.state == State.CONDITIONAL.value:
            conditions, cost, retry_after, reason = offer
            request.conditions = conditions[:500]
            request.offer_cost = cost.monetary_value if cost else None
            request.offer_currency = cost.currency_code.strip()[:3].upper() if cost else ""
            request.retry_after = retry_after
            request.retry_reason = reason[:200]
        if info.due_date is not None:
            request.lender_due_date = info.due_date.date()
        if info.status is Status.OVERDUE:
            request.lender_overdue_on = request.lender_overdue_on or (
                info.last_change.date() if info.last_change else today
            )
        elif info.status is Status.LOAN_COMPLETED or (
            info.due_date is not None and info.due_date.date() >= today
        ):
            request.lender_overdue_on = None  # returned, or renewed to a later date

    return remember


def _charge_delivery(
    session: Session, request: orm.Request, costs: Costs, symbol: str, when: datetime
) -> None:
    """A lender's deliveryCosts: the lender's charge on our request (counted against the
    budget like one staff record), once however often the message comes; an amount no
    charge can have is left in the history note only."""
    amount = costs.monetary_value
    if amount.is_finite() and amount == 0:
        return  # "no charge", said explicitly
    problem = charge_amount_problem(amount)
    currency = costs.currency_code.strip().upper()[:3]
    staff = staff_name(symbol)
    if problem is not None or not currency:
        why = problem or "no currency was given."
        request.events.append(
            orm.RequestEvent(
                at=when,
                staff=staff,
                action=NOTE_ACTION,
                from_state=request.state,
                to_state=request.state,
                note=f"{symbol} sent a delivery cost of {amount} {currency or '(no currency)'}; "
                f"not recorded as a charge: {why}",
            )
        )
        return
    amount = amount.quantize(Decimal("0.01"))
    what = f"Delivery cost charged by {symbol} (ISO 18626)"
    known = session.scalar(
        select(func.count())
        .select_from(orm.IllCharge)
        .where(
            orm.IllCharge.request_id == request.id,
            orm.IllCharge.amount == amount,
            orm.IllCharge.currency == currency,
            orm.IllCharge.what == what,
        )
    )
    if known:
        return
    at = when
    session.add(
        orm.IllCharge(
            request_id=request.id, amount=amount, currency=currency, what=what, at=at, staff=staff
        )
    )
    request.events.append(
        orm.RequestEvent(
            at=at,
            staff=staff,
            action="ill_charge",
            from_state=request.state,
            to_state=request.state,
            note=f"Charge {amount:.2f} {currency}: {what}.",
        )
    )


def _offer(
    message: SupplyingAgencyMessage,
) -> tuple[str, Costs | None, dt.date | None, str] | None:
    """A conditional or retry answer in full: every condition in words (the loan condition,
    the reason to retry, the lender's note), the cost offered, the retry-after date, the
    reason code; None for any other message."""
    info = message.message_info
    condition = message.delivery_info.loan_condition if message.delivery_info else None
    if message.status is not Status.RETRY_POSSIBLE and condition is None:
        return None
    parts: list[str] = []
    note = (info.note or "").strip()
    named = condition is not None and loan_condition_code(note) == condition.value.strip()
    if condition is not None and condition.value.strip() and not named:
        parts.append(loan_condition_words(condition.value))  # unless the note says it
    reason = info.reason_retry.value.strip() if info.reason_retry else ""
    if reason and message.status is Status.RETRY_POSSIBLE and reason != RETRY_REASON_CONDITIONS:
        parts.append(reason_retry_words(reason))  # "LoanCondition" says: see the note
    if info.offered_costs is not None:
        cost = info.offered_costs
        parts.append(f"Cost offered: {cost.monetary_value:.2f} {cost.currency_code}")
    if info.retry_after is not None:
        parts.append(f"Ask again after {info.retry_after.date().isoformat()}")
    if info.note and info.note.strip():
        parts.append(f"Lender's note: {info.note.strip()}" if parts else info.note.strip())
    return (
        ". ".join(parts) if parts else "Conditions",
        info.offered_costs,
        info.retry_after.date() if info.retry_after else None,
        reason,
    )


def _found(request: orm.Request) -> _Found:
    return _Found(
        request.id,
        request.number,
        State(request.state),
        ServiceType(request.service_type),
        request.version,
        request.partner_id or 0,
        request.partner.symbol if request.partner else "?",
    )


def _soften(
    citation: Citation, service_type: ServiceType, kept_aside: list[str]
) -> tuple[Citation, list[str]]:
    """Clear fields a peer got wrong but that we can do without; return the hard problems."""
    hard: list[str] = []
    for problem in check_citation(citation, service_type):
        if problem.field in _SOFT_FIELDS:
            kept_aside.append(f"{problem.message} (left out)")
            citation = replace(citation, **{problem.field: ""})
        else:
            hard.append(problem.message)
    return citation, hard


def _describe(message: Message, decision: Incoming, notes: list[str]) -> str:
    parts: list[str] = []
    if isinstance(message, SupplyingAgencyMessage):
        status = message.status.value if message.status else "no status"
        reason = message.message_info.reason_for_message.value
        parts.append(f"ISO 18626 {status} ({reason}).")
        if message.status_info is not None and message.status_info.due_date is not None:
            parts.append(f"Due {message.status_info.due_date.date().isoformat()}.")
    elif isinstance(message, RequestingAgencyMessage):
        parts.append(f"ISO 18626 {message.action.value}.")
    if decision.reason:
        parts.append(decision.reason)
    if decision.note and decision.note != decision.reason:
        parts.append(decision.note)
    if notes:
        parts.append("Read with adjustments: " + "; ".join(notes))
    return " ".join(parts)


def _reason_or(words: str, decision: Incoming) -> str:
    """The note for the action: the partner's reason in its own words when the transition
    takes one (it becomes the conditions, the patron's notice text), else the description."""
    if decision.action is Action.LENDER_CONDITIONAL:
        return decision.note or decision.reason or words
    if decision.reason:
        return decision.reason
    return words


def _answers_our_cancel(message: Message) -> bool:
    return (
        isinstance(message, SupplyingAgencyMessage)
        and message.message_info.reason_for_message is ReasonForMessage.CANCEL_RESPONSE
    )


def _due_date(message: Message) -> dt.date | None:
    if isinstance(message, SupplyingAgencyMessage) and message.status_info is not None:
        due: datetime | None = message.status_info.due_date
        return due.date() if due else None
    return None


def _item_id(message: Message, action: Action) -> str:
    if (
        action is Action.LENDER_SHIPPED
        and isinstance(message, SupplyingAgencyMessage)
        and message.delivery_info is not None
        and message.delivery_info.item_id
    ):
        return message.delivery_info.item_id.strip()[:60]
    return ""
