"""Two illdesk libraries, each on its own database (both SQLite, or both PostgreSQL), each
borrowing from the other over ISO 18626 through real listeners on 127.0.0.1: a loan and an
article in both directions, with the lender's due date, a conditional answer with a cost
(accepted, and in another request declined), a renewal, a recall and an overdue from the
lender, and the lender's charge arriving as deliveryCosts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.interop.iso18626.messages import NAMESPACE
from illdesk.persistence import orm
from illdesk.persistence.database import Database, open_database
from illdesk.services.copyright import CopyrightFacts
from illdesk.services.documents import DocumentFacts, DocumentService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.purchasing import PurchaseService
from illdesk.services.requests import ActionInput
from tests.conftest import FixedClock
from tests.databases import migrated_postgres_url, migrated_sqlite_url
from tests.services.copies_support import article, make_pdf
from tests.services.partner_support import assert_valid
from tests.services.peer_support import (
    STAFF,
    Library,
    assert_no_peer_threads,
    open_library,
    wait_until_sent,
)

NS = {"i": NAMESPACE}
A_SYMBOL, B_SYMBOL = "DE-A1", "DE-B2"
CONDITIONS = "Library use only; please no photocopying."
OFFER = Decimal("12.50")
ARTICLE_CHARGE = Decimal("4.00")


@dataclass
class Desk:
    """One library of the pair: its services and its record of the other library."""

    library: Library
    documents: DocumentService
    purchasing: PurchaseService
    patron_id: int
    other_id: int = 0
    """Our partner record of the other library."""

    @property
    def symbol(self) -> str:
        return self.library.symbol


def _desk(db: Database, symbol: str, other: str, clock: FixedClock, tmp_path: Path) -> Desk:
    library = open_library(
        db,
        symbol,
        other,
        clock,
        utc_clock=lambda: clock.now.replace(tzinfo=dt.UTC),  # the lender's lastChange
        fact_sources=[DocumentFacts()],
        purchase__currency="EUR",
    )
    copyright_facts = CopyrightFacts(library.settings)
    library.requests.fact_sources.append(copyright_facts)
    patron = PatronService(db).save(
        PatronInput(barcode=f"P-{symbol}", name=f"Reader at {symbol}", email="r@example.org")
    )
    return Desk(
        library,
        DocumentService(db, library.settings, library.requests, clock, tmp_path / symbol),
        PurchaseService(db, library.settings, library.requests, clock),
        patron.id,
    )


def _partner(desk: Desk, other: Desk, *, charge: Decimal = Decimal("0")) -> int:
    with desk.library.db.transaction() as session:
        partner = orm.Partner(
            name=f"Library {other.symbol}",
            symbol=other.symbol,
            country="DE",
            currency="EUR",
            iso18626_endpoint=other.library.url,
            default_loan_days=28,
            renewals_allowed=2,
            charge=charge,
        )
        session.add(partner)
        session.flush()
        return partner.id


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def desks(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> Iterator[tuple[Desk, Desk]]:
    if request.param == "postgresql":
        dbs = [open_database(migrated_postgres_url(request, f"round_{n}")) for n in ("a", "b")]
    else:
        dbs = [
            open_database(migrated_sqlite_url(request, tmp_path / f"{n}.sqlite3"))
            for n in ("a", "b")
        ]
    a = _desk(dbs[0], A_SYMBOL, B_SYMBOL, clock, tmp_path)
    b = _desk(dbs[1], B_SYMBOL, A_SYMBOL, clock, tmp_path)
    try:
        # each charges the other for an article by its lending policy
        a.other_id = _partner(a, b, charge=ARTICLE_CHARGE)
        b.other_id = _partner(b, a, charge=ARTICLE_CHARGE)
        yield a, b
    finally:
        for desk in (a, b):
            desk.library.runtime.stop()
        for db in dbs:
            db.dispose()
    assert_no_peer_threads()


def _borrow(borrower: Desk, lender: Desk, service_type: ServiceType, title: str) -> int:
    """A borrowing request sent to ``lender``: our request's id."""
    citation = (
        article(title=title)
        if service_type is ServiceType.COPY
        else Citation(title=title, author="Grass, Günter", year="1993", publisher="dtv")
    )
    requests = borrower.library.requests
    rid = requests.create_borrowing(
        patron_id=borrower.patron_id,
        citation=citation,
        service_type=service_type,
        staff=STAFF,
        allow_duplicate=True,
    ).row.id
    requests.perform(rid, Action.VERIFY_CITATION, staff=STAFF)
    requests.perform(rid, Action.START_SOURCING, staff=STAFF)
    requests.set_rota(rid, [borrower.other_id], staff=STAFF)
    assert borrower.library.do(rid, Action.SEND_TO_LENDER) is State.REQUESTED
    wait_until_sent(borrower.library, lender.library)
    return rid


