"""Turning ORM records into the immutable rows the ui shows, and citations both ways."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Row, Select, any_, bindparam, inspect, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, joinedload, object_session
from sqlalchemy.orm.util import identity_key

from illdesk.domain.cards import card_expired
from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Terms
from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.domain.workflow import capabilities, describe_state
from illdesk.persistence import core_reads, orm
from illdesk.services.rows import (
    ActionChoice,
    HistoryRow,
    PartnerRow,
    PartnerSaid,
    PatronRow,
    RequestDetail,
    RequestRow,
    RotaRow,
)

_CITATION_FIELDS = tuple(f.name for f in fields(Citation))

WHOLE_REQUEST = (joinedload(orm.Request.items), joinedload(orm.Request.rota))
"""Loader options: a request with its items and its rota in one statement (an action's
guards ask for both), instead of one more statement for each."""

_WHOLE = select(orm.Request).options(*WHOLE_REQUEST)
_WHOLE_BY_ID = _WHOLE.where(orm.Request.id == bindparam("id"))
_WHOLE_BY_NUMBER = _WHOLE.where(orm.Request.number == bindparam("number"))
_WHOLE_BY_ITEM = _WHOLE.join(orm.RequestItem).where(
    orm.RequestItem.barcode == bindparam("barcode"), orm.Request.side == bindparam("side")
)
# built once: SQLAlchemy keeps a built statement's cache key, a scan's read does not
# compute it again (a statement made per call, or Session.get's own, does)


def _whole(
    session: Session, read: Select[Any], statement: Select[Any], params: dict[str, Any]
) -> list[orm.Request]:
    """The requests found, read in plain Core (``read``, from :mod:`core_reads`) when the
    session holds nothing yet, else by the ORM (``statement``, its twin)."""
    found = core_reads.whole_requests(session, read, params)
    if found is None:
        found = list(session.execute(statement, params).unique().scalars())
    return found


def whole_request(session: Session, request_id: int) -> orm.Request | None:
    """The request with ``request_id``, with :data:`WHOLE_REQUEST`; the one ``session``
    holds already when it read it (as :meth:`Session.get`)."""
    held = session.identity_map.get(identity_key(orm.Request, request_id))
    if held is not None and not inspect(held).expired:
        return held
    found = _whole(session, core_reads.BY_ID, _WHOLE_BY_ID, {"id": request_id})
    return found[0] if found else None


def whole_request_numbered(session: Session, number: str) -> orm.Request | None:
    """The request numbered ``number``, with :data:`WHOLE_REQUEST`."""
    found = _whole(session, core_reads.BY_NUMBER, _WHOLE_BY_NUMBER, {"number": number})
    return found[0] if found else None


def whole_requests_with_item(session: Session, barcode: str, side: Side) -> list[orm.Request]:
    """The requests of ``side`` an item with ``barcode`` is tied to, with
    :data:`WHOLE_REQUEST`."""
    params = {"barcode": barcode, "side": side.value}
    return _whole(session, core_reads.BY_ITEM, _WHOLE_BY_ITEM, params)


def citation_to_orm(citation: Citation) -> orm.Citation:
    return orm.Citation(**{name: getattr(citation, name).strip() for name in _CITATION_FIELDS})


def citation_from_orm(row: orm.Citation) -> Citation:
    return Citation(**{name: getattr(row, name) or "" for name in _CITATION_FIELDS})


def search_text(request: orm.Request) -> str:
    """Everything staff may type to find a request, lower-cased, in one column."""
    c = request.citation
    parts = [
        request.number,
        request.external_id,
        c.title,
        c.author,
        c.isbn,
        c.issn,
        c.oclc_number,
        c.journal,
        c.article_title,
    ]
    if request.patron is not None:
        parts += [request.patron.name, request.patron.barcode, request.patron.email]
    if request.partner is not None:
        parts += [request.partner.name, request.partner.symbol]
    parts += [item.barcode for item in request.items]
    return " ".join(p for p in parts if p).casefold()


def request_row(r: orm.Request) -> RequestRow:
    side = Side(r.side)
    state = State(r.state)
    if side is Side.BORROWING:
        who = r.patron.name if r.patron else ""
        partner = r.partner.symbol if r.partner else ""
    else:
        who = r.partner.name if r.partner else ""
        partner = r.partner.symbol if r.partner else ""
    c = r.citation
    return RequestRow(
        id=r.id,
        number=r.number,
        side=side,
        service_type=ServiceType(r.service_type),
        state=state,
        state_label=describe_state(state),
        title=c.article_title or c.title,
        author=c.author,
        who=who,
        partner=partner,
        needed_by=r.needed_by,
        due_date=r.due_date,
        updated_at=r.updated_at,
        version=r.version,
        queue=r.queue,
    )


def row_query() -> Select[*tuple[Any, ...]]:
    """The columns of a :class:`RequestRow`, without loading whole records (fast lists)."""
    return (
        select(
            orm.Request.id,
            orm.Request.number,
            orm.Request.side,
            orm.Request.service_type,
            orm.Request.state,
            orm.Citation.title,
            orm.Citation.article_title,
            orm.Citation.author,
            orm.Patron.name.label("patron_name"),
            orm.Partner.name.label("partner_name"),
            orm.Partner.symbol,
            orm.Request.needed_by,
            orm.Request.due_date,
            orm.Request.updated_at,
            orm.Request.version,
            orm.Request.queue,
        )
        .join(orm.Citation, orm.Request.citation_id == orm.Citation.id)
        .outerjoin(orm.Patron, orm.Request.patron_id == orm.Patron.id)
        .outerjoin(orm.Partner, orm.Request.partner_id == orm.Partner.id)
    )


@functools.cache
def rows_of_ids(dialect: str = "sqlite") -> Select[*tuple[Any, ...]]:
    """:func:`row_query` for the ids in the parameter ``ids``, newest first: made once,
    so a list's page costs its query and not the building of one.  On PostgreSQL the ids
    are one array (``= ANY``), so that the statement is the same for any page and is
    prepared once (:func:`search_index.prepared_rows`)."""
    if dialect == "postgresql":
        ids = orm.Request.id == any_(bindparam("ids", type_=postgresql.ARRAY(Integer)))
    else:
        ids = orm.Request.id.in_(bindparam("ids", expanding=True))
    return row_query().where(ids).order_by(orm.Request.updated_at.desc(), orm.Request.id.desc())


@functools.cache
def row_of_number() -> Select[*tuple[Any, ...]]:
    """:func:`row_query` for the request numbered by the parameter ``number`` (a scanned
    pull slip), with its side: made once, like :func:`rows_of_ids`."""
    return row_query().where(orm.Request.number == bindparam("number"))


def row_from_columns(r: Row[Any] | Any) -> RequestRow:
    side = Side(r.side)
    state = State(r.state)
    return RequestRow(
        id=r.id,
        number=r.number,
        side=side,
        service_type=ServiceType(r.service_type),
        state=state,
        state_label=describe_state(state),
        title=r.article_title or r.title,
        author=r.author,
        who=(r.patron_name if side is Side.BORROWING else r.partner_name) or "",
        partner=r.symbol or "",
        needed_by=r.needed_by,
        due_date=r.due_date,
        updated_at=r.updated_at,
        version=r.version,
        queue=r.queue,
    )


def request_detail(
    r: orm.Request,
    actions: tuple[ActionChoice, ...],
    terms: Terms | None = None,
    charges: Sequence[orm.IllCharge] = (),
) -> RequestDetail:
    return RequestDetail(
        row=request_row(r),
        citation=citation_from_orm(r.citation),
        delivery=r.delivery,
        patron_id=r.patron_id,
        patron_name=r.patron.name if r.patron else "",
        patron_barcode=r.patron.barcode if r.patron else "",
        partner_id=r.partner_id,
        partner_name=r.partner.name if r.partner else "",
        max_cost=r.max_cost,
        conditions=r.conditions,
        item_barcodes=tuple(i.barcode for i in r.items),
        rota=tuple(
            RotaRow(
                e.position,
                e.partner_id,
                e.partner.name,
                e.partner.symbol,
                e.status,
                e.reason,
                e.record_id,
                e.record_note,
            )
            for e in r.rota
        ),
        history=history_of(r),
        actions=actions,
        created_at=r.created_at,
        updated_by=r.updated_by,
        overdue_level=r.overdue_level,
        renewals_used=r.renewals_used,
        material=r.material,
        terms=terms,
        can=capabilities(Side(r.side), State(r.state)),
        said=PartnerSaid(
            lender_due_date=r.lender_due_date,
            lender_overdue_on=r.lender_overdue_on,
            offer_cost=r.offer_cost,
            offer_currency=r.offer_currency,
            retry_after=r.retry_after,
            retry_reason=r.retry_reason,
            problem=r.lender_problem,
            delivery_address=r.delivery_address,
            partner_patron_id=r.partner_patron_id,
            supplier_record_id=r.supplier_record_id,
            note_to_lender=r.note_to_lender,
            lender_charges=tuple(
                Sentence(
                    N_("{amount} {currency}: {what}"),
                    amount=c.amount.quantize(Decimal("0.01")),
                    currency=c.currency,
                    what=c.what or as_sentence(N_("lender charge")),
                )
                for c in charges
            ),
        ),
    )


_EVENT = orm.RequestEvent
_HISTORY = (
    select(_EVENT.at, _EVENT.staff, _EVENT.action, _EVENT.from_state, _EVENT.to_state, _EVENT.note)
    .where(_EVENT.request_id == bindparam("request_id"))
    .order_by(_EVENT.id)
)
"""A request's history as plain rows, oldest first (the order of ``Request.events``)."""


