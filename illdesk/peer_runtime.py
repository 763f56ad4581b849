"""ISO 18626 running on a desk: the outbox worker and, if wanted, the listener.

:func:`start_peer_runtime` wires the database outbox, the engine and its worker
thread, the incoming handler and the HTTP listener; :meth:`PeerRuntime.stop`
ends every thread it started.  The window and ``illdesk serve`` both use it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update

from illdesk.domain.settings import Settings
from illdesk.interop.iso18626.config import ListenerConfig, parse_shared_secrets
from illdesk.interop.iso18626.transport.outbox import OutboxEngine, OutboxWorker, RetryPolicy
from illdesk.interop.iso18626.transport.outbox_items import OutboxState
from illdesk.interop.iso18626.transport.outbox_store import DatabaseOutboxStore
from illdesk.interop.iso18626.transport.server import AccessPolicy, Iso18626Server
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.secret_store import DeskSecrets, is_hashed
from illdesk.services.library_settings import partner_secret_name
from illdesk.services.peer_incoming import IncomingHandler
from illdesk.services.peer_messaging import PeerAwareRequestService, UtcClock, utc_now
from illdesk.services.requests import Clock, local_now

log = logging.getLogger(__name__)

REFUSED_ACTION = "peer_refused"
"""The history row's action when a partner refused our message (or could not be reached)."""


class RequestNotingOutboxStore(DatabaseOutboxStore):
    """The database outbox that, when a message fails for good (the partner answered
    ERROR, or we gave up reaching it), writes a history row on the request it was about
    and keeps the reason as the request's red line: staff see it where they work, not
    only in the outbox."""

    def __init__(self, db: Database, clock: Clock = local_now) -> None:
        super().__init__(db)
        self._notes_db = db
        self._clock = clock

    def mark_failed(
        self,
        item_id: int,
        *,
        at: datetime,
        attempts: int,
        reason: str,
        next_attempt_at: datetime | None,
    ) -> None:
        if next_attempt_at is not None:
            super().mark_failed(
                item_id, at=at, attempts=attempts, reason=reason, next_attempt_at=next_attempt_at
            )
            return
        with self._notes_db.transaction() as session:  # failed for good, and noted: at once
            row = session.get(orm.OutboxMessage, item_id)
            if row is None:
                return
            row.attempts = attempts
            row.last_error = reason[:1000]
            row.state = OutboxState.FAILED.value
            if row.request_id is None:
                return
            state = session.scalar(
                select(orm.Request.state).where(orm.Request.id == row.request_id)
            )
            if state is None:
                return
            words = f"{row.partner_agency} did not take our {row.kind}: {reason}"[:500]
            # Beside the request, not an edit of it: no version bump, so a desk acting on
            # the request at this moment is not told "changed by another desk".
            session.execute(
                update(orm.Request)
                .where(orm.Request.id == row.request_id)
                .values(lender_problem=words)
                .execution_options(synchronize_session=False)
            )
            session.execute(
                insert(orm.RequestEvent).values(
                    request_id=row.request_id,
                    at=self._clock(),
                    staff=f"ISO 18626 ({row.partner_agency})",
                    action=REFUSED_ACTION,
                    from_state=state,
                    to_state=state,
                    note=words,
                )
            )


@dataclass
class PeerRuntime:
    """What :func:`start_peer_runtime` started; ``stop()`` ends it (safe to call twice)."""

    store: DatabaseOutboxStore
    engine: OutboxEngine
    worker: OutboxWorker
    handler: IncomingHandler
    server: Iso18626Server | None = None
    problems: list[str] = field(default_factory=list)
    """Why the listener is not running although it was asked for, in words."""

    @property
    def listening_url(self) -> str | None:
        return self.server.url if self.server is not None and self.server.running else None

    def wake(self) -> None:
        """Send what is due now instead of at the next poll."""
        self.worker.wake()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.worker.stop()


def start_peer_runtime(
    db: Database,
    settings: Settings,
    requests: PeerAwareRequestService,
    *,
    listen: bool | None = None,
    host: str | None = None,
    port: int | None = None,
    clock: Clock = local_now,
    utc_clock: UtcClock = utc_now,
    poll_seconds: float = 5.0,
    policy: RetryPolicy | None = None,
    strict: bool = False,
) -> PeerRuntime:
    """Start the outbox worker and (``listen``, default: the setting) the listener.

    With ``strict`` a listener that cannot start raises (:class:`SchemaUnavailable`,
    :class:`ValidationFailed` for bad secrets, ``OSError`` for a busy port); otherwise
    the reason is kept in ``problems`` and the desk goes on without listening.
    """
    peer = requests.peer
    secrets = parse_shared_secrets(settings.get_str("interop.iso18626.shared_secrets"))
    desk_secrets = DeskSecrets.default()

    def secret_for(agency: str) -> str | None:
        """The token this desk presents: from its secret store (the shared table holds
        only hashes), or a plain value an unmigrated table still holds."""
        kept = desk_secrets.get(partner_secret_name(agency))
        if kept:
            return kept
        plain = secrets.get(agency)
        return plain if plain and not is_hashed(plain) else None

    store = RequestNotingOutboxStore(db, clock)
    engine = OutboxEngine(
        store,
        peer.schema,
        secret_for=secret_for,
        policy=policy or RetryPolicy.from_settings(settings),
        clock=utc_clock,
    )
    worker = OutboxWorker(engine, poll_seconds=poll_seconds)
    handler = IncomingHandler(
        db, settings, clock, requests=requests, peer=peer, utc_clock=utc_clock
    )
    runtime = PeerRuntime(store, engine, worker, handler)
    peer.on_queued(worker.wake)
    worker.start()
    wanted = settings.get_bool("interop.iso18626.listener_enabled") if listen is None else listen
    if not wanted:
        return runtime
    try:
        config = ListenerConfig.from_settings(settings)
        server = Iso18626Server(
            handler,
            peer.schema,
            AccessPolicy.from_config(config),
            host=host if host is not None else config.host,
            port=port if port is not None else config.port,
            max_body_bytes=config.max_body_bytes,
            clock=utc_clock,
        )
        server.start()
    except Exception as exc:
        if strict:
            runtime.stop()
            raise
        words = getattr(exc, "message", None) or str(exc)
        runtime.problems.append(f"The ISO 18626 listener is not running: {words}")
        log.warning("ISO 18626 listener not started: %s", words)
        return runtime
    runtime.server = server
    return runtime
