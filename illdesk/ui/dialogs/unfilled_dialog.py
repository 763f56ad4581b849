"""Why a lending request cannot be filled: one key per reason (1-5), Enter to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.citation import shortened
from illdesk.domain.lending_policy import UNFILLED_REASONS, unfilled_note
from illdesk.services.rows import RequestRow
from illdesk.ui import i18n
from illdesk.ui.field_form import ERROR_STYLE


class UnfilledDialog(QDialog):
    def __init__(self, row: RequestRow, parent: QWidget | None = None, suggested: str = "") -> None:
        """``suggested``: the reason to preselect (the scan said why), else the first."""
        super().__init__(parent)
        self.note: str | None = None
        self.setWindowTitle(self.tr("Unfilled: {0}").format(row.number))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why can {0} not be lent?").format(shortened(row.title))))
        self.reasons = QButtonGroup(self)
        for number, (code, words) in enumerate(UNFILLED_REASONS, start=1):
            button = QRadioButton(f"&{number}  {i18n.translate(words)}", self)
            button.setObjectName(f"reason_{code}")
            button.setProperty("code", code)
            self.reasons.addButton(button)
            layout.addWidget(button)
            if code == suggested or (number == 1 and not suggested):
                button.setChecked(True)
                button.setFocus()
        self.extra = QLineEdit(self)
        self.extra.setObjectName("extra")
        self.extra.setPlaceholderText(self.tr("Note (needed for “Other”)"))
        layout.addWidget(self.extra)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        button = self.reasons.checkedButton()
        code = str(button.property("code")) if button is not None else "other"
        try:
            self.note = unfilled_note(code, self.extra.text())
        except ValueError as exc:
            self.error.setText(i18n.words(exc.args[0] if exc.args else str(exc)))
            self.extra.setFocus()
            return
        self.accept()
