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
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.services_context import DeskContext

CATEGORIES = ("faculty", "graduate", "undergraduate", "staff", "public")


class PatronForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.barcode = ScanBox(self, advance=True)  # a card scan + Enter: next field
        self.barcode.setObjectName("barcode")
        self.barcode.setPlaceholderText(self.tr("Scan the new card, or type its number"))
        self.barcode.setAccessibleName(self.tr("Card barcode"))
        self.add("barcode", self.tr("Card barcode"), self.barcode)
        self.name = self._line("name", self.tr("Name (Last, First)"))
        self.email = self._line("email", self.tr("E-mail"))
        self.phone = self._line("phone", self.tr("Phone"))
        self.category = QComboBox(self)
        self.category.addItems(CATEGORIES)
        self.add("category", self.tr("Category"), self.category)
        self.expires = QDateEdit(self)
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setMinimumDate(QDate(2000, 1, 1))
        self.expires.setSpecialValueText(self.tr("never"))
        self.expires.setDate(self.expires.minimumDate())
        self.add("expires_on", self.tr("Card expires"), self.expires)
        self.blocked = self._line("blocked_reason", self.tr("Blocked because"))
        self.blocked.setPlaceholderText(self.tr("empty: not blocked"))
        self.limit = QSpinBox(self)
        self.limit.setRange(-1, 999)
        self.limit.setSpecialValueText(self.tr("library default"))
        self.limit.setValue(-1)
        self.add("request_limit", self.tr("Request limit"), self.limit)
        self.pickup = self._line("pickup_location", self.tr("Pickup location"))
        self.channel = QComboBox(self)
        for channel in NOTICE_CHANNELS:
            self.channel.addItem(
                {"email": self.tr("E-mail"), "print": self.tr("Paper")}[channel], channel
            )
        self.add("notice_channel", self.tr("Notices by"), self.channel)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.add("notes", self.tr("Notes"), self.notes)

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        self.add(name, label, edit)
        return edit

    def load(self, p: PatronRow) -> None:
        self.barcode.setText(p.barcode)
        self.name.setText(p.name)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        index = self.category.findText(p.category)
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
            category=self.category.currentText(),
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
