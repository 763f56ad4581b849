"""Edit a borrowing request's lender rota: the suggested order, changed by hand."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.rota_templates import RotaTemplate
from illdesk.services.rota import LenderChoice
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.services_context import DeskContext

ID_ROLE = Qt.ItemDataRole.UserRole


class RotaDialog(QDialog):
    def __init__(
        self, context: DeskContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.saved: RequestDetail | None = None
        self.setWindowTitle(self.tr("Lenders for {0}").format(detail.row.number))
        asked = {e.partner_id for e in detail.rota if e.status != "waiting"}
        self.choices = {c.partner_id: c for c in context.rota.ranked(exclude=asked)}
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("chosen")
        self.available = QListWidget(self)
        self.available.setObjectName("available")
        for entry in detail.rota:
            if entry.status == "waiting" and entry.partner_id in self.choices:
                self._add(self.chosen, self.choices[entry.partner_id])
        self._refill_available()
        done = [
            f"{e.symbol}: {e.status}" + (f" ({e.reason})" if e.reason else "")
            for e in detail.rota
            if e.status != "waiting"
        ]
        history = QLabel(
            self.tr("Already asked: {0}").format(", ".join(done))
            if done
            else self.tr("No lender asked yet."),
            self,
        )
        history.setWordWrap(True)
        buttons = {}
        for name, text, slot in (
            ("suggest", self.tr("Suggest"), self.suggest),
            ("add", self.tr("Add →"), self.add_selected),
            ("remove", self.tr("← Remove"), self.remove_selected),
            ("up", self.tr("Up"), lambda: self.move_chosen(-1)),
            ("down", self.tr("Down"), lambda: self.move_chosen(1)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons[name] = button
        templates = QHBoxLayout()  # named lender lists and the balanced order
        templates.addWidget(QLabel(self.tr("Template:"), self))
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        templates.addWidget(self.template, 1)
        for name, text, slot in (
            ("use_template", self.tr("Use template"), self.use_template),
            ("save_template", self.tr("Save rota as template…"), self.save_template),
            ("balanced", self.tr("Balanced suggestion"), self.suggest_balanced),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            templates.addWidget(button)
            buttons[name] = button
        self.why = QLabel(self)
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        self._fill_templates()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Partners (reciprocal first, then cost, then speed)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Rota: asked in this order")), 0, 2)
        grid.addWidget(self.available, 1, 0, 5, 1)
        grid.addWidget(buttons["add"], 1, 1)
        grid.addWidget(buttons["remove"], 2, 1)
        grid.addWidget(buttons["suggest"], 3, 1)
        grid.addWidget(self.chosen, 1, 2, 5, 1)
        grid.addWidget(buttons["up"], 1, 3)
        grid.addWidget(buttons["down"], 2, 3)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(history)
        layout.addLayout(templates)
        layout.addLayout(grid)
        layout.addWidget(self.why)
        layout.addWidget(box)
        fit_size(self, 980, 460)

    def _add(self, target: QListWidget, choice: LenderChoice) -> None:
        item = QListWidgetItem(choice.describe())
        item.setData(ID_ROLE, choice.partner_id)
        target.addItem(item)

    def chosen_ids(self) -> list[int]:
        return [int(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count())]

    def _refill_available(self) -> None:
        self.available.clear()
        taken = set(self.chosen_ids())
        for choice in self.choices.values():
            if choice.partner_id not in taken:
                self._add(self.available, choice)

    def _fill_templates(self, select: int | None = None) -> None:
        service = self.context.rota_templates
        self.template.clear()
        if service is None:
            return
        try:
            rows = service.templates()
        except DeskError as exc:
            self.why.setText(i18n.words(exc))
            return
        for row in rows:
            self.template.addItem(
                self.tr("{0} ({1})").format(row.template.name, row.lenders), row.template.id
            )
        if select is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(select)))

    def _asked(self) -> list[int]:
        return [e.partner_id for e in self.detail.rota if e.status != "waiting"]

    def _show_order(self, partner_ids: list[int]) -> None:
        self.chosen.clear()
        for partner_id in partner_ids:
            if partner_id in self.choices:
                self._add(self.chosen, self.choices[partner_id])
        self._refill_available()

    def use_template(self) -> None:
        service, template_id = self.context.rota_templates, self.template.currentData()
        if service is None or template_id is None:
            self.why.setText(self.tr("No template yet: make a rota and save it as a template."))
            return
        try:
            self._show_order(service.order_for(int(template_id), self._asked()))
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            return
        self.why.setText(
            self.tr("From the template {0}; last-resort lenders (Settings) go last.").format(
                self.template.currentText()
            )
        )

    def suggest_balanced(self) -> None:
        service = self.context.rota_templates
        if service is None:
            return
        try:
            choices = service.balanced(4, self._asked())
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            return
        self._show_order([c.partner_id for c in choices])
        self.why.setText("<br>".join(html.escape(c.describe()) for c in choices))

    def save_template(self) -> None:
        service = self.context.rota_templates
        if service is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the template:")
        )
        if not ok:
            return
        try:
            saved = service.save_template(
                RotaTemplate(name, tuple(self.chosen_ids())), staff=self.context.current_staff()
            )
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Save as template"), i18n.words(exc))
            return
        self._fill_templates(select=saved.id)
        self.why.setText(self.tr("Saved the template {0}.").format(saved.name))

    def suggest(self) -> None:
        self.chosen.clear()
        for choice in list(self.choices.values())[:4]:
            self._add(self.chosen, choice)
        self._refill_available()

    def add_selected(self) -> None:
        for item in self.available.selectedItems():
            self._add(self.chosen, self.choices[int(item.data(ID_ROLE))])
        self._refill_available()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._refill_available()

    def move_chosen(self, step: int) -> None:
        """Move the chosen lender ``step`` places up (negative) or down the rota."""
        row = self.chosen.currentRow()
        if row < 0 or not 0 <= row + step < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(row + step, item)
        self.chosen.setCurrentRow(row + step)

    def save(self) -> None:
        try:
            self.saved = self.context.requests.set_rota(
                self.detail.row.id,
                self.chosen_ids(),
                staff=self.context.current_staff(),
                expected_version=self.detail.row.version,
            )
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            return
        self.accept()
