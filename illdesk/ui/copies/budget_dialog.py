"""Set the budget for purchases and ILL charges of a fiscal year, and see what is spent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.services.purchasing import PurchaseService
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm


class BudgetDialog(QDialog):
    def __init__(self, purchasing: PurchaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purchasing = purchasing
        self.setWindowTitle(self.tr("Budget"))
        self.setMinimumWidth(420)
        self.form = FieldForm(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("fiscal_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(purchasing.fiscal_year())
        self.year.valueChanged.connect(self.refresh)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.form.add("year", self.tr("Fiscal year (starting in)"), self.year)
        self.form.add("amount", self.tr("Budget"), self.amount)
        self.status = QLabel(self)
        self.status.setObjectName("budget_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        status = self.purchasing.budget(self.year.value())
        self.amount.setText(i18n.decimal_text(status.amount, grouped=False))
        self.status.setText(
            self.tr("{0}\nPurchases {1}, lender charges {2}, royalties {3}.").format(
                i18n.words(status.words()),
                i18n.decimal_text(status.purchases),
                i18n.decimal_text(status.charges),
                i18n.decimal_text(status.royalties),
            )
        )

    def save(self) -> bool:
        self.form.clear_problems()
        try:
            self.purchasing.set_budget(
                self.year.value(), parse_amount(self.amount.text(), "amount", required=True)
            )
        except ValidationFailed as exc:
            self.form.show_problems(exc.problems)
            return False
        self.refresh()
        return True