def _theirs(lender: Desk, number: str) -> int:
    """The lender's request for our ``number``."""
    [row] = [r for r in lender.library.lending_requests() if r.external_id == number]
    return row.id


def _sent(*desks: Desk) -> None:
    wait_until_sent(*(d.library for d in desks))


def _lender_answers_with_conditions(borrower: Desk, lender: Desk, ours: int) -> int:
    number = borrower.library.requests.detail(ours).row.number
    theirs = _theirs(lender, number)
    lender.library.do(theirs, Action.CHECK_HOLDINGS)
    answered = lender.library.do(
        theirs, Action.ANSWER_CONDITIONAL, ActionInput(note=CONDITIONS, amount=OFFER)
    )
    assert answered is State.CONDITIONAL
    _sent(borrower, lender)
    # what went over the wire: a RetryPossible naming the loan condition and the cost
    answer = [row for row in lender.library.outbox() if row.request_id == theirs][-1]
    assert_valid(answer.body)
    document = etree.fromstring(answer.body)
    assert document.findtext(".//i:statusInfo/i:status", namespaces=NS) == "RetryPossible"
    assert document.findtext(".//i:deliveryInfo/i:loanCondition", namespaces=NS) == (
        "LibraryUseOnly"
    )
    assert document.findtext(".//i:offeredCosts/i:currencyCode", namespaces=NS) == "EUR"
    return theirs


def _loan_each_step(borrower: Desk, lender: Desk, clock: FixedClock, item: str) -> None:
    """A loan from ``lender`` to ``borrower``: conditions and cost accepted, shipped with
    the lender's date, renewed, recalled, overdue, returned."""
    b, lend = borrower.library, lender.library
    buffer = dt.timedelta(days=b.settings.get_int("borrowing.due_buffer_days"))
    ours = _borrow(borrower, lender, ServiceType.LOAN, f"Die Blechtrommel ({item})")
    theirs = _lender_answers_with_conditions(borrower, lender, ours)

    # The borrower sees every condition and the cost before answering, and accepts.
    asked = b.requests.detail(ours)
    assert asked.row.state is State.CONDITIONAL
    # the note names the loan condition the code says, so it is not said twice
    assert asked.conditions == f"Cost offered: 12.50 EUR. Lender's note: {CONDITIONS}"
    assert (asked.said.offer_cost, asked.said.offer_currency) == (OFFER, "EUR")
    assert b.do(ours, Action.ACCEPT_CONDITIONS) is State.REQUESTED
    _sent(borrower, lender)
    assert lend.state(theirs) is State.HOLDINGS_CHECKED

    # The lender pulls and ships: its due date is the borrower's due-to-lender date, the
    # patron's comes from it less the buffer; the accepted cost arrives as the charge.
    lend.do(theirs, Action.PULL, ActionInput(item_barcode=item))
    assert lend.do(theirs, Action.SHIP) is State.SHIPPED
    lender_due = lend.requests.detail(theirs).row.due_date
    assert lender_due == clock.now.date() + dt.timedelta(days=28)
    _sent(borrower, lender)
    shipped = b.requests.detail(ours)
    assert shipped.row.state is State.SHIPPED_BY_LENDER
    assert shipped.said.lender_due_date == lender_due
    assert shipped.item_barcodes == (item,)
    assert shipped.said.lender_charges == (
        f"12.50 EUR: Delivery cost charged by {lender.symbol} (ISO 18626)",
    )
    assert [(c.amount, c.currency) for c in borrower.purchasing.lender_charges(ours)] == [
        (OFFER, "EUR")
    ]
    assert b.do(ours, Action.RECEIVE) is State.RECEIVED
    _sent(borrower, lender)
    assert lend.state(theirs) is State.ON_LOAN
    received = b.requests.detail(ours)
    assert received.row.due_date == lender_due - buffer
    assert received.said.lender_due_date == lender_due
    b.do(ours, Action.CHECK_OUT)

    # A renewal: asked by the borrower, granted by the lender's policy at once; then the
    # lender's staff set another date, and the borrower's dates follow it.
    assert b.do(ours, Action.REQUEST_RENEWAL) is State.RENEWAL_REQUESTED
    _sent(borrower, lender)
    policy_date = lender_due + dt.timedelta(days=28)
    assert lend.requests.detail(theirs).row.due_date == policy_date
    renewed = b.requests.detail(ours)
    assert renewed.row.state is State.CHECKED_OUT
    assert renewed.said.lender_due_date == policy_date
    assert renewed.row.due_date == policy_date - buffer
    renewed_to = lender_due + dt.timedelta(days=21)
    lend.do(theirs, Action.GRANT_RENEWAL, ActionInput(due_date=renewed_to))
    _sent(borrower, lender)
    renewed = b.requests.detail(ours)
    assert renewed.row.state is State.CHECKED_OUT
    assert renewed.said.lender_due_date == renewed_to
    assert renewed.row.due_date == renewed_to - buffer
    assert f"due (patron) {renewed_to - buffer}" in renewed.history[-1].note

    # A recall from the lender brings both dates forward.
    recall_by = clock.now.date() + dt.timedelta(days=10)
    assert lend.do(theirs, Action.RECALL, ActionInput(due_date=recall_by)) is State.RECALLED
    _sent(borrower, lender)
    recalled = b.requests.detail(ours)
    assert recalled.row.state is State.RECALLED
    assert recalled.said.lender_due_date == recall_by
    assert recalled.row.due_date == recall_by - buffer

    # Past the recall date the lender sends an Overdue: recorded and said on the request.
    clock.now += dt.timedelta(days=12)
    assert lend.do(theirs, Action.MARK_OVERDUE) is State.OVERDUE
    _sent(borrower, lender)
    overdue = b.requests.detail(ours)
    assert overdue.said.lender_overdue_on == clock.now.date()
    assert overdue.row.state is State.OVERDUE  # our patron's date has passed as well
    assert "ISO 18626 Overdue" in overdue.history[-1].note

    # The patron brings it back; it goes home and the lender checks it in.
    b.do(ours, Action.CHECK_IN)
    assert b.do(ours, Action.RETURN_TO_LENDER) is State.RETURNED_TO_LENDER
    _sent(borrower, lender)
    assert lend.state(theirs) is State.RETURNED
    assert lend.do(theirs, Action.RECEIVE_RETURN) is State.COMPLETE
    _sent(borrower, lender)
    done = b.requests.detail(ours)
    assert done.row.state is State.COMPLETE
    assert done.said.lender_overdue_on is None


