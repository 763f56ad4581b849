"""A lender's conditional and retry answers as other implementations send them: every
condition, the cost and its currency, the retry-after date and the reason are kept, and
the Retry we send back answers them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lxml import etree

from illdesk.domain.vocabulary import Action, State
from illdesk.interop.iso18626.messages import NAMESPACE
from tests.services.partner_support import assert_valid, foreign, requested
from tests.services.peer_support import Library, post

NS = {"i": NAMESPACE}


def test_a_loan_condition_is_kept_in_words(peers: tuple[Library, Library]) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    status, answer = post(borrower.url, foreign("will_supply_condition", number=number))
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.CONDITIONAL
    assert "No copying or scanning (NoReproduction)" in detail.conditions
    assert "no photocopying of the plates" in detail.conditions
    assert detail.said.offer_cost is None


def test_a_retry_answer_keeps_cost_date_and_reason_and_the_retry_answers_it(
    peers: tuple[Library, Library],
) -> None:
    borrower, lender = peers
    ours, number = requested(borrower, lender)
    body = foreign("retry_cost", number=number, retry_after="2026-03-09T00:00:00Z")
    status, answer = post(borrower.url, body)
    assert status == 200 and answer.ok, answer
    detail = borrower.requests.detail(ours)
    assert detail.row.state is State.CONDITIONAL
    said = detail.said
    assert (said.offer_cost, said.offer_currency) == (Decimal("35.00"), "USD")
    assert said.retry_after == dt.date(2026, 3, 9)
    assert said.retry_reason == "CostExceedsMaxCost"
    for words in (
        "Library use only (LibraryUseOnly)",
        "The cost exceeds your maximum (CostExceedsMaxCost)",
        "Cost offered: 35.00 USD",
        "Ask again after 2026-03-09",
        "send a Retry with the cost accepted",
    ):
        assert words in detail.conditions

    assert borrower.do(ours, Action.ACCEPT_CONDITIONS) is State.REQUESTED
    retry = [row for row in borrower.outbox() if row.kind == "request"][-1]
    assert_valid(retry.body)
    document = etree.fromstring(retry.body)
    assert document.findtext(".//i:serviceInfo/i:requestType", namespaces=NS) == "Retry"
    costs = document.find(".//i:billingInfo/i:maximumCosts", NS)
    assert costs is not None
    assert costs.findtext("i:currencyCode", namespaces=NS) == "USD"
    assert Decimal(costs.findtext("i:monetaryValue", namespaces=NS) or "0") == Decimal("35")
    note = document.findtext(".//i:serviceInfo/i:note", namespaces=NS) or ""
    assert note.startswith("We accept your conditions: Library use only")
