"""Every message must be for us; a request id is one request: a reused id with other
content is refused, an exact resend is answered again, a Retry or Reminder must be about a
request we have."""

from __future__ import annotations

from illdesk.domain.vocabulary import State
from illdesk.interop.iso18626.messages import ErrorType
from tests.services.partner_support import foreign, requested
from tests.services.peer_support import Library, post


def _refused(answer, words: str) -> None:
    assert not answer.ok
    assert answer.error_data is not None
    assert answer.error_data.error_type is ErrorType.UNRECOGNISED_DATA_VALUE
    assert words in (answer.error_data.error_value or ""), answer.error_data.error_value


def test_a_request_for_another_supplier_is_refused(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    before = lender.counts()
    status, answer = post(lender.url, foreign("request", number="SPR-1", supplier="DE-X9"))
    assert status == 200
    _refused(answer, "names ISIL:DE-X9 as the supplying agency; we are ISIL:DE-L2")
    assert lender.counts() == before


def test_a_lenders_message_for_another_borrower_is_refused(
    peers: tuple[Library, Library],
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    before = borrower.counts()
    body = foreign("loaned", number=number, borrower="DE-X8", due="2026-03-20T00:00:00Z")
    status, answer = post(borrower.url, body)
    assert status == 200
    _refused(answer, "names ISIL:DE-X8 as the requesting agency")
    assert borrower.counts() == before
    assert borrower.state(ours) is State.REQUESTED


def test_one_request_id_is_one_request(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    first = foreign("request", number="SPR-2")
    assert post(lender.url, first)[1].ok
    after_first = lender.counts()

    # the exact resend (their answer was lost): OK again, nothing stored twice
    status, again = post(lender.url, first)
    assert status == 200 and again.ok
    assert lender.counts() == after_first

    # the same id for another book: "already exists", nothing changed
    other = foreign("request", number="SPR-2", title="A quite different book")
    status, clash = post(lender.url, other)
    assert status == 200
    _refused(clash, "Request id SPR-2 already exists")
    assert lender.counts() == after_first
    [stored] = lender.lending_requests()
    assert stored.external_id == "SPR-2"


def test_a_retry_or_reminder_for_an_unknown_request_is_refused(
    peers: tuple[Library, Library],
) -> None:
    _, lender = peers
    before = lender.counts()
    for kind in ("Retry", "Reminder"):
        body = foreign("request", number="SPR-404", request_type=kind)
        status, answer = post(lender.url, body)
        assert status == 200
        _refused(answer, f"A {kind} for request SPR-404, but we have no request SPR-404")
    assert lender.counts() == before


def test_a_reminder_for_a_request_we_have_is_noted(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    assert post(lender.url, foreign("request", number="SPR-3"))[1].ok
    before = lender.counts()
    status, answer = post(lender.url, foreign("request", number="SPR-3", request_type="Reminder"))
    assert status == 200 and answer.ok
    [stored] = lender.lending_requests()
    assert lender.counts()["request"] == before["request"]
    history = lender.requests.detail(stored.id).history
    assert "reminder" in history[-1].note
