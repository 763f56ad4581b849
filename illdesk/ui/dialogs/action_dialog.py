"""Asks what an action needs (a reason, a date, an item barcode, a charge) in one small form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.domain.workflow import Need
from illdesk.services.requests import ActionInput
from illdesk.services.rows import ActionChoice
from illdesk.ui import i18n
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm


class ActionDialog(QDialog):
    def __init__(
        self, choice: ActionChoice, parent: QWidget | None = None, suggested_note: str = ""
    ) -> None:
        super().__init__(parent)
        self.choice = choice
        self.value: ActionInput | None = None
        self.setWindowTitle(i18n.words(choice.label))
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
        asks = {ask.need: ask for ask in choice.asks}
        date_ask = asks.get(Need.DUE_DATE)
        if date_ask is not None:
            self.date = QDateEdit(self)
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat(i18n.date_pattern())
            self.date.setDate(QDate.currentDate().addDays(28))
            self.use_date = QCheckBox(self.tr("Use this date (otherwise the usual period)"), self)
            self.use_date.setChecked(date_ask.required)
            self.form.add("due_date", i18n.words(date_ask.label), self.date)
            self.form.layout_.addRow("", self.use_date)
        self.item: QLineEdit | None = None
        self.item_required = False
        item_ask = asks.get(Need.ITEM_BARCODE)
        if item_ask is not None:
            self.item = ScanBox(self)  # a scan + Enter fills it and takes the action
            self.item.setObjectName("item_barcode")
            self.item_required = item_ask.required
            self.form.add("item_barcode", i18n.words(item_ask.label), self.item)
        self.amount: QLineEdit | None = None
        amount_ask = asks.get(Need.AMOUNT)
        if amount_ask is not None:
            self.amount = QLineEdit(self)
            self.amount.setObjectName("amount")
            self.amount.setPlaceholderText("0.00")
            self.form.add("amount", i18n.words(amount_ask.label), self.amount)
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
        if self.item_required and not item:
            problems["item_barcode"] = self.tr("Scan the barcode of the copy you pulled.")
        amount: Decimal | None = None
        if self.amount is not None:
            try:
                amount = parse_amount(self.amount.text(), "amount", what="charge")
            except ValidationFailed as exc:
                problems.update(exc.problems)
        if problems:
            self.form.show_problems(problems)
            return
        self.value = ActionInput(note=note, due_date=due, item_barcode=item, amount=amount)
        self.accept()
