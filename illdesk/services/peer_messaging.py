"""Telling partner libraries what we did, by ISO 18626, through the outbox.

:class:`Iso18626Peer` is the :class:`~illdesk.services.ports.PeerMessenger` the
request service calls inside an action's transaction: it composes the message
our action owes the partner (a request or a requesting agency message when we
borrow, a supplying agency message when we lend) and builds and validates it; the
request service stores it as an ``outbox_message`` row in the same session
(:func:`~illdesk.services.peer_outbox.queue_outgoing`).  Nothing goes over the
network here; after the commit the worker is woken to send it.

Partners without an ISO 18626 endpoint (e-mail or manual partners) are skipped.
A message caused by an incoming message is not echoed back to its sender,
except the answer the sender asked for (a CancelResponse).  The peer sees the request
only as the plain :class:`~illdesk.services.ports.PeerRequest` the request service
copies out of its session; it never touches the database.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.interop.iso18626.compose import action_message, header_for, status_update
from illdesk.interop.iso18626.config import our_agency
from illdesk.interop.iso18626.messages import (
    AgencyId,
    BillingInfo,
    Costs,
    ElectronicAddress,
    Header,
    Message,
    PatronInfo,
    PhysicalAddress,
    ReasonForMessage,
    Request,
    RequestedDeliveryInfo,
    RequestingAgencyInfo,
    RequestType,
    ServiceInfo,
)
from illdesk.interop.iso18626.status_map import (
    borrowing_sends_request,
    iso_service_type,
    status_for_lending,
)
from illdesk.persistence.database import Database
from illdesk.services.peer_citation import bibliographic_for, publication_for
from illdesk.services.ports import (
    FactSource,
    OutgoingMessage,
    PeerNews,
    PeerPartner,
    PeerRequest,
)
from illdesk.services.requests import Clock, RequestService, local_now

if TYPE_CHECKING:
    from illdesk.interop.iso18626.schema import Iso18626Schema

log = logging.getLogger(__name__)

UtcClock = Callable[[], datetime]

BORROWING_SENDS = frozenset(
    {
        Action.SEND_TO_LENDER,
        Action.LENDER_UNFILLED,
        Action.ACCEPT_CONDITIONS,
        Action.DECLINE_CONDITIONS,
        Action.REQUEST_RENEWAL,
        Action.RETURN_TO_LENDER,
        Action.RECEIVE,
        Action.CANCEL,
    }
)
LENDING_SENDS = frozenset(
    {
        Action.PULL,
        Action.ANSWER_UNFILLED,
        Action.ANSWER_CONDITIONAL,
        Action.SHIP,
        Action.GRANT_RENEWAL,
        Action.REFUSE_RENEWAL,
        Action.RECALL,
        Action.MARK_OVERDUE,
        Action.RECEIVE_RETURN,
        Action.SEND_COPY,
        Action.CANCEL,
    }
)
_ASKED_BEFORE = frozenset({State.REQUESTED, State.CONDITIONAL, State.SHIPPED_BY_LENDER})


class PeerMessagingUnavailable(DeskError):
    """A partner should be told by ISO 18626 but the message cannot be made."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def patron_info_for(request: PeerRequest, identity: bool) -> PatronInfo | None:
    """What a lender learns about our patron: nothing (the item, our library and where to
    deliver are all a lender needs), unless the library chose to tell partners who the
    patron is (``privacy.tell_partners_patron``): card number, name and category."""
    patron = request.patron
    if patron is None or not identity:
        return None
    category = patron.category.strip() or None
    surname, _, given = (part.strip() for part in patron.name.partition(","))
    return PatronInfo(
        patron_id=patron.barcode or None,
        surname=surname or None,
        given_name=given or None,
        patron_type=category,
    )


def agency_of(symbol: str, default_type: str = "ISIL") -> AgencyId:
    """A partner's agency id from its symbol: ``ISIL:DE-1`` or just ``DE-1`` (default type)."""
    text = symbol.strip()
    kind, sep, value = text.partition(":")
    if sep and kind.strip() and value.strip():
        return AgencyId.of(kind.strip(), value.strip())
    return AgencyId.of(default_type or "ISIL", text)


def our_agency_id(settings: Settings) -> AgencyId:
    """Our agency id: the ISO 18626 setting, else the library symbol."""
    configured = our_agency(settings)
    if configured is not None:
        return configured
    kind = settings.get_str("interop.iso18626.agency_id_type").strip() or "ISIL"
    return AgencyId.of(kind, settings.get_str("library.symbol").strip())


