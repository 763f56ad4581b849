"""Lending charges: charge a completed request, the unpaid invoices, partner statements and
the IFLA voucher ledger."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.charges import METHOD_WORDS, Method
from illdesk.domain.citation import shortened
from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.domain.words import N_
from illdesk.services.charges import ChargeRow
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.partners.partner_choice import fill_partner_choice
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import Column, RowTableModel


class ChargeTableModel(RowTableModel[ChargeRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(N_("Billed"), lambda c: c.billed_at),
                Column(N_("Request"), lambda c: c.request_number),
                Column(N_("Partner"), lambda c: c.partner),
                Column(N_("By"), lambda c: METHOD_WORDS[c.method]),
                Column(N_("Invoice"), lambda c: c.invoice_number),
                Column(N_("Amount"), lambda c: i18n.money_text(c.amount, c.currency)),
                Column(N_("Vouchers"), lambda c: c.vouchers),
                Column(N_("Paid"), lambda c: "yes" if c.paid else "no"),
            ],
            parent,
        )


class ChargeRequestDialog(QDialog):
    """Charge one completed lending request in a way the partner pays."""

    def __init__(
        self, context: DeskContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.charged: ChargeRow | None = None
        self.setWindowTitle(self.tr("Charge {0}").format(detail.row.number))
        self.form = FieldForm(self)
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for method in context.charges.accepted_methods(detail.row.id):
            self.method.addItem(i18n.words(METHOD_WORDS[method]), method.value)
        self.form.add("method", self.tr("Paid by"), self.method)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("empty: the partner's usual charge"))
        self.form.add("amount", self.tr("Amount"), self.amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                f"{detail.row.number} — {html.escape(shortened(detail.row.title))}"
                f"<br>{detail.partner_name}",
                self,
            )
        )
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            amount = parse_amount(self.amount.text(), "amount", what="charge")
        except ValidationFailed as exc:
            self.form.show_problems(exc.problems)
            return
        if self.method.currentData() is None:
            self.form.show_problems(
                {
                    "method": self.tr(
                        "This partner accepts no payment: set its payment options first."
                    )
                }
            )
            return
        self.charged = submit(
            self,
            (self.form,),
            lambda: self.context.charges.charge(
                self.detail.row.id,
                Method(self.method.currentData()),
                staff=self.context.current_staff(),
                amount=amount,
            ),
        )
        if self.charged is not None:
            self.accept()


class ChargesDialog(QDialog):
    """Unpaid charges, a partner's statement and its voucher ledger."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Lending charges and IFLA vouchers"))
        self.model = ChargeTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("charges")
        self.table.setAccessibleName(self.tr("Unpaid charges"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        paid = QPushButton(self.tr("Mark paid"), self)
        paid.setObjectName("mark_paid")
        paid.clicked.connect(self.mark_paid)
        invoice = QPushButton(self.tr("Print invoice…"), self)
        invoice.clicked.connect(self.print_invoice)
        waive = QPushButton(self.tr("Waive…"), self)  # a supervisor's decision
        waive.setObjectName("waive_charge")
        waive.clicked.connect(self.waive)
        catch_up = QPushButton(self.tr("Bill what was never billed"), self)
        catch_up.setObjectName("bill_unbilled")
        catch_up.setToolTip(
            self.tr(
                "The policy charge of lending requests shipped, sent or completed before "
                "charges were billed by themselves"
            )
        )
        catch_up.clicked.connect(self.bill_unbilled)
        self.partner = QComboBox(self)
        self.partner.setObjectName("partner")
        fill_partner_choice(self.partner, context.directory.partners())
        self.partner.currentIndexChanged.connect(lambda _i: self.show_statement())
        self.full = QSpinBox(self)
        self.full.setRange(-999, 999)
        self.full.setAccessibleName(self.tr("Full vouchers"))
        self.half = QSpinBox(self)
        self.half.setRange(-999, 999)
        self.half.setAccessibleName(self.tr("Half vouchers"))
        record = QPushButton(self.tr("Record vouchers (+ received, − spent)"), self)
        record.setObjectName("record_vouchers")
        record.clicked.connect(self.record_vouchers)
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setAccessibleName(self.tr("Statement"))
        self.statement.setTabChangesFocus(True)
        self.statement.setReadOnly(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unpaid charges:"), self))
        top.addStretch(1)
        top.addWidget(catch_up)
        top.addWidget(paid)
        top.addWidget(waive)
        top.addWidget(invoice)
        ledger = QHBoxLayout()
        ledger.addWidget(self.partner, 1)
        ledger.addWidget(QLabel(self.tr("Full"), self))
        ledger.addWidget(self.full)
        ledger.addWidget(QLabel(self.tr("Half"), self))
        ledger.addWidget(self.half)
        ledger.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addLayout(ledger)
        layout.addWidget(self.statement, 1)
        fit_size(self, 1000, 640)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.context.charges.charges(unpaid_only=True))
        self.show_statement()

    def selected(self) -> ChargeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_statement(self) -> None:
        partner_id = self.partner.currentData()
        if partner_id is not None:
            self.statement.setPlainText("\n".join(self.context.charges.statement(partner_id)))

    def mark_paid(self) -> None:
        charge = self.selected()
        if (
            charge is not None
            and submit(
                self,
                (),
                lambda: self.context.charges.mark_paid(
                    charge.id, staff=self.context.current_staff()
                ),
            )
            is not None
        ):
            self.refresh()

    def waive(self) -> None:
        charge = self.selected()
        if charge is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Waive a charge"),
            self.tr("Why is {0} for {1} waived?").format(
                i18n.money_text(charge.amount, charge.currency), charge.request_number
            ),
        )
        if not ok:
            return
        staff = self.context.current_staff()
        if submit(self, (), lambda: self.context.charges.waive(charge.id, reason, staff=staff)):
            self.refresh()

    def bill_unbilled(self) -> None:
        count = submit(
            self,
            (),
            lambda: self.context.charges.bill_unbilled(staff=self.context.current_staff()),
        )
        if count is None:
            return
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{0} lending requests billed.").format(count)
            if count
            else self.tr("Every shipped, sent or complete lending request is billed."),
        )
        self.refresh()

    def record_vouchers(self) -> None:
        partner_id = self.partner.currentData()
        if (
            partner_id is not None
            and submit(
                self,
                (),
                lambda: self.context.charges.record_vouchers(
                    partner_id,
                    self.full.value(),
                    self.half.value(),
                    staff=self.context.current_staff(),
                    note="Recorded at the desk",
                ),
            )
            is not None
        ):
            self.full.setValue(0)
            self.half.setValue(0)
            self.show_statement()

    def print_invoice(self) -> None:
        charge = self.selected()
        if charge is None or charge.method is not Method.INVOICE:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose an invoice in the list first.")
            )
            return
        try:
            pdf = self.context.paper.invoice(charge.id)
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            return
        parent = self.parent()
        printer = getattr(parent, "printer", None)
        if printer is not None:
            printer.output(pdf, "invoice", charge.request_number)
