"""Messages a library must refuse or take with care: illegal now, unknown request, wrong
sender, bad XML, XXE; an unknown partner; no echo of a partner's own news."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from illdesk.domain.vocabulary import Action, State
from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.messages import (
    AgencyId,
    BibliographicInfo,
    BibliographicItemId,
    Coded,
    ErrorType,
    Header,
    IsoAction,
    IsoServiceType,
    MessageInfo,
    ReasonForMessage,
    Request,
    RequestingAgencyMessage,
    ServiceInfo,
    Status,
    StatusInfo,
    SupplyingAgencyMessage,
)
from illdesk.interop.iso18626.transport.server import AccessPolicy
from illdesk.services.peer_incoming import NOTE_ACTION
from illdesk.services.requests import ActionInput
from tests.conftest import FixedClock
from tests.services.partner_support import running_pair
from tests.services.peer_support import (
    BORROWER,
    LENDER,
    PAIR_SECRET,
    Library,
    corpus_schema,
    new_borrowing,
    post,
    wait_until_sent,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
B = AgencyId.of("ISIL", BORROWER)
L = AgencyId.of("ISIL", LENDER)


@pytest.fixture(params=["sqlite", "postgresql"])
def pair(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> Iterator[tuple[Library, Library]]:
    """Borrower and lender on two SQLite files, or on two PostgreSQL databases."""
    with running_pair(request, tmp_path, clock) as libraries:
        yield libraries


def sent_request(borrower: Library, lender: Library) -> tuple[int, str, int]:
    """The borrower's request, its number, and the lender's lending request made from it."""
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender.url))
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    [theirs] = lender.lending_requests()
    return ours, borrower.requests.detail(ours).row.number, theirs.id


def to_lender(action: IsoAction, number: str, note: str | None = None) -> bytes:
    return build_message(
        RequestingAgencyMessage(Header(L, B, T0, number), action, note), corpus_schema()
    )


def to_borrower(status: Status, number: str, *, sender: AgencyId = L) -> bytes:
    return build_message(
        SupplyingAgencyMessage(
            Header(sender, B, T0, number),
            MessageInfo(ReasonForMessage.STATUS_CHANGE),
            StatusInfo(status, T0),
        ),
        corpus_schema(),
    )


def test_a_message_illegal_in_the_current_state_is_refused_and_changes_nothing(
    pair: tuple[Library, Library],
) -> None:
    borrower, lender = pair
    _, number, theirs = sent_request(borrower, lender)
    before = lender.counts()
    version = lender.requests.detail(theirs).row.version
    status, answer = post(lender.url, to_lender(IsoAction.SHIPPED_RETURN, number))
    assert status == 200
    assert not answer.ok
    assert answer.error_data is not None
    assert answer.error_data.error_type is ErrorType.UNSUPPORTED_ACTION_TYPE
    assert "not possible" in (answer.error_data.error_value or "")
    assert lender.counts() == before
    assert lender.state(theirs) is State.NEW
    assert lender.requests.detail(theirs).row.version == version


def test_a_status_for_a_request_not_with_the_sender_is_refused(
    pair: tuple[Library, Library],
) -> None:
    borrower, lender = pair
    ours, number, _ = sent_request(borrower, lender)
    before = borrower.counts()
    stranger = AgencyId.of("ISIL", "DE-X9")
    unknown = post(borrower.url, to_borrower(Status.LOANED, "B-2026-999999"))[1]
    assert not unknown.ok and "no borrowing request" in (unknown.error_data.error_value or "")
    # the stranger presents the pair's secret, which is filed under DE-L2 only: refused
    status, wrong = post(borrower.url, to_borrower(Status.LOANED, number, sender=stranger))
    assert status == 403 and not wrong.ok
    assert borrower.counts() == before
    assert borrower.state(ours) is State.REQUESTED


def test_an_action_about_an_unknown_request_is_refused(pair: tuple[Library, Library]) -> None:
    _, lender = pair
    before = lender.counts()
    status, answer = post(lender.url, to_lender(IsoAction.RECEIVED, "B-2026-000042"))
    assert status == 200 and not answer.ok
    assert answer.error_data is not None
    assert answer.error_data.error_type is ErrorType.UNRECOGNISED_DATA_VALUE
    assert "no request B-2026-000042" in (answer.error_data.error_value or "")
    assert lender.counts() == before


def _request_body(number: str, title: str = "Die Blechtrommel") -> bytes:
    return build_message(
        Request(
            Header(L, B, T0, number),
            BibliographicInfo(title=title, author="Grass, Günter"),
            ServiceInfo(IsoServiceType.LOAN),
        ),
        corpus_schema(),
    )


@pytest.mark.parametrize(
    "body",
    [
        b"<ISO18626Message><request>",
        b"not xml at all",
        b"",
    ],
    ids=["truncated", "text", "empty"],
)
def test_bad_xml_is_refused_with_nothing_written(
    pair: tuple[Library, Library], body: bytes
) -> None:
    _, lender = pair
    before = lender.counts()
    status, answer = post(lender.url, body)
    assert status == 400 and not answer.ok
    assert answer.error_data is not None
    assert answer.error_data.error_type is ErrorType.BADLY_FORMED_MESSAGE
    assert lender.counts() == before


def test_an_external_entity_is_never_resolved_and_nothing_is_written(
    pair: tuple[Library, Library], tmp_path: Path
) -> None:
    _, lender = pair
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    valid = _request_body("B-2026-000077", title="PLACEHOLDER").decode("utf-8")
    declaration, _, rest = valid.partition("?>")
    evil = (
        declaration + "?>\n"
        f'<!DOCTYPE ISO18626Message [<!ENTITY xxe SYSTEM "file://{secret_file}">]>\n'
        + rest.replace("PLACEHOLDER", "&xxe;")
    ).encode("utf-8")
    before = lender.counts()
    status, answer = post(lender.url, evil)
    assert status == 400 and not answer.ok
    assert "TOP-SECRET-CONTENT" not in (answer.error_data.error_value or "")
    assert lender.counts() == before
    assert lender.lending_requests() == []


def test_a_request_from_an_unknown_library_adds_the_partner_with_a_note(
    pair: tuple[Library, Library],
) -> None:
    _, lender = pair
    stranger = AgencyId.of("ISIL", "DE-Q7")
    body = build_message(
        Request(
            Header(L, stranger, T0, "Q7-0001"),
            BibliographicInfo(title="Der Process", author="Kafka, Franz"),
            ServiceInfo(IsoServiceType.LOAN, note="Für eine Seminararbeit"),
        ),
        corpus_schema(),
    )
    before = lender.counts()
    # no secret is filed for DE-Q7: it is refused until staff allow it
    assert post(lender.url, body, secret="guess")[0] == 403
    assert lender.counts() == before
    # staff put the desk network on the allow-list
    server = lender.runtime.server
    assert server is not None
    server.access = AccessPolicy({}, allow_list=(ipaddress.ip_network("127.0.0.1/32"),))
    status, answer = post(lender.url, body, secret=None)
    assert status == 200 and answer.ok, answer
    after = lender.counts()
    assert after["partner"] == before["partner"] + 1
    assert after["request"] == before["request"] + 1
    [request] = lender.lending_requests()
    assert request.partner is not None
    assert (request.partner.name, request.partner.symbol) == ("DE-Q7", "DE-Q7")
    assert request.partner.iso18626_endpoint == ""
    note = lender.requests.detail(request.id).history[0].note
    assert "was not in the partner directory" in note
    assert "Für eine Seminararbeit" in note
    # the same request again (a lost confirmation): nothing new
    assert post(lender.url, body, secret=None)[1].ok
    assert lender.counts() == after


def test_a_request_with_a_bad_isbn_keeps_it_in_the_history(pair: tuple[Library, Library]) -> None:
    _, lender = pair
    body = build_message(
        Request(
            Header(L, B, T0, "B-2026-000101"),
            BibliographicInfo(
                title="Der Process",
                item_ids=(BibliographicItemId("978-3-16-148410-9", Coded("ISBN")),),
            ),
            ServiceInfo(IsoServiceType.LOAN),
        ),
        corpus_schema(),
    )
    assert post(lender.url, body)[1].ok
    [request] = lender.lending_requests()
    detail = lender.requests.detail(request.id)
    assert detail.citation.isbn == ""
    assert "978-3-16-148410-9" in detail.history[0].note


def test_a_request_without_a_title_is_refused(pair: tuple[Library, Library]) -> None:
    _, lender = pair
    before = lender.counts()
    body = build_message(
        Request(
            Header(L, B, T0, "B-2026-000102"),
            BibliographicInfo(author="Kafka, Franz"),
            ServiceInfo(IsoServiceType.LOAN),
        ),
        corpus_schema(),
    )
    status, answer = post(lender.url, body)
    assert status == 200 and not answer.ok
    assert "title" in (answer.error_data.error_value or "")
    assert lender.counts() == before


def test_a_cancel_is_answered_and_not_echoed(pair: tuple[Library, Library]) -> None:
    borrower, lender = pair
    ours, _, theirs = sent_request(borrower, lender)
    lender.do(theirs, Action.CHECK_HOLDINGS)
    assert (
        borrower.do(ours, Action.CANCEL, ActionInput(note="Patron found a copy")) is State.CANCELLED
    )
    wait_until_sent(borrower, lender)
    assert lender.state(theirs) is State.CANCELLED
    assert "Patron found a copy" in lender.requests.detail(theirs).history[-1].note
    # the lender answered with a CancelResponse (yes); the borrower only notes it
    [answer] = lender.outbox()
    assert b"CancelResponse" in answer.body and b"<ill:answerYesNo>Y" in answer.body
    assert borrower.state(ours) is State.CANCELLED
    assert borrower.requests.detail(ours).history[-1].action == NOTE_ACTION
    assert [row.kind for row in borrower.outbox()] == ["request", "requestingAgencyMessage"]


def test_a_cancel_after_shipping_is_answered_no(pair: tuple[Library, Library]) -> None:
    borrower, lender = pair
    _, number, theirs = sent_request(borrower, lender)
    lender.do(theirs, Action.CHECK_HOLDINGS)
    lender.do(theirs, Action.PULL, ActionInput(item_barcode="3999"))
    lender.do(theirs, Action.SHIP)
    wait_until_sent(borrower, lender)
    status, answer = post(lender.url, to_lender(IsoAction.CANCEL, number, "too late?"))
    assert answer.ok
    assert lender.state(theirs) is State.SHIPPED
    assert lender.requests.detail(theirs).history[-1].action == NOTE_ACTION
    wait_until_sent(borrower, lender)
    last = lender.outbox()[-1]
    assert b"CancelResponse" in last.body and b"<ill:answerYesNo>N" in last.body


def test_partners_without_an_endpoint_are_not_told(pair: tuple[Library, Library]) -> None:
    borrower, _ = pair
    ours = new_borrowing(borrower, borrower.add_partner("US-EMAIL", ""))
    assert borrower.do(ours, Action.SEND_TO_LENDER) is State.REQUESTED
    assert borrower.outbox() == []


def test_two_content_lengths_are_refused_and_nothing_is_written(
    pair: tuple[Library, Library],
) -> None:
    borrower, lender = pair
    _, number, theirs = sent_request(borrower, lender)
    before = lender.counts()
    body = to_lender(IsoAction.RECEIVED, number)
    server = lender.runtime.server
    assert server is not None
    head = (
        b"POST /iso18626 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
        + f"Authorization: Bearer {PAIR_SECRET}\r\nContent-Length: {len(body)}\r\n".encode()
        + b"Content-Length: 5\r\n\r\n"
        + body
    )
    with socket.create_connection(server.address, timeout=10) as connection:
        connection.sendall(head)
        answer = connection.recv(4096)
    assert answer.split(b"\r\n", 1)[0] == b"HTTP/1.1 400 Bad Request"
    assert lender.counts() == before
    assert lender.state(theirs) is State.NEW
