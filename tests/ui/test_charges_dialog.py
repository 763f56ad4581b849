"""Charging from the detail pane and the charges window."""

from __future__ import annotations

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.services.requests import ActionInput
from illdesk.ui.charges_dialog import ChargeRequestDialog, ChargesDialog


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
    assert charges.model.rowCount() == 1
    charges.partner.setCurrentIndex(charges.partner.findData(partner.id))
    assert "UNPAID" in charges.statement.toPlainText()
    charges.table.selectRow(0)
    charges.mark_paid()
    assert charges.model.rowCount() == 0
    charges.full.setValue(2)
    charges.record_vouchers()
    assert "2 full" in charges.statement.toPlainText()
