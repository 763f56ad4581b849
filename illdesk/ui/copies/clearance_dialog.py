"""Record a royalty (amount and payee) or an override (reason) for a copy over the rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.field_form import ERROR_STYLE, FieldForm


class ClearanceDialog(QDialog):
    def __init__(
        self, context: CopiesContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id = request_id
        self.saved: RequestDetail | None = None
        self.setWindowTitle(self.tr("Copyright clearance"))
        status = context.copyright.status(request_id)
        self.status = QLabel(i18n.words(status.words()), self)
        self.status.setWordWrap(True)
        self.royalty = QRadioButton(self.tr("A royalty was paid"), self)
        self.royalty.setObjectName("choose_royalty")
        self.override = QRadioButton(self.tr("Override (no royalty)"), self)
        self.override.setObjectName("choose_override")
        self.royalty.setChecked(True)
        self.setMinimumWidth(460)
        self.form = FieldForm(self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.paid_to = QLineEdit(self)
        self.paid_to.setObjectName("paid_to")
        self.paid_to.setPlaceholderText(self.tr("Copyright Clearance Center, or the publisher"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.form.add("amount", self.tr("Royalty amount"), self.amount)
        self.form.add("paid_to", self.tr("Paid to"), self.paid_to)
        self.form.add("reason", self.tr("Reason for the override"), self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.royalty, self.override, self.form, self.error, buttons):
            layout.addWidget(widget)
        self.royalty.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        paying = self.royalty.isChecked()
        self.form.set_row_visible("amount", paying)
        self.form.set_row_visible("paid_to", paying)
        self.form.set_row_visible("reason", not paying)
        self.form.clear_problems()

    def save(self) -> None:
        staff = self.context.current_staff()
        try:
            if self.royalty.isChecked():
                problems = {}
                amount = None
                try:
                    amount = parse_amount(self.amount.text(), "amount", required=True)
                except ValidationFailed as exc:
                    problems.update(exc.problems)
                if not self.paid_to.text().strip():
                    problems["paid_to"] = self.tr("Say who was paid.")
                if problems or amount is None:
                    raise ValidationFailed(problems)
                self.saved = self.context.copyright.record_royalty(
                    self.request_id, amount, self.paid_to.text(), staff=staff
                )
            else:
                self.saved = self.context.copyright.record_override(
                    self.request_id, self.reason.text(), staff=staff
                )
        except ValidationFailed as exc:
            rest = self.form.show_problems(exc.problems)
            self._show_error(" ".join(i18n.words(r) for r in rest))
            return
        except DeskError as exc:
            self._show_error(i18n.words(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
