"""A small HTTP listener for ISO 18626 messages from partner libraries.

Why the standard library's ``http.server`` and not a web framework: the
listener has exactly one job (take a POSTed XML body, answer with a
confirmation), runs inside a desktop program on one desk, and must start and
stop with it.  ``ThreadingHTTPServer`` does that with no extra dependency to
package with PyInstaller, no event loop to marry with Qt's, and every limit
(body size, read timeout, who may talk) visible in a hundred lines here.

What it does with a request, in order:
POST only -> Content-Length required and under the size limit -> body read with
a timeout -> sender allowed (IP allow-list or a shared secret) -> safe parse
(no DTD, no entities) -> the sender agency's secret checked -> the handler
callback -> its confirmation validated against the XSD and sent back.
Anything refused on the way gets an ISO 18626 ERROR confirmation and the
handler is never called.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Literal

from illdesk.interop.iso18626.build import MessageInvalid, build_message
from illdesk.interop.iso18626.config import IpNetwork, ListenerConfig
from illdesk.interop.iso18626.messages import (
    AgencyId,
    Confirmation,
    ErrorType,
    Message,
    MessageKind,
    Request,
    RequestingAgencyMessage,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.safe_xml import DEFAULT_MAX_BYTES
from illdesk.interop.iso18626.schema import Iso18626Schema
from illdesk.interop.iso18626.status_map import error_confirmation
from illdesk.persistence.secret_store import secret_matches

log = logging.getLogger(__name__)

CONTENT_TYPE = "application/xml; charset=utf-8"
_DRAIN_LIMIT = 16 * 1024 * 1024
BACKLOG = 128
"""Connections the kernel holds while every worker is busy (a broker's burst, a catch-up)."""
WORKERS = 8
"""Messages handled at once; the others wait in the backlog and the pool's queue."""
REQUEST_DEADLINE = 30.0
"""Seconds a client has to send its whole request; a slow trickle is cut off after it."""
_SEMANTIC = frozenset(
    {
        ErrorType.UNRECOGNISED_DATA_VALUE,
        ErrorType.UNRECOGNISED_DATA_ELEMENT,
        ErrorType.UNSUPPORTED_ACTION_TYPE,
        ErrorType.UNSUPPORTED_REASON_FOR_MESSAGE_TYPE,
    }
)
"""Errors in a message we could read: answered HTTP 200 with the ERROR confirmation, as
other implementations do; only unreadable or misused bodies get an HTTP error status."""


class _PooledHTTPServer(HTTPServer):
    """An HTTP server with a deep accept backlog and a bounded pool of worker threads,
    and a watchdog that closes any connection still open past its deadline."""

    request_queue_size = BACKLOG
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        *,
        workers: int,
        deadline: float,
    ) -> None:
        super().__init__(address, handler)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="iso18626-worker")
        self.deadline = deadline
        self._open: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._watchdog = threading.Thread(
            target=self._watch, name="iso18626-deadlines", daemon=True
        )
        self._watchdog.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self._open[request] = time.monotonic() + self.deadline
        self.pool.submit(self._work, request, client_address)

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            with self._lock:
                self._open.pop(request, None)
            self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.info("ISO 18626 connection from %s ended badly", client_address[0], exc_info=True)

    def _watch(self) -> None:
        while not self._stopping.wait(0.2):
            now = time.monotonic()
            with self._lock:
                late = [conn for conn, until in self._open.items() if until < now]
                for conn in late:
                    self._open.pop(conn, None)
            for conn in late:
                log.info("closing an ISO 18626 connection that passed its deadline")
                with contextlib.suppress(OSError):  # the client may be gone already
                    conn.shutdown(socket.SHUT_RDWR)

    def server_close(self) -> None:
        super().server_close()
        self._stopping.set()
        self._watchdog.join(timeout=5)
        self.pool.shutdown(wait=True)


@dataclass(frozen=True)
class Peer:
    """Who sent a message, as far as the listener knows."""

    address: str
    agency: AgencyId | None
    """The sending agency named in the message (requester for requests, supplier for SAMs)."""
    authenticated_by: Literal["secret", "allow-list", "file"]
    received_at: datetime
    body: bytes
    """The message exactly as received, for the request's history."""


Handler = Callable[[Message, list[str], Peer], Confirmation]
"""``handle(message, bent_notes, peer) -> Confirmation`` - provided by the service layer."""


