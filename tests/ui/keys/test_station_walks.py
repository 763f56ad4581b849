"""Every station walked with key events only, counting what each common step takes.

A step is at most one scan plus one key (the mode key is pressed once per batch, not
per item). Check-out is the item and the patron's card; shipping is the copy and the
tracking barcode (or Enter for an untracked parcel).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from illdesk.domain.vocabulary import Side, State
from illdesk.services.scanning import ScanMode
from illdesk.ui.dialogs.ship_dialog import ShipDialog
from illdesk.ui.printing.preview_dialog import PreviewDialog
from tests.ui.keys.hands import Hands, bring_to_front


def _one(context, side: Side, state: State):
    return next(r for r in context.requests.search(side, limit=2000) if r.state is state)


def _step(walk: dict[str, tuple[int, int]], name: str, do) -> None:
    hands = Hands()
    do(hands)
    walk[name] = (hands.scans, hands.keys)


def _close_previews(desk) -> None:
    """A book band or label preview was looked at and closed: back at the desk."""
    while desk.after_commit.busy():  # the papers are drawn after the scan, on the worker
        QTest.qWait(10)
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()
    bring_to_front(desk)


def test_borrowing_stations_by_keys(desk, hands, context, qtbot):
    station = desk.borrowing.station
    walk: dict[str, tuple[int, int]] = {}
    shipped = _one(context, Side.BORROWING, State.SHIPPED_BY_LENDER)
    hands.press(Qt.Key.Key_F5)
    _step(walk, "receive", lambda h: h.scan(shipped.number))
    assert context.requests.detail(shipped.id).row.state in (State.RECEIVED, State.AWAITING_PICKUP)
    _close_previews(desk)
    desk.back_to_scan_box()

    waiting = next(
        r
        for r in context.requests.search(Side.BORROWING, limit=2000)
        if r.state is State.AWAITING_PICKUP and context.requests.detail(r.id).patron_barcode
    )
    card = context.requests.detail(waiting.id).patron_barcode
    hands.press(Qt.Key.Key_F6)
    assert station.mode() is ScanMode.CHECK_OUT

    def check_out(h: Hands) -> None:
        h.scan(waiting.number)
        h.scan(card)

    _step(walk, "check out", check_out)
    assert context.requests.detail(waiting.id).row.state is State.CHECKED_OUT

    hands.press(Qt.Key.Key_F7)
    _step(walk, "check in", lambda h: h.scan(waiting.number))
    assert context.requests.detail(waiting.id).row.state is State.RETURNED_BY_PATRON

    hands.press(Qt.Key.Key_F8)
    _step(walk, "return to lender", lambda h: h.scan(waiting.number))
    _close_previews(desk)
    assert context.requests.detail(waiting.id).row.state is State.RETURNED_TO_LENDER

    assert walk == {
        "receive": (1, 0),
        "check out": (2, 0),
        "check in": (1, 0),
        "return to lender": (1, 0),
    }


def test_lending_stations_by_keys(desk, hands, context, qtbot, desk_settings):
    for kind in ("shipping-label", "cn22", "cn23", "pull-slip"):
        desk_settings.setValue(f"printers/{kind}", "illdesk-pdf")
    desk.tabs.setCurrentWidget(desk.lending)
    desk.back_to_scan_box()
    station = desk.lending.station
    walk: dict[str, tuple[int, int]] = {}

    def pull_slips(h: Hands) -> None:
        # the requests the policy will not lend are named at once; Esc: answer them later
        def later() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, later)
                return
            bring_to_front(box)
            h.press(Qt.Key.Key_Escape)

        QTimer.singleShot(0, later)
        h.press(Qt.Key.Key_F9)

    slip_hands = Hands()
    pull_slips(slip_hands)
    qtbot.waitUntil(lambda: desk.lending._slip_run.recorded != [], timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30_000)
    walk["pull slips"] = (slip_hands.scans, slip_hands.keys)
    printed = desk.lending._slip_run.recorded
    assert all(context.requests.detail(r).row.state is State.PULL_SLIP_PRINTED for r in printed)
    _close_previews(desk)
    desk.back_to_scan_box()
    slips = [s for s in context.printouts.pull_slips(printed) if s.item_barcode]

    hands.press(Qt.Key.Key_F5)
    pulled = None
    results: list[str] = []
    for slip in slips:

        def pull(h: Hands, slip=slip) -> None:
            h.scan(slip.request_number)
            h.scan(slip.item_barcode)

        _step(walk, "pull (slip, then copy)", pull)
        results.append(station.result.text())
        if station.result.text().startswith("✔"):
            pulled = slip
            break
        desk.back_to_scan_box()
    assert pulled is not None, results

    hands.press(Qt.Key.Key_F6)
    assert station.mode() is ScanMode.SHIP

    def ship(h: Hands) -> None:
        def in_form(dialog) -> None:
            assert isinstance(dialog, ShipDialog)
            assert QApplication.focusWidget() is dialog.tracking
            h.scan("RR123456785US")

        with h.in_dialog(in_form):
            h.scan(pulled.item_barcode)

    _step(walk, "ship (copy, then tracking)", ship)
    detail = next(
        r
        for r in context.requests.search(Side.LENDING, limit=2000)
        if r.number == pulled.request_number
    )
    assert detail.state is State.SHIPPED
    _close_previews(desk)
    desk.back_to_scan_box()
    assert station.box.hasFocus()

    for action in ("borrower_received", "borrower_shipped_return"):
        from illdesk.domain.vocabulary import Action

        legal = {c.action for c in context.requests.detail(detail.id).actions}
        if Action(action) in legal:
            context.requests.perform(detail.id, Action(action), staff="partner")
    hands.press(Qt.Key.Key_F7)
    _step(walk, "return received", lambda h: h.scan(pulled.item_barcode))
    assert station.result.text().startswith("✔"), station.result.text()

    assert walk["pull slips"] == (0, 2)  # F9, and Esc for the refusals
    assert walk["ship (copy, then tracking)"] == (2, 0)
    assert walk["return received"] == (1, 0)
    assert walk["pull (slip, then copy)"] == (2, 0)
