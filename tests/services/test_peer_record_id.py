"""What we send a lender beyond the citation: the lender's own record id (from a search of
its catalogue) and a note from staff, both only when known."""

from __future__ import annotations

from lxml import etree

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.interop.iso18626.messages import NAMESPACE
from illdesk.services.patrons import PatronInput, PatronService
from tests.services.partner_support import assert_valid, foreign
from tests.services.peer_support import LENDER, STAFF, Library, post, wait_until_sent

NS = {"i": NAMESPACE}


def _borrowing(library: Library, lenders: list[int], **extra: str) -> int:
    patron = PatronService(library.db).save(
        PatronInput(barcode="P100001", name="Nakamura, Hana", email="hana@example.org")
    )
    request_id = library.requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Die Blechtrommel", author="Grass, Günter"),
        service_type=ServiceType.LOAN,
        staff=STAFF,
        **extra,
    ).row.id
    for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
        library.requests.perform(request_id, action, staff=STAFF)
    library.requests.set_rota(request_id, lenders, staff=STAFF)
    return request_id


def _sent_requests(library: Library) -> list[etree._Element]:
    bodies = [row.body for row in library.outbox() if row.kind == "request"]
    for body in bodies:
        assert_valid(body)
    return [etree.fromstring(body) for body in bodies]


def test_record_id_and_note_go_to_the_lender_they_are_for(peers: tuple[Library, Library]) -> None:
    borrower, lender = peers
    first = borrower.add_partner(LENDER, lender.url)
    second = borrower.add_partner("DE-T3", "http://127.0.0.1:9/iso18626")  # never answers
    ours = _borrowing(
        borrower,
        [first, second],
        supplier_record_id="ocn123456789",
        note_to_lender="We need volume 2 only.",
    )
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    [sent] = _sent_requests(borrower)
    assert sent.findtext(".//i:supplierUniqueRecordId", namespaces=NS) == "ocn123456789"
    assert sent.findtext(".//i:serviceInfo/i:note", namespaces=NS) == "We need volume 2 only."
    [theirs] = lender.lending_requests()
    note = lender.requests.detail(theirs.id).history[0].note
    assert "Their note: We need volume 2 only." in note
    assert "Our record, as they found it in our catalogue: ocn123456789." in note

    # The first lender cannot: the request to the next one keeps the note, not the record id.
    number = borrower.requests.detail(ours).row.number
    assert post(borrower.url, foreign("unfilled", number=number))[1].ok
    _, to_next = _sent_requests(borrower)
    assert to_next.findtext(".//i:supplierUniqueRecordId", namespaces=NS) is None
    assert to_next.findtext(".//i:serviceInfo/i:note", namespaces=NS) == "We need volume 2 only."


def test_nothing_extra_is_sent_when_nothing_is_known(peers: tuple[Library, Library]) -> None:
    borrower, lender = peers
    ours = _borrowing(borrower, [borrower.add_partner(LENDER, lender.url)])
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    [sent] = _sent_requests(borrower)
    assert sent.find(".//i:supplierUniqueRecordId", NS) is None
    assert sent.find(".//i:serviceInfo/i:note", NS) is None


def test_each_lender_gets_the_record_id_find_lenders_found_in_its_catalogue(
    peers: tuple[Library, Library],
) -> None:
    borrower, lender = peers
    first = borrower.add_partner(LENDER, lender.url)  # answers unfilled
    second = borrower.add_partner("DE-T3", "http://127.0.0.1:9/iso18626")  # never answers
    ours = _borrowing(borrower, [])
    borrower.requests.set_rota(
        ours,
        [first, second],
        staff=STAFF,
        records={first: ("sru-77", "available"), second: ("t3-0001", "shelf A")},
    )
    borrower.do(ours, Action.SEND_TO_LENDER)
    wait_until_sent(borrower)
    number = borrower.requests.detail(ours).row.number
    assert post(borrower.url, foreign("unfilled", number=number))[1].ok
    sent = _sent_requests(borrower)
    assert [s.findtext(".//i:supplierUniqueRecordId", namespaces=NS) for s in sent] == [
        "sru-77",
        "t3-0001",
    ]
