"""Request numbers as the search tells them from other words: every number a request is
given has the shape the search looks for, and only a word of that shape is looked up as a
number (a keystroke of other letters does not ask the database whether it is one)."""

from __future__ import annotations

from sqlalchemy import event

from illdesk.domain.citation import Citation
from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import ServiceType, Side
from illdesk.services.numbering import may_be_request_number


def test_every_number_given_is_searched_as_a_number(db, requests_service, patron, partners) -> None:
    made = [
        requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title="Numbered"),
            service_type=ServiceType.LOAN,
            staff="Ann",
        ).row.number,
        requests_service.create_lending(
            partner_id=partners[0],
            citation=Citation(title="Numbered too"),
            service_type=ServiceType.LOAN,
            staff="Ann",
        ).row.number,
    ]
    for number in made:
        assert may_be_request_number(number) and may_be_request_number(number.lower())
    borrowing, lending = made
    # found whatever the chip says (a number's request in any state)
    found = requests_service.search_page(Side.BORROWING, borrowing.lower(), StateGroup.COMPLETE)
    assert [r.number for r in found] == [borrowing]
    assert [r.number for r in requests_service.search_page(Side.LENDING, lending, None)] == [
        lending
    ]


def test_only_a_word_of_a_numbers_shape_is_looked_up_as_one(db, requests_service) -> None:
    for word in ("B-2026-000123", "l-2025-7", "b-2026-0001234"):
        assert may_be_request_number(word), word
    for word in ("mann", "b-2026", "B-2026-", "X-2026-000001", "3248", "p100042", "B-26-1"):
        assert not may_be_request_number(word), word
    asked: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if "request.number =" in statement:
            asked.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        requests_service.search_page(Side.BORROWING, "mann", StateGroup.NEEDS_ACTION)
        assert asked == []
        requests_service.search_page(Side.BORROWING, "B-2026-000999", StateGroup.NEEDS_ACTION)
        assert len(asked) == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
