"""Routing rules as a table staff edit, and the "what would apply to this request" check
(Desk → Routing rules…).  The first rule by priority whose conditions all hold applies,
on creation and on every state change (``domain.routing``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.routing import (
    ACTION_WORDS,
    FIELD_OPS,
    FIELD_WORDS,
    OP_WORDS,
    Condition,
    Field,
    Op,
    RoutingRule,
    RuleAction,
)
from illdesk.services.routing import RoutingService, RuleRow
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.table_models import Column, RowTableModel

CONDITION_ROWS = 4
"""Conditions a rule may have (all must hold)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("RulesDialog", text)


class RoutingRuleModel(RowTableModel[RuleRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(_t("Priority"), lambda r: r.rule.priority),
                Column(_t("Rule"), lambda r: r.rule.name),
                Column(_t("On"), lambda r: _t("yes") if r.rule.enabled else _t("off")),
                Column(_t("When"), lambda r: r.conditions),
                Column(_t("Then"), lambda r: r.action),
                Column(_t("Changed"), lambda r: r.updated),
            ],
            parent,
        )


class RuleEditor(QDialog):
    """One rule: name, priority, conditions (all must hold) and its action."""

    def __init__(
        self,
        routing: RoutingService,
        staff: str,
        rule: RoutingRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routing = routing
        self.staff = staff
        self.rule_id = rule.id if rule is not None else None
        self.saved: RoutingRule | None = None
        self.setWindowTitle(self.tr("Routing rule"))
        self.form = FieldForm(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("rule_name")
        self.name.setPlaceholderText(self.tr("e.g. Theses go to review"))
        self.form.add("name", self.tr("Name"), self.name)
        self.priority = QSpinBox(self)
        self.priority.setObjectName("priority")
        self.priority.setRange(0, 9999)
        self.priority.setValue(100)
        self.form.add("priority", self.tr("Priority (lowest first)"), self.priority)
        self.enabled = QCheckBox(self.tr("This rule is on"), self)
        self.enabled.setObjectName("enabled")
        self.enabled.setChecked(True)
        self.form.add("enabled", self.tr("On"), self.enabled)
        self.fields: list[QComboBox] = []
        self.ops: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for number in range(1, CONDITION_ROWS + 1):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            field = QComboBox(row)
            field.setObjectName(f"field_{number}")
            field.addItem("—", None)
            for item, words in FIELD_WORDS.items():
                field.addItem(i18n.words(words), item.value)
            op = QComboBox(row)
            op.setObjectName(f"op_{number}")
            value = QLineEdit(row)
            value.setObjectName(f"value_{number}")
            field.currentIndexChanged.connect(lambda _i, f=field, o=op: self._fill_ops(f, o))
            line.addWidget(field, 2)
            line.addWidget(op, 1)
            line.addWidget(value, 3)
            self.fields.append(field)
            self.ops.append(op)
            self.values.append(value)
            label = self.tr("When") if number == 1 else self.tr("and")
            self.form.add(f"condition_{number}", label, row)
        self.action = QComboBox(self)
        self.action.setObjectName("action")
        for kind, words in ACTION_WORDS.items():
            self.action.addItem(i18n.words(words), kind.value)
        self.form.add("action", self.tr("Then"), self.action)
        self.value = QLineEdit(self)
        self.value.setObjectName("action_value")
        self.value.setPlaceholderText(
            self.tr("queue name, days ahead, the reason the patron reads, or staff's message")
        )
        self.form.add("value", self.tr("With"), self.value)
        hint = QLabel(
            self.tr(
                "Lists are separated by commas (thesis, score; DE-1, US-NPHVC). Materials, "
                "sides, service types and states are written as stored: book, thesis, av; "
                "borrowing, lending; loan, copy; new, requested…"
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
        for edit in (self.name, self.value, *self.values):  # typing answers the problem
            edit.textEdited.connect(lambda _t: self.form.clear_problems())
        if rule is not None:
            self._load(rule)
        self.resize(720, 0)

    def _fill_ops(self, field: QComboBox, op: QComboBox) -> None:
        op.clear()
        if field.currentData() is None:
            return
        for item in FIELD_OPS[Field(field.currentData())]:
            op.addItem(i18n.words(OP_WORDS[item]), item.value)

    def _load(self, rule: RoutingRule) -> None:
        self.name.setText(rule.name)
        self.priority.setValue(rule.priority)
        self.enabled.setChecked(rule.enabled)
        for index, condition in enumerate(rule.conditions[:CONDITION_ROWS]):
            self.fields[index].setCurrentIndex(self.fields[index].findData(condition.field.value))
            self.ops[index].setCurrentIndex(self.ops[index].findData(condition.op.value))
            self.values[index].setText(condition.value)
        self.action.setCurrentIndex(max(0, self.action.findData(rule.action.value)))
        self.value.setText(rule.value)

    def rule(self) -> RoutingRule:
        conditions = tuple(
            Condition(Field(field.currentData()), Op(op.currentData()), value.text().strip())
            for field, op, value in zip(self.fields, self.ops, self.values, strict=True)
            if field.currentData() is not None and op.currentData() is not None
        )
        return RoutingRule(
            priority=self.priority.value(),
            name=self.name.text().strip(),
            conditions=conditions,
            action=RuleAction(self.action.currentData()),
            value=self.value.text().strip(),
            enabled=self.enabled.isChecked(),
            id=self.rule_id,
        )

    def _save(self) -> RoutingRule:
        """Save; a condition's problem goes under the row it was typed in (the service
        numbers only the rows that are filled in)."""
        rows = [n for n, f in enumerate(self.fields, start=1) if f.currentData() is not None]
        try:
            return self.routing.save_rule(self.rule(), staff=self.staff)
        except ValidationFailed as exc:
            moved = {}
            for key, words in exc.problems.items():
                if key.startswith("condition_"):
                    key = f"condition_{rows[int(key.split('_')[1]) - 1]}"
                moved[key] = words
            raise ValidationFailed(moved) from exc

    def save(self) -> None:
        self.saved = submit(self, (self.form,), self._save)
        if self.saved is not None:
            self.accept()


class RulesDialog(QDialog):
    def __init__(self, routing: RoutingService, staff: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routing = routing
        self.staff = staff
        self.setWindowTitle(self.tr("Routing rules"))
        intro = QLabel(
            self.tr(
                "When a request is entered and every time its state changes, the first rule "
                "(lowest priority number) whose conditions all hold does its action. A request "
                "leaves its queue when its state changes; the rules then decide again."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RoutingRuleModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("routing_rules")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.change_rule())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_rule", self.tr("Add rule…"), self.add_rule),
            ("change_rule", self.tr("Change…"), self.change_rule),
            ("delete_rule", self.tr("Delete"), self.delete_rule),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter in the check's field checks, adds nothing
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        probe = QGroupBox(self.tr("What would apply to this request"), self)
        self.probe_number = QLineEdit(probe)
        self.probe_number.setObjectName("probe_number")
        self.probe_number.setPlaceholderText(self.tr("Request number, e.g. B-2026-000123"))
        self.probe_number.returnPressed.connect(self.check)
        check = QPushButton(self.tr("Check"), probe)
        check.setObjectName("probe_check")
        check.setAutoDefault(False)
        check.clicked.connect(self.check)
        self.probe_result = QLabel(probe)
        self.probe_result.setObjectName("probe_result")
        self.probe_result.setWordWrap(True)
        grid = QGridLayout(probe)
        grid.addWidget(self.probe_number, 0, 0)
        grid.addWidget(check, 0, 1)
        grid.addWidget(self.probe_result, 1, 0, 1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(probe)
        layout.addWidget(close)
        fit_size(self, 1100, 620)  # no bigger than the screen (ui/screen_fit.py)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self.routing.rules())
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Routing rules"), i18n.words(exc))

    def selected(self) -> RuleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_rule(self) -> None:
        self._edit(None)

    def change_rule(self) -> None:
        row = self.selected()
        if row is not None:
            self._edit(row.rule)

    def _edit(self, rule: RoutingRule | None) -> None:
        editor = RuleEditor(self.routing, self.staff, rule, self)
        if editor.exec():
            self.reload()

    def delete_rule(self) -> None:
        row = self.selected()
        if row is None or row.rule.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete rule"), self.tr("Delete the rule “{0}”?").format(row.rule.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.routing.delete_rule(row.rule.id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Delete rule"), i18n.words(exc))
        self.reload()

    def check(self) -> None:
        try:
            found = self.routing.would_apply(self.probe_number.text())
        except DeskError as exc:
            self.probe_result.setText(html.escape(i18n.words(exc)))
            return
        lines = [html.escape(i18n.words(line)) for line in found.lines]
        lines[-1] = f"<b>{lines[-1]}</b>"
        self.probe_result.setText(
            self.tr("{0}:").format(html.escape(found.number)) + "<br>" + "<br>".join(lines)
        )
