"""The ISO 18626 outbox as staff see it: one row per message, and "retry now"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import case, func, select

from illdesk.domain.errors import NotFound
from illdesk.domain.words import N_
from illdesk.interop.iso18626.transport.outbox_items import OutboxState
from illdesk.interop.iso18626.transport.outbox_store import DatabaseOutboxStore, from_db_time
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.peer_messaging import UtcClock, utc_now

__all__ = ["OutboxRow", "OutboxState", "OutboxViewService"]

_KIND_WORDS = {
    "request": "Request",
    "supplyingAgencyMessage": "Status",
    "requestingAgencyMessage": "Action",
}
_WHAT = re.compile(rb"<(?:\w+:)?(status|action|requestType)>\s*(\w+)\s*<")


@dataclass(frozen=True)
class OutboxRow:
    id: int
    request_number: str
    partner: str
    """The partner's name and agency id, e.g. ``Staatsbibliothek (ISIL:DE-1)``."""
    message: str
    """What is being said, e.g. ``Status Loaned`` or ``Request New``."""
    state: OutboxState
    attempts: int
    created_at: dt.datetime
    """Local time, for display."""
    next_attempt_at: dt.datetime | None
    """Local time; only while queued."""
    sent_at: dt.datetime | None
    reason: str
    """Why the last attempt failed ("" when none did)."""

    @property
    def can_retry(self) -> bool:
        return self.state is not OutboxState.SENT


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return from_db_time(moment).astimezone().replace(tzinfo=None, microsecond=0)


def _what(kind: str, body: bytes) -> str:
    words = _KIND_WORDS.get(kind, kind)
    found = _WHAT.search(body[:20000])
    return f"{words} {found.group(2).decode('ascii')}" if found else words


class OutboxViewService:
    """Lists outbox messages and sends one again on request."""

    def __init__(
        self, db: Database, *, wake: Callable[[], None] | None = None, clock: UtcClock = utc_now
    ) -> None:
        self._db = db
        self._store = DatabaseOutboxStore(db)
        self.wake = wake
        self._clock = clock

    def rows(self, *, include_sent: bool = True, limit: int = 500) -> list[OutboxRow]:
        """Failed first, then queued, then sent; newest first within each."""
        order = case(
            (orm.OutboxMessage.state == OutboxState.FAILED.value, 0),
            (orm.OutboxMessage.state == OutboxState.QUEUED.value, 1),
            else_=2,
        )
        query = select(orm.OutboxMessage).order_by(order, orm.OutboxMessage.id.desc())
        if not include_sent:
            query = query.where(orm.OutboxMessage.state != OutboxState.SENT.value)
        with self._db.reading() as session:
            return [self._row(m) for m in session.scalars(query.limit(limit))]

    def counts(self) -> dict[OutboxState, int]:
        with self._db.reading() as session:
            found = {
                str(state): int(count)
                for state, count in session.execute(
                    select(orm.OutboxMessage.state, func.count()).group_by(orm.OutboxMessage.state)
                )
            }
        return {state: int(found.get(state.value, 0)) for state in OutboxState}

    def retry_now(self, message_id: int) -> str:
        """Queue the message for sending at once (a fresh run of attempts if it had failed)."""
        if not self._store.requeue_now(message_id, now=self._clock()):
            item = self._store.get(message_id)
            if item is None:
                raise NotFound(N_("That outbox message no longer exists."))
            return N_("It was already sent.")
        if self.wake is not None:
            self.wake()
        return N_("Queued for sending now.")

    @staticmethod
    def _row(message: orm.OutboxMessage) -> OutboxRow:
        state = OutboxState(message.state)
        name = message.partner.name if message.partner is not None else ""
        partner = f"{name} ({message.partner_agency})" if name else message.partner_agency
        return OutboxRow(
            id=message.id,
            request_number=message.request_ref,
            partner=partner,
            message=_what(message.kind, bytes(message.body)),
            state=state,
            attempts=message.attempts,
            created_at=_local(message.created_at) or message.created_at,
            next_attempt_at=(
                _local(message.next_attempt_at) if state is OutboxState.QUEUED else None
            ),
            sent_at=_local(message.sent_at),
            reason=message.last_error,
        )
