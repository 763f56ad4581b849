"""A new user takes this morning's demo lending requests from pull slips to shipped with
the keyboard alone: F9 for the slips, then scans (a scanner types the barcode and Enter),
F6 for the packing station, and Enter.  A request the policy or the shelf does not lend
gets no slip: F9 names it, and F12 and OK answer it "unfilled, non-circulating".
Slips, labels and customs forms go to the desk's printers (the cups-pdf queue) with no
preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from illdesk.domain.vocabulary import Side, State
from illdesk.services.scanning import ScanMode
from illdesk.ui.dialogs.ship_dialog import ShipDialog
from illdesk.ui.dialogs.unfilled_dialog import UnfilledDialog
from illdesk.ui.printing.preview_dialog import PreviewDialog
from tests.ui.keys.hands import bring_to_front


def scan(qtbot, widget, text: str) -> None:
    """What a USB scanner in keyboard mode does: the characters, then Enter."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def back_at_desk(qtbot, window, box) -> None:
    """A closed dialog hands the keyboard back to the window (the offscreen platform does not
    do it by itself, a desktop does)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()


def _shown(kind):
    """The visible modal dialog of ``kind`` in front, if any (looked for among the windows
    on screen: Qt's modal stack may still hold a dialog an earlier test left behind)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible() and widget.isModal():
            return widget
    return None


def on_modal(qtbot, kind, handle) -> None:
    """Run ``handle(dialog)`` on the next modal dialog of ``kind`` (not a progress bar)."""

    def poke() -> None:
        dialog = _shown(kind)
        if dialog is None:
            QTimer.singleShot(10, poke)
            return
        handle(dialog)

    QTimer.singleShot(0, poke)


def on_next_dialog(qtbot, handle) -> list[object]:
    """Run ``handle(dialog)`` on the modal dialog the next key press opens."""
    seen: list[object] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poke)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poke)
    return seen


def test_morning_batch_from_pull_slips_to_shipped_by_scanner_and_enter(
    window, qtbot, context, desk_settings
) -> None:
    for kind in ("shipping-label", "cn22", "cn23"):
        desk_settings.setValue(f"printers/{kind}", "illdesk-pdf")
    lending = window.lending
    window.tabs.setCurrentWidget(lending)
    station = lending.station
    station.box.setFocus()
    waiting = context.printouts.waiting_for_slips()
    assert len(waiting) == 8  # the demo's "arrived this morning" batch

    desk_settings.setValue("printers/pull-slip", "illdesk-pdf")  # the desk's slip printer
    # F9: the policy's refusals are named at once, F12 answers them unfilled (OK takes the
    # reason it preselects); the other slips go to the printer and only those are printed.
    answered: list[UnfilledDialog] = []

    def each_unfilled() -> None:
        dialog = _shown(UnfilledDialog)
        # marked on the dialog itself: a new dialog may reuse a closed one's address
        if dialog is not None and not dialog.property("answered_by_test"):
            dialog.setProperty("answered_by_test", True)
            answered.append(dialog)
            bring_to_front(dialog)  # what a window manager does with a new dialog
            assert dialog.reasons.checkedButton().property("code") == "non_circulating"
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if not done_refusing:
            QTimer.singleShot(10, each_unfilled)

    done_refusing: list[bool] = []

    def refused(box) -> None:
        assert isinstance(box, QMessageBox), box
        assert "does not let us lend" in box.text()
        QTimer.singleShot(10, each_unfilled)
        bring_to_front(box)
        qtbot.keyClick(box, Qt.Key.Key_F12)

    on_modal(qtbot, QMessageBox, refused)
    qtbot.keyClick(station.box, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: lending._slip_run.recorded != [], timeout=30000)
    qtbot.waitUntil(
        lambda: all(
            context.requests.detail(r).row.state in (State.PULL_SLIP_PRINTED, State.UNFILLED)
            for r in waiting
        ),
        timeout=30000,
    )
    done_refusing.append(True)
    lendable = set(lending._slip_run.recorded)
    unfilled = [context.requests.detail(r).row.number for r in waiting if r not in lendable]
    assert unfilled and len(answered) == len(unfilled)
    assert all(
        context.requests.detail(r).row.state is State.UNFILLED for r in waiting if r not in lendable
    )
    slips = context.printouts.pull_slips(sorted(lendable))
    back_at_desk(qtbot, window, station.box)

    assert station.mode() is ScanMode.PULL
    pulled: dict[str, str] = {}
    for slip in slips:  # every copy on a slip may be lent: each pull scan goes through
        scan(qtbot, station.box, slip.request_number)
        assert station.pending is not None, station.result.text()
        scan(qtbot, station.box, slip.item_barcode)
        assert station.result.text().startswith("✔"), station.result.text()
        pulled[slip.request_number] = slip.item_barcode
    assert len(pulled) >= 5 and len(pulled) + len(unfilled) == 8

    qtbot.keyClick(station.box, Qt.Key.Key_F6)
    assert station.mode() is ScanMode.SHIP
    for index, (number, barcode) in enumerate(pulled.items()):
        # the first parcel goes untracked (Enter alone), the others get a tracking scan
        tracking = f"RR{abs(hash(number)) % 10**8:08d}5US" if index else ""

        def ship(dialog, tracking=tracking) -> None:
            assert isinstance(dialog, ShipDialog)
            # carrier and usual weight are filled in; the cursor waits in the tracking box
            assert dialog.focusWidget() is dialog.tracking
            if tracking:
                scan(qtbot, dialog.tracking, tracking)
            else:
                qtbot.keyClick(dialog.tracking, Qt.Key.Key_Return)

        seen = on_next_dialog(qtbot, ship)
        scan(qtbot, station.box, barcode)
        assert seen, "the ship form did not open"
        assert station.result.text().startswith("✔ " + number), station.result.text()
        back_at_desk(qtbot, window, station.box)

    by_number = {r.number: r for r in context.requests.search(Side.LENDING, limit=2000)}
    for number in pulled:
        assert by_number[number].state is State.SHIPPED
        assert by_number[number].due_date is not None
    for number in unfilled:
        assert by_number[number].state is State.UNFILLED
    qtbot.waitUntil(lambda: not window.after_commit.busy())  # the papers after the scans
    # nothing opened a preview: everything went to the packing station's printer
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()
    ]
    assert len(window.printer.saved) >= len(pulled)
