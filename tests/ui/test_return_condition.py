"""A returned item's condition is one key away from the return scan (F11), optional."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.requests import ActionInput
from illdesk.services.scanning import ScanMode


def test_return_scan_then_f11_notes_the_condition(window, qtbot, context) -> None:
    partner = context.directory.partners()[0]
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    for action in (Action.CHECK_HOLDINGS, Action.PULL, Action.SHIP):
        context.requests.perform(
            made.row.id, action, staff="Tom", given=ActionInput(item_barcode="31234000005555")
        )
    window.tabs.setCurrentWidget(window.lending)
    station = window.lending.station
    station.set_mode(ScanMode.RETURN_RECEIVED)
    qtbot.keyClicks(station.box, "31234000005555")
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert context.requests.detail(made.row.id).row.state is State.COMPLETE
    assert "F11: note its condition" in station.result.text()

    def type_condition() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, type_condition)
            return
        dialog.setTextValue("water stain on the back cover")
        dialog.accept()

    QTimer.singleShot(0, type_condition)
    qtbot.keyClick(station.box, Qt.Key.Key_F11)
    last = context.requests.detail(made.row.id).history[-1]
    assert last.note == "Condition on return: water stain on the back cover"
    assert station.result.text().endswith("condition noted.")
