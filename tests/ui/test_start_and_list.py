"""What staff wait for at start and in the list (issue 22): the window is painted before
the overdue check runs, which runs off the GUI thread; the request list fetches a page
and the rest as it scrolls."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from illdesk.app import DeskStart, main
from illdesk.cli import build_parser
from illdesk.domain.vocabulary import Side
from illdesk.services.requests import RequestService
from illdesk.ui.request_tab import PAGE_ROWS


def _start_and_close_once(
    qtbot,
    args: object,
    ready: Callable[[], object],
    look: Callable[[QMainWindow], object] = lambda _desk: None,
) -> None:
    """``illdesk.app.main`` with ``args``; its desk window is closed, as staff close it, once
    ``ready()`` (or a minute has passed), after ``look(desk)`` saw it."""
    deadline = time.monotonic() + 60

    def close_when_ready() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
        shown = [w for w in shown if w.isVisible()]
        if shown and (ready() or time.monotonic() > deadline):
            look(shown[0])
            shown[0].close()
        else:
            QTimer.singleShot(10, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    try:
        assert main(args) == 0
    finally:
        for widget in QApplication.topLevelWidgets():  # the closed desk window goes too
            widget.deleteLater()
        qtbot.wait(50)


class FirstPaint(QObject):
    """Notes when a main window was first painted."""

    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.painted = True
        return False


def test_the_window_is_painted_before_the_overdue_check_runs_off_the_gui_thread(
    qtbot, demo_db, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("ILLDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("illdesk.ui.excepthook.install", lambda: None)
    watcher = FirstPaint()
    QApplication.instance().installEventFilter(watcher)
    seen: list[tuple[bool, bool]] = []
    check = RequestService.mark_overdues

    def watched_check(self, *args, **kwargs):
        seen.append((watcher.painted, threading.current_thread() is threading.main_thread()))
        return check(self, *args, **kwargs)

    monkeypatch.setattr(RequestService, "mark_overdues", watched_check)
    args = build_parser()[0].parse_args(["--database-url", demo_db.url])
    try:  # closed once the desk's routine began
        _start_and_close_once(qtbot, args, ready=lambda: seen)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert seen == [(True, False)], "one check, after the first paint, on a worker thread"


def test_the_devices_open_once_the_desk_is_shown_their_modules_imported_off_the_gui_thread(
    qtbot, demo_db, monkeypatch, tmp_path
) -> None:
    """``illdesk`` as started: pyserial and the RFID pad's client are imported on a worker
    after the desk was painted, then the scanner and pad are opened on the GUI thread (the
    demo's simulated ones); the desk's routine begins on a later turn of the event loop
    than the one after the paint."""
    from illdesk.ui import main_window

    monkeypatch.setenv("ILLDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("illdesk.ui.excepthook.install", lambda: None)
    watcher = FirstPaint()
    QApplication.instance().installEventFilter(watcher)
    steps: list[tuple[str, bool, bool]] = []  # (step, desk painted, on the GUI thread)

    def note(step: str) -> None:
        on_gui = threading.current_thread() is threading.main_thread()
        steps.append((step, watcher.painted, on_gui))

    real_import = main_window.import_device_modules
    real_start = main_window.MainWindow.start_devices
    real_routine = main_window.MainWindow.start_background_work
    monkeypatch.setattr(
        main_window, "import_device_modules", lambda: (note("import"), real_import())[1]
    )
    monkeypatch.setattr(
        main_window.MainWindow,
        "start_devices",
        lambda window, demo=False: (note("devices"), real_start(window, demo))[1],
    )
    monkeypatch.setattr(
        main_window.MainWindow,
        "start_background_work",
        lambda window: (note("routine"), real_routine(window))[1],
    )
    after_paint = DeskStart._after_desk_paint
    monkeypatch.setattr(
        DeskStart, "_after_desk_paint", lambda start: (after_paint(start), note("turn over"))
    )
    bridges: list[object] = []
    args = build_parser()[0].parse_args(["--database-url", demo_db.url, "--demo"])
    try:
        _start_and_close_once(
            qtbot,
            args,
            ready=lambda: {"devices", "routine"} <= {step for step, _p, _g in steps},
            look=lambda desk: bridges.append(getattr(desk, "bridge", None)),
        )
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert ("import", True, False) in steps  # on a worker, after the desk was painted
    assert ("devices", True, True) in steps and ("routine", True, True) in steps
    order = [step for step, _painted, _gui in steps]
    assert order.index("import") < order.index("devices")
    assert order.index("turn over") < order.index("routine")  # a key pressed meanwhile first
    assert bridges and bridges[0] is not None  # the scanner and pad opened in the window


def test_the_collector_is_paused_until_the_desk_is_up_then_its_objects_are_frozen(
    qtbot, demo_db, monkeypatch, tmp_path
) -> None:
    """No garbage collection walks the start's objects while the desk opens; a moment after
    the desk is up one collection runs and freezes them (later ones leave them out); once
    the program has ended the process's collector is as it was."""
    import gc

    from illdesk import collector_pause

    monkeypatch.setenv("ILLDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("illdesk.ui.excepthook.install", lambda: None)
    monkeypatch.setattr(collector_pause, "AFTER_DESK_MS", 50)
    seen: dict[str, object] = {}
    after_paint = DeskStart._after_desk_paint

    def painted(start: DeskStart) -> None:
        seen["on at the paint"] = gc.isenabled()
        seen["collections"] = sum(g["collections"] for g in gc.get_stats())
        after_paint(start)

    monkeypatch.setattr(DeskStart, "_after_desk_paint", painted)

    def look(_desk: QMainWindow) -> None:
        seen["on, desk up"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count()

    args = build_parser()[0].parse_args(["--database-url", demo_db.url])
    begun = sum(g["collections"] for g in gc.get_stats())
    _start_and_close_once(qtbot, args, ready=gc.get_freeze_count, look=look)
    assert seen["on at the paint"] is False
    assert seen["collections"] == begun  # none while the library opened and the desk was built
    assert seen["on, desk up"] is True and int(seen["frozen"]) > 50_000  # type: ignore[call-overload]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_list_fetches_a_page_and_more_as_it_scrolls(qtbot, window, context) -> None:
    tab = window.borrowing
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    total = len(context.requests.search(Side.BORROWING, limit=10_000))
    assert total > PAGE_ROWS
    assert tab.model.rowCount() == PAGE_ROWS
    assert "more as you scroll" in tab.count_label.text()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() > PAGE_ROWS)
    while tab.model.canFetchMore():
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
    assert tab.model.rowCount() == total
    assert tab.count_label.text() == f"{total} shown"
    numbers = [tab.model.row_at(i).number for i in range(total)]
    assert numbers == [r.number for r in context.requests.search(Side.BORROWING, limit=10_000)]


def test_a_repaint_of_the_list_formats_no_cell_again(qtbot, window, monkeypatch) -> None:
    """The list is the request model itself (no proxy between), and a painted row's cells
    are formatted once: a repaint (a scroll back, a window over it) only draws them."""
    from illdesk.ui import i18n, table_models

    tab = window.borrowing
    assert tab.table.model() is tab.model
    made: list[object] = []
    fmt = table_models._fmt
    monkeypatch.setattr(table_models, "_fmt", lambda value: made.append(value) or fmt(value))
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    tab.table.viewport().repaint()
    assert made, "the rows painted were formatted"
    painted = len(made)
    tab.table.viewport().repaint()
    tab.table.viewport().repaint()
    assert len(made) == painted
    newest = tab.model.row_at(0)
    updated = tab.model.index(0, tab.model.UPDATED).data()
    assert updated == i18n.datetime_text(newest.updated_at)
    assert tab.model.index(0, 0).data() == newest.number


def test_typing_a_search_fetches_only_the_first_page(qtbot, window, context) -> None:
    tab = window.borrowing
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "a")
    qtbot.waitUntil(lambda: tab.search.text() == "a" and not tab._search_timer.isActive())
    matching = context.requests.search(Side.BORROWING, "a", limit=10_000)
    assert tab.model.rowCount() == min(PAGE_ROWS, len(matching))
    assert [tab.model.row_at(i).number for i in range(tab.model.rowCount())] == [
        r.number for r in matching[:PAGE_ROWS]
    ]


def test_a_receive_scan_redraws_its_one_line_without_searching_again(
    qtbot, window, context, monkeypatch
) -> None:
    from illdesk.domain.vocabulary import State

    tab = window.borrowing
    qtbot.mouseClick(tab.findChild(QObject, "chip_all"), Qt.MouseButton.LeftButton)
    target = next(
        tab.model.row_at(i)
        for i in range(tab.model.rowCount())
        if tab.model.row_at(i).state is State.SHIPPED_BY_LENDER
    )
    searches: list[str] = []
    details: list[int] = []
    search_page, detail = context.requests.search_page, context.requests.detail
    monkeypatch.setattr(
        context.requests, "search_page", lambda *a, **k: searches.append(a) or search_page(*a, **k)
    )
    monkeypatch.setattr(context.requests, "detail", lambda rid: details.append(rid) or detail(rid))
    qtbot.keyClicks(tab.station.box, target.number)
    qtbot.keyClick(tab.station.box, Qt.Key.Key_Return)
    assert tab.station.result.text().startswith("✔ " + target.number)
    line = next(
        tab.model.row_at(i)
        for i in range(tab.model.rowCount())
        if tab.model.row_at(i).id == target.id
    )
    assert line.state is State.RECEIVED and line.version > target.version
    assert tab.detail.detail.row.id == target.id and tab.detail.detail.row.state is State.RECEIVED
    selected = tab.table.selectionModel().selectedRows()
    assert [tab.model.row_at(i.row()).id for i in selected] == [target.id]
    assert searches == [] and details == [], "nothing read again after the scan"
