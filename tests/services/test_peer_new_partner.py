"""A first request from a library we do not know: the partner is added with what the request
says (name, address, e-mail, endpoint), staff are told what is missing, and the delivery
address the borrower asked for is kept on the request and printed on the label."""

from __future__ import annotations

import ipaddress
from decimal import Decimal

from illdesk.domain.vocabulary import Action
from illdesk.interop.iso18626.transport.server import AccessPolicy
from illdesk.services.requests import ActionInput
from illdesk.services.shipping import ShipInput, ShippingService
from tests.services.partner_support import foreign
from tests.services.peer_support import Library, post

STRANGER = "US-SPU"


def _allow_loopback(lender: Library) -> None:
    server = lender.runtime.server
    assert server is not None
    server.access = AccessPolicy({}, allow_list=(ipaddress.ip_network("127.0.0.1/32"),))


def test_a_new_partner_takes_name_address_email_and_endpoint(
    peers: tuple[Library, Library],
) -> None:
    _, lender = peers
    _allow_loopback(lender)
    body = foreign("request", number="SPU-1", requester=STRANGER)
    status, answer = post(lender.url, body, secret=None)
    assert status == 200 and answer.ok, answer
    [request] = lender.lending_requests()
    partner = request.partner
    assert partner is not None and partner.symbol == STRANGER
    assert partner.name == "Springfield University Library"
    assert (partner.street, partner.city, partner.postal_code, partner.region) == (
        "1 University Avenue",
        "Springfield",
        "62701",
        "IL",
    )
    assert partner.country == "US"
    assert partner.email == "ill@springfield.example.edu"
    assert partner.iso18626_endpoint == "https://ill.springfield.example.edu/iso18626"
    assert request.delivery_address == (
        "Interlibrary Loan, Main Library\n1 University Avenue\n62701 Springfield IL\nUS"
    )
    assert request.partner_patron_id == "P-77001"
    detail = lender.requests.detail(request.id)
    note = detail.history[0].note
    assert "added from its request (name, street, city, postal_code, country, email" in note
    assert "Missing" not in note
    assert detail.said.delivery_address.startswith("Interlibrary Loan, Main Library")


def test_staff_are_told_what_a_sparse_request_left_out(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    _allow_loopback(lender)
    body = foreign("request", number="SPU-2", requester=STRANGER, agency_addresses="")
    assert post(lender.url, body, secret=None)[1].ok
    [request] = lender.lending_requests()
    assert request.partner is not None and request.partner.iso18626_endpoint == ""
    note = lender.requests.detail(request.id).history[0].note
    # the address and e-mail come from where it wants the item; no endpoint was given
    assert "added from its request (name, street, city, postal_code, country, email)." in note
    assert "Missing: iso18626_endpoint; fill them in." in note


def test_the_label_goes_to_the_delivery_address_asked_for(peers: tuple[Library, Library]) -> None:
    _, lender = peers
    _allow_loopback(lender)
    assert post(lender.url, foreign("request", number="SPU-3", requester=STRANGER), secret=None)[
        1
    ].ok
    [request] = lender.lending_requests()
    lender.do(request.id, Action.CHECK_HOLDINGS)
    lender.do(request.id, Action.PULL, ActionInput(item_barcode="31234000000011"))
    shipping = ShippingService(lender.db, lender.settings, lender.requests)
    done = shipping.ship(request.id, ShipInput("USPS", Decimal("1.0"), "94001"), staff="Tom")
    recipient = done.label.recipient
    assert recipient.name == "Interlibrary Loan, Main Library"
    assert recipient.lines == ("1 University Avenue", "62701 Springfield IL")
    assert recipient.country == "US"
