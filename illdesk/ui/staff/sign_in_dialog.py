"""Sign in at this desk with a name and a PIN or password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.services.staff_access import SignedIn, StaffAccess
from illdesk.ui.field_form import FieldForm


class SignInDialog(QDialog):
    def __init__(self, access: StaffAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in at this desk"))
        self.access = access
        self.signed: SignedIn | None = None
        self.name = QComboBox(self)
        self.name.setObjectName("sign_in_name")
        self.name.setMinimumWidth(240)
        for account in access.accounts():
            if account.has_secret:
                self.name.addItem(account.name, account.name)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("sign_in_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.form = FieldForm(self)
        self.form.add("name", self.tr("Who are you?"), self.name)
        self.form.add("secret", self.tr("PIN or password"), self.secret)
        intro = QLabel(
            self.tr(
                "Sign in so the history records who did what, and so you can do what your "
                "role allows."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("sign_in_ok")
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.secret.setFocus()

    def sign_in(self) -> None:
        name = str(self.name.currentData() or "")
        if not name:
            self.form.show_problems(
                {"name": self.tr("Nobody has a PIN yet; an administrator sets one first.")}
            )
            return
        try:
            self.signed = self.access.sign_in(name, self.secret.text())
        except DeskError as exc:
            self.secret.clear()
            self.form.show_problems({"secret": exc.message})
            self.adjustSize()  # the sentence is shown whole, never cut off
            self.secret.setFocus()
            return
        self.accept()