@dataclass(frozen=True)
class AccessPolicy:
    """Who may send: peers on the allow-list, or peers presenting their agency's secret."""

    shared_secrets: Mapping[str, str]
    """Agency key (``ISIL:DE-1``) -> the argon2 hash of its secret (plain text from before
    migration 0011 still matches), sent as ``Authorization: Bearer <secret>``."""
    allow_list: tuple[IpNetwork, ...] = ()

    @classmethod
    def from_config(cls, config: ListenerConfig) -> AccessPolicy:
        return cls(dict(config.shared_secrets), config.allow_list)

    def ip_allowed(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.allow_list)

    def secret_matches(self, agency: AgencyId | None, presented: str) -> bool:
        if agency is None:
            return False
        expected = self.shared_secrets.get(agency.key)
        if expected is None:
            return False
        return secret_matches(expected, presented)


def sender_of(message: Message) -> AgencyId | None:
    if isinstance(message, SupplyingAgencyMessage):
        return message.header.supplying_agency_id
    if isinstance(message, Request | RequestingAgencyMessage):
        return message.header.requesting_agency_id
    return None


class _Refused(Exception):
    def __init__(self, http_status: int, confirmation: Confirmation) -> None:
        super().__init__(confirmation.error_data.error_value if confirmation.error_data else "")
        self.http_status = http_status
        self.confirmation = confirmation


class Iso18626Server:
    """The listener; ``start()`` serves on a background thread, ``stop()`` ends it."""

    def __init__(
        self,
        handler: Handler,
        schema: Iso18626Schema,
        access: AccessPolicy,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_body_bytes: int = DEFAULT_MAX_BYTES,
        read_timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
        workers: int = WORKERS,
        deadline: float = REQUEST_DEADLINE,
    ) -> None:
        self.handler = handler
        self.schema = schema
        self.access = access
        self.host = host
        self.port = port
        self.max_body_bytes = max_body_bytes
        self.read_timeout = read_timeout
        self.clock = clock or (lambda: datetime.now(UTC))
        self.workers = workers
        self.deadline = deadline
        self._httpd: _PooledHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def from_config(
        cls, handler: Handler, schema: Iso18626Schema, config: ListenerConfig
    ) -> Iso18626Server:
        """The listener the settings describe (the caller checks ``config.enabled``)."""
        return cls(
            handler,
            schema,
            AccessPolicy.from_config(config),
            host=config.host,
            port=config.port,
            max_body_bytes=config.max_body_bytes,
        )

    # -- life cycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Bind and serve; raises SchemaUnavailable (answers must be validated) or OSError."""
        self.schema.require()
        if self._httpd is not None:
            return
        owner = self

        class _Bound(_RequestHandler):
            server_owner = owner

        httpd = _PooledHTTPServer(
            (self.host, self.port), _Bound, workers=self.workers, deadline=self.deadline
        )
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            name="iso18626-listener",
            kwargs={"poll_interval": 0.1},
            daemon=True,
        )
        self._thread.start()
        log.info("ISO 18626 listener on %s", self.url)

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        self._httpd = self._thread = None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Iso18626Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def address(self) -> tuple[str, int]:
        if self._httpd is None:
            return (self.host, self.port)
        host, port = self._httpd.server_address[:2]
        return (str(host), int(port))

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://{host}:{port}/iso18626"

    # -- one message ---------------------------------------------------------------------
    def answer(self, body: bytes, client: str, authorization: str | None) -> tuple[int, bytes]:
        """HTTP status and confirmation bytes for one POSTed body (also usable without HTTP)."""
        received_at = self.clock()
        try:
            confirmation = self._handle(body, client, authorization, received_at)
            status = 200
        except _Refused as refused:
            status, confirmation = refused.http_status, refused.confirmation
        try:
            return status, build_message(confirmation, self.schema)
        except MessageInvalid as exc:
            log.error("our confirmation did not validate: %s", exc.message)
            fallback = error_confirmation(
                ErrorType.UNRECOGNISED_DATA_VALUE,
                "The receiving library could not produce a valid answer.",
                confirms=confirmation.confirms,
                now=received_at,
            )
            return 500, build_message(fallback, self.schema)

    def _handle(
        self, body: bytes, client: str, authorization: str | None, received_at: datetime
    ) -> Confirmation:
        presented = _bearer(authorization)
        ip_allowed = self.access.ip_allowed(client)
        if not ip_allowed and presented is None:
            raise _Refused(
                403,
                error_confirmation(
                    ErrorType.UNRECOGNISED_DATA_VALUE,
                    f"Messages from {client} are not accepted: not on the allow-list and no "
                    "shared secret was presented.",
                    now=received_at,
                    received_at=received_at,
                ),
            )
        try:
            parsed = read_message(
                body, self.schema, max_bytes=self.max_body_bytes, received_at=received_at
            )
        except MessageRejected as rejected:
            log.info("refused an ISO 18626 message from %s: %s", client, rejected.reason)
            http_status = 413 if rejected.too_large else 400
            if rejected.error_type in _SEMANTIC:
                http_status = 200  # read, but wrong in content: the ERROR says what
            raise _Refused(
                http_status,
                error_confirmation(
                    rejected.error_type,
                    rejected.reason,
                    about=rejected.echo,
                    now=received_at,
                    received_at=received_at,
                ),
            ) from None
        message = parsed.message
        if isinstance(message, Confirmation):
            raise _Refused(
                400,
                error_confirmation(
                    ErrorType.BADLY_FORMED_MESSAGE,
                    "A confirmation is the answer to a message; it is not sent on its own.",
                    about=message,
                    now=received_at,
                    received_at=received_at,
                ),
            )
        agency = sender_of(message)
        if presented is not None:
            if not self.access.secret_matches(agency, presented):
                raise _Refused(
                    403,
                    error_confirmation(
                        ErrorType.UNRECOGNISED_DATA_VALUE,
                        "The shared secret does not match the one agreed with "
                        f"{agency or 'the sender'}.",
                        about=message,
                        now=received_at,
                        received_at=received_at,
                    ),
                )
            how: Literal["secret", "allow-list"] = "secret"
        else:
            how = "allow-list"
        peer = Peer(client, agency, how, received_at, bytes(body))
        try:
            return self.handler(message, list(parsed.notes), peer)
        except Exception:
            log.exception("the ISO 18626 handler failed")
            raise _Refused(
                500,
                error_confirmation(
                    ErrorType.UNRECOGNISED_DATA_VALUE,
                    "The receiving library could not process the message; "
                    "please send it again later.",
                    about=message,
                    now=received_at,
                    received_at=received_at,
                ),
            ) from None

    def refuse(self, http_status: int, error_type: ErrorType, text: str) -> tuple[int, bytes]:
        now = self.clock()
        confirmation = error_confirmation(error_type, text, confirms=MessageKind.REQUEST, now=now)
        return http_status, build_message(confirmation, self.schema)


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


