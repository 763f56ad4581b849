"""The outbox: ISO 18626 messages waiting to be POSTed to partners, with retries and backoff.

The service layer puts a validated message in the outbox in the same database
transaction as the state change that caused it (so a crash never loses one);
:class:`OutboxEngine` delivers what is due, in order per request, and records
the outcome through the :class:`OutboxStore` protocol that the persistence
layer implements (the items and the store: :mod:`outbox_items`, which the desk reads
without the HTTP stack and the reader this module needs).

Outcomes of one attempt:
* HTTP 2xx with an OK confirmation -> sent.
* An ERROR confirmation (any HTTP status) -> failed for good: the partner read
  the message and refused it; sending it again would not help.  The reason is
  the partner's errorType and description.
* No answer, a timeout, HTTP 5xx/408/429, or an answer that is not a
  confirmation -> queued again after a backoff that doubles per attempt up to
  a cap; after ``max_attempts`` -> failed ("gave up after N attempts: ...").
"""

from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from illdesk.domain.settings import Settings
from illdesk.interop.iso18626.messages import Confirmation
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.transport.outbox_items import OutboxItem, OutboxState, OutboxStore
from illdesk.interop.iso18626.transport.server import CONTENT_TYPE

log = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 1024 * 1024
_RETRY_HTTP = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_seconds: float = 30.0
    cap_seconds: float = 3600.0
    factor: float = 2.0
    timeout_seconds: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_attempts=settings.get_int("interop.iso18626.outbox_max_attempts"),
            base_seconds=settings.get_float("interop.iso18626.outbox_backoff_seconds"),
            cap_seconds=settings.get_float("interop.iso18626.outbox_backoff_cap_seconds"),
            timeout_seconds=settings.get_float("interop.iso18626.outbox_timeout_seconds"),
        )

    def delay_after(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed attempt (1, 2, 3, ...)."""
        seconds = self.base_seconds * self.factor ** max(0, attempts - 1)
        return timedelta(seconds=min(self.cap_seconds, seconds))


Outcome = Literal["sent", "retry", "failed"]


@dataclass(frozen=True)
class DeliveryResult:
    item_id: int
    outcome: Outcome
    reason: str = ""
    next_attempt_at: datetime | None = None
    confirmation: Confirmation | None = None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class OutboxEngine:
    """Delivers due outbox items; safe to call from one worker thread and the UI's retry."""

    def __init__(
        self,
        store: OutboxStore,
        schema: Iso18626Schema,
        *,
        secret_for: Callable[[str], str | None] = lambda partner: None,
        policy: RetryPolicy | None = None,
        clock: Callable[[], datetime] | None = None,
        use_system_proxy: bool = False,
    ) -> None:
        self.store = store
        self.schema = schema
        self.secret_for = secret_for
        self.policy = policy or RetryPolicy()
        self.clock = clock or (lambda: datetime.now(UTC))
        handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
        if not use_system_proxy:
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        self._lock = threading.Lock()

    def run_due(self) -> list[DeliveryResult]:
        """Try every item that is due now, keeping each request's messages in order."""
        with self._lock:
            now = self.clock()
            results: list[DeliveryResult] = []
            blocked: set[tuple[str, str]] = set()
            for item in self.store.queued():
                key = (item.endpoint, item.request_ref)
                if key in blocked:
                    continue
                if item.next_attempt_at > now:
                    blocked.add(key)  # a later message must not overtake this one
                    continue
                result = self._deliver(item)
                results.append(result)
                if result.outcome != "sent":
                    blocked.add(key)
            return results

    def retry_now(self, item_id: int) -> DeliveryResult:
        """Staff pressed "retry now": one attempt at once, queued or failed alike."""
        with self._lock:
            item = self.store.get(item_id)
            if item is None:
                return DeliveryResult(item_id, "failed", "There is no such outbox message.")
            if item.state is OutboxState.SENT:
                return DeliveryResult(item_id, "sent", "It was already sent.")
            if item.state is OutboxState.FAILED:
                # a fresh run of attempts after staff fixed the cause
                item = replace(item, attempts=0)
            return self._deliver(item)

    def next_due(self) -> datetime | None:
        """When the next queued item is due (for a worker's sleep), or None."""
        times = [item.next_attempt_at for item in self.store.queued()]
        return min(times) if times else None

    # -- one attempt ---------------------------------------------------------------------
    def _deliver(self, item: OutboxItem) -> DeliveryResult:
        attempts = item.attempts + 1
        outcome, reason, confirmation = self._post(item)
        now = self.clock()
        if outcome == "sent":
            self.store.mark_sent(item.id, at=now, attempts=attempts)
            return DeliveryResult(item.id, "sent", reason, None, confirmation)
        if outcome == "retry" and attempts < self.policy.max_attempts:
            next_at = now + self.policy.delay_after(attempts)
            self.store.mark_failed(
                item.id, at=now, attempts=attempts, reason=reason, next_attempt_at=next_at
            )
            log.info(
                "outbox %s to %s: attempt %d failed (%s); next at %s",
                item.id,
                item.partner,
                attempts,
                reason,
                next_at,
            )
            return DeliveryResult(item.id, "retry", reason, next_at, confirmation)
        if outcome == "retry":
            reason = f"gave up after {attempts} attempts: {reason}"
        self.store.mark_failed(
            item.id, at=now, attempts=attempts, reason=reason, next_attempt_at=None
        )
        log.warning("outbox %s to %s failed: %s", item.id, item.partner, reason)
        return DeliveryResult(item.id, "failed", reason, None, confirmation)

    def _post(self, item: OutboxItem) -> tuple[Outcome, str, Confirmation | None]:
        headers = {"Content-Type": CONTENT_TYPE, "Accept": "application/xml"}
        secret = self.secret_for(item.partner)
        if secret:
            headers["Authorization"] = f"Bearer {secret}"
        request = urllib.request.Request(
            item.endpoint, data=item.body, headers=headers, method="POST"
        )
        try:
            with self._opener.open(request, timeout=self.policy.timeout_seconds) as response:
                status = int(response.status)
                answer = response.read(MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as error:
            status = error.code
            try:
                answer = error.read(MAX_ANSWER_BYTES + 1)
            except OSError:
                answer = b""
            finally:
                error.close()
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            return "retry", f"no answer from {item.endpoint} ({reason})", None
        return self._judge(status, answer)

    def _judge(self, status: int, answer: bytes) -> tuple[Outcome, str, Confirmation | None]:
        confirmation: Confirmation | None = None
        try:
            parsed = read_message(answer, self.schema, max_bytes=MAX_ANSWER_BYTES)
            if isinstance(parsed.message, Confirmation):
                confirmation = parsed.message
        except MessageRejected:
            confirmation = None
        if confirmation is not None and not confirmation.ok:
            error = confirmation.error_data
            words = (
                f"{error.error_type.value}: {error.error_value or ''}".strip()
                if error
                else "no reason given"
            )
            if status >= 500 or status in _RETRY_HTTP:
                return (
                    "retry",
                    f"the partner could not take it now (HTTP {status}, {words})",
                    confirmation,
                )
            return "failed", f"the partner refused it ({words})", confirmation
        if 200 <= status < 300:
            if confirmation is None:
                return "retry", f"the partner answered HTTP {status} without a confirmation", None
            return "sent", "", confirmation
        if status in _RETRY_HTTP or status >= 500:
            return "retry", f"the partner answered HTTP {status}", confirmation
        return "failed", f"the partner answered HTTP {status}", confirmation


class OutboxWorker:
    """Runs :meth:`OutboxEngine.run_due` on a background thread until stopped.

    ``wake()`` after queueing a message sends it at once instead of at the next poll.
    """

    def __init__(self, engine: OutboxEngine, *, poll_seconds: float = 5.0) -> None:
        self.engine = engine
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="iso18626-outbox", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.engine.policy.timeout_seconds + 5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.engine.run_due()
            except Exception:  # the worker must survive a broken store or partner
                log.exception("outbox pass failed")
            self._wake.wait(self.poll_seconds)
            self._wake.clear()
