"""A scan typed the moment the desk window appears, while what the first paint went without
(the Lending and Patrons tabs, the devices, the desk's secrets) is still being built.

The window is made as the program makes it (``paint_first``), with the program's work after
the first paint; the scanner types (fast keys, then Enter) into whatever has the focus as
soon as the window is active, without waiting for anything else.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.ui.first_paint import AfterFirstPaint
from illdesk.ui.main_window import MainWindow
from illdesk.ui.patrons_tab import PatronsTab
from illdesk.ui.printing.preview_dialog import PreviewDialog
from illdesk.ui.request_tab import RequestTab
from tests.ui.keys.hands import Hands, bring_to_front

ALT = Qt.KeyboardModifier.AltModifier


def _one(context, side: Side, state: State):
    return next(r for r in context.requests.search(side, limit=2000) if r.state is state)


def _desk_as_started(qtbot, context, desk_settings) -> MainWindow:
    """The window as ``illdesk.app.main`` shows it: painted first, then the devices and
    what the paint went without (the desk's routine, the overdue check and the notices,
    is left out here: their writes are not what this test is about)."""
    window = MainWindow(context, desk_settings, paint_first=True)
    qtbot.addWidget(window)

    def after_paint() -> None:
        window.start_devices()
        window.finish_paint_first()

    AfterFirstPaint(window, after_paint)
    window.show()
    window.activateWindow()  # what the window manager does with a new window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _close_previews(window: MainWindow) -> None:
    while window.after_commit.busy():  # the book band is drawn after the scan, on the worker
        QTest.qWait(10)
    for preview in [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]:
        preview.close()


def test_a_scan_typed_as_the_window_appears_is_received_at_the_borrowing_station(
    qtbot, context, desk_settings
) -> None:
    shipped = _one(context, Side.BORROWING, State.SHIPPED_BY_LENDER)
    window = _desk_as_started(qtbot, context, desk_settings)
    station = window.borrowing.station
    assert QApplication.focusWidget() is station.box  # where the first scan goes

    Hands().scan(shipped.number)

    qtbot.waitUntil(
        lambda: context.requests.detail(shipped.id).row.state is not State.SHIPPED_BY_LENDER
    )
    assert context.requests.detail(shipped.id).row.state in (
        State.RECEIVED,
        State.AWAITING_PICKUP,
    )
    assert station.result.text().startswith("✔"), station.result.text()
    assert station.box.text() == shipped.number  # what was read stays shown, selected
    # the tabs built meanwhile took none of it
    qtbot.waitUntil(lambda: isinstance(window.tabs.widget(2), PatronsTab))
    assert window.lending.station.box.text() == ""
    assert window.patrons.search.text() == ""
    assert window.tabs.currentWidget() is window.borrowing
    _close_previews(window)
    window.close()


def test_the_lending_tab_wanted_before_it_is_built_comes_at_once_and_takes_the_scan(
    qtbot, context, desk_settings
) -> None:
    window = MainWindow(context, desk_settings, paint_first=True)  # nothing after the paint
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    hands = Hands()

    hands.press(Qt.Key.Key_L, ALT)  # the Lending tab's mnemonic

    tab = window.tabs.currentWidget()
    assert isinstance(tab, RequestTab)
    assert tab is window.lending
    assert tab.station.side is Side.LENDING
    window.back_to_scan_box()  # Esc: the scan box of the tab in front
    hands.press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tab.station.box
    hands.scan("NO-SUCH-ITEM")
    assert "NO-SUCH-ITEM" in tab.station.result.text()
    assert window.borrowing.station.box.text() == ""
    window.close()


def _shipped_loans(context, count: int):
    """Loans the lender has shipped: a scan receives each (a copy waits for its PDF)."""
    found = context.requests.search(Side.BORROWING, limit=2000)
    shipped = (r for r in found if r.state is State.SHIPPED_BY_LENDER)
    return [r for r in shipped if r.service_type is ServiceType.LOAN][:count]


def test_scans_made_while_the_program_opens_the_library_go_in_once_it_is_open(
    qtbot, demo_db, desk_home, monkeypatch
) -> None:
    """``illdesk`` as started: the window's frame is painted before the library is
    opened; the scanner types into its scan box at once (a shipped loan, an unknown
    barcode, then a third scan begun), and once the library is open the two go to the
    Borrowing station in order (the loan is received, the unknown one is said last) and
    the third goes on in its scan box."""
    from illdesk import composition
    from illdesk.app import main
    from illdesk.cli import build_parser

    [shipped] = _shipped_loans(composition.build_context(demo_db), 1)
    opening = threading.Event()  # the library opens only once the scans were typed
    real_open = composition.open_library

    def open_when_typed(url: str):
        assert opening.wait(60)
        return real_open(url)

    monkeypatch.setattr(composition, "open_library", open_when_typed)
    seen: dict[str, object] = {}

    def desk() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in found if w.isVisible()]  # (not one an earlier test left closed)
        return shown[0] if shown else None

    def type_into_frame() -> None:
        window = desk()
        if window is None:
            QTimer.singleShot(10, type_into_frame)
            return
        bring_to_front(window)
        seen["open while typing"] = window.is_open
        seen["focus"] = QApplication.focusWidget().objectName()
        seen["menus"] = [a.text() for a in window.menuBar().actions()][:2]
        hands = Hands()
        hands.scan(shipped.number)
        hands.scan("NO-SUCH-ITEM")
        hands.type("ITEM-BEGUN")
        seen["note"] = window.findChild(QLabel, "opening_note").text()
        opening.set()
        QTimer.singleShot(10, look_at_the_open_desk)

    def look_at_the_open_desk() -> None:
        window = desk()
        assert window is not None
        if not window.is_open or window.after_commit.busy():
            QTimer.singleShot(10, look_at_the_open_desk)
            return
        station = window.borrowing.station
        seen["box"] = station.box.text()
        seen["focus after"] = window.focusWidget() is station.box  # (a band preview may be up)
        seen["result"] = station.result.text()
        _close_previews(window)
        window.close()

    QTimer.singleShot(0, type_into_frame)
    assert main(build_parser()[0].parse_args(["--database-url", demo_db.url])) == 0

    assert seen["open while typing"] is False
    assert seen["focus"] == "opening_scan_box"
    assert seen["menus"] == ["&File", "&Desk"]  # the bar as the desk has it
    assert "2 scans kept" in str(seen["note"])
    assert seen["box"] == "ITEM-BEGUN" and seen["focus after"] is True
    assert "NO-SUCH-ITEM" in str(seen["result"])  # the last one taken, in its order
    received = composition.build_context(demo_db).requests.detail(shipped.id).row.state
    assert received in (State.RECEIVED, State.AWAITING_PICKUP)


def test_scans_made_while_the_desk_opened_wait_for_nobody_when_sign_in_is_on(
    qtbot, context, desk_settings
) -> None:
    """With sign-in on, scans typed into the frame are not used for nobody: the status
    bar names them once the desk is open, and nothing was changed."""
    from illdesk.domain.staff_roles import Role

    context.access.add_account("Ann Admin", Role.ADMIN, "9042")
    context.access.add_account("Dee Desk", Role.DESK, "1111")
    context.access.set_sign_in(True)
    [shipped] = _shipped_loans(context, 1)
    window = MainWindow(None, desk_settings, paint_first=True)  # the frame, as main() makes it
    qtbot.addWidget(window)
    window.show()
    bring_to_front(window)
    assert QApplication.focusWidget().objectName() == "opening_scan_box"

    Hands().scan(shipped.number)
    window.open_desk(context)

    message = window.statusBar().currentMessage()
    assert shipped.number in message and "sign in first" in message
    assert context.requests.detail(shipped.id).row.state is State.SHIPPED_BY_LENDER
    assert not window.tabs.isEnabled()
    window.close()


def test_closing_the_window_while_the_library_opens_ends_the_program_and_closes_it(
    qtbot, demo_db, desk_home, monkeypatch
) -> None:
    from illdesk import composition
    from illdesk.app import main
    from illdesk.cli import build_parser

    begun, opening = threading.Event(), threading.Event()
    closed: list[MainWindow] = []
    opened: list[composition.OpenLibrary] = []
    disposed: list[bool] = []
    real_open = composition.open_library

    def slow_open(url: str):
        begun.set()
        assert opening.wait(60)
        library = real_open(url)
        real_dispose = library.db.dispose
        library.db.dispose = lambda: (disposed.append(True), real_dispose())[1]
        opened.append(library)
        return library

    monkeypatch.setattr(composition, "open_library", slow_open)

    def close_the_frame() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        found = [w for w in found if w.isVisible()]
        if not begun.is_set() or not found:  # the frame painted, the library being opened
            QTimer.singleShot(10, close_the_frame)
            return
        assert not found[0].is_open
        closed.append(found[0])
        found[0].close()  # the window's close button
        threading.Timer(0.3, opening.set).start()  # the open goes on meanwhile, unseen

    QTimer.singleShot(0, close_the_frame)
    assert main(build_parser()[0].parse_args(["--database-url", demo_db.url])) == 0
    assert len(opened) == 1 and disposed == [True]  # opened to the end, then closed
    qtbot.wait(100)  # the worker's answer, queued while the program ended, changes nothing
    [frame] = closed
    assert not frame.is_open and not frame.isVisible()


def test_a_tab_built_while_a_dialog_is_up_leaves_the_window_s_focus_in_its_scan_box(
    qtbot, context, desk_settings
) -> None:
    """The Lending tab is built once the desk is painted; when a dialog of the desk (a book
    band's preview) is in front at that moment, the desk's own focus stays in the Borrowing
    scan box, and comes back there when the dialog closes (the built tab's station, which
    asks for the focus, does not keep it)."""
    from PySide6.QtWidgets import QDialog

    window = MainWindow(context, desk_settings, paint_first=True)
    qtbot.addWidget(window)
    window.show()
    bring_to_front(window)
    box = window.borrowing.station.box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    dialog = QDialog(window)
    dialog.show()
    bring_to_front(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    window.build_later_tabs()  # the Lending tab, as the desk's routine builds it

    assert isinstance(window.tabs.widget(1), RequestTab)
    assert window.focusWidget() is box
    dialog.close()
    bring_to_front(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    window.close()
