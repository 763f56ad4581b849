"""The listener over real HTTP on 127.0.0.1: access rules, and bodies that are refused."""

from __future__ import annotations

import http.client
import socket
from collections.abc import Iterator

import pytest

from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.config import parse_allow_list
from illdesk.interop.iso18626.messages import (
    Confirmation,
    ErrorType,
    IsoAction,
    MessageKind,
    MessageStatus,
)
from illdesk.interop.iso18626.parse import read_message
from illdesk.interop.iso18626.status_map import ok_confirmation
from illdesk.interop.iso18626.transport.server import AccessPolicy, Iso18626Server, Peer
from tests.interop.iso18626_support import (
    BORROWER,
    T0,
    FakeClock,
    corpus_schema,
    full_request,
    requesting,
)
from tests.interop.test_iso18626_tolerant import LAUGHS, XXE

SECRET = "correct horse battery staple"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[object, list[str], Peer]] = []

    def __call__(self, message: object, notes: list[str], peer: Peer) -> Confirmation:
        self.calls.append((message, notes, peer))
        return ok_confirmation(message, now=T0)  # type: ignore[arg-type]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def server(recorder: Recorder) -> Iterator[Iso18626Server]:
    listener = Iso18626Server(
        recorder,
        corpus_schema(),
        AccessPolicy({BORROWER.key: SECRET}),
        max_body_bytes=64 * 1024,
        clock=FakeClock(),
    )
    listener.start()
    try:
        yield listener
    finally:
        listener.stop()


def post(
    server: Iso18626Server,
    body: bytes,
    *,
    secret: str | None = SECRET,
    method: str = "POST",
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    host, port = server.address
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        sent = {"Content-Type": "application/xml", **(headers or {})}
        if secret is not None:
            sent["Authorization"] = f"Bearer {secret}"
        connection.request(
            method, "/iso18626", body=body if method == "POST" else None, headers=sent
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def confirmation_of(data: bytes) -> Confirmation:
    parsed = read_message(data, corpus_schema())
    assert parsed.verdict == "valid", parsed.notes  # our answers are always schema-valid
    assert isinstance(parsed.message, Confirmation)
    return parsed.message


def test_good_message_reaches_the_handler_and_is_confirmed(
    server: Iso18626Server, recorder: Recorder
) -> None:
    body = build_message(full_request(), corpus_schema())
    status, answer = post(server, body)
    assert status == 200
    confirmation = confirmation_of(answer)
    assert confirmation.ok and confirmation.kind is MessageKind.REQUEST_CONFIRMATION
    assert confirmation.header.requesting_agency_request_id == "B1-0001"
    [(message, notes, peer)] = recorder.calls
    assert message == full_request() and notes == []
    assert peer.agency == BORROWER and peer.authenticated_by == "secret"
    assert peer.address == "127.0.0.1" and peer.body == body


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (XXE, 400, "document type"),
        (LAUGHS, 400, "document type"),
        (b"definitely not XML", 400, "not well-formed"),
        (b"<ISO18626Message/>", 400, "exactly one message"),
        (b"<x>" + b"A" * (100 * 1024) + b"</x>", 413, "limit"),
    ],
)
def test_hostile_and_broken_bodies_get_an_error_and_never_reach_the_handler(
    server: Iso18626Server, recorder: Recorder, body: bytes, status: int, words: str
) -> None:
    got_status, answer = post(server, body)
    assert got_status == status
    confirmation = confirmation_of(answer)
    assert confirmation.header.message_status is MessageStatus.ERROR
    assert confirmation.error_data is not None
    assert confirmation.error_data.error_type is ErrorType.BADLY_FORMED_MESSAGE
    assert words in (confirmation.error_data.error_value or "")
    assert recorder.calls == []


def test_oversized_body_is_refused_before_it_is_sent_with_expect_continue(
    server: Iso18626Server, recorder: Recorder
) -> None:
    host, port = server.address
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(
            b"POST /iso18626 HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n"
            b"Expect: 100-continue\r\n\r\n"
        )
        reply = b""
        while b"</ill:ISO18626Message>" not in reply:
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert b"BadlyFormedMessage" in reply
    assert recorder.calls == []


def test_unknown_peer_without_secret_is_refused(server: Iso18626Server, recorder: Recorder) -> None:
    status, answer = post(server, build_message(full_request(), corpus_schema()), secret=None)
    assert status == 403
    assert "allow-list" in (confirmation_of(answer).error_data.error_value or "")  # type: ignore[union-attr]
    assert recorder.calls == []


