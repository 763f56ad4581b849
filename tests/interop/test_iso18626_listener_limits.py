"""The listener against clients that misbehave: two Content-Length headers, a body trickled
a byte at a time (cut off at the deadline while others are still served), and a readable
message with a wrong value (HTTP 200 with the ERROR, as other implementations answer)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import ErrorType, IsoAction
from illdesk.interop.iso18626.transport.server import AccessPolicy, Iso18626Server
from tests.interop.iso18626_support import BORROWER, FakeClock, corpus_schema, requesting
from tests.interop.test_iso18626_server import SECRET, Recorder, confirmation_of, post

DEADLINE = 1.0


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
        workers=2,
        deadline=DEADLINE,
    )
    listener.start()
    try:
        yield listener
    finally:
        listener.stop()


def _raw(server: Iso18626Server, head: bytes) -> socket.socket:
    connection = socket.create_connection(server.address, timeout=10)
    connection.sendall(head)
    return connection


def _status_line(connection: socket.socket) -> bytes:
    answer = b""
    while b"\r\n" not in answer:
        chunk = connection.recv(4096)
        if not chunk:
            break
        answer += chunk
    return answer.split(b"\r\n", 1)[0]


def test_two_content_lengths_are_refused(server: Iso18626Server, recorder: Recorder) -> None:
    body = build_message(requesting(IsoAction.RECEIVED), corpus_schema())
    head = (
        b"POST /iso18626 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
        + f"Authorization: Bearer {SECRET}\r\nContent-Length: {len(body)}\r\n".encode()
        + b"Content-Length: 5\r\n\r\n"
        + body
    )
    with _raw(server, head) as connection:
        assert _status_line(connection) == b"HTTP/1.1 400 Bad Request"
    assert recorder.calls == []


def test_a_trickling_client_is_cut_off_and_others_are_served(
    server: Iso18626Server, recorder: Recorder
) -> None:
    head = (
        b"POST /iso18626 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
        b"Content-Length: 1000\r\n\r\n"
    )
    slow = [_raw(server, head), _raw(server, head)]  # as many as there are workers
    sent = 0
    cut = False
    try:
        for _ in range(1000):
            for connection in slow:
                connection.settimeout(0.25)
                try:
                    connection.send(b"<")
                    if connection.recv(1) == b"":
                        cut = True
                except TimeoutError:
                    continue  # still open: a byte went, nothing came back
                except OSError:
                    cut = True
            sent += 1
            if cut:
                break
        assert cut, "the server waited for the whole trickle"
        assert sent < 1000
        # the workers are free again: a good message is answered
        status, answer = post(
            server, build_message(requesting(IsoAction.RECEIVED), corpus_schema())
        )
        assert status == 200 and confirmation_of(answer).ok
    finally:
        for connection in slow:
            connection.close()
    assert len(recorder.calls) == 1


def test_a_readable_message_with_a_wrong_value_is_answered_200_with_the_error(
    server: Iso18626Server, recorder: Recorder
) -> None:
    body = build_message(requesting(IsoAction.RECEIVED), corpus_schema()).replace(
        b"<ill:action>Received</ill:action>", b"<ill:action>Teleported</ill:action>"
    )
    status, answer = post(server, body)
    assert status == 200
    confirmation = confirmation_of(answer)
    assert not confirmation.ok and confirmation.error_data is not None
    assert confirmation.error_data.error_type is ErrorType.UNSUPPORTED_ACTION_TYPE
    assert "Teleported" in (confirmation.error_data.error_value or "")
    assert recorder.calls == []
