"""The "Lender charge…" dialog on a borrowing request of the demo library: the amount is
recorded, the budget's spent grows and the history shows it; bad amounts are explained
under the field and nothing is written; lending requests get no button."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from sqlalchemy import select

from illdesk.domain.vocabulary import ServiceType
from illdesk.persistence import orm
from illdesk.ui.copies import CopiesContext
from illdesk.ui.copies.lender_charge_dialog import LenderChargeDialog, lender_charge_button


@pytest.fixture
def copies_context(context) -> CopiesContext:
    context.current_staff = lambda: "Dana"
    return CopiesContext.from_desk(context)


def _request_id(demo_db, side: str, service_type: ServiceType = ServiceType.LOAN) -> int:
    with demo_db.reading() as session:
        rid = session.scalar(
            select(orm.Request.id)
            .where(
                orm.Request.side == side,
                orm.Request.service_type == service_type.value,
                orm.Request.partner_id.is_not(None),
                # one the demo did not charge already (paying lenders' fees are in it)
                ~select(orm.IllCharge.id)
                .where(orm.IllCharge.request_id == orm.Request.id)
                .exists(),
            )
            .order_by(orm.Request.id)
            .limit(1)
        )
    assert rid is not None
    return rid


def _dialog(qtbot, copies_context, rid) -> LenderChargeDialog:
    dialog = LenderChargeDialog(copies_context, copies_context.requests.detail(rid))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _record(qtbot, dialog: LenderChargeDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "record_charge"), Qt.MouseButton.LeftButton)


def test_record_a_loan_fee_and_the_budget_grows(qtbot, demo_db, copies_context) -> None:
    purchasing = copies_context.purchasing
    purchasing.set_budget(purchasing.fiscal_year(), Decimal("500"))
    before = purchasing.budget()
    rid = _request_id(demo_db, "borrowing")
    detail = copies_context.requests.detail(rid)
    dialog = _dialog(qtbot, copies_context, rid)
    assert dialog.windowTitle() == f"Lender charge for {detail.row.number}"
    assert dialog.currency.text() == "USD"
    assert dialog.what.text() == f"Loan fee from {detail.row.partner}"
    assert "Nothing yet." in dialog.charges.text()
    assert dialog.budget.text().startswith(f"Spent {before.spent:.2f} USD in {before.label}")
    assert dialog.effect.text() == "Lender charges count against this budget."

    qtbot.keyClicks(dialog.amount, "15")
    assert dialog.effect.text() == (
        f"After this charge: {before.spent + 15:.2f} spent, {before.left - 15:.2f} left."
    )
    _record(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [charge] = purchasing.lender_charges(rid)
    assert (charge.amount, charge.currency, charge.what, charge.staff) == (
        Decimal("15.00"),
        "USD",
        f"Loan fee from {detail.row.partner}",
        "Dana",
    )
    assert dialog.recorded == charge
    assert purchasing.budget().spent == before.spent + Decimal("15")
    last = copies_context.requests.detail(rid).history[-1]
    assert (last.action, last.note) == (
        "ill_charge",
        f"Charge 15.00 USD: Loan fee from {detail.row.partner}.",
    )


def test_article_fee_is_suggested_and_earlier_charges_are_listed(
    qtbot, demo_db, copies_context
) -> None:
    rid = _request_id(demo_db, "borrowing", ServiceType.COPY)
    detail = copies_context.requests.detail(rid)
    copies_context.purchasing.record_charge(rid, Decimal("9.90"), "Article fee <rush>", staff="Lee")
    dialog = _dialog(qtbot, copies_context, rid)
    assert dialog.what.text() == f"Article fee from {detail.row.partner}"
    text = dialog.charges.text()
    assert "9.90 USD" in text and "Article fee &lt;rush&gt;" in text and "Lee" in text


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "Type the amount the lender charged."),
        ("-5", "A charge cannot be negative."),
        ("abc", "“abc” is not an amount."),
        ("12.345", "Use at most 2 decimals (whole cents)."),
    ],
)
def test_bad_amount_is_explained_and_nothing_is_written(
    qtbot, demo_db, copies_context, typed, message
) -> None:
    purchasing = copies_context.purchasing
    before = purchasing.budget()
    rid = _request_id(demo_db, "borrowing")
    history = len(copies_context.requests.detail(rid).history)
    dialog = _dialog(qtbot, copies_context, rid)
    qtbot.keyClicks(dialog.amount, typed)
    assert dialog.effect.text() == "Lender charges count against this budget."
    _record(qtbot, dialog)

    assert dialog.form.error_text("amount") == message
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.recorded is None
    assert purchasing.lender_charges(rid) == []
    assert purchasing.budget().spent == before.spent
    assert len(copies_context.requests.detail(rid).history) == history

    dialog.amount.setText("3")
    _record(qtbot, dialog)
    assert dialog.form.error_text("amount") == ""
    assert [c.amount for c in purchasing.lender_charges(rid)] == [Decimal("3.00")]


def test_button_only_for_borrowing_and_it_calls_back(qtbot, demo_db, copies_context) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    lending = copies_context.requests.detail(_request_id(demo_db, "lending"))
    assert lender_charge_button(copies_context, lending, parent) is None

    rid = _request_id(demo_db, "borrowing")
    reloaded: list[int] = []
    button = lender_charge_button(
        copies_context,
        copies_context.requests.detail(rid),
        parent,
        lambda: reloaded.append(len(copies_context.requests.detail(rid).history)),
    )
    assert button is not None and button.text() == "Lender charge…"
    history = len(copies_context.requests.detail(rid).history)

    def fill_in() -> None:  # runs inside the dialog's exec(); must always close it
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LenderChargeDialog):
            dialog.amount.setText("22.50")
            if not dialog.save():
                dialog.reject()
        elif dialog is not None:
            dialog.close()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(button.recorded) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [rid]
    assert reloaded == [history + 1]
    assert [c.amount for c in copies_context.purchasing.lender_charges(rid)] == [Decimal("22.50")]
