"""The packing station form: carrier (partner's default preselected), weight, tracking number
(a scanned tracking barcode fills it), and the customs fields for parcels abroad."""

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

from illdesk.domain.money import parse_amount, parse_quantity
from illdesk.domain.partner_record import CARRIERS
from illdesk.services.shipping import ShipDefaults, ShipInput, Shipped
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.services_context import DeskContext


class ShipDialog(QDialog):
    def __init__(
        self, context: DeskContext, request_id: int, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request_id = request_id
        self.version = version
        self.shipped: Shipped | None = None
        self.defaults: ShipDefaults = context.shipping.defaults(request_id)
        d = self.defaults
        self.setWindowTitle(self.tr("Ship {0}").format(d.number))
        heading = QLabel(f"<b>{d.number}</b> — {d.title}<br>{self.tr('To')}: {d.partner}", self)
        self.form = FieldForm(self)
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("carrier")
        self.carrier.addItems(CARRIERS)
        self.carrier.setCurrentText(d.carrier)
        self.form.add("carrier", self.tr("Carrier"), self.carrier)
        self.weight = QLineEdit(self)
        self.weight.setObjectName("weight")
        self.weight.setPlaceholderText(self.tr("kg, e.g. 0.8"))
        self.form.add("weight", self.tr("Weight (kg)"), self.weight)
        self.tracking = ScanBox(self)
        self.tracking.setObjectName("tracking")
        self.tracking.setPlaceholderText(self.tr("Scan the tracking barcode, or Enter to ship"))
        self.form.add("tracking", self.tr("Tracking number"), self.tracking)
        self.value = QLineEdit(str(d.declared_value), self)
        self.value.setObjectName("value")
        self.currency = QLineEdit(d.currency, self)
        self.description = QLineEdit(d.description, self)
        self.description.setObjectName("description")
        self.hs = QLineEdit(d.hs_tariff_number, self)
        if d.abroad:
            self.form.add("value", self.tr("Declared value"), self.value)
            self.form.add("currency", self.tr("Currency"), self.currency)
            self.form.add("description", self.tr("Contents (customs)"), self.description)
            self.form.add("hs", self.tr("HS tariff number"), self.hs)
        else:  # kept for value_given(), but not on a domestic form
            for unused in (self.value, self.currency, self.description, self.hs):
                unused.hide()
        note = QLabel(
            self.tr(
                "Abroad: the customs form (CN22 up to 300 SDR, CN23 above) prints with the label."
            )
            if d.abroad
            else self.tr("Domestic parcel: no customs form."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ship_button = buttons.addButton(
            self.tr("Ship and print label"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ship_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.ship)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if d.weight_kg is not None:  # the usual parcel: a tracking scan (or Enter) ships it
            self.weight.setText(f"{d.weight_kg:f}")
            self.tracking.setFocus()
        else:
            self.weight.setFocus()
        self.resize(520, 0)

    def value_given(self) -> ShipInput:
        return ShipInput(
            carrier=self.carrier.currentText(),
            weight_kg=parse_quantity(self.weight.text(), "weight", what="weight"),
            tracking_number=self.tracking.text().strip(),
            declared_value=(
                parse_amount(self.value.text(), "value", what="declared value")
                if self.defaults.abroad
                else None
            ),
            currency=self.currency.text().strip(),
            description=self.description.text(),
            hs_tariff_number=self.hs.text(),
        )

    def ship(self) -> None:
        self.shipped = submit(
            self,
            (self.form,),
            lambda: self.context.shipping.ship(
                self.request_id,
                self.value_given(),
                staff=self.context.current_staff(),
                expected_version=self.version,
            ),
        )
        if self.shipped is not None:
            self.accept()
