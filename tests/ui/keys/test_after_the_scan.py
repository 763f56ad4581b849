"""What follows a scan (the ILS told, a notice filled in, the book band drawn) runs after
the commit on the window's worker thread: while it runs, the desk takes the next scan;
when it fails, the scan stays recorded and the status bar says so in words."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.patrons import PatronInput
from illdesk.ui.printing.preview_dialog import PreviewDialog
from tests.ui.keys.hands import bring_to_front

RECEIVED = (State.RECEIVED, State.AWAITING_PICKUP)
WAIT_S = 120  # a bound for a test that went wrong, never a measurement


def _shipped(context, count: int):
    """``count`` new loans a lender has shipped to us, waiting at the receive station."""
    patron = context.patrons.save(
        PatronInput(barcode="P7700123", name="Keller, Anna", email="anna.keller@example.org")
    )
    lender = context.directory.partners()[0]
    rows = []
    for n in range(count):
        made = context.requests.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title=f"Die Blechtrommel, Band {n + 1}", author="Grass, Günter"),
            service_type=ServiceType.LOAN,
            staff="Dana Whitfield",
            allow_duplicate=True,
        )
        rid = made.row.id
        context.requests.perform(rid, Action.VERIFY_CITATION, staff="Dana Whitfield")
        context.requests.perform(rid, Action.START_SOURCING, staff="Dana Whitfield")
        context.requests.set_rota(rid, [lender.id], staff="Dana Whitfield")
        context.requests.perform(rid, Action.SEND_TO_LENDER, staff="Dana Whitfield")
        rows.append(context.requests.perform(rid, Action.LENDER_SHIPPED, staff="lender").detail.row)
    return rows


def _close_previews(desk) -> None:
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()
    bring_to_front(desk)
    desk.back_to_scan_box()


def test_the_next_scan_is_taken_while_the_last_ones_follow_up_runs(desk, hands, context, qtbot):
    first, second = _shipped(context, 2)
    started, release = threading.Event(), threading.Event()
    told: list[tuple[str, bool]] = []

    def slow_ils(_action, done) -> None:  # an ILS that takes its time to answer
        told.append((done.detail.row.number, threading.current_thread() is threading.main_thread()))
        started.set()
        release.wait(WAIT_S)

    context.requests.after_commit.append(slow_ils)
    try:
        hands.press(Qt.Key.Key_F5)
        hands.scan(first.number)
        qtbot.waitUntil(started.is_set, timeout=WAIT_S * 1000)
        assert context.requests.detail(first.id).row.state in RECEIVED
        # the first scan's follow-up is still held up: the desk takes the next scan
        hands.scan(second.number)
        qtbot.waitUntil(lambda: second.number in desk.borrowing.station.result.text())
        assert desk.borrowing.station.result.text().startswith("✔")
        assert context.requests.detail(second.id).row.state in RECEIVED
        assert not release.is_set() and desk.after_commit.busy()
        assert told == [(first.number, False)]
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]
    finally:
        release.set()
    qtbot.waitUntil(lambda: not desk.after_commit.busy(), timeout=WAIT_S * 1000)
    assert told == [(first.number, False), (second.number, False)]
    # and then each book band, drawn on the worker, is shown here
    saved = [p.name for p in desk.printer.saved]
    assert any(name.startswith(f"book-band-{first.number}") for name in saved)
    assert any(name.startswith(f"book-band-{second.number}") for name in saved)
    _close_previews(desk)


def test_a_failing_follow_up_is_told_and_the_scan_stays(desk, hands, context, qtbot):
    [shipped] = _shipped(context, 1)

    def unreachable_ils(_action, _done) -> None:
        raise ConnectionRefusedError("ils.example.org refused the connection")

    context.requests.after_commit.append(unreachable_ils)
    hands.press(Qt.Key.Key_F5)
    hands.scan(shipped.number)
    qtbot.waitUntil(
        lambda: "refused the connection" in desk.statusBar().currentMessage(),
        timeout=WAIT_S * 1000,
    )
    message = desk.statusBar().currentMessage()
    assert "The action is recorded" in message
    assert context.requests.detail(shipped.id).row.state in RECEIVED
    qtbot.waitUntil(lambda: not desk.after_commit.busy(), timeout=WAIT_S * 1000)
    _close_previews(desk)
