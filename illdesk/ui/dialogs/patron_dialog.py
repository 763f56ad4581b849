"""Create or edit a patron, with problems shown next to the fields."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from illdesk.services.patrons import NOTICE_CHANNELS, PatronInput
from illdesk.services.rows import PatronRow
from illdesk.ui import i18n
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.forms.ui_patron_form import Ui_PatronForm
from illdesk.ui.services_context import DeskContext

CATEGORIES = ("faculty", "graduate", "undergraduate", "staff", "public")
"""The stored category keys; the form shows them in the desk's language."""


class PatronForm(FieldForm):
    """The patron's card, contact, standing and notices.

    The rows are laid out in ``forms/patron_form.ui`` (Qt Designer); the categories, the
    notice channels and the reading of the fields stay here.  The card field is a scan box
    (a card scan + Enter: next field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatronForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.adopt_rows()
        self.barcode: ScanBox = ui.barcode
        self.name: QLineEdit = ui.name
        self.email: QLineEdit = ui.email
        self.phone: QLineEdit = ui.phone
        self.category: QComboBox = ui.category
        words = {
            "faculty": self.tr("faculty"),
            "graduate": self.tr("graduate"),
            "undergraduate": self.tr("undergraduate"),
            "staff": self.tr("staff"),
            "public": self.tr("public"),
        }
        for key in CATEGORIES:
            self.category.addItem(words[key], key)
        self.expires: QDateEdit = ui.expires_on
        self.expires.setDisplayFormat(i18n.date_pattern())
        self.blocked: QLineEdit = ui.blocked_reason
        self.limit: QSpinBox = ui.request_limit
        self.pickup: QLineEdit = ui.pickup_location
        self.channel: QComboBox = ui.notice_channel
        for channel in NOTICE_CHANNELS:
            self.channel.addItem(
                {"email": self.tr("E-mail"), "print": self.tr("Paper")}[channel], channel
            )
        self.notes: QPlainTextEdit = ui.notes

    def load(self, p: PatronRow) -> None:
        self.barcode.setText(p.barcode)
        self.name.setText(p.name)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        index = self.category.findData(p.category)
        if index < 0 and p.category:  # a category of another system, kept as it is
            self.category.addItem(p.category, p.category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(max(index, 0))
        expires = p.expires_on
        self.expires.setDate(
            QDate(expires.year, expires.month, expires.day)
            if expires
            else self.expires.minimumDate()
        )
        self.blocked.setText(p.blocked_reason)
        self.limit.setValue(p.request_limit if p.request_limit is not None else -1)
        self.pickup.setText(p.pickup_location)
        self.channel.setCurrentIndex(max(self.channel.findData(p.notice_channel), 0))
        self.notes.setPlainText(p.notes)

    def value(self) -> PatronInput:
        expires = (
            None
            if self.expires.date() == self.expires.minimumDate()
            else self.expires.date().toPython()
        )
        return PatronInput(
            barcode=self.barcode.text(),
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            category=str(self.category.currentData()),
            expires_on=expires,  # type: ignore[arg-type]
            blocked_reason=self.blocked.text(),
            request_limit=None if self.limit.value() < 0 else self.limit.value(),
            pickup_location=self.pickup.text(),
            notice_channel=str(self.channel.currentData()),
            notes=self.notes.toPlainText(),
        )


class PatronDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        patron: PatronRow | None = None,
        barcode: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patron_id = patron.id if patron else None
        self.saved: PatronRow | None = None
        self.setWindowTitle(self.tr("Edit patron") if patron else self.tr("New patron"))
        self.form = PatronForm(self)
        if patron is not None:
            self.form.load(patron)
        elif barcode:
            self.form.barcode.setText(barcode)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def save(self) -> None:
        self.saved = submit(
            self, (self.form,), lambda: self.context.patrons.save(self.form.value(), self.patron_id)
        )
        if self.saved is not None:
            self.accept()
