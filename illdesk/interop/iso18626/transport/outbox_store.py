"""The ISO 18626 outbox on the database: :class:`OutboxStore` over ``outbox_message`` rows.

Rows are written by the service that queues a message (same transaction as the
desk action); this store is what the :class:`OutboxEngine` reads and updates.
The database keeps naive UTC times; the engine works with aware UTC times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from illdesk.interop.iso18626.messages import MessageKind
from illdesk.interop.iso18626.transport.outbox_items import OutboxItem, OutboxState
from illdesk.persistence import orm
from illdesk.persistence.database import Database


def to_db_time(moment: datetime) -> datetime:
    """Naive UTC for a DateTime column (a naive value is taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_db_time(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def item_from_row(row: orm.OutboxMessage) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        partner=row.partner_agency,
        endpoint=row.endpoint,
        body=bytes(row.body),
        kind=MessageKind(row.kind),
        request_ref=row.request_ref,
        created_at=from_db_time(row.created_at),
        next_attempt_at=from_db_time(row.next_attempt_at),
        attempts=row.attempts,
        state=OutboxState(row.state),
        last_error=row.last_error or None,
        sent_at=from_db_time(row.sent_at) if row.sent_at else None,
    )


class DatabaseOutboxStore:
    """:class:`OutboxStore` on ``outbox_message``; every call is its own short transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def queued(self) -> Sequence[OutboxItem]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(orm.OutboxMessage)
                .where(orm.OutboxMessage.state == OutboxState.QUEUED.value)
                .order_by(orm.OutboxMessage.id)
            )
            return [item_from_row(row) for row in rows]

    def get(self, item_id: int) -> OutboxItem | None:
        with self._db.reading() as session:
            row = session.get(orm.OutboxMessage, item_id)
            return item_from_row(row) if row is not None else None

    def mark_sent(self, item_id: int, *, at: datetime, attempts: int) -> None:
        with self._db.transaction() as session:
            row = session.get(orm.OutboxMessage, item_id)
            if row is None:
                return
            row.state = OutboxState.SENT.value
            row.sent_at = to_db_time(at)
            row.attempts = attempts
            row.last_error = ""

    def mark_failed(
        self,
        item_id: int,
        *,
        at: datetime,
        attempts: int,
        reason: str,
        next_attempt_at: datetime | None,
    ) -> None:
        with self._db.transaction() as session:
            row = session.get(orm.OutboxMessage, item_id)
            if row is None:
                return
            row.attempts = attempts
            row.last_error = reason[:1000]
            if next_attempt_at is None:
                row.state = OutboxState.FAILED.value
            else:
                row.state = OutboxState.QUEUED.value
                row.next_attempt_at = to_db_time(next_attempt_at)

    def requeue_now(self, item_id: int, *, now: datetime) -> bool:
        """Staff pressed "retry now": due at once, with a fresh run of attempts.

        Returns False when the message is gone or was already sent.
        """
        with self._db.transaction() as session:
            row = session.get(orm.OutboxMessage, item_id)
            if row is None or row.state == OutboxState.SENT.value:
                return False
            if row.state == OutboxState.FAILED.value:
                row.attempts = 0
            row.state = OutboxState.QUEUED.value
            row.next_attempt_at = to_db_time(now)
            return True
