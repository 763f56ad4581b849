"""The database side of the fact-source port: what is stored beside a request (its PDF,
its copyright clearances, the other copies of the same journal), read in the session of
the action that asks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from illdesk.domain.copyright_rules import CountedRequest, journal_key, publication_year
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.persistence import orm

NOT_COUNTED_STATES = (State.CANCELLED.value, State.DEFLECTED_LOCAL.value, State.UNFILLED.value)


def counted_copies(session: Session, key: str, year: int) -> list[CountedRequest]:
    """Counted copy requests created in ``year`` whose journal key is ``key``.
    Cancelled, deflected, unfilled, purchased and open-access requests are not copies
    under section 108 and are left out."""
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    open_access = exists().where(
        orm.RequestEvent.request_id == orm.Request.id,
        orm.RequestEvent.action == Action.MARK_OPEN_ACCESS.value,
    )
    rows = session.execute(
        select(
            orm.Request.id,
            orm.Request.created_at,
            orm.Citation.year,
            orm.Citation.issn,
            orm.Citation.journal,
        )
        .join(orm.Citation, orm.Citation.id == orm.Request.citation_id)
        .where(
            orm.Request.side == Side.BORROWING.value,
            orm.Request.service_type == ServiceType.COPY.value,
            orm.Request.created_at >= start,
            orm.Request.created_at < end,
            orm.Request.state.not_in(NOT_COUNTED_STATES),
            orm.Request.purchased.is_(False),
            ~open_access,
        )
    )
    return [
        CountedRequest(rid, created, publication_year(year_text))
        for rid, created, year_text, issn, journal in rows
        if journal_key(issn, journal) == key
    ]


class SessionFacts:
    """:class:`~illdesk.services.ports.StoredFacts` for one request, in ``session``."""

    def __init__(self, session: Session, request_id: int | None) -> None:
        self._session = session
        self._id = request_id

    def has_document(self) -> bool:
        if self._id is None:
            return False
        found = self._session.scalar(
            select(orm.StoredDocument.id)
            .where(
                orm.StoredDocument.request_id == self._id, orm.StoredDocument.purged_at.is_(None)
            )
            .limit(1)
        )
        return found is not None

    def copyright_cleared(self) -> bool:
        if self._id is None:
            return False
        found = self._session.scalar(
            select(orm.CopyrightClearance.id)
            .where(orm.CopyrightClearance.request_id == self._id)
            .limit(1)
        )
        return found is not None

    def counted_copies(self, journal_key: str, year: int) -> list[CountedRequest]:
        return counted_copies(self._session, journal_key, year)
