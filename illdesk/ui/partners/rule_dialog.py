"""One rule of the lending policy: for which partner and material, and which terms it sets.

Every term can be left at "—", which means the rule says nothing about it and the next,
less specific layer decides (see ``domain.lending_policy``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from illdesk.domain.lending_policy import (
    MATERIAL_WORDS,
    MAX_LOAN_DAYS,
    MAX_RENEWALS,
    Material,
    PolicyRule,
)
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.rows import PartnerRow
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.forms.ui_rule_dialog import Ui_RuleDialog
from illdesk.ui.partners.partner_choice import fill_partner_choice
from illdesk.ui.partners.partner_form import money

_SAYS_NOTHING = "—"


class RuleDialog(QDialog):
    def __init__(
        self,
        policy: LendingPolicyService,
        partners: list[PartnerRow],
        staff: str,
        rule: PolicyRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.staff = staff
        self.rule_id = rule.id if rule is not None else None
        self.saved: PolicyRule | None = None
        self.ui = Ui_RuleDialog()  # the layout: forms/rule_dialog.ui
        self.ui.setupUi(self)
        self.form: FieldForm = self.ui.form
        self.form.adopt_rows()
        self.partner: QComboBox = self.ui.partner
        fill_partner_choice(self.partner, partners, self.tr("Every partner"))
        self.material: QComboBox = self.ui.material
        self.material.addItem(self.tr("Every material"), None)
        for material, material_words in MATERIAL_WORDS.items():
            self.material.addItem(i18n.translate(material_words), material.value)
        self.lendable: QComboBox = self.ui.lendable
        for text, value in (
            (_SAYS_NOTHING, None),
            (self.tr("Lend"), True),
            (self.tr("Do not lend"), False),
        ):
            self.lendable.addItem(text, value)
        self.loan_days = self._spin(self.ui.loan_days, 0, MAX_LOAN_DAYS)
        self.renewals = self._spin(self.ui.renewals, -1, MAX_RENEWALS)
        self.charge: QLineEdit = self.ui.charge
        self.conditions: QLineEdit = self.ui.conditions
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if rule is not None:
            self._load(rule)
        self.resize(520, 0)

    def _spin(self, spin: QSpinBox, low: int, high: int) -> QSpinBox:
        """A term that may say nothing: its lowest value shows "—"."""
        spin.setRange(low, high)
        spin.setValue(low)
        return spin

    def _load(self, rule: PolicyRule) -> None:
        self.partner.setCurrentIndex(max(0, self.partner.findData(rule.partner_id)))
        self.material.setCurrentIndex(
            max(0, self.material.findData(rule.material.value if rule.material else None))
        )
        self.lendable.setCurrentIndex(max(0, self.lendable.findData(rule.lendable)))
        self.loan_days.setValue(rule.loan_days if rule.loan_days is not None else 0)
        self.renewals.setValue(rule.renewals if rule.renewals is not None else -1)
        self.charge.setText(i18n.decimal_text(rule.charge, grouped=False))
        self.conditions.setText(rule.conditions or "")

    def rule(self) -> PolicyRule:
        charge_text = self.charge.text().strip()
        charge: Decimal | None = money(charge_text) if charge_text else None
        return PolicyRule(
            id=self.rule_id,
            partner_id=self.partner.currentData(),
            material=Material(self.material.currentData()) if self.material.currentData() else None,
            lendable=self.lendable.currentData(),
            loan_days=self.loan_days.value() or None,
            renewals=None if self.renewals.value() < 0 else self.renewals.value(),
            charge=charge,
            conditions=self.conditions.text().strip() or None,
        )

    def save(self) -> None:
        self.saved = submit(
            self, (self.form,), lambda: self.policy.save_rule(self.rule(), staff=self.staff)
        )
        if self.saved is not None:
            self.accept()
