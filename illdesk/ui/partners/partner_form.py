"""The form for one partner library: who and where it is, and what we agreed with it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from illdesk.domain.lending_policy import MAX_LOAN_DAYS, MAX_RENEWALS
from illdesk.domain.money import parse_amount
from illdesk.domain.partner_record import CARRIERS, PartnerRecord
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm
from illdesk.ui.forms.ui_partner_form import Ui_PartnerForm

_TEXT_FIELDS = (
    "name",
    "symbol",
    "street",
    "city",
    "postal_code",
    "region",
    "country",
    "email",
    "iso18626_endpoint",
    "catalogue_url",
    "catalogue_database",
    "currency",
    "lending_conditions",
)


def money(text: str, field: str = "charge") -> Decimal:
    """A typed charge (blank is no charge), or ValidationFailed under ``field``."""
    return parse_amount(text, field, what="charge") or Decimal(0)


class PartnerForm(QWidget):
    """Two boxes side by side: the library and its address, and our agreement with it.

    The fields are laid out in ``forms/partner_form.ui`` (Qt Designer); the ranges, the
    carriers and the checks stay here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner_id: int | None = None
        self.ui = Ui_PartnerForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.who: FieldForm = ui.who
        self.terms: FieldForm = ui.terms
        for form in self.forms():
            form.adopt_rows()
        self.edits: dict[str, QLineEdit] = {name: getattr(ui, name) for name in _TEXT_FIELDS}
        self.loan_days: QSpinBox = ui.default_loan_days
        self.loan_days.setRange(1, MAX_LOAN_DAYS)
        self.renewals: QSpinBox = ui.renewals_allowed
        self.renewals.setRange(0, MAX_RENEWALS)
        self.charge: QLineEdit = ui.charge
        self.accepts_invoice: QCheckBox = ui.accepts_invoice
        self.accepts_ifm: QCheckBox = ui.accepts_ifm
        self.accepts_ifla: QCheckBox = ui.accepts_ifla_vouchers
        self.reciprocal: QCheckBox = ui.reciprocal
        self.carrier: QComboBox = ui.default_carrier
        self.carrier.addItems(CARRIERS)
        self.notes: QPlainTextEdit = ui.notes
        self.load(PartnerRecord(name="", symbol=""))

    def forms(self) -> tuple[FieldForm, FieldForm]:
        return self.who, self.terms

    def load(self, record: PartnerRecord) -> None:
        self.partner_id = record.id
        for name in _TEXT_FIELDS:
            self.edits[name].setText(str(getattr(record, name)))
        self.loan_days.setValue(record.default_loan_days)
        self.renewals.setValue(record.renewals_allowed)
        self.charge.setText(i18n.decimal_text(record.charge, grouped=False))
        self.accepts_invoice.setChecked(record.accepts_invoice)
        self.accepts_ifm.setChecked(record.accepts_ifm)
        self.accepts_ifla.setChecked(record.accepts_ifla_vouchers)
        self.reciprocal.setChecked(record.reciprocal)
        self.carrier.setCurrentText(record.default_carrier)
        self.notes.setPlainText(record.notes)
        for form in self.forms():
            form.clear_problems()

    def record(self) -> PartnerRecord:
        text = {name: self.edits[name].text() for name in _TEXT_FIELDS}
        return PartnerRecord(
            id=self.partner_id,
            default_loan_days=self.loan_days.value(),
            renewals_allowed=self.renewals.value(),
            charge=money(self.charge.text()),
            accepts_invoice=self.accepts_invoice.isChecked(),
            accepts_ifm=self.accepts_ifm.isChecked(),
            accepts_ifla_vouchers=self.accepts_ifla.isChecked(),
            reciprocal=self.reciprocal.isChecked(),
            default_carrier=self.carrier.currentText(),
            notes=self.notes.toPlainText(),
            **text,
        )