def history_of(r: orm.Request) -> tuple[HistoryRow, ...]:
    """The request's history; read as plain rows when its events are not loaded (a scan
    shows the history it just added to without building an object per line)."""
    session = object_session(r)
    if "events" in inspect(r).unloaded and session is not None and r.id is not None:
        rows = session.execute(_HISTORY, {"request_id": r.id})
        return tuple(HistoryRow(*row) for row in rows)
    return tuple(
        HistoryRow(e.at, e.staff, e.action, e.from_state, e.to_state, e.note) for e in r.events
    )


def patron_row(p: orm.Patron, active_requests: int = 0, today: dt.date | None = None) -> PatronRow:
    return PatronRow(
        id=p.id,
        barcode=p.barcode,
        name=p.name,
        email=p.email,
        phone=p.phone,
        category=p.category,
        expires_on=p.expires_on,
        blocked_reason=p.blocked_reason,
        request_limit=p.request_limit,
        pickup_location=p.pickup_location,
        notice_channel=p.notice_channel,
        notes=p.notes,
        active_requests=active_requests,
        card_expired=today is not None and card_expired(p.expires_on, today),
    )


def partner_row(p: orm.Partner) -> PartnerRow:
    return PartnerRow(
        id=p.id,
        name=p.name,
        symbol=p.symbol,
        city=p.city,
        country=p.country,
        email=p.email,
        default_loan_days=p.default_loan_days,
        reciprocal=p.reciprocal,
        charge=p.charge,
        currency=p.currency,
    )
