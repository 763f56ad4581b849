"""The Borrowing scan station under pytest-qt: a scan and Enter is the whole action."""

from __future__ import annotations

from PySide6.QtCore import Qt

from illdesk.domain.vocabulary import State
from illdesk.services.scanning import ScanMode


def _request_in(context, state: State):
    from illdesk.domain.vocabulary import Side

    return next(r for r in context.requests.search(Side.BORROWING, limit=1000) if r.state is state)


def test_receive_by_scanning_the_request_number(window, qtbot, context) -> None:
    target = _request_in(context, State.SHIPPED_BY_LENDER)
    station = window.borrowing.station
    assert station.mode() is ScanMode.RECEIVE
    qtbot.keyClicks(station.box, target.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert context.requests.detail(target.id).row.state is State.RECEIVED
    assert station.result.text().startswith("✔ " + target.number)
    assert window.borrowing.detail.detail.row.id == target.id


def test_bad_scan_is_loud_and_changes_nothing(window, qtbot, context) -> None:
    station = window.borrowing.station
    station.set_mode(ScanMode.CHECK_OUT)
    qtbot.keyClicks(station.box, "39999999999999")
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert station.result.text().startswith("✖ No open borrowing request")
    assert "fde2e1" in station.result.styleSheet()


def test_function_keys_switch_mode(window, qtbot) -> None:
    station = window.borrowing.station
    station.box.setFocus()
    qtbot.keyClick(station.box, Qt.Key.Key_F7)
    assert station.mode() is ScanMode.CHECK_IN
    assert "patron brings back" in station.box.placeholderText()


def test_lending_pull_slip_then_unfilled_with_one_key(window, qtbot, context, monkeypatch) -> None:
    from illdesk.ui.dialogs.unfilled_dialog import UnfilledDialog

    window.tabs.setCurrentWidget(window.lending)
    station = window.lending.station
    station.set_mode(ScanMode.PULL)
    from illdesk.domain.citation import Citation
    from illdesk.domain.vocabulary import Action, ServiceType

    partner = context.directory.partners()[0]
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    target = context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom").detail.row
    qtbot.keyClicks(station.box, target.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert "now scan the copy" in station.result.text()

    def choose(dialog) -> int:
        dialog.findChild(type(dialog.reasons.buttons()[0]), "reason_not_on_shelf").setChecked(True)
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(UnfilledDialog, "exec", choose)
    station.answer_unfilled()
    after = context.requests.detail(target.id)
    assert after.row.state is State.UNFILLED
    assert after.history[-1].note == "Not on the shelf"
    assert station.result.text().startswith("✔")


def test_device_scans_reach_the_station_in_front(window, qtbot, context) -> None:
    target = _request_in(context, State.SHIPPED_BY_LENDER)
    window.start_devices()
    try:
        window.bridge.scanned.emit(target.number)  # as a serial scanner would
        qtbot.waitUntil(lambda: context.requests.detail(target.id).row.state is State.RECEIVED)
        assert window.borrowing.station.result.text().startswith("✔ " + target.number)
    finally:
        window.close()


def test_check_out_unsecures_the_tags_on_the_pad(window, qtbot, context) -> None:
    """A real pyserial path to the simulated pad: check-out sets the AFI to "not secured"."""
    target = _request_in(context, State.AWAITING_PICKUP)
    window.start_devices()
    try:
        demo = window.bridge.start_simulated()
        assert {tag.afi for tag in demo.pad.tags.values()} == {0x07}
        station = window.borrowing.station
        station.set_mode(ScanMode.CHECK_OUT)
        station.box.accept_scan(target.number)
        station.box.accept_scan(context.requests.detail(target.id).patron_barcode)
        assert context.requests.detail(target.id).row.state is State.CHECKED_OUT
        qtbot.waitUntil(
            lambda: {tag.afi for tag in demo.pad.tags.values()} == {0xC2}, timeout=15000
        )
    finally:
        window.close()
        if window.bridge.simulated is not None:
            window.bridge.simulated.close()


def test_a_pull_slip_shows_its_request_in_the_pane_in_the_list_or_not(window, qtbot, context):
    """The slip scan names only its request; the pane then shows the whole of it, selected
    in the list when the list shows it, alone (nothing selected) when it does not."""
    from illdesk.domain.citation import Citation
    from illdesk.domain.vocabulary import Action, ServiceType

    window.tabs.setCurrentWidget(window.lending)
    tab = window.lending
    station = tab.station
    station.set_mode(ScanMode.PULL)
    partner = context.directory.partners()[0]

    def waiting(title: str):
        made = context.requests.create_lending(
            partner_id=partner.id,
            citation=Citation(title=title),
            service_type=ServiceType.LOAN,
            staff="Tom",
        )
        return context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom").detail

    unlisted = waiting("Silent Spring")  # made after the list was read: not in it
    qtbot.keyClicks(station.box, unlisted.row.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert "now scan the copy" in station.result.text()
    assert tab.detail.detail is not None and tab.detail.detail.row.id == unlisted.row.id
    assert tab.detail.detail.history == unlisted.history  # the whole request, read for it
    assert not tab.table.selectionModel().hasSelection()

    listed = waiting("The Sea Around Us")
    tab.refresh()
    station.set_mode(ScanMode.PULL)
    qtbot.keyClicks(station.box, listed.row.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert tab.detail.detail is not None and tab.detail.detail.row.id == listed.row.id
    assert tab.detail.detail.history == listed.history
    selected = tab.table.selectionModel().selectedRows()
    row = tab.model.row_at(selected[0].row())
    assert row.id == listed.row.id
