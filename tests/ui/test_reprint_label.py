"""A jammed label: the detail pane of a shipped lending request prints it again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QPushButton

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.services.requests import ActionInput
from illdesk.services.shipping import ShipInput


def test_reprint_label_from_the_detail_pane(window, context, desk_settings) -> None:
    desk_settings.setValue("printers/shipping-label", "illdesk-pdf")
    partner = next(p for p in context.directory.partners() if p.country == "US")
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(
        made.row.id, Action.PULL, staff="Tom", given=ActionInput(item_barcode="31234000006666")
    )
    shipped = context.shipping.ship(
        made.row.id, ShipInput("USPS", Decimal("1"), "9400111"), staff="Tom"
    )
    window.tabs.setCurrentWidget(window.lending)
    window.lending.show_request(shipped.performed.detail)
    before = len(window.printer.saved)
    window.lending.detail.findChild(QPushButton, "reprint_label").click()
    assert len(window.printer.saved) == before + 1
    assert window.printer.saved[-1].name.startswith(f"shipping-label-{made.row.number}")
