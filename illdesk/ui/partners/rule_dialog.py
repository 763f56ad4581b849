"""One rule of the lending policy: for which partner and material, and which terms it sets.

Every term can be left at "—", which means the rule says nothing about it and the next,
less specific layer decides (see ``domain.lending_policy``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
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
        self.setWindowTitle(self.tr("Lending policy rule"))
        self.form = FieldForm(self)
        self.partner = QComboBox(self)
        self.partner.setObjectName("partner")
        fill_partner_choice(self.partner, partners, self.tr("Every partner"))
        self.form.add("partner", self.tr("For"), self.partner)
        self.material = QComboBox(self)
        self.material.setObjectName("material")
        self.material.addItem(self.tr("Every material"), None)
        for material, material_words in MATERIAL_WORDS.items():
            self.material.addItem(i18n.translate(material_words), material.value)
        self.form.add("material", self.tr("Material"), self.material)
        self.lendable = QComboBox(self)
        self.lendable.setObjectName("lendable")
        for text, value in (
            (_SAYS_NOTHING, None),
            (self.tr("Lend"), True),
            (self.tr("Do not lend"), False),
        ):
            self.lendable.addItem(text, value)
        self.form.add("lendable", self.tr("Lend it?"), self.lendable)
        self.loan_days = self._spin("loan_days", 0, MAX_LOAN_DAYS, self.tr(" days"))
        self.form.add("loan_days", self.tr("Loan period"), self.loan_days)
        self.renewals = self._spin("renewals", -1, MAX_RENEWALS, "")
        self.form.add("renewals", self.tr("Renewals"), self.renewals)
        self.charge = QLineEdit(self)
        self.charge.setObjectName("charge")
        self.charge.setPlaceholderText(self.tr("— (empty: says nothing)"))
        self.form.add("charge", self.tr("Charge"), self.charge)
        self.conditions = QLineEdit(self)
        self.conditions.setObjectName("conditions")
        self.conditions.setPlaceholderText(self.tr("e.g. Library use only"))
        self.form.add("conditions", self.tr("Conditions"), self.conditions)
        hint = QLabel(
            self.tr(
                "Leave a term at “—” and the less specific rule, the partner's record or the "
                "library default decides it. Conditions add up: the library's, the partner's and "
                "every matching rule's."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        if rule is not None:
            self._load(rule)
        self.resize(520, 0)

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSpecialValueText(_SAYS_NOTHING)  # shown at the lowest value: says nothing
        spin.setSuffix(suffix)
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
        self.charge.setText(f"{rule.charge:.2f}" if rule.charge is not None else "")
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
