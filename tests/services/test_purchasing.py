"""Purchase on demand through the services: suggestion, order, receive, cataloguing,
article purchase delivered as a PDF, lender charges and the budget per fiscal year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import IllegalTransition, ValidationFailed
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.patrons import PatronInput
from illdesk.services.requests import ActionInput
from tests.services.copies_support import (
    article,
    build_copies,
    copies_settings,
    make_pdf,
    new_copy,
)


@pytest.fixture
def copies(db, clock):
    return build_copies(db, copies_settings(), clock)


@pytest.fixture
def professor(patrons):
    return patrons.save(
        PatronInput(
            barcode="P400", name="Adeyemi, Kola", email="kola@example.org", category="faculty"
        )
    )


def _loan(copies, patron_id, year="2025") -> int:
    rid = copies.requests.create_borrowing(
        patron_id=patron_id,
        service_type=ServiceType.LOAN,
        staff="Dana",
        allow_duplicate=True,
        citation=Citation(
            title="Small Library Futures", author="Ito, Ken", year=year, isbn="9780262033848"
        ),
    ).row.id
    copies.requests.perform(rid, Action.VERIFY_CITATION, staff="Dana")
    return rid


def test_loan_suggestion_with_reasons(copies, professor, patron) -> None:
    rid = _loan(copies, professor.id)
    s = copies.purchasing.suggestion(rid, Decimal("40"))
    assert s.buy and "Patron category “faculty” qualifies." in s.reasons
    assert not copies.purchasing.suggestion(rid, Decimal("80")).buy
    assert not copies.purchasing.suggestion(_loan(copies, patron.id), Decimal("40")).buy
    assert not copies.purchasing.suggestion(_loan(copies, professor.id, "2019"), Decimal("40")).buy


def test_article_suggestion_uses_need_by_date(copies, patron, clock) -> None:
    rid = copies.requests.create_borrowing(
        patron_id=patron.id,
        citation=article(),
        service_type=ServiceType.COPY,
        staff="Dana",
        needed_by=clock().date() + dt.timedelta(days=1),
    ).row.id
    s = copies.purchasing.suggestion(rid, Decimal("45"))
    assert s.buy and "Needed in 1 days" in s.words()


def test_bought_loan_goes_to_cataloguing(copies, professor) -> None:
    rid = _loan(copies, professor.id)
    done = copies.purchasing.order(
        rid, supplier="Publisher site", order_number="PO-77", cost=Decimal("42.50"), staff="Dana"
    )
    assert done.detail.row.state is State.PURCHASE_ORDERED
    assert done.detail.history[-1].note == "Ordered from Publisher site, order PO-77, 42.50 USD."
    [bought] = copies.purchasing.purchases(rid)
    assert (bought.supplier, bought.order_number, bought.cost) == (
        "Publisher site",
        "PO-77",
        Decimal("42.50"),
    )
    for action in (Action.RECEIVE, Action.CHECK_OUT, Action.CHECK_IN):
        copies.requests.perform(
            rid, action, staff="Dana", given=ActionInput(due_date=dt.date(2026, 4, 1))
        )
    detail = copies.requests.detail(rid)
    assert Action.RETURN_TO_LENDER not in {a.action for a in detail.actions}
    copies.requests.perform(rid, Action.SEND_TO_CATALOGUING, staff="Dana")
    assert copies.requests.detail(rid).row.state_label == "To cataloguing"
    copies.requests.perform(rid, Action.COMPLETE, staff="Dana")
    assert copies.requests.detail(rid).row.state is State.COMPLETE


def test_bought_article_is_received_as_pdf_and_delivered(copies, patron, tmp_path) -> None:
    rid = new_copy(copies, patron.id)
    copies.purchasing.order(
        rid, supplier="GET IT NOW", order_number="GIN-1", cost=Decimal("14.00"), staff="Dana"
    )
    copies.documents.attach(rid, make_pdf(tmp_path / "gin.pdf"), staff="Dana")
    assert copies.requests.detail(rid).row.state is State.RECEIVED
    done = copies.documents.mark_printed(rid, staff="Dana")
    assert done is not None and done.detail.row.state is State.DELIVERED


def test_order_input_is_checked_and_state_unchanged(copies, professor) -> None:
    rid = _loan(copies, professor.id)
    with pytest.raises(ValidationFailed) as caught:
        copies.purchasing.order(
            rid, supplier=" ", order_number="", cost=Decimal("-3"), staff="Dana"
        )
    assert set(caught.value.problems) == {"supplier", "cost"}
    assert copies.purchasing.purchases(rid) == []
    copies.purchasing.order(
        rid, supplier="GET IT NOW", order_number="", cost=Decimal("1"), staff="Dana"
    )
    with pytest.raises(IllegalTransition):
        copies.purchasing.order(
            rid, supplier="GET IT NOW", order_number="", cost=Decimal("1"), staff="Dana"
        )
    assert len(copies.purchasing.purchases(rid)) == 1


def test_budget_counts_purchases_charges_and_royalties_per_fiscal_year(
    copies, professor, clock
) -> None:
    clock.now = dt.datetime(2026, 6, 30, 12, 0)  # fiscal year 2025/26 (starts in July)
    assert copies.purchasing.fiscal_year() == 2025
    copies.purchasing.set_budget(2025, Decimal("500"))
    rid = _loan(copies, professor.id)
    copies.purchasing.order(
        rid, supplier="Publisher site", order_number="1", cost=Decimal("40"), staff="Dana"
    )
    copies.purchasing.record_charge(rid, Decimal("15"), "Lender fee", staff="Dana")
    clock.now = dt.datetime(2026, 7, 1, 8, 0)  # next fiscal year
    copies.purchasing.order(
        _loan(copies, professor.id),
        supplier="Publisher site",
        order_number="2",
        cost=Decimal("99"),
        staff="Dana",
    )
    status = copies.purchasing.budget(2025)
    assert (status.purchases, status.charges, status.spent, status.left) == (
        Decimal("40.00"),
        Decimal("15.00"),
        Decimal("55.00"),
        Decimal("445.00"),
    )
    assert status.words() == "Spent 55.00 USD in 2025/26 of 500.00; 445.00 left."
    now = copies.purchasing.budget()
    assert (now.fiscal_year, now.amount, now.spent) == (2026, None, Decimal("99.00"))
    assert "no budget set" in now.words()
    with pytest.raises(ValidationFailed):
        copies.purchasing.set_budget(2026, Decimal("-5"))
    assert copies.purchasing.set_budget(2025, Decimal("600")).left == Decimal("545.00")


def test_suppliers_come_from_the_setting(db, clock) -> None:
    copies = build_copies(db, copies_settings(purchase__suppliers="GET IT NOW, Acme Docs,"), clock)
    assert copies.purchasing.suppliers() == ["GET IT NOW", "Acme Docs"]


def test_suggestion_for_a_request_being_typed(copies, clock) -> None:
    loan = copies.purchasing.suggestion_for_new(
        ServiceType.LOAN, year="2025", price=Decimal("20"), patron_category="student"
    )
    assert loan.buy and len(loan.reasons) == 3
    copy = copies.purchasing.suggestion_for_new(
        ServiceType.COPY, year="2025", price=None, needed_by=clock().date()
    )
    assert copy.buy and "Needed in 0 days" in copy.words()


def test_a_bought_book_has_a_band_that_says_bought_with_no_lender(db, copies, professor) -> None:
    from illdesk.printing.documents import render_book_band
    from illdesk.services.catalogue import CatalogueService
    from illdesk.services.printouts import PrintoutService
    from tests.printing.pdf_tools import flat, pdf_text

    settings = copies_settings()
    rid = _loan(copies, professor.id)
    copies.purchasing.order(
        rid, supplier="GET IT NOW", order_number="G-9", cost=Decimal("30"), staff="Dana"
    )
    copies.requests.perform(
        rid, Action.RECEIVE, staff="Dana", given=ActionInput(due_date=dt.date(2026, 4, 1))
    )
    band = PrintoutService(db, settings, CatalogueService(db, settings)).book_band(rid)
    assert band.purchased and band.lender == "" and band.supplier == "GET IT NOW"
    text = flat(pdf_text(render_book_band(band, settings=settings)))
    assert "BOUGHT FOR THE LIBRARY" in text and "BOUGHT FROM" in text and "GET IT NOW" in text
    assert "LENT BY" not in text and "INTERLIBRARY LOAN" not in text
