"""The packing station form: carrier (partner's default preselected), weight, tracking number
(a scanned tracking barcode fills it), and the customs fields for parcels abroad."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from illdesk.domain.money import parse_amount, parse_quantity
from illdesk.domain.partner_record import CARRIERS
from illdesk.services.shipping import ShipDefaults, ShipInput, Shipped
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.forms.ui_ship_dialog import Ui_ShipDialog
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
        self.ui = Ui_ShipDialog()  # the layout: forms/ship_dialog.ui
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Ship {0}").format(d.number))
        ui = self.ui
        ui.heading.setText(
            f"<b>{html.escape(d.number)}</b> — {html.escape(d.title)}<br>"
            + html.escape(self.tr("To: {0}").format(d.partner))
        )
        self.form: FieldForm = ui.form
        self.form.adopt_rows()
        self.carrier: QComboBox = ui.carrier
        self.carrier.addItems(CARRIERS)
        self.carrier.setCurrentText(d.carrier)
        self.weight: QLineEdit = ui.weight
        self.tracking: ScanBox = ui.tracking
        self.value: QLineEdit = ui.value
        self.value.setText(str(d.declared_value))
        self.currency: QLineEdit = ui.currency
        self.currency.setText(d.currency)
        self.description: QLineEdit = ui.description
        self.description.setText(d.description)
        self.hs: QLineEdit = ui.hs
        self.hs.setText(d.hs_tariff_number)
        for name in ("value", "currency", "description", "hs"):  # customs, abroad only
            self.form.set_row_visible(name, d.abroad)
        ui.note.setText(
            self.tr(
                "Abroad: the customs form (CN22 up to 300 SDR, CN23 above) prints with the label."
            )
            if d.abroad
            else self.tr("Domestic parcel: no customs form.")
        )
        self.ship_button = ui.buttons.addButton(
            self.tr("Ship and print label"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ship_button.setDefault(True)
        ui.buttons.accepted.connect(self.ship)
        ui.buttons.rejected.connect(self.reject)
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