class _RequestHandler(BaseHTTPRequestHandler):
    server_owner: Iso18626Server
    server_version = "illdesk-iso18626"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server_owner.read_timeout)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        log.debug("%s - %s", self.client_address[0], format % args)

    def _send(
        self,
        status: int,
        body: bytes,
        *,
        close: bool = False,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", CONTENT_TYPE)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def _not_post(self) -> None:
        owner = self.server_owner
        status, body = owner.refuse(
            405, ErrorType.BADLY_FORMED_MESSAGE, "ISO 18626 messages are sent with HTTP POST."
        )
        self._send(status, body, close=True, extra={"Allow": "POST"})

    do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = _not_post  # noqa: N815

    def handle_expect_100(self) -> bool:
        """Refuse an oversized body before the client sends it."""
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = 0
        if length > self.server_owner.max_body_bytes:
            self._too_large(length)
            return False
        return super().handle_expect_100()

    def _too_large(self, length: int) -> None:
        owner = self.server_owner
        status, body = owner.refuse(
            413,
            ErrorType.BADLY_FORMED_MESSAGE,
            f"The message is {length:,} bytes; the limit is {owner.max_body_bytes:,} bytes.",
        )
        self._send(status, body, close=True)

    def _drain(self, length: int) -> None:
        """Read and drop a refused body (up to a bound) so the answer is not lost to a reset."""
        left = min(length, _DRAIN_LIMIT)
        try:
            while left > 0:
                chunk = self.rfile.read(min(left, 65536))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        owner = self.server_owner
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
            status, body = owner.refuse(
                411,
                ErrorType.BADLY_FORMED_MESSAGE,
                "Send the message with a Content-Length header.",
            )
            self._send(status, body, close=True)
            return
        if len(self.headers.get_all("Content-Length") or []) > 1:
            # Two lengths: a proxy and we could read different messages (request smuggling).
            status, body = owner.refuse(
                400, ErrorType.BADLY_FORMED_MESSAGE, "Send exactly one Content-Length header."
            )
            self._send(status, body, close=True)
            return
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            length = -1
        if length < 0:
            status, body = owner.refuse(
                400, ErrorType.BADLY_FORMED_MESSAGE, "The Content-Length header is not a number."
            )
            self._send(status, body, close=True)
            return
        if length > owner.max_body_bytes:
            self._too_large(length)
            self._drain(length)
            return
        try:
            data = self.rfile.read(length)
        except OSError:  # timed out, or cut off at the deadline
            self.close_connection = True
            return
        if len(data) < length:
            self.close_connection = True
            return
        status, body = owner.answer(data, self.client_address[0], self.headers.get("Authorization"))
        self._send(status, body)
