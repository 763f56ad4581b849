"""The lending policy's rules as a table, and a line that says what applies to a partner
and material, term by term, with where each term comes from."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.lending_policy import MATERIAL_WORDS, Material, Terms
from illdesk.domain.words import N_
from illdesk.services.lending_policy import RuleRow
from illdesk.ui import i18n
from illdesk.ui.partners.partner_choice import fill_partner_choice
from illdesk.ui.partners.rule_dialog import RuleDialog
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import Column, RowTableModel


def _maybe(value: object, shown: str | None = None) -> str:
    return "—" if value is None else (shown if shown is not None else str(value))


class RuleTableModel(RowTableModel[RuleRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(N_("Partner"), lambda r: r.partner),
                Column(N_("Material"), lambda r: r.material),
                Column(
                    N_("Lend"),
                    lambda r: _maybe(r.rule.lendable, "yes" if r.rule.lendable else "no"),
                ),
                Column(N_("Loan days"), lambda r: _maybe(r.rule.loan_days)),
                Column(N_("Renewals"), lambda r: _maybe(r.rule.renewals)),
                Column(
                    N_("Charge"),
                    lambda r: _maybe(r.rule.charge, i18n.decimal_text(r.rule.charge or 0)),
                ),
                Column(N_("Conditions"), lambda r: r.rule.conditions or "—"),
                Column(N_("Changed"), lambda r: r.updated),
            ],
            parent,
        )


def _t(text: str) -> str:
    return i18n.translate(text)


def terms_html(terms: Terms) -> str:
    """Terms with the source of each, for the screen."""

    def source(key: str) -> str:
        return (
            f" <span style='color:#666'>("
            f"{html.escape(terms.source.get(key, _t('library default')))})</span>"
        )

    if not terms.lendable:
        return f"<b>{_t('Not lent.')}</b>" + source("lendable")
    parts = [
        _t("{0} days").format(terms.loan_days) + source("loan_days"),
        _t("{0} renewal(s)").format(terms.renewals) + source("renewals"),
        _t("charge {0}").format(i18n.decimal_text(terms.charge)) + source("charge"),
    ]
    conditions = html.escape(terms.conditions) if terms.conditions else _t("none")
    return _t("Lend:") + " " + ", ".join(parts) + "<br>" + _t("Conditions:") + " " + conditions


class PolicyPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = RuleTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("policy_rules")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.change_rule())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_rule", self.tr("Add rule…"), self.add_rule),
            ("change_rule", self.tr("Change…"), self.change_rule),
            ("delete_rule", self.tr("Delete"), self.delete_rule),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "The most specific rule that sets a term wins: partner and material, then "
                "material, then partner, then the partner's record, then the library default "
                "(Settings)."
            ),
            self,
        )
        intro.setWordWrap(True)
        probe = QGroupBox(self.tr("What applies"), self)
        self.probe_partner = QComboBox(probe)
        self.probe_partner.setObjectName("probe_partner")
        self.probe_material = QComboBox(probe)
        self.probe_material.setObjectName("probe_material")
        for material, material_words in MATERIAL_WORDS.items():
            self.probe_material.addItem(i18n.translate(material_words), material.value)
        self.probe_result = QLabel(probe)
        self.probe_result.setObjectName("probe_result")
        self.probe_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lending to"), probe))
        row.addWidget(self.probe_partner, 1)
        row.addWidget(self.probe_material, 1)
        box = QVBoxLayout(probe)
        box.addLayout(row)
        box.addWidget(self.probe_result)
        self.probe_partner.currentIndexChanged.connect(self.show_terms)
        self.probe_material.currentIndexChanged.connect(self.show_terms)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(probe)
        self.reload()

    def reload(self) -> None:
        self.partners = self.context.directory.partners()
        self.model.set_rows(self.context.policy.rules())
        current = self.probe_partner.currentData()
        self.probe_partner.blockSignals(True)
        fill_partner_choice(
            self.probe_partner, self.partners, self.tr("a library not in the directory")
        )
        self.probe_partner.setCurrentIndex(max(0, self.probe_partner.findData(current)))
        self.probe_partner.blockSignals(False)
        self.show_terms()

    def show_terms(self) -> None:
        terms = self.context.policy.terms(
            self.probe_partner.currentData(), Material(self.probe_material.currentData())
        )
        self.probe_result.setText(terms_html(terms))

    def selected(self) -> RuleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_rule(self) -> None:
        self._edit(None)

    def change_rule(self) -> None:
        row = self.selected()
        if row is not None:
            self._edit(row)

    def _edit(self, row: RuleRow | None) -> None:
        dialog = RuleDialog(
            self.context.policy,
            self.partners,
            self.context.current_staff(),
            row.rule if row is not None else None,
            self,
        )
        if dialog.exec():
            self.reload()

    def delete_rule(self) -> None:
        row = self.selected()
        if row is None or row.rule.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule for {0}, {1}?").format(row.partner, row.material.lower()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.policy.delete_rule(row.rule.id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Delete rule"), i18n.words(exc))
        self.reload()
