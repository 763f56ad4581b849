"""Storing the messages a :class:`~illdesk.services.ports.PeerMessenger` made, and the
plain copy of a request it makes them from: the ORM side of the peer port."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal

from sqlalchemy.orm import Session

from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.persistence import orm
from illdesk.persistence.database import AFTER_COMMIT
from illdesk.services.mapping import citation_from_orm
from illdesk.services.ports import (
    OutgoingMessage,
    PeerPartner,
    PeerPatron,
    PeerRequest,
    PeerRotaEntry,
)


def peer_partner(partner: orm.Partner) -> PeerPartner:
    return PeerPartner(
        partner.id, partner.name, partner.symbol, partner.iso18626_endpoint, partner.currency
    )


def peer_request(
    request: orm.Request, policy_charge: Decimal | None = None, state_before: str | None = None
) -> PeerRequest:
    """What a partner may be told about ``request``, copied out of the session;
    ``policy_charge`` is what our lending policy charges for it (lending requests);
    ``state_before`` the state its last step left (else read from its history)."""
    if state_before is None:
        state_before = request.events[-1].from_state if request.events else ""
    return PeerRequest(
        id=request.id,
        number=request.number,
        side=Side(request.side),
        service_type=ServiceType(request.service_type),
        state=State(request.state),
        state_before=state_before,
        external_id=request.external_id,
        citation=citation_from_orm(request.citation),
        partner=peer_partner(request.partner) if request.partner is not None else None,
        rota=tuple(
            PeerRotaEntry(peer_partner(e.partner), e.status, e.record_id) for e in request.rota
        ),
        due_date=request.due_date,
        needed_by=request.needed_by,
        item_barcode=request.items[0].barcode if request.items else "",
        max_cost=request.max_cost,
        offer_cost=request.offer_cost,
        offer_currency=request.offer_currency,
        conditions=request.conditions,
        note_to_lender=request.note_to_lender,
        supplier_record_id=request.supplier_record_id,
        copyright_compliance=request.copyright_compliance,
        policy_charge=policy_charge,
        patron=(
            PeerPatron(request.patron.barcode, request.patron.name, request.patron.category)
            if request.patron is not None
            else None
        ),
    )


def queue_outgoing(
    session: Session, messages: Iterable[OutgoingMessage], wake: Callable[[], None]
) -> list[orm.OutboxMessage]:
    """Add an outbox row for each message to ``session``; ``wake()`` runs once after the
    transaction commits (never when it rolls back)."""
    rows = []
    for message in messages:
        moment = _naive_utc(message.at)
        row = orm.OutboxMessage(
            partner_id=message.partner_id,
            partner_agency=message.partner_agency,
            endpoint=message.endpoint,
            body=message.body,
            kind=message.kind,
            request_id=message.request_id,
            request_ref=message.request_ref,
            created_at=moment,
            next_attempt_at=moment,
            attempts=0,
            state="queued",
            last_error="",
        )
        session.add(row)
        rows.append(row)
    if rows:
        hooks = session.info.setdefault(AFTER_COMMIT, [])
        if wake not in [getattr(h, "wake", None) for h in hooks]:
            hooks.append(_Wake(wake))
    return rows


class _Wake:
    """An after-commit hook that wakes the sender once per transaction."""

    def __init__(self, wake: Callable[[], None]) -> None:
        self.wake = wake

    def __call__(self, _db: object) -> None:
        self.wake()


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    """Naive UTC for a DateTime column (a naive value is taken to be UTC already), as the
    outbox stores it (``outbox_store.to_db_time``, not imported here: it brings the whole
    ISO 18626 transport, which the desk does not need to start)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)