def test_wrong_secret_is_refused(server: Iso18626Server, recorder: Recorder) -> None:
    status, answer = post(server, build_message(full_request(), corpus_schema()), secret="guess")
    assert status == 403
    confirmation = confirmation_of(answer)
    assert confirmation.header.requesting_agency_request_id == "B1-0001"
    assert recorder.calls == []


def test_allow_listed_address_needs_no_secret(recorder: Recorder) -> None:
    listener = Iso18626Server(
        recorder, corpus_schema(), AccessPolicy({}, parse_allow_list("10.0.0.0/8, 127.0.0.1"))
    )
    with listener:
        status, _ = post(
            listener, build_message(requesting(IsoAction.RECEIVED), corpus_schema()), secret=None
        )
    assert status == 200
    assert recorder.calls[0][2].authenticated_by == "allow-list"


def test_only_post_is_answered(server: Iso18626Server, recorder: Recorder) -> None:
    status, answer = post(server, b"", method="GET")
    assert status == 405
    assert confirmation_of(answer).error_data is not None
    assert recorder.calls == []


def test_a_confirmation_posted_on_its_own_is_refused(
    server: Iso18626Server, recorder: Recorder
) -> None:
    body = build_message(ok_confirmation(full_request(), now=T0), corpus_schema())
    status, _ = post(server, body)
    assert status == 400
    assert recorder.calls == []


def test_tolerated_message_reaches_the_handler_with_its_notes(
    server: Iso18626Server, recorder: Recorder
) -> None:
    body = build_message(requesting(IsoAction.RECEIVED), corpus_schema()).replace(
        b"2026-11-23T09:00:00Z", b"2026-11-23T09:00:00"
    )
    status, _ = post(server, body)
    assert status == 200
    [(_, notes, _)] = recorder.calls
    assert any("no timezone" in note for note in notes)


def test_a_failing_handler_gives_500_and_an_error_confirmation() -> None:
    def broken(message: object, notes: list[str], peer: Peer) -> Confirmation:
        raise RuntimeError("database is on fire")

    listener = Iso18626Server(broken, corpus_schema(), AccessPolicy({BORROWER.key: SECRET}))
    with listener:
        status, answer = post(listener, build_message(full_request(), corpus_schema()))
    assert status == 500
    error = confirmation_of(answer).error_data
    assert error is not None and "database" not in (error.error_value or "")


def test_server_stops_and_frees_its_port(recorder: Recorder) -> None:
    listener = Iso18626Server(recorder, corpus_schema(), AccessPolicy({}))
    listener.start()
    host, port = listener.address
    listener.stop()
    assert not listener.running
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=1).close()


def test_listener_and_outbox_settings_are_declared_and_parsed() -> None:
    from illdesk.domain.errors import ValidationFailed
    from illdesk.domain.settings import Settings
    from illdesk.interop.iso18626.config import ListenerConfig, our_agency, parse_shared_secrets
    from illdesk.interop.iso18626.transport.outbox import RetryPolicy
    from illdesk.interop.settings_defs import SETTINGS

    assert all(d.key.startswith("interop.") for d in SETTINGS)
    settings = Settings(
        SETTINGS,
        {
            "interop.iso18626.listener_enabled": "yes",
            "interop.iso18626.listener_port": "0",
            "interop.iso18626.shared_secrets": "ISIL:DE-B1=one; ISIL:DE-X=two",
            "interop.iso18626.allow_list": "192.0.2.0/24",
            "interop.iso18626.agency_id_value": "DE-L2",
            "interop.iso18626.outbox_max_attempts": "3",
        },
    )
    config = ListenerConfig.from_settings(settings)
    assert config.enabled and config.shared_secrets == {"ISIL:DE-B1": "one", "ISIL:DE-X": "two"}
    agency = our_agency(settings)
    assert agency is not None and agency.key == "ISIL:DE-L2"
    assert RetryPolicy.from_settings(settings).max_attempts == 3
    policy = AccessPolicy.from_config(config)
    assert policy.ip_allowed("192.0.2.77") and not policy.ip_allowed("127.0.0.1")
    with pytest.raises(ValidationFailed) as caught:
        parse_shared_secrets("ISIL:DE-1 without secret")
    assert "AGENCY=SECRET" in caught.value.message
    with pytest.raises(ValidationFailed):
        parse_allow_list("not-an-address")

    recorder = Recorder()
    with Iso18626Server.from_config(recorder, corpus_schema(), config) as listener:
        status, _ = post(listener, build_message(full_request(), corpus_schema()), secret="one")
    assert status == 200 and len(recorder.calls) == 1
