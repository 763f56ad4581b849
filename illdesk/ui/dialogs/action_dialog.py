"""Asks what an action needs (a reason, a date, an item barcode, a charge) in one small form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.vocabulary import Action
from illdesk.services.requests import ActionInput
from illdesk.services.rows import ActionChoice
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm

DATE_ACTIONS = {
    Action.RECEIVE: "Lender's due date",
    Action.RENEWAL_GRANTED: "New due date from the lender",
    Action.RECALL: "Return by (recall date)",
    Action.GRANT_RENEWAL: "New due date",
}
ITEM_ACTIONS = {Action.PULL: "Item barcode", Action.RECEIVE: "Item barcode (optional)"}
AMOUNT_ACTIONS = {Action.MARK_LOST: "Replacement charge"}


def needs_dialog(choice: ActionChoice) -> bool:
    return (
        choice.needs_reason
        or choice.action in ITEM_ACTIONS
        and choice.action is Action.PULL
        or choice.action in AMOUNT_ACTIONS
        or choice.action in (Action.RENEWAL_GRANTED, Action.GRANT_RENEWAL)
    )


class ActionDialog(QDialog):
    def __init__(
        self, choice: ActionChoice, parent: QWidget | None = None, suggested_note: str = ""
    ) -> None:
        super().__init__(parent)
        self.choice = choice
        self.value: ActionInput | None = None
        self.setWindowTitle(self.tr(choice.label))
        self.form = FieldForm(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setText(suggested_note)
        self.form.add(
            "note",
            self.tr("Reason (kept in the history)")
            if choice.needs_reason
            else self.tr("Note (optional)"),
            self.note,
        )
        self.date: QDateEdit | None = None
        self.use_date: QCheckBox | None = None
        if choice.action in DATE_ACTIONS:
            self.date = QDateEdit(self)
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd")
            self.date.setDate(QDate.currentDate().addDays(28))
            self.use_date = QCheckBox(self.tr("Use this date (otherwise the usual period)"), self)
            self.use_date.setChecked(choice.action is not Action.RECEIVE)
            self.form.add("due_date", self.tr(DATE_ACTIONS[choice.action]), self.date)
            self.form.layout_.addRow("", self.use_date)
        self.item: QLineEdit | None = None
        if choice.action in ITEM_ACTIONS:
            self.item = ScanBox(self)  # a scan + Enter fills it and takes the action
            self.item.setObjectName("item_barcode")
            self.form.add("item_barcode", self.tr(ITEM_ACTIONS[choice.action]), self.item)
        self.amount: QLineEdit | None = None
        if choice.action in AMOUNT_ACTIONS:
            self.amount = QLineEdit(self)
            self.amount.setObjectName("amount")
            self.amount.setPlaceholderText("0.00")
            self.form.add("amount", self.tr(AMOUNT_ACTIONS[choice.action]), self.amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def check(self) -> None:
        problems: dict[str, str] = {}
        note = self.note.text().strip()
        if self.choice.needs_reason and not note:
            problems["note"] = self.tr("Give a reason; it goes into the request's history.")
        due: dt.date | None = None
        if self.date is not None and self.use_date is not None and self.use_date.isChecked():
            due = self.date.date().toPython()  # type: ignore[assignment]
        item = self.item.text().strip() if self.item is not None else ""
        if self.choice.action is Action.PULL and not item:
            problems["item_barcode"] = self.tr("Scan the barcode of the copy you pulled.")
        amount: Decimal | None = None
        if self.amount is not None and self.amount.text().strip():
            try:
                amount = Decimal(self.amount.text().strip().replace(",", "."))
            except InvalidOperation:
                problems["amount"] = self.tr("Enter an amount like 85.00.")
            else:
                if amount < 0:
                    problems["amount"] = self.tr("A charge cannot be negative.")
        if problems:
            self.form.show_problems(problems)
            return
        self.value = ActionInput(note=note, due_date=due, item_barcode=item, amount=amount)
        self.accept()
