"""Charging from the detail pane and the charges window."""

from __future__ import annotations

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.services.requests import ActionInput
from illdesk.ui.charges_dialog import ChargeRequestDialog, ChargesDialog


def _rows_of(dialog: ChargesDialog, number: str) -> list[int]:
    """The table rows of request ``number``'s unpaid charges (the demo has charges of its own)."""
    return [r for r, c in enumerate(dialog.model.rows()) if c.request_number == number]


def test_charge_then_pay_and_statement(qtbot, context) -> None:
    partner = next(p for p in context.directory.partners() if p.symbol == "CA-OTU")
    rid = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    ).row.id
    context.requests.perform(rid, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(rid, Action.PULL, staff="Tom", given=ActionInput(item_barcode="X1"))
    context.requests.perform(rid, Action.SHIP, staff="Tom")
    done = context.requests.perform(rid, Action.RECEIVE_RETURN, staff="Tom").detail
    dialog = ChargeRequestDialog(context, done)
    qtbot.addWidget(dialog)
    assert dialog.method.count() == 3  # Toronto takes invoices, IFM and vouchers
    dialog.amount.setText("abc")
    dialog.save()
    assert dialog.form.error_text("amount") == "“abc” is not an amount."
    dialog.amount.setText("20")
    dialog.save()
    assert dialog.charged is not None and dialog.charged.invoice_number.startswith("INV-")
    charges = ChargesDialog(context)
    qtbot.addWidget(charges)
    [row] = _rows_of(charges, done.row.number)
    charges.partner.setCurrentIndex(charges.partner.findData(partner.id))
    assert "UNPAID" in charges.statement.toPlainText()
    charges.table.selectRow(row)
    charges.mark_paid()
    assert _rows_of(charges, done.row.number) == []
    charges.full.setValue(2)
    charges.record_vouchers()
    assert "2 full" in charges.statement.toPlainText()


def test_a_supervisor_waives_a_charge_with_the_waive_button(qtbot, context) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

    from illdesk.domain.staff_roles import Role

    partner = next(p for p in context.directory.partners() if p.symbol == "CA-OTU")
    rid = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    ).row.id
    context.requests.perform(rid, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(rid, Action.PULL, staff="Tom", given=ActionInput(item_barcode="X2"))
    context.requests.perform(rid, Action.SHIP, staff="Tom")
    context.requests.perform(rid, Action.RECEIVE_RETURN, staff="Tom")
    from illdesk.domain.charges import Method

    context.charges.charge(rid, Method.INVOICE, staff="Tom")
    access = context.access
    access.add_account("Ann Admin", Role.ADMIN, "9042")
    access.add_account("Dee Desk", Role.DESK, "1111")
    access.add_account("Sam Super", Role.SUPERVISOR, "4711")
    access.set_sign_in(True)
    context.current_staff = access.current_name
    dialog = ChargesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "waive_charge")
    seen: list[str] = []
    over: list[bool] = []  # the test's end: this helper must not answer a later test's boxes

    def answer() -> None:
        if over:
            return
        front = QApplication.activeModalWidget()
        if isinstance(front, QInputDialog):
            front.setTextValue("Reciprocal partner")
            front.accept()
            QTimer.singleShot(30, answer)  # the refusal, for the desk role, comes next
        elif isinstance(front, QMessageBox):
            seen.append(front.text())
            front.done(0)
        else:
            QTimer.singleShot(30, answer)

    number = context.requests.detail(rid).row.number
    access.sign_in("Dee Desk", "1111")
    [row] = _rows_of(dialog, number)
    dialog.table.selectRow(row)
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Dee Desk may not waive a charge" in seen[0] and _rows_of(dialog, number) == [row]

    access.sign_out()
    access.sign_in("Sam Super", "4711")
    dialog.table.selectRow(row)
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows_of(dialog, number) == [])
    over.append(True)
    dialog.partner.setCurrentIndex(dialog.partner.findData(partner.id))
    assert "waived (Reciprocal partner)" in dialog.statement.toPlainText()
    assert any(
        h.action == "charge_waived" and h.staff == "Sam Super"
        for h in context.requests.detail(rid).history
    )
