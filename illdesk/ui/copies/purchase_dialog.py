"""Buy instead of borrow: the rule's suggestion and why, supplier, order number, cost,
and what the year's budget has spent and has left."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.services.rows import Performed
from illdesk.ui import i18n
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.field_form import ERROR_STYLE, FieldForm


class PurchaseDialog(QDialog):
    def __init__(
        self,
        context: CopiesContext,
        request_id: int,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id = request_id
        self.version = version
        self.done_: Performed | None = None
        self.setWindowTitle(self.tr("Buy instead of borrow"))
        self.setMinimumWidth(460)
        self.form = FieldForm(self)
        self.price = QLineEdit(self)
        self.price.setObjectName("price")
        self.price.setPlaceholderText(self.tr("Quoted price, to check the rule"))
        self.check = QPushButton(self.tr("Check the rule"), self)
        self.check.setObjectName("check_rule")
        self.check.clicked.connect(self.refresh_suggestion)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.supplier = QComboBox(self)
        self.supplier.setObjectName("supplier")
        self.supplier.setEditable(True)
        self.supplier.addItems(context.purchasing.suppliers_for(request_id))
        self.keep_vendor = QPushButton(self.tr("Add to our vendors"), self)
        self.keep_vendor.setObjectName("keep_vendor")
        self.keep_vendor.setToolTip(
            self.tr("Keep the vendor typed here in the library's own list (Settings › Purchase)")
        )
        self.keep_vendor.clicked.connect(self.add_vendor)
        supplier_row = QWidget(self)
        supplier_line = QHBoxLayout(supplier_row)
        supplier_line.setContentsMargins(0, 0, 0, 0)
        supplier_line.addWidget(self.supplier, 1)
        supplier_line.addWidget(self.keep_vendor)
        self.order_number = QLineEdit(self)
        self.order_number.setObjectName("order_number")
        self.cost = QLineEdit(self)
        self.cost.setObjectName("cost")
        self.form.add("price", self.tr("Price"), self.price)
        self.form.add("supplier", self.tr("Supplier"), supplier_row)
        self.form.add("order_number", self.tr("Order number"), self.order_number)
        self.form.add("cost", self.tr("Cost"), self.cost)
        self.budget = QLabel(i18n.words(context.purchasing.budget().words()), self)
        self.budget.setObjectName("budget")
        self.budget.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        order = buttons.addButton(
            self.tr("Record the order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        order.setObjectName("record_order")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.suggestion, self.check, self.form, self.budget, self.error, buttons):
            layout.addWidget(widget)
        self.refresh_suggestion()

    def add_vendor(self) -> None:
        self.form.clear_problems()
        name = self.supplier.currentText()
        try:
            self.context.purchasing.keep_vendor(name)
        except ValidationFailed as exc:
            self.form.show_problems(exc.problems)
            return
        typed = " ".join(name.split())
        if self.supplier.findText(typed) < 0:
            self.supplier.addItem(typed)
        self.supplier.setCurrentText(typed)
        self.keep_vendor.setText(self.tr("Kept in our vendors"))

    def refresh_suggestion(self) -> None:
        price: Decimal | None = None
        self.form.clear_problems()
        if self.price.text().strip():
            try:
                price = parse_amount(self.price.text(), "price", required=True)
            except ValidationFailed as exc:
                self.form.show_problems(exc.problems)
                return
            if not self.cost.text().strip():
                self.cost.setText(i18n.decimal_text(price, grouped=False))
        try:
            words = i18n.words(self.context.purchasing.suggestion(self.request_id, price).words())
        except DeskError as exc:
            words = i18n.words(exc)
        self.suggestion.setText(words)

    def save(self) -> None:
        self.form.clear_problems()
        self.error.hide()
        try:
            cost = parse_amount(self.cost.text(), "cost", required=True)
            self.done_ = self.context.purchasing.order(
                self.request_id,
                supplier=self.supplier.currentText(),
                order_number=self.order_number.text(),
                cost=cost,
                staff=self.context.current_staff(),
                expected_version=self.version,
            )
        except ValidationFailed as exc:
            rest = self.form.show_problems(exc.problems)
            if rest:
                self.error.setText(" ".join(i18n.words(r) for r in rest))
                self.error.show()
            return
        except DeskError as exc:
            self.error.setText(i18n.words(exc))
            self.error.show()
            return
        self.accept()