@dataclass(frozen=True)
class _Answering:
    partner_id: int | None
    reply: ReasonForMessage | None


_ANSWERING: ContextVar[_Answering | None] = ContextVar("iso18626_answering", default=None)


@contextmanager
def answering(partner_id: int | None, reply: ReasonForMessage | None = None) -> Iterator[None]:
    """Within the block, changes are caused by a message from ``partner_id``.

    Messages to that partner are not sent back to it, except ``reply`` (the answer
    its message asked for, e.g. a CancelResponse).
    """
    token = _ANSWERING.set(_Answering(partner_id, reply))
    try:
        yield
    finally:
        _ANSWERING.reset(token)


class Iso18626Peer:
    """The ISO 18626 messages an action owes the partner, built and checked against the
    schema, from plain :class:`~illdesk.services.ports.PeerRequest` copies (no ORM)."""

    def __init__(
        self, settings: Settings, schema: Iso18626Schema | None = None, *, clock: UtcClock = utc_now
    ) -> None:
        self._settings = settings
        self._schema = schema
        """Given, or loaded with the first message: the XSD and lxml are not needed to
        open the desk (the listener's start, right after it is shown, asks for it)."""
        self._clock = clock
        self._wake: list[Callable[[], None]] = []

    @property
    def schema(self) -> Iso18626Schema:
        if self._schema is None:
            from illdesk.interop.iso18626.schema import load_schema

            self._schema = load_schema(settings=self._settings)  # compiled once per file
        return self._schema

    def on_queued(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs after a transaction that queued a message commits."""
        self._wake.append(callback)

    # -- PeerMessenger -----------------------------------------------------------------------
    def messages_for(self, news: PeerNews) -> list[OutgoingMessage]:
        request = news.request
        return [
            self.outgoing(partner, message, request)
            for partner, message in self._messages(request, news.action, news.note)
        ]

    def cancel_messages(
        self, request: PeerRequest, partner: PeerPartner, note: str
    ) -> list[OutgoingMessage]:
        """An ISO 18626 Cancel of ``request`` to ``partner`` (a lender left behind, e.g.
        one that did not answer in time); none when that partner is not reached so."""
        if not self._reachable(partner):
            return []
        header = self._header(request, partner, self._clock())
        message = action_message(header, Action.CANCEL, note=note or None)
        return [self.outgoing(partner, message, request)]

    def queued(self) -> None:
        for callback in self._wake:
            try:
                callback()
            except Exception:  # waking is a courtesy; the worker polls anyway
                log.exception("waking the outbox worker failed")

    def outgoing(
        self, partner: PeerPartner, message: Message, request: PeerRequest | None
    ) -> OutgoingMessage:
        """``message`` built (validated) as the outbox row it becomes."""
        from illdesk.interop.iso18626.build import MessageInvalid, build_message
        from illdesk.interop.iso18626.schema import SchemaUnavailable

        try:
            body = build_message(message, self.schema)
        except SchemaUnavailable as exc:
            raise PeerMessagingUnavailable(
                Sentence(
                    N_(
                        "{name} ({symbol}) cannot be told by ISO 18626: {message} Nothing was "
                        "changed."
                    ),
                    name=partner.name,
                    symbol=partner.symbol,
                    message=exc.message,
                )
            ) from exc
        except MessageInvalid as exc:
            raise PeerMessagingUnavailable(
                Sentence(
                    N_(
                        "{name} ({symbol}) cannot be told by ISO 18626: {message}. Nothing was "
                        "changed."
                    ),
                    name=partner.name,
                    symbol=partner.symbol,
                    message=exc.message,
                )
            ) from exc
        return OutgoingMessage(
            partner_id=partner.id,
            partner_agency=self.partner_agency(partner).key,
            endpoint=partner.endpoint.strip(),
            body=body,
            kind=message.kind.value,
            request_id=request.id if request is not None else None,
            request_ref=request.number if request is not None else "",
            at=self._clock(),
        )

    # -- who and what ------------------------------------------------------------------------
    def partner_agency(self, partner: PeerPartner) -> AgencyId:
        return agency_of(
            partner.symbol, self._settings.get_str("interop.iso18626.agency_id_type").strip()
        )

    @staticmethod
    def _reachable(partner: PeerPartner | None) -> bool:
        return partner is not None and bool(partner.endpoint.strip())

    def _messages(
        self, request: PeerRequest, action: Action, note: str
    ) -> list[tuple[PeerPartner, Message]]:
        answering_now = _ANSWERING.get()
        wanted: list[tuple[PeerPartner, Message]] = []
        if request.side is Side.BORROWING and action in BORROWING_SENDS:
            wanted = self._borrowing(request, action, note)
        elif request.side is Side.LENDING and action in LENDING_SENDS:
            wanted = self._lending(request, action, note, answering_now)
        kept = []
        for partner, message in wanted:
            if not self._reachable(partner):
                continue
            if answering_now is not None and answering_now.partner_id == partner.id:
                reply = getattr(getattr(message, "message_info", None), "reason_for_message", None)
                if answering_now.reply is None or reply is not answering_now.reply:
                    continue  # do not echo the sender's own news back to it
            kept.append((partner, message))
        return kept

    def _borrowing(
        self, request: PeerRequest, action: Action, note: str
    ) -> list[tuple[PeerPartner, Message]]:
        now = self._clock()
        partner = request.partner
        out: list[tuple[PeerPartner, Message]] = []
        if action is Action.DECLINE_CONDITIONS:
            declined = [e for e in request.rota if e.status == "declined"]
            if declined:
                old = declined[-1].partner
                out.append(
                    (
                        old,
                        action_message(
                            self._header(request, old, now), Action.CANCEL, note=note or None
                        ),
                    )
                )
            if (
                partner is not None
                and (not declined or partner.id != declined[-1].partner.id)
                and request.state is State.REQUESTED
            ):
                out.append((partner, self._request_message(request, partner, RequestType.NEW)))
            return out
        if partner is None:
            return out
        request_type = borrowing_sends_request(action)
        if request_type is not None:
            out.append((partner, self._request_message(request, partner, request_type)))
            return out
        if action is Action.CANCEL and request.state_before not in {s.value for s in _ASKED_BEFORE}:
            return out  # never sent to a lender: nobody to tell
        out.append(
            (
                partner,
                action_message(self._header(request, partner, now), action, note=note or None),
            )
        )
        return out

    def _lending(
        self, request: PeerRequest, action: Action, note: str, answering_now: _Answering | None
    ) -> list[tuple[PeerPartner, Message]]:
        partner = request.partner
        if partner is None or not request.external_id.strip():
            return []  # not a request the borrower sent us by ISO 18626
        now = self._clock()
        state = request.state
        reason = ReasonForMessage.STATUS_CHANGE
        answer: bool | None = None
        if action in (Action.GRANT_RENEWAL, Action.REFUSE_RENEWAL):
            reason, answer = ReasonForMessage.RENEW_RESPONSE, action is Action.GRANT_RENEWAL
        if (
            action is Action.CANCEL
            and answering_now is not None
            and answering_now.partner_id == partner.id
            and answering_now.reply is ReasonForMessage.CANCEL_RESPONSE
        ):
            reason, answer = ReasonForMessage.CANCEL_RESPONSE, True
        due = datetime.combine(request.due_date, dt.time(12, 0), UTC) if request.due_date else None
        offer = None
        if request.offer_cost is not None:
            currency = request.offer_currency or self._currency(partner)
            offer = Costs(currency, request.offer_cost)
        charge = offer  # the cost the borrower accepted, else what our policy charges
        if charge is None and request.policy_charge is not None and request.policy_charge > 0:
            charge = Costs(self._currency(partner), request.policy_charge)
        message = status_update(
            self._header(request, partner, now),
            state,
            request.service_type,
            now=now,
            reason=reason,
            answer=answer,
            note=note or None,
            unfilled_reason=(note or None) if action is Action.ANSWER_UNFILLED else None,
            conditions=(note or None) if action is Action.ANSWER_CONDITIONAL else None,
            due_date=due
            if state in (State.SHIPPED, State.ON_LOAN, State.RECALLED, State.OVERDUE)
            else None,
            item_id=request.item_barcode or None,
            offered_costs=offer if action is Action.ANSWER_CONDITIONAL else None,
            delivery_costs=charge,
        )
        return [(partner, message)]

    @staticmethod
    def _currency(partner: PeerPartner) -> str:
        """What we charge ``partner`` in (as the lending charges do)."""
        return partner.currency.strip().upper()[:3] or "USD"

    def status_message(
        self,
        request: PeerRequest,
        *,
        reason: ReasonForMessage,
        answer: bool | None = None,
        note: str | None = None,
    ) -> OutgoingMessage | None:
        """The supplying agency message reporting our lending ``request`` as it is now,
        ready for the outbox; None when the request has no status to report or no partner
        reachable by ISO 18626."""
        partner = request.partner
        if (
            partner is None
            or not self._reachable(partner)
            or status_for_lending(request.state, request.service_type) is None
        ):
            return None
        now = self._clock()
        message = status_update(
            self._header(request, partner, now),
            request.state,
            request.service_type,
            now=now,
            reason=reason,
            answer=answer,
            note=note,
        )
        return self.outgoing(partner, message, request)

    def _header(self, request: PeerRequest, partner: PeerPartner, now: datetime) -> Header:
        if request.side is Side.BORROWING:
            return header_for(
                request.side,
                us=our_agency_id(self._settings),
                partner=self.partner_agency(partner),
                requesting_request_id=request.number,
                now=now,
            )
        return header_for(
            request.side,
            us=our_agency_id(self._settings),
            partner=self.partner_agency(partner),
            requesting_request_id=request.external_id,
            now=now,
            supplying_request_id=request.number,
        )

    def _request_message(
        self, request: PeerRequest, partner: PeerPartner, request_type: RequestType
    ) -> Request:
        now = self._clock()
        s = self._settings
        service_type = request.service_type
        citation = request.citation
        need = (
            datetime.combine(request.needed_by, dt.time(12, 0), UTC) if request.needed_by else None
        )
        physical = PhysicalAddress(
            line1=s.get_str("library.name") or None,
            line2=s.get_str("library.street") or None,
            locality=s.get_str("library.city") or None,
            postal_code=s.get_str("library.postal_code") or None,
            country=s.get_str("library.country") or None,
        )
        addresses: list[RequestedDeliveryInfo] = [RequestedDeliveryInfo(1, physical)]
        email = s.get_str("library.email").strip()
        if email:
            addresses.append(RequestedDeliveryInfo(2, ElectronicAddress("Email", email)))
        billing = None
        if request.max_cost is not None:
            billing = BillingInfo(maximum_costs=Costs(partner.currency or "USD", request.max_cost))
        note = request.note_to_lender.strip() or None
        if request_type is RequestType.RETRY:
            # The answer to their conditions: the cost they offered as our maximum, and what
            # we agree to in words (the retry reason they gave, echoed).
            if request.offer_cost is not None:
                billing = BillingInfo(
                    maximum_costs=Costs(
                        request.offer_currency or partner.currency or "USD", request.offer_cost
                    )
                )
            agreed = ""
            if request.conditions:
                agreed = f"We accept your conditions: {request.conditions}"
            note = " ".join(p for p in (agreed, note or "") if p) or None
        return Request(
            header=self._header(request, partner, now),
            bibliographic_info=replace(
                bibliographic_for(citation, service_type),
                supplier_unique_record_id=self._record_id_for(request, partner),
            ),
            publication_info=publication_for(citation),
            service_info=ServiceInfo(
                iso_service_type(service_type),
                request_type=request_type,
                need_before_date=need,
                copyright_compliance=request.copyright_compliance or None,
                note=note,
            ),
            requested_delivery_info=tuple(addresses),
            requesting_agency_info=RequestingAgencyInfo(s.get_str("library.name") or None),
            patron_info=patron_info_for(request, s.get_bool("privacy.tell_partners_patron")),
            billing_info=billing,
        )

    @staticmethod
    def _record_id_for(request: PeerRequest, partner: PeerPartner) -> str | None:
        """The lender's own record id, when staff found it in that lender's catalogue: the
        one Find lenders kept on the lender's rota entry, else the one typed on the request
        (sent to the first lender of the rota, the one it was looked up in, never the next)."""
        found = next((e.record_id.strip() for e in request.rota if e.partner.id == partner.id), "")
        if found:
            return found
        record = request.supplier_record_id.strip()
        if not record or not request.rota:
            return record or None
        return record if request.rota[0].partner.id == partner.id else None


class PeerAwareRequestService(RequestService):
    """The request service with an :class:`Iso18626Peer` telling partners of TELL_PEER
    effects."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Clock = local_now,
        peer: Iso18626Peer | None = None,
        fact_sources: Sequence[FactSource] = (),
    ) -> None:
        self.peer = peer if peer is not None else Iso18626Peer(settings)
        super().__init__(db, settings, clock, self.peer, fact_sources)
