"""The form for one partner library: who and where it is, and what we agreed with it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.lending_policy import MAX_LOAN_DAYS, MAX_RENEWALS
from illdesk.domain.money import parse_amount
from illdesk.domain.partner_record import CARRIERS, PartnerRecord
from illdesk.ui.field_form import FieldForm

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
    """Two boxes side by side: the library and its address, and our agreement with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner_id: int | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.who = FieldForm(self)
        self.terms = FieldForm(self)
        for form, name, label, hint in (
            (self.who, "name", self.tr("Name"), ""),
            (self.who, "symbol", self.tr("Symbol or ISIL"), "DE-1"),
            (self.who, "street", self.tr("Street"), ""),
            (self.who, "postal_code", self.tr("Postal code"), ""),
            (self.who, "city", self.tr("City"), ""),
            (self.who, "region", self.tr("Region or state"), ""),
            (self.who, "country", self.tr("Country"), "US"),
            (self.who, "email", self.tr("ILL e-mail"), "ill@example.org"),
            (
                self.who,
                "iso18626_endpoint",
                self.tr("ISO 18626 address"),
                "https://ill.example.org/iso18626",
            ),
            (
                self.who,
                "catalogue_url",
                self.tr("Catalogue (SRU or Z39.50)"),
                "https://opac.example.org/sru  ·  z3950://opac.example.org:210",
            ),
            (self.who, "catalogue_database", self.tr("Catalogue database"), "Default"),
        ):
            self.edits[name] = self._line(form, name, label, hint)
        self.loan_days = QSpinBox(self)
        self.loan_days.setObjectName("default_loan_days")
        self.loan_days.setRange(1, MAX_LOAN_DAYS)
        self.loan_days.setSuffix(self.tr(" days"))
        self.terms.add("default_loan_days", self.tr("We lend for"), self.loan_days)
        self.renewals = QSpinBox(self)
        self.renewals.setObjectName("renewals_allowed")
        self.renewals.setRange(0, MAX_RENEWALS)
        self.terms.add("renewals_allowed", self.tr("Renewals"), self.renewals)
        self.charge = QLineEdit(self)
        self.charge.setObjectName("charge")
        self.charge.setPlaceholderText("0.00")
        self.terms.add("charge", self.tr("Charge per loan"), self.charge)
        self.edits["currency"] = self._line(self.terms, "currency", self.tr("Currency"), "USD")
        pays = QWidget(self)
        row = QHBoxLayout(pays)
        row.setContentsMargins(0, 0, 0, 0)
        self.accepts_invoice = QCheckBox(self.tr("Invoice"), pays)
        self.accepts_ifm = QCheckBox(self.tr("OCLC IFM"), pays)
        self.accepts_ifla = QCheckBox(self.tr("IFLA vouchers"), pays)
        for box, name in (
            (self.accepts_invoice, "accepts_invoice"),
            (self.accepts_ifm, "accepts_ifm"),
            (self.accepts_ifla, "accepts_ifla_vouchers"),
        ):
            box.setObjectName(name)
            row.addWidget(box)
        self.terms.add("accepts_invoice", self.tr("Pays by"), pays)
        self.reciprocal = QCheckBox(self.tr("Reciprocal: no charges either way"), self)
        self.reciprocal.setObjectName("reciprocal")
        self.terms.add("reciprocal", "", self.reciprocal)
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("default_carrier")
        self.carrier.addItems(CARRIERS)
        self.terms.add("default_carrier", self.tr("Usual carrier"), self.carrier)
        self.edits["lending_conditions"] = self._line(
            self.terms,
            "lending_conditions",
            self.tr("Conditions"),
            self.tr("e.g. Signature required"),
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        self.terms.add("notes", self.tr("Notes"), self.notes)
        left = QGroupBox(self.tr("Library"), self)
        right = QGroupBox(self.tr("What we agreed when we lend to it"), self)
        for group, form in ((left, self.who), (right, self.terms)):
            column = QVBoxLayout(group)
            column.addWidget(form)
            column.addStretch(1)  # the rows stay together at the top
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 1)
        layout.addWidget(right, 1)
        self.load(PartnerRecord(name="", symbol=""))

    def _line(self, form: FieldForm, name: str, label: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if hint:
            edit.setPlaceholderText(hint)
        form.add(name, label, edit)
        return edit

    def forms(self) -> tuple[FieldForm, FieldForm]:
        return self.who, self.terms

    def load(self, record: PartnerRecord) -> None:
        self.partner_id = record.id
        for name in _TEXT_FIELDS:
            self.edits[name].setText(str(getattr(record, name)))
        self.loan_days.setValue(record.default_loan_days)
        self.renewals.setValue(record.renewals_allowed)
        self.charge.setText(f"{record.charge:.2f}")
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
