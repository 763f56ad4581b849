"""The program's start: the window's frame first, then the library, opened off the GUI
thread.

Staff judge a start by when the window is on screen and takes a scan.  :func:`main` makes
the application and paints the window's frame (the menu bar's and the tabs' titles, a
Borrowing scan box with the focus, which keeps what is scanned) before anything of the
database, the services or the printouts is imported.  Then, on a worker, the database is
opened (migrated, checked after an unclean close) and the desk's services are made
(:mod:`illdesk.composition`).  Back on the GUI thread the first-run assistant or the demo
data come if they are due, the desk is built into the frame and takes the scans kept, and
what the desk starts besides the window (devices, the ISO 18626 runtime, the overdue check)
runs once the desk is painted.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from typing import TYPE_CHECKING

from illdesk.paths import backup_dir, default_database_url

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from illdesk.collector_pause import CollectorPaused
    from illdesk.composition import OpenLibrary
    from illdesk.domain.progress import Progress
    from illdesk.peer_runtime import PeerRuntime
    from illdesk.persistence.database import Database
    from illdesk.services.ils_sync import IlsWorker
    from illdesk.ui.background import BackgroundTask
    from illdesk.ui.first_paint import AfterFirstPaint
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.services_context import DeskContext

log = logging.getLogger(__name__)

DEMO_REQUESTS = 600
DEMO_ARRIVALS = 8


class DeskBackground:
    """The outbox worker, the listener (if enabled) and the ILS worker, started off the
    GUI thread once the window is up; a listener that cannot start leaves its reasons in
    the status bar."""

    def __init__(self, db: Database, context: DeskContext) -> None:
        self._db = db
        self._context = context
        self._runtime: PeerRuntime | None = None
        self._ils_worker: IlsWorker | None = None
        self._task: BackgroundTask | None = None
        self._lock = threading.Lock()
        self._stopping = False

    def start(self, window: QMainWindow) -> None:
        from illdesk.ui.background import BackgroundTask

        context = self._context

        def job(_progress: object) -> PeerRuntime | None:
            from illdesk.peer_runtime import start_peer_runtime
            from illdesk.services.ils_sync import IlsWorker

            with self._lock:  # stop() waits here for a start under way, then it is stopped
                if self._stopping:
                    return None  # the window closed before the background work began
                self._runtime = start_peer_runtime(self._db, context.settings, context.requests)
                assert context.ils is not None
                self._ils_worker = IlsWorker(context.ils)
                self._ils_worker.start()
                return self._runtime

        def started(runtime: PeerRuntime | None) -> None:
            if runtime is None:
                return
            context.outbox.wake = runtime.wake
            for problem in runtime.problems:
                window.statusBar().showMessage(problem, 30000)
                log.warning("ISO 18626: %s", problem)

        self._task = BackgroundTask(job, window)
        self._task.succeeded.connect(started)
        self._task.start()

    def stop(self) -> None:
        """Stops what was started; a start still under way finishes first, one not begun
        never begins (no listener or worker outlives the window)."""
        with self._lock:
            self._stopping = True
        if self._ils_worker is not None:
            self._ils_worker.stop()
        if self._runtime is not None:
            self._runtime.stop()


class DeskStart:
    """Opens the library for the window's frame (:meth:`begin`, once the frame is painted)
    and closes what it opened (:meth:`stop`, once the event loop has ended)."""

    def __init__(
        self,
        window: MainWindow,
        url: str,
        args: argparse.Namespace,
        desk: QSettings,
        collector: CollectorPaused | None = None,
    ) -> None:
        self.window = window
        self.url = url
        self.args = args
        self.desk = desk
        self.collector = collector
        self.exit_code: int | None = None
        """Set when the start ends the program (a database that cannot be opened, the
        assistant closed): what :func:`main` returns."""
        self.background: DeskBackground | None = None
        self._task: BackgroundTask | None = None
        self._after_paint: AfterFirstPaint | None = None
        self._opened: list[OpenLibrary] = []
        """What the worker opened, closed by :meth:`stop` (also when the window was closed
        before the desk was built in it)."""
        self._restored = False
        self._stopped = False
        self._checking = bool(getattr(args, "quit_after_start", False))
        """``--quit-after-start``: nobody is there to answer the assistant or sign in."""

    def begin(self) -> None:
        from illdesk.ui.background import BackgroundTask

        task = BackgroundTask(self._open, self.window)
        task.succeeded.connect(self._library_open)
        task.failed.connect(self._not_open)
        self._task = task
        task.start()

    def _open(self, _progress: Progress) -> OpenLibrary:
        """On the worker: the database and the services, and the desk's own modules
        imported here rather than on the GUI thread, where the scan box is taking keys."""
        from illdesk.composition import open_library
        from illdesk.ui.main_window import import_desk_modules

        library = open_library(self.url)
        self._opened.append(library)
        import_desk_modules()
        return library

    def _library_open(self, library: OpenLibrary) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        from illdesk.composition import build_context
        from illdesk.domain.errors import DeskError
        from illdesk.ui.first_paint import AfterFirstPaint

        self._release_task()
        if self._stopped:  # the window was closed while the library opened: stop() closes it
            return
        db, context, args = library.db, library.context, self.args
        fill = bool(args.demo) and library.empty
        if args.demo and not library.empty:
            from illdesk.demo.data import store_demo_library

            store_demo_library(db)  # an older demo database, made before it stored its library
            context = build_context(db)
        elif not fill and not self._checking and not library.set_up:
            from illdesk.services.library_setup import LibrarySetupService
            from illdesk.ui.setup_wizard import FirstRun, run_first_run  # (brings reportlab)

            service = LibrarySetupService(db, context.settings)
            choice = run_first_run(service, context.settings, self.desk, library.empty)
            if choice is FirstRun.CLOSED:
                log.info("first-run setup closed; nothing stored")
                self._end(0)
                return
            fill = choice is FirstRun.DEMO
        if fill:
            from illdesk.demo.data import add_todays_arrivals, generate

            try:
                generate(db, DEMO_REQUESTS)
                context = build_context(db)  # the demo library the demo data stored
                add_todays_arrivals(db, context.settings, DEMO_ARRIVALS)
            except DeskError as exc:
                log.error("demo data not added: %s", exc)
                QMessageBox.warning(self.window, "illdesk", exc.message)
        window = self.window
        window.open_desk(context)
        self.background = DeskBackground(db, context)
        self._after_paint = AfterFirstPaint(window, self._after_desk_paint)
        if not self._checking:  # with staff sign-in on: who is at this desk, once it shows
            QTimer.singleShot(0, window.ask_sign_in)
        log.info("desk started on %s", db.description)

    def _after_desk_paint(self) -> None:
        # nothing of this runs before staff see the desk, and none of it holds the GUI
        # thread for a long turn: the ISO 18626 runtime and the ILS worker start on a
        # worker thread; the scanner's and the RFID pad's modules are imported on one and
        # the devices then opened here; the desk's routine (the later tabs, the overdue
        # check on its worker) begins on the next turn of the event loop, so that a key
        # pressed as the desk appears is taken first
        from PySide6.QtCore import QTimer

        from illdesk.ui.background import BackgroundTask
        from illdesk.ui.main_window import import_device_modules

        if not self._still_shown():
            return
        assert self.background is not None
        self.background.start(self.window)
        devices = BackgroundTask(lambda _progress: import_device_modules(), self.window)
        devices.succeeded.connect(self._start_devices)
        devices.failed.connect(lambda exc: sys.excepthook(type(exc), exc, exc.__traceback__))
        devices.start()
        QTimer.singleShot(0, self._start_routine)

    def _still_shown(self) -> bool:
        """The window is still up: closed meanwhile (its closeEvent has run), nothing more
        is started - a device, a wedge or a timer started now would outlive it."""
        return not self._stopped and self.window.isVisible()

    def _start_devices(self, _imported: object) -> None:
        if self._still_shown():
            self.window.start_devices(demo=bool(self.args.demo))

    def _start_routine(self) -> None:
        from PySide6.QtCore import QTimer

        from illdesk.collector_pause import AFTER_DESK_MS

        if self._still_shown():
            self.window.start_background_work()
        if self.collector is not None:
            QTimer.singleShot(AFTER_DESK_MS, self.collector.resume)

    def _not_open(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from illdesk.domain.errors import DeskError
        from illdesk.persistence.database import DatabaseDamaged, describe_url

        self._release_task()
        if self._stopped:
            return
        if isinstance(exc, DatabaseDamaged) and not self._restored:
            log.error("damaged database %s: %s", describe_url(self.url), exc)
            from illdesk.ui.backups.damaged import offer_restore

            if offer_restore(self.url, backup_dir(), exc.message):
                self._restored = True
                self.begin()  # opened again, from the backup put back
            else:
                self._end(1)
            return
        if isinstance(exc, DeskError):
            log.error("cannot open database %s: %s", describe_url(self.url), exc)
            QMessageBox.critical(self.window, "illdesk", exc.message)
        else:  # a defect: the desk's own hook logs it and says so
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self._end(1)

    def _release_task(self) -> None:
        if self._task is not None:
            self._task.release()
            self._task = None

    def _end(self, code: int) -> None:
        from PySide6.QtWidgets import QApplication

        self.exit_code = code
        self.window.close()
        QApplication.exit(code)

    def stop(self) -> None:
        """After the event loop: the background work stopped, a database still being
        opened waited for, and every database opened closed.  An answer of the worker that
        comes after this (its signal was queued meanwhile) does nothing."""
        self._stopped = True
        if self.background is not None:
            self.background.stop()
        if self._task is not None and self._task.is_running():
            self._task.wait(10 * 60 * 1000)  # a migration is not broken off midway
        for library in self._opened:
            library.db.dispose()


def main(args: argparse.Namespace | None = None) -> int:
    from illdesk.collector_pause import CollectorPaused

    collector = CollectorPaused()  # until the desk is up (see collector_pause.py)
    try:
        return _run(args, collector)
    finally:
        collector.end()


def _run(args: argparse.Namespace | None, collector: CollectorPaused) -> int:
    from PySide6.QtCore import QTimer

    from illdesk.collector_pause import LONGEST_PAUSE_MS
    from illdesk.ui.pyside_imports import check_without_reading_sources

    check_without_reading_sources()  # every import from here on: see ui/pyside_imports.py

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from illdesk import resources
    from illdesk.logging_setup import setup_logging
    from illdesk.ui import excepthook, i18n, look
    from illdesk.ui.devices.refcount_guard import immortalize_singletons
    from illdesk.ui.first_paint import AfterFirstPaint
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.start_probe import NOT_STARTED, StartProbe

    if args is None:  # started as illdesk-gui: the window on the usual database
        args = argparse.Namespace(database_url=None, demo=False)
    immortalize_singletons()
    log_file = setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("illdesk")
    app.setOrganizationName("illdesk")
    app.setDesktopFileName("org.illdesk.illdesk")
    icon = QIcon()
    for icon_file in resources.icon_files():
        icon.addFile(str(icon_file))
    app.setWindowIcon(icon)  # every window and dialog shows it
    excepthook.install()
    desk = QSettings("illdesk", "illdesk")
    i18n.install_for_desk(app, desk)  # the language and formats of Settings → desk
    app.setPalette(look.desk_palette(app.palette()))  # selected text stays readable
    url = args.database_url or str(desk.value("database/url", "")) or default_database_url()
    window = MainWindow(None, desk, paint_first=True)  # the frame, until the library is open
    start = DeskStart(window, url, args, desk, collector)
    QTimer.singleShot(LONGEST_PAUSE_MS, collector.resume)  # whatever the start is doing
    checking = getattr(args, "quit_after_start", False)
    probe = StartProbe(window, ready=lambda: window.is_open) if checking else None
    framed = AfterFirstPaint(window, start.begin)
    window.show()
    log.info("desk window shown, opening %s (log %s)", url.split("://", 1)[0], log_file)
    try:
        code = app.exec()
    finally:
        framed.cancel()  # (the window may have been closed before it was painted)
        start.stop()
    if start.exit_code is not None:
        return start.exit_code
    if probe is not None and not probe.reached:
        return NOT_STARTED
    return int(code)
