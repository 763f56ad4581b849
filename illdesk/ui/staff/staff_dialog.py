"""Staff and roles: who may sign in, in which role, with which PIN; sign-in on or off.

Every change is a call to :class:`StaffAccess`, which refuses it in words unless an
administrator is signed in (or sign-in is still off, when the desk sets itself up).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.staff_roles import Role
from illdesk.services.staff_access import StaffAccess, StaffAccount
from illdesk.ui import i18n
from illdesk.ui.field_form import FieldForm
from illdesk.ui.screen_fit import fit_size


def role_names(widget: QWidget) -> dict[Role, str]:
    return {
        Role.DESK: widget.tr("Desk"),
        Role.SUPERVISOR: widget.tr("Supervisor"),
        Role.ADMIN: widget.tr("Administrator"),
    }


class AddStaffDialog(QDialog):
    """Name, role and a PIN typed twice."""

    def __init__(self, access: StaffAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_staff_dialog")
        self.setWindowTitle(self.tr("Add staff member"))
        self.access = access
        self.added: StaffAccount | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("staff_name")
        self.role = QComboBox(self)
        self.role.setObjectName("staff_role")
        for role, words in role_names(self).items():
            self.role.addItem(words, role.value)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("staff_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("staff_secret_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = FieldForm(self)
        self.form.add("name", self.tr("Name"), self.name)
        self.form.add("role", self.tr("Role"), self.role)
        self.form.add("secret", self.tr("PIN or password"), self.secret)
        self.form.add("again", self.tr("The same again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("add_staff_ok")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.secret.text() != self.again.text():
            self.form.show_problems({"again": self.tr("The two PINs are not the same.")})
            return
        try:
            self.added = self.access.add_account(
                self.name.text(), Role(str(self.role.currentData())), self.secret.text()
            )
        except ValidationFailed as exc:
            rest = self.form.show_problems(exc.problems)
            if rest:
                QMessageBox.warning(self, self.windowTitle(), " ".join(rest))
            return
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            return
        self.accept()


class StaffDialog(QDialog):
    def __init__(self, access: StaffAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staff_dialog")
        self.setWindowTitle(self.tr("Staff and roles"))
        self.access = access
        self.names = role_names(self)
        self.sign_in = QCheckBox(self.tr("Staff &sign in with a PIN or password"), self)
        self.sign_in.setObjectName("sign_in_required")
        self.sign_in.setToolTip(
            self.tr(
                "Off: the name picker, and everyone at the desk may do everything. On: each "
                "person signs in and acts in their role. Only an administrator changes this."
            )
        )
        self.sign_in.clicked.connect(self.change_sign_in)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("PIN set"), self.tr("Locked until")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.role = QComboBox(self)
        self.role.setObjectName("selected_role")
        for role, words in self.names.items():
            self.role.addItem(words, role.value)
        self.set_role_button = QPushButton(self.tr("Give this &role"), self)
        self.set_role_button.setObjectName("set_role")
        self.set_role_button.clicked.connect(self.set_role)
        self.pin_button = QPushButton(self.tr("New &PIN…"), self)
        self.pin_button.setObjectName("set_pin")
        self.pin_button.clicked.connect(self.set_pin)
        self.add_button = QPushButton(self.tr("&Add staff member…"), self)
        self.add_button.setObjectName("add_staff")
        self.add_button.clicked.connect(self.add_staff)
        self.who = QLabel(self)
        self.who.setObjectName("signed_in_now")
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addWidget(self.set_role_button)
        row.addWidget(self.pin_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        fit_size(self, 640, 420)  # no bigger than the screen (ui/screen_fit.py)
        self.reload()

    def reload(self) -> None:
        self.sign_in.setChecked(self.access.sign_in_required)
        current = self.access.current
        self.who.setText(
            self.tr("Signed in now: {0} ({1}).").format(current.name, self.names[current.role])
            if current is not None
            else self.tr("Nobody is signed in at this desk.")
        )
        self.accounts = self.access.accounts()
        self.table.setRowCount(len(self.accounts))
        for number, account in enumerate(self.accounts):
            locked = i18n.time_text(account.locked_until)
            for column, text in enumerate(
                (
                    account.name,
                    self.names[account.role],
                    self.tr("yes") if account.has_secret else self.tr("no"),
                    locked,
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(number, column, item)

    def selected(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _call(self, call: object) -> bool:
        assert callable(call)
        try:
            call()
        except DeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.words(exc))
            self.reload()
            return False
        self.reload()
        return True

    def change_sign_in(self, wanted: bool) -> None:
        self._call(lambda: self.access.set_sign_in(wanted))

    def set_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        role = Role(str(self.role.currentData()))
        self._call(lambda: self.access.set_role(account.id, role))

    def set_pin(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("new_pin_dialog")
        dialog.setWindowTitle(self.tr("New PIN for {0}").format(account.name))
        secret = QLineEdit(dialog)
        secret.setObjectName("new_pin")
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("PIN or password"), dialog))
        layout.addWidget(secret)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._call(lambda: self.access.set_secret(account.id, secret.text()))

    def add_staff(self) -> None:
        dialog = AddStaffDialog(self.access, self)
        dialog.exec()
        self.reload()