def _copy_each_step(borrower: Desk, lender: Desk, tmp_path: Path, title: str) -> None:
    """An article from ``lender``: scanned, sent, its policy charge recorded by the
    borrower from deliveryCosts."""
    ours = _borrow(borrower, lender, ServiceType.COPY, title)
    number = borrower.library.requests.detail(ours).row.number
    theirs = _theirs(lender, number)
    scan = make_pdf(tmp_path / f"{lender.symbol}-{ours}.pdf")
    lender.documents.attach(theirs, scan, staff=STAFF)
    assert lender.library.state(theirs) is State.SCANNED
    assert lender.library.do(theirs, Action.SEND_COPY) is State.COMPLETE
    _sent(borrower, lender)
    [sent] = [r for r in lender.library.outbox() if r.request_id == theirs]
    document = etree.fromstring(sent.body)
    assert document.findtext(".//i:statusInfo/i:status", namespaces=NS) == "CopyCompleted"
    costs = document.find(".//i:deliveryInfo/i:deliveryCosts", NS)
    assert costs is not None and costs.findtext("i:currencyCode", namespaces=NS) == "EUR"
    arrived = borrower.library.requests.detail(ours)
    assert arrived.row.state is State.SHIPPED_BY_LENDER
    assert arrived.said.lender_charges == (
        f"4.00 EUR: Delivery cost charged by {lender.symbol} (ISO 18626)",
    )
    budget = borrower.purchasing.budget()
    assert budget.charges >= ARTICLE_CHARGE


def test_a_loan_and_an_article_each_way_between_two_illdesk_libraries(
    desks: tuple[Desk, Desk], clock: FixedClock, tmp_path: Path
) -> None:
    a, b = desks
    _loan_each_step(a, b, clock, "B2-0001")  # A borrows from B
    _loan_each_step(b, a, clock, "A1-0001")  # B borrows from A
    _copy_each_step(a, b, tmp_path, "Interlending between two desks")
    _copy_each_step(b, a, tmp_path, "Interlending the other way")
    # every charge counted once in each borrower's budget
    for desk in (a, b):
        assert desk.purchasing.budget().charges == OFFER + ARTICLE_CHARGE


def test_declined_conditions_cancel_the_lenders_request(desks: tuple[Desk, Desk]) -> None:
    a, b = desks
    for borrower, lender in ((b, a), (a, b)):
        ours = _borrow(borrower, lender, ServiceType.LOAN, f"Declined at {borrower.symbol}")
        theirs = _lender_answers_with_conditions(borrower, lender, ours)
        assert (
            borrower.library.do(
                ours, Action.DECLINE_CONDITIONS, ActionInput(note="Too dear for us.")
            )
            is State.UNFILLED
        )
        _sent(borrower, lender)
        assert lender.library.state(theirs) is State.CANCELLED
        detail = borrower.library.requests.detail(ours)
        assert detail.said.lender_charges == ()
        assert borrower.purchasing.lender_charges(ours) == []
