"""Tell partners less: our ISO 18626 requests carry no patron unless the library chose to
send one; a lender keeps no patron details from the message in its request history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from illdesk.domain.vocabulary import Action
from illdesk.interop.iso18626.parse import read_message
from tests.conftest import FixedClock
from tests.services.peer_support import (
    LENDER,
    Library,
    corpus_schema,
    new_borrowing,
    two_libraries,
    wait_until_sent,
)


@pytest.fixture
def pair(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Library, Library]]:
    with two_libraries(tmp_path, clock) as libraries:
        yield libraries


def _sent_request(borrower: Library, lender: Library) -> tuple[bytes, str]:
    ours = new_borrowing(borrower, borrower.add_partner(LENDER, lender.url))
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    [message] = borrower.outbox()
    [theirs] = lender.lending_requests()
    with lender.db.reading() as session:
        from illdesk.persistence import orm

        notes = " ".join(
            e.note
            for e in session.get(orm.Request, theirs.id).events  # type: ignore[union-attr]
        )
    return message.body, notes


def test_by_default_a_lender_learns_nothing_of_the_patron(pair) -> None:
    borrower, lender = pair
    assert not borrower.settings.get_bool("privacy.tell_partners_patron")
    body, notes = _sent_request(borrower, lender)
    parsed = read_message(body, corpus_schema())
    assert parsed.verdict == "valid", parsed.notes
    assert parsed.message.patron_info is None  # type: ignore[union-attr]
    assert b"Nakamura" not in body and b"P100001" not in body
    assert "Message as received:" in notes and "Nakamura" not in notes


def test_a_library_may_choose_to_name_the_patron_and_the_lender_keeps_only_the_id(
    pair,
) -> None:
    borrower, lender = pair
    borrower.settings.set("privacy.tell_partners_patron", True)
    body, notes = _sent_request(borrower, lender)
    parsed = read_message(body, corpus_schema())
    assert parsed.verdict == "valid", parsed.notes
    info = parsed.message.patron_info  # type: ignore[union-attr]
    assert (info.patron_id, info.surname, info.given_name) == ("P100001", "Nakamura", "Hana")
    # the lender's history keeps the message without the patron's name
    assert "Nakamura" not in notes and "(patron details not kept)" in notes
    [theirs] = lender.lending_requests()
    assert theirs.partner_patron_id == "P100001"
