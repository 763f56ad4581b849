"""The NCIP client against a local responder that validates every request with the XSD."""

from __future__ import annotations

import csv
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from illdesk.interop.ncip.client import (
    NcipClient,
    build_accept_item,
    build_check_in_item,
    build_check_out_item,
    build_delete_item,
    build_lookup_user,
    validation_errors,
)
from illdesk.interop.ncip.messages import (
    NcipBadResponse,
    NcipEndpoint,
    NcipError,
    NcipInvalidMessage,
    NcipRefused,
    NcipTimeout,
    NcipUnreachable,
    TemporaryItem,
)
from tests.corpus_path import CORPUS
from tests.interop.conftest import free_port
from tests.interop.test_ncip_responder import NcipResponder

XSD = CORPUS / "ncip" / "ncip_v2_02.xsd"
ITEM = TemporaryItem(
    request_id="ILL-2026-0042",
    item_barcode="ILL0042",
    user_id="8377630",
    title="Comédie humaine",
    author="Balzac, Honoré de",
    isbn="0836932722",
    call_number="ILL 2026-0042",
    pickup_location="Main desk",
    date_for_return=datetime(2026, 12, 20, tzinfo=UTC),
)


@pytest.fixture()
def responder() -> Iterator[NcipResponder]:
    with NcipResponder(XSD) as running:
        yield running


@pytest.fixture()
def client(responder: NcipResponder) -> NcipClient:
    return NcipClient(NcipEndpoint(responder.url, "ILLDESK", "MAINILS", timeout=5), XSD)


def test_whole_loan_cycle(client: NcipClient, responder: NcipResponder) -> None:
    assert client.accept_item(ITEM) == "ILL0042"
    assert responder.state.items == {"ILL0042": "8377630"}
    loan = client.check_out_item("8377630", "ILL0042")
    assert loan.item_id == "ILL0042"
    assert loan.user_id == "8377630"
    assert loan.date_due == datetime(2026, 12, 14, 23, 59, tzinfo=UTC)
    back = client.check_in_item("ILL0042")
    assert (back.item_id, back.user_id) == ("ILL0042", "8377630")
    assert client.delete_item("ILL0042") == "ILL0042"
    assert responder.state.items == {}
    assert responder.state.invalid == []
    assert [e.operation for e in client.exchanges] == [
        "AcceptItem",
        "CheckOutItem",
        "CheckInItem",
        "DeleteItem",
    ]


def test_what_we_send_carries_the_citation(client: NcipClient, responder: NcipResponder) -> None:
    client.accept_item(ITEM)
    sent = etree.fromstring(responder.state.received[0])
    ns = {"n": "http://www.niso.org/2008/ncip"}
    assert sent.xpath("string(//n:Title)", namespaces=ns) == "Comédie humaine"
    assert sent.xpath("string(//n:RequestIdentifierValue)", namespaces=ns) == "ILL-2026-0042"
    assert sent.xpath("string(//n:PickupLocation)", namespaces=ns) == "Main desk"
    assert sent.xpath("string(//n:ToAgencyId/n:AgencyId)", namespaces=ns) == "MAINILS"


def test_lookup_user(client: NcipClient) -> None:
    user = client.lookup_user("8377630")
    assert user.name == "Åsa Öberg"
    assert user.email == "asa.oberg@example.org"
    assert user.privileges == ("Faculty: Active",)
    assert not user.blocked
    assert client.lookup_user("blocked1").blocks == ("Overdue items",)


def test_problems_become_words(client: NcipClient) -> None:
    with pytest.raises(NcipRefused) as caught:
        client.lookup_user("nobody")
    assert caught.value.message == (
        "The library system refused the patron look-up: Unknown "
        "User – No patron has this id. (UserIdentifierValue: "
        "nobody)."
    )
    assert caught.value.problems[0].problem_type == "Unknown User"
    with pytest.raises(NcipRefused, match="refused deleting the temporary item: Unknown Item"):
        client.delete_item("NOPE")
    client.accept_item(ITEM)
    with pytest.raises(NcipRefused, match="Duplicate Item"):
        client.accept_item(ITEM)
    with pytest.raises(NcipRefused, match="the check-out: User Ineligible"):
        client.check_out_item("blocked1", "ILL0042")


def test_invalid_message_is_never_sent(client: NcipClient, responder: NcipResponder) -> None:
    with pytest.raises(NcipInvalidMessage, match="patron id is empty"):
        client.check_out_item("  ", "ILL0042")
    with pytest.raises(NcipInvalidMessage, match="title is empty"):
        client.accept_item(TemporaryItem("R", "B", "8377630", title=""))
    # A message whose structure is wrong is stopped by the schema before sending.
    document = build_delete_item(client.endpoint, "ILL0042")
    document[0].append(etree.Element("{http://www.niso.org/2008/ncip}Bogus"))
    with pytest.raises(NcipInvalidMessage) as caught:
        client._send(document, "DeleteItem")
    assert "does not match the NCIP 2.02 schema and was not sent" in caught.value.message
    assert (
        "Element '{http://www.niso.org/2008/ncip}Bogus': This element is not expected."
        in caught.value.message
    )
    assert responder.state.received == []


@pytest.mark.parametrize(
    "builder",
    [
        lambda e: build_accept_item(e, ITEM),
        lambda e: build_check_out_item(e, "8377630", "ILL0042", datetime(2026, 12, 1)),
        lambda e: build_check_in_item(e, "ILL0042"),
        lambda e: build_lookup_user(e, "8377630"),
        lambda e: build_delete_item(e, "ILL0042"),
    ],
)
def test_every_message_validates(builder) -> None:  # type: ignore[no-untyped-def]
    endpoint = NcipEndpoint("http://x", "ILLDESK", "MAINILS", item_agency="MAIN")
    assert validation_errors(builder(endpoint), XSD) == []


def test_our_validator_agrees_with_corpus_validity_table() -> None:
    samples = CORPUS / "ncip" / "samples"
    with (samples / "VALIDITY.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            errors = validation_errors((samples / row["filename"]).read_bytes(), XSD)
            if row["valid"] == "yes":
                assert errors == [], row["filename"]
            else:
                assert errors[0] == row["first_error"], row["filename"]


def test_down_ils() -> None:
    client = NcipClient(
        NcipEndpoint(f"http://127.0.0.1:{free_port()}/ncip", "A", "B", timeout=2), XSD
    )
    with pytest.raises(NcipUnreachable, match="refused the connection"):
        client.lookup_user("8377630")


def test_slow_ils() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(4)
        port = sock.getsockname()[1]
        client = NcipClient(
            NcipEndpoint(f"http://127.0.0.1:{port}/ncip", "A", "B", timeout=0.5), XSD
        )
        with pytest.raises(NcipTimeout, match="did not answer within 0.5 seconds"):
            client.lookup_user("8377630")


def test_garbage_answer() -> None:
    def transport(url: str, data: bytes, timeout: float) -> bytes:
        return b"<html>Service Unavailable</html>"

    client = NcipClient(NcipEndpoint("http://x", "A", "B"), XSD, transport=transport)
    with pytest.raises(NcipBadResponse, match="“html”, not an NCIP message"):
        client.lookup_user("1")


def test_missing_xsd_in_words(tmp_path: Path) -> None:
    with pytest.raises(NcipError, match="cannot be read"):
        NcipClient(NcipEndpoint("http://x", "A", "B"), tmp_path / "none.xsd")
