"""What the outbox holds: an ISO 18626 message waiting for its partner, the states it goes
through, and the store the engine records them in (:class:`OutboxStore`; the database's is
``outbox_store.DatabaseOutboxStore``, :class:`InMemoryOutboxStore` is the reference
implementation the tests use).

Apart from the engine that delivers them (:mod:`outbox`), so that the desk can list and
count what waits without importing the HTTP stack and the message reader.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from illdesk.interop.iso18626.messages import MessageKind


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class OutboxItem:
    id: int
    partner: str
    """The partner's agency key (``ISIL:DE-2``): picks the shared secret, shown to staff."""
    endpoint: str
    """The partner's ISO 18626 URL."""
    body: bytes
    """The message, already built and validated by :func:`build.build_message`."""
    kind: MessageKind
    request_ref: str
    """Our request's id; messages for one request go out in the order they were queued."""
    created_at: datetime
    next_attempt_at: datetime
    attempts: int = 0
    state: OutboxState = OutboxState.QUEUED
    last_error: str | None = None
    sent_at: datetime | None = None

    def describe(self) -> str:
        """One line for the staff's outbox list."""
        if self.state is OutboxState.SENT:
            when = self.sent_at.strftime("%Y-%m-%d %H:%M") if self.sent_at else "?"
            return f"Sent {when}."
        if self.state is OutboxState.FAILED:
            return f"Failed: {self.last_error or 'no reason recorded'}"
        when = self.next_attempt_at.strftime("%Y-%m-%d %H:%M:%S")
        if self.attempts:
            return (
                f"Queued; attempt {self.attempts} failed ({self.last_error}); next attempt {when}."
            )
        return "Queued."


class OutboxStore(Protocol):
    """What the engine needs from storage (``outbox_store.DatabaseOutboxStore`` on the database)."""

    def queued(self) -> Sequence[OutboxItem]:
        """Every item in state QUEUED, oldest (lowest id) first, due or not."""
        ...

    def get(self, item_id: int) -> OutboxItem | None: ...

    def mark_sent(self, item_id: int, *, at: datetime, attempts: int) -> None:
        """State SENT, ``sent_at``/``attempts`` set, ``last_error`` cleared."""
        ...

    def mark_failed(
        self,
        item_id: int,
        *,
        at: datetime,
        attempts: int,
        reason: str,
        next_attempt_at: datetime | None,
    ) -> None:
        """Record a failed attempt: with ``next_attempt_at`` stay QUEUED until then,
        with None the item is FAILED for good (until staff press retry now)."""
        ...


class InMemoryOutboxStore:
    """An :class:`OutboxStore` in a dict, for tests and as the reference behaviour."""

    def __init__(self) -> None:
        self._items: dict[int, OutboxItem] = {}
        self._next_id = 1
        self._lock = threading.Lock()

    def enqueue(
        self,
        *,
        partner: str,
        endpoint: str,
        body: bytes,
        kind: MessageKind,
        request_ref: str,
        now: datetime,
    ) -> OutboxItem:
        with self._lock:
            item = OutboxItem(
                self._next_id,
                partner,
                endpoint,
                body,
                kind,
                request_ref,
                created_at=now,
                next_attempt_at=now,
            )
            self._items[item.id] = item
            self._next_id += 1
            return item

    def all(self) -> list[OutboxItem]:
        with self._lock:
            return sorted(self._items.values(), key=lambda i: i.id)

    def queued(self) -> Sequence[OutboxItem]:
        return [i for i in self.all() if i.state is OutboxState.QUEUED]

    def get(self, item_id: int) -> OutboxItem | None:
        with self._lock:
            return self._items.get(item_id)

    def mark_sent(self, item_id: int, *, at: datetime, attempts: int) -> None:
        with self._lock:
            item = self._items[item_id]
            self._items[item_id] = replace(
                item, state=OutboxState.SENT, sent_at=at, attempts=attempts, last_error=None
            )

    def mark_failed(
        self,
        item_id: int,
        *,
        at: datetime,
        attempts: int,
        reason: str,
        next_attempt_at: datetime | None,
    ) -> None:
        with self._lock:
            item = self._items[item_id]
            if next_attempt_at is None:
                self._items[item_id] = replace(
                    item, state=OutboxState.FAILED, attempts=attempts, last_error=reason
                )
            else:
                self._items[item_id] = replace(
                    item,
                    state=OutboxState.QUEUED,
                    attempts=attempts,
                    last_error=reason,
                    next_attempt_at=next_attempt_at,
                )
