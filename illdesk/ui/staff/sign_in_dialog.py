"""Sign in at this desk with a name and a PIN or password (laid out in
``forms/sign_in_dialog.ui``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.services.staff_access import SignedIn, StaffAccess
from illdesk.ui.field_form import FieldForm
from illdesk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog


class SignInDialog(QDialog):
    def __init__(self, access: StaffAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.ui = Ui_SignInDialog()  # the layout: forms/sign_in_dialog.ui
        self.ui.setupUi(self)
        self.access = access
        self.signed: SignedIn | None = None
        self.form: FieldForm = self.ui.form
        self.form.adopt_rows()
        self.name: QComboBox = self.ui.sign_in_name
        for account in access.accounts():
            if account.has_secret:
                self.name.addItem(account.name, account.name)
        self.secret: QLineEdit = self.ui.sign_in_secret
        buttons = self.ui.buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("sign_in_ok")
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
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
