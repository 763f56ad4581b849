"""The packing station refuses wrong scans in words, beeps, opens no form, changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.services.requests import ActionInput
from illdesk.services.scanning import ScanMode


def _scan(qtbot, station, text: str) -> str:
    qtbot.keyClicks(station.box, text)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    return station.result.text()


def test_ship_station_wrong_scans(window, qtbot, context, monkeypatch) -> None:
    from illdesk.ui.dialogs.ship_dialog import ShipDialog

    opened: list[object] = []
    monkeypatch.setattr(ShipDialog, "exec", lambda self: opened.append(self) or 0)
    partner = context.directory.partners()[0]
    waiting = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Not pulled yet"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    context.requests.perform(waiting.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    shipped = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Already gone"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    for action in (Action.CHECK_HOLDINGS, Action.PULL, Action.SHIP):
        context.requests.perform(
            shipped.row.id, action, staff="Tom", given=ActionInput(item_barcode="31234000004444")
        )
    borrowing = next(
        r
        for r in context.requests.search(Side.BORROWING, limit=1000)
        if r.state is State.CHECKED_OUT
    )
    window.tabs.setCurrentWidget(window.lending)
    station = window.lending.station
    station.set_mode(ScanMode.SHIP)
    before = {r.id: (r.state, r.version) for r in context.requests.search(Side.LENDING, limit=5000)}

    assert _scan(qtbot, station, "39999999999991").startswith("✖ No open lending request")
    said = _scan(qtbot, station, waiting.row.number)
    assert said.startswith(f"✖ {waiting.row.number} is “Holdings checked”")
    said = _scan(qtbot, station, "31234000004444")
    assert said.startswith(f"✖ {shipped.row.number} is “Shipped”")
    assert _scan(qtbot, station, borrowing.number).startswith("✖ ")
    assert "fde2e1" in station.result.styleSheet()
    assert opened == []
    after = {r.id: (r.state, r.version) for r in context.requests.search(Side.LENDING, limit=5000)}
    assert after == before
