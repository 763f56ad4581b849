"""A lending loan shipped to a partner whose policy charges for it shows in the Unpaid
charges window (Desk › Lending charges and vouchers…) without anyone typing the charge."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.services.requests import ActionInput
from illdesk.ui.charges_dialog import ChargesDialog


def test_a_shipped_loan_is_in_unpaid_charges(window, qtbot, context) -> None:
    partner = next(p for p in context.directory.partners() if p.symbol == "US-MBAt")
    rid = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Walden"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    ).row.id
    context.requests.perform(rid, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(rid, Action.PULL, staff="Tom", given=ActionInput(item_barcode="W1"))
    context.requests.perform(rid, Action.SHIP, staff="Tom")
    number = context.requests.detail(rid).row.number
    action = next(
        a for a in window.findChildren(QAction) if a.text() == "Lending c&harges and vouchers…"
    )
    seen: list[list[tuple[str, str]]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChargesDialog):
            QTimer.singleShot(20, look)
            return
        model = dialog.model
        seen.append(
            [(model.index(r, 1).data(), model.index(r, 5).data()) for r in range(model.rowCount())]
        )
        dialog.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert (number, "15.00 USD") in seen[0]


def test_requests_from_before_are_billed_with_one_button(qtbot, context, monkeypatch) -> None:
    """The demo's (and an upgraded desk's) shipped and complete lending requests were never
    billed: one button bills their policy charges, once."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    dialog = ChargesDialog(context)
    qtbot.addWidget(dialog)
    before = {c.id for c in dialog.model.rows()}  # the demo's own invoices for fees
    button = dialog.findChild(QPushButton, "bill_unbilled")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    billed = [c for c in dialog.model.rows() if c.id not in before]
    assert billed and told == [f"{len(billed)} lending requests billed."]
    partners = {p.name: p for p in context.directory.partners()}
    assert all(partners[c.partner].symbol != "US-NPMSU" for c in billed)  # charges nothing
    greek = [c for c in billed if c.partner == "Εθνική Βιβλιοθήκη της Ελλάδος"]
    assert greek and all(c.method.value == "ifla" and c.amount == 8 for c in greek)
    numbers = [c.invoice_number for c in billed if c.invoice_number]
    assert len(numbers) == len(set(numbers))  # each invoice its own number
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert told[-1] == "Every shipped, sent or complete lending request is billed."
    assert len(dialog.model.rows()) == len(billed) + len(before)
