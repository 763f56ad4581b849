"""Costs in our supplying agency messages: a conditional answer names the loan condition
staff wrote and carries the offered cost; Loaned and CopyCompleted carry what we charge as
deliveryCosts. Built, checked against the XSD, read back as sent."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.interop.iso18626.build import build_message
from illdesk.interop.iso18626.compose import header_for, status_update
from illdesk.interop.iso18626.messages import Costs, Status, SupplyingAgencyMessage
from illdesk.interop.iso18626.parse import read_message
from illdesk.interop.iso18626.status_map import loan_condition_code
from tests.interop.iso18626_support import BORROWER, LENDER, corpus_schema

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _round_trip(message: SupplyingAgencyMessage) -> SupplyingAgencyMessage:
    body = build_message(message, corpus_schema())  # validated against the XSD
    read = read_message(body, corpus_schema()).message
    assert isinstance(read, SupplyingAgencyMessage)
    return read


def _header():
    return header_for(
        Side.LENDING,
        us=LENDER,
        partner=BORROWER,
        requesting_request_id="B-2026-000001",
        now=NOW,
        supplying_request_id="L-2026-000001",
    )


def test_a_conditional_answer_names_the_condition_and_the_cost() -> None:
    sent = status_update(
        _header(),
        State.CONDITIONAL,
        ServiceType.LOAN,
        now=NOW,
        conditions="Library use only, no photocopies.",
        offered_costs=Costs("EUR", Decimal("12.50")),
    )
    read = _round_trip(sent)
    assert read.status is Status.RETRY_POSSIBLE
    assert read.delivery_info is not None and read.delivery_info.loan_condition is not None
    assert read.delivery_info.loan_condition.value == "LibraryUseOnly"
    assert read.message_info.offered_costs == Costs("EUR", Decimal("12.50"))
    assert read.message_info.note == "Library use only, no photocopies."


@pytest.mark.parametrize(
    "state, service_type, status",
    [
        (State.SHIPPED, ServiceType.LOAN, Status.LOANED),
        (State.SENT, ServiceType.COPY, Status.COPY_COMPLETED),
    ],
)
def test_what_we_charge_goes_as_delivery_costs(
    state: State, service_type: ServiceType, status: Status
) -> None:
    sent = status_update(
        _header(),
        state,
        service_type,
        now=NOW,
        item_id="31234000099" if service_type is ServiceType.LOAN else None,
        delivery_costs=Costs("GBP", Decimal("4.00")),
    )
    read = _round_trip(sent)
    assert read.status is status
    assert read.delivery_info is not None
    assert read.delivery_info.delivery_costs == Costs("GBP", Decimal("4.00"))


@pytest.mark.parametrize(
    "words, code",
    [
        ("Library use only.", "LibraryUseOnly"),
        ("library-use only, watched", "WatchLibraryUseOnly"),
        ("NoReproduction please", "NoReproduction"),
        ("Signature required on receipt", "SignatureRequired"),
        ("Fee 20 EUR", None),
        ("", None),
    ],
)
def test_the_loan_condition_staff_name(words: str, code: str | None) -> None:
    assert loan_condition_code(words) == code
