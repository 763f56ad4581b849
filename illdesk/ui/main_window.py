"""The main window: Borrowing, Lending and Patrons tabs, menus, and a status bar naming
the database and the staff member at the desk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.vocabulary import Side
from illdesk.hardware.config import wedge_config
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.devices.scan_routing import dialog_in_front, first_scan_box, focused_scan_box
from illdesk.ui.keymap import MENU_TEXT, MODE_KEYS, WINDOW_KEYS, binding, key_text
from illdesk.ui.menus import build_menus, menu_titles
from illdesk.ui.opening_page import OpeningPage
from illdesk.ui.reports.today_panel import TodayPanel
from illdesk.ui.screen_fit import (
    fit_size,
    get_text,
    keep_on_screen_when_framed,
    restore_geometry,
    save_geometry,
)

if TYPE_CHECKING:
    from illdesk.hardware.rfid.security import Movement
    from illdesk.hardware.rfid.tag_operations import SecurityOutcome
    from illdesk.services.scanning import ScanMode
    from illdesk.ui.devices.bridge import DeviceBridge
    from illdesk.ui.devices.wedge import KeyboardWedge
    from illdesk.ui.patrons_tab import PatronsTab
    from illdesk.ui.request_tab import RequestTab
    from illdesk.ui.scan_station import ScanStation
    from illdesk.ui.services_context import DeskContext

# The window's frame (tabs, menu titles, a scan box) is painted before the library is
# opened, so this module imports nothing of the services, the database or the printouts
# at its top: the desk's tabs and menus (and with them the services) are imported by
# open_desk(), the dialogs behind the menus, the device stack (pyserial, RFID) and the
# dialogs of the Desk menu when first used.  Methods that tell a request tab from another
# page import RequestTab where they ask: by then it is imported, and costs a lookup.

log = logging.getLogger(__name__)

_ADD_STAFF = "__add__"


class _LaterTab(QWidget):
    """The blank page in place of a tab that is built once the window is painted."""


def movement_after(mode: ScanMode) -> Movement | None:
    """RFID security: the tags of items leaving (check-out, ship) are unsecured, those
    coming back secured; other scans leave them as they are."""
    from illdesk.hardware.rfid.security import Movement
    from illdesk.services.scanning import ScanMode

    leaves = (ScanMode.CHECK_OUT, ScanMode.SHIP)
    returns = (ScanMode.CHECK_IN, ScanMode.RETURN_RECEIVED)
    return Movement.LEAVES if mode in leaves else Movement.RETURNS if mode in returns else None


DESK_MODULES = (
    "illdesk.ui.after_commit",
    "illdesk.ui.backups.actions",
    "illdesk.ui.desk_values",
    "illdesk.ui.devices.focus_return",
    "illdesk.ui.help",
    "illdesk.ui.interop.exports_menu",
    "illdesk.ui.interop.ncip_queue",
    "illdesk.ui.print_dispatch",
    "illdesk.ui.request_tab",
)
"""What :meth:`MainWindow.open_desk` builds the desk from (its tabs, menus and with them
the services)."""
DEVICE_MODULES = ("illdesk.ui.devices.bridge", "illdesk.ui.devices.wedge")
"""What :meth:`MainWindow.start_devices` opens the scanner and the RFID pad with
(pyserial, the pad's client and watcher)."""


def _import_all(names: tuple[str, ...]) -> None:
    """Imports ``names``: done off the GUI thread by the program's start (the window's frame
    or the shown desk takes keys meanwhile); these modules make no Qt object when imported."""
    import importlib

    for name in names:
        importlib.import_module(name)


def import_desk_modules() -> None:
    """:data:`DESK_MODULES`, imported while the window's frame takes keys."""
    _import_all(DESK_MODULES)


def import_device_modules() -> None:
    """:data:`DEVICE_MODULES`, imported once the desk is shown, before its devices open."""
    _import_all(DEVICE_MODULES)


WINDOW_GEOMETRY_KEY = "window/geometry"
NOTICE_INTERVAL_MS = 5 * 60 * 1000
RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000
OVERDUE_INTERVAL_MS = 60 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: DeskContext | None,
        desk_settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        paint_first: bool = False,
    ) -> None:
        """The desk's window on ``context``'s library; with ``context`` None, its frame
        (the tabs' titles, the menu bar's titles, a Borrowing scan box that keeps what is
        scanned), painted while the program opens the library off the GUI thread, and made
        the desk by :meth:`open_desk`.

        ``paint_first``: what the first paint does not need waits until
        :meth:`start_background_work`, which the program calls once the window is painted
        (the Lending and Patrons tabs, the desk's secrets, looked up in the OS keyring off
        the GUI thread)."""
        super().__init__(parent)
        self.desk_settings = desk_settings or QSettings("illdesk", "illdesk")
        self.is_open = False
        """The library is open and the desk built in the frame (:meth:`open_desk`)."""
        self._paint_first = paint_first
        self._lending: RequestTab | None = None
        self._focus_before_build: QWidget | None = None
        self._patrons: PatronsTab | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.opening: OpeningPage | None = OpeningPage(self)
        # a blank page holds each tab's place until it is built
        self.tabs.addTab(self.opening, self.tr("&Borrowing"))
        self.tabs.addTab(_LaterTab(self), self.tr("&Lending"))
        self.tabs.addTab(_LaterTab(self), self.tr("&Patrons"))
        self.setCentralWidget(self.tabs)
        # fits the screen at any scaling; the size and place it was closed at, kept on it
        fit_size(self, 1500, 900)
        restore_geometry(self, self.desk_settings, WINDOW_GEOMETRY_KEY)
        self.setWindowTitle("illdesk")
        # today's work, counted off the GUI thread once the desk has started
        self.today: TodayPanel | None = TodayPanel(None, self)
        self.addToolBar(self.today)
        if context is None:
            menu_titles(self)  # the bar as it will be: the desk does not move when it opens
            self.tabs.tabBar().setEnabled(False)  # the other tabs come with the library
            self.statusBar().showMessage(self.tr("Opening the library…"))
            self.opening.ready()
        else:
            self.open_desk(context)

    def open_desk(self, context: DeskContext) -> None:
        """The desk on ``context``'s library, built into the frame; the scans kept while
        it opened go to the Borrowing station, in the order they were made."""
        from illdesk.ui.after_commit import AfterCommitWorker, runner_of
        from illdesk.ui.desk_values import load_desk_values
        from illdesk.ui.devices.focus_return import FocusAfterDialogs
        from illdesk.ui.print_dispatch import PrintDispatcher
        from illdesk.ui.request_tab import RequestTab

        paint_first = self._paint_first
        self.context = context
        context.current_staff = self.current_staff
        # what follows a committed action runs on a worker: the next scan need not wait
        self.after_commit = AfterCommitWorker(self)
        self.after_commit.failed.connect(self._after_commit_failed)
        if context.route_after_commit is not None:
            context.route_after_commit(runner_of(self.after_commit))
        load_desk_values(context.library_settings, self.desk_settings, secrets=not paint_first)
        self._secrets_loaded = not paint_first
        self._secrets_task: BackgroundTask | None = None
        self._routine_started = False
        self.update_title()

        self.printer = PrintDispatcher(context, self, self.desk_settings)
        self.printer.worker = self.after_commit
        self.borrowing = RequestTab(context, Side.BORROWING, self, self.printer)
        self._wire_request_tab(self.borrowing)
        self.borrowing.new_request_wanted.connect(self.new_borrowing_request)
        opening, self.opening = self.opening, None
        self._focus_before_build = self.focusWidget()  # (this window's, as for the later tabs)
        self._put_in_place(0, self.borrowing)
        self.tabs.tabBar().setEnabled(True)
        if not paint_first:  # else once painted, or when first wanted (start_background_work)
            self.lending  # noqa: B018 (the property builds it)
            self.patrons  # noqa: B018
        self.tabs.currentChanged.connect(self._tab_changed)

        self.menuBar().clear()  # the frame's titles: the menus take their place
        self._build_menus()
        self.statusBar().clearMessage()
        self._build_status_bar()
        if self.today is not None and context.reports is not None:
            self.today.attach(context.reports)
        elif self.today is not None:  # a desk without reports counts nothing
            self.removeToolBar(self.today)
            self.today.deleteLater()
            self.today = None
        self.focus_return = FocusAfterDialogs(self, self.back_to_scan_box)
        self._loaded: set[int] = set()
        self._tab_changed(self.tabs.currentIndex())
        self._counted_notices = False
        self._send_task: BackgroundTask | None = None
        self._overdue_task: BackgroundTask | None = None
        self._timer_task: BackgroundTask | None = None
        self.bridge: DeviceBridge | None = None
        self._pad_items: set[str] | None = None
        """The item ids on the RFID pad at its last reading (None before the first)."""
        self.wedge: KeyboardWedge | None = None
        self.demo = False
        self.notice_timer = QTimer(self)
        self.notice_timer.setInterval(NOTICE_INTERVAL_MS)
        self.notice_timer.timeout.connect(self.send_notices_in_background)
        self.overdue_timer = QTimer(self)
        self.overdue_timer.setInterval(OVERDUE_INTERVAL_MS)
        self.overdue_timer.timeout.connect(self.check_overdues)
        self._retention_task: BackgroundTask | None = None
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(RETENTION_INTERVAL_MS)
        self.retention_timer.timeout.connect(self.run_retention_in_background)
        self.is_open = True
        if not paint_first:  # else once painted (start_background_work)
            self.update_notice_count()
        else:  # the program's window: a scan typed as it appears goes to the station
            self.back_to_scan_box()
        if opening is not None:  # (the frame's page itself is gone with its tab)
            self._take_scans_kept(opening)

    def _take_scans_kept(self, opening: OpeningPage) -> None:
        """The scans made while the library opened, to the Borrowing station as if they
        were made now, in order; the text being typed goes on in its scan box.  With
        sign-in on and nobody signed in, they are not used, and the status bar says so."""
        kept, typing = opening.take_scans()
        box = self.borrowing.station.box
        if kept and not self.tabs.isEnabled():
            QApplication.beep()
            self.statusBar().showMessage(
                self.tr(
                    "The scans made while the desk opened ({0}) were not used: sign in "
                    "first, then scan again."
                ).format(", ".join(kept)),
                30000,
            )
            kept = []
        for text in kept:
            box.accept_scan(text)
        if typing and self.tabs.isEnabled():
            box.setText(typing)
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.end(False)

    # -- the tabs ------------------------------------------------------------------------
    def _wire_request_tab(self, tab: RequestTab) -> None:
        tab.station.performed.connect(
            lambda _p, station=tab.station: self.secure_after_scan(station.mode())
        )
        for performed in (tab.station.performed, tab.detail.performed):  # notices queued
            performed.connect(lambda _p: self.update_notice_count())

    @property
    def lending(self) -> RequestTab:
        if self._lending is None:
            from illdesk.ui.request_tab import RequestTab

            self._focus_before_build = self.focusWidget()  # (this window's, a dialog up or not)
            tab = RequestTab(self.context, Side.LENDING, self, self.printer)
            self._wire_request_tab(tab)
            tab.new_request_wanted.connect(self.new_lending_request)
            self._lending = tab
            self._put_in_place(1, tab)
        return self._lending

    @property
    def patrons(self) -> PatronsTab:
        if self._patrons is None:
            from illdesk.ui.patrons_tab import PatronsTab  # (its dialogs, once painted)

            self._focus_before_build = self.focusWidget()  # (this window's, a dialog up or not)
            tab = PatronsTab(self.context, self)
            tab.open_request.connect(self.open_borrowing_request)
            self._patrons = tab
            self._put_in_place(2, tab)
        return self._patrons

    def _put_in_place(self, index: int, tab: QWidget) -> None:
        """The built tab where its blank page held the place (nothing to do while the
        tab widget is being made: it adds the tab itself).

        Building a tab readies its station, which asks for the focus: a scan being typed
        meanwhile into the tab in front keeps it (and goes on where it was typed)."""
        tabs = getattr(self, "tabs", None)
        if tabs is None or not isinstance(tabs.widget(index), (_LaterTab, OpeningPage)):
            return
        focus, self._focus_before_build = self._focus_before_build, None
        current, text, later = tabs.currentIndex(), tabs.tabText(index), tabs.widget(index)
        had_focus = later.isAncestorOf(focus)
        tabs.blockSignals(True)  # the same tab stays in front: nothing changed for staff
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, tab, text)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        later.deleteLater()
        if had_focus:
            tab.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def build_later_tabs(self) -> None:
        """The tabs the first paint went without, one per turn of the event loop (a key
        pressed meanwhile is taken between them)."""
        if self._lending is None:
            self.lending  # noqa: B018 (the property builds it)
            QTimer.singleShot(0, self.build_later_tabs)
        elif self._patrons is None:
            self.patrons  # noqa: B018

    def start_devices(self, demo: bool = False) -> None:
        """Open the configured scanner and RFID pad and catch keyboard-wedge bursts."""
        from illdesk.ui.devices.bridge import DeviceBridge
        from illdesk.ui.devices.wedge import KeyboardWedge

        self.demo = demo
        self.bridge = DeviceBridge(parent=self)
        self.bridge.scanned.connect(self.route_scan)
        self.bridge.rfid_tags.connect(self._items_on_pad)
        self.bridge.status_changed.connect(self.device_label.setText)
        try:
            self.bridge.apply_settings(self.context.settings)
        except DeskError as exc:
            self.device_label.setText(i18n.words(exc))
        self.wedge = KeyboardWedge(
            route=self.route_scan, config=wedge_config(self.context.settings)
        )
        self.wedge.install()

    def secure_after_scan(self, mode: ScanMode) -> None:
        """RFID security: unsecure tags leaving (check-out, ship), secure those coming back."""
        movement = movement_after(mode)
        if movement is None or self.bridge is None or self.bridge.rfid_configuration is None:
            return

        def done(future: Future[SecurityOutcome]) -> None:
            try:
                outcome = future.result()
            except Exception as exc:  # a pad that is gone or failed is told, not fatal
                self.device_label.setText(self.tr("RFID pad: {0}").format(exc))
                return
            if outcome.warnings:
                QMessageBox.warning(
                    self, self.tr("Check the items on the pad"), "\n".join(outcome.warnings)
                )

        self.bridge.secure_items(movement, done)

    def route_scan(self, text: str) -> None:
        """A serial scan or a wedge burst: where the worker is looking (see scan_routing)."""
        if not self.tabs.isEnabled() and dialog_in_front(self) is None:
            QApplication.beep()  # nobody signed in: the scan waits for a name
            self.statusBar().showMessage(
                self.tr("The scan {0} was not used: sign in first, then scan again.").format(text),
                15000,
            )
            return
        box = focused_scan_box()
        if box is not None:
            box.accept_scan(text)
            return
        front = dialog_in_front(self)
        if front is not None:
            box = first_scan_box(front)
            if box is not None:
                box.setFocus(Qt.FocusReason.OtherFocusReason)
                box.accept_scan(text)
                return
            if QApplication.activeModalWidget() is not None:
                QApplication.beep()
                self.statusBar().showMessage(
                    self.tr(
                        "The scan {0} was not used: “{1}” is open and takes no barcode. "
                        "Close it, then scan again."
                    ).format(text, front.windowTitle()),
                    15000,
                )
                return
        from illdesk.ui.request_tab import RequestTab

        tab = self._tab_in_front()
        if isinstance(tab, RequestTab):
            tab.station.box.accept_scan(text)
        elif tab is not None:  # the Patrons tab: the card is looked up
            tab.search.setText(text)
            tab.refresh()

    def _items_on_pad(self, snapshot: object) -> None:
        """An item laid on the RFID pad is a scan of its item id, routed like a serial scan.

        Only items that were not on the pad at the last reading count: the pad is read
        every few hundred milliseconds, and a book left lying there is not scanned again.
        What lay on the pad when the desk started is not a scan either.
        """
        from illdesk.hardware.rfid.readings import PadSnapshot

        if not isinstance(snapshot, PadSnapshot):
            return
        seen, self._pad_items = self._pad_items, set(snapshot.item_ids)
        if seen is None or not self.context.settings.get_bool("hardware.rfid.place_is_scan"):
            return
        for item_id in dict.fromkeys(snapshot.item_ids):
            if item_id not in seen:
                self.route_scan(item_id)

    # -- station keys (F5–F12 work wherever the focus is in the window) --------------------
    def _station(self) -> ScanStation | None:
        from illdesk.ui.request_tab import RequestTab

        tab = self.tabs.currentWidget()
        return tab.station if isinstance(tab, RequestTab) else None

    def _lending_station(self, key_name: str) -> ScanStation | None:
        """The lending station, for a lending key (by its name in the key table)."""
        station = self._station()
        if station is None or station.side is not Side.LENDING:
            key = binding(key_name).sequence
            self.statusBar().showMessage(self.tr("{0} works on the Lending tab.").format(key), 8000)
            return None
        return station

    def station_mode(self, number: int) -> None:
        """F5–F8: the tab's station mode ``number`` (0 = F5), with the scan box ready."""
        station = self._station()
        if station is None:
            self.statusBar().showMessage(
                self.tr("F5–F8 choose what a scan does on the Borrowing and Lending tabs."), 8000
            )
            return
        if not station.set_mode_number(number):
            self.statusBar().showMessage(
                self.tr(
                    "The lending station has three modes: F5 Pull, F6 Ship, F7 Return received."
                ),
                8000,
            )

    def print_pull_slips(self) -> None:
        if self._lending_station("pull_slips") is not None:
            self.lending.print_pull_slips()

    def print_pull_slips_again(self) -> None:
        if self._lending_station("pull_slips") is not None:
            self.lending.print_pull_slips_again()

    def note_condition(self) -> None:
        station = self._lending_station("condition")
        if station is not None:
            station.note_condition()

    def answer_unfilled(self) -> None:
        station = self._lending_station("unfilled")
        if station is not None:
            station.answer_unfilled()

    def find_lenders(self) -> None:
        """Ctrl+Shift+F: Find lenders for the borrowing request the detail pane shows."""
        tab = self.tabs.currentWidget()
        if tab is not self.borrowing or not self.borrowing.detail.can_find_lenders():
            self.statusBar().showMessage(
                self.tr(
                    "Find lenders works on the Borrowing tab, for a request still looking "
                    "for a lender."
                ),
                8000,
            )
            return
        self.borrowing.detail.find_lenders()

    def back_to_scan_box(self) -> None:
        """Esc, and after every dialog closes: the scan box of the tab in front, ready."""
        station = self._station()
        if station is not None:
            station.ready()

    def _update_key_texts(self) -> None:
        """The Scan menu names the modes of the tab in front."""
        from illdesk.services.scanning import MODES, modes_for

        station = self._station()
        modes = modes_for(station.side) if station is not None else []
        for number in range(len(MODE_KEYS)):
            action = self.key_actions[f"mode_{number + 1}"]
            if number < len(modes):
                action.setText(i18n.words(MODES[modes[number]].label))
            else:
                action.setText(i18n.words(MENU_TEXT[f"mode_{number + 1}"]))

    def show_devices(self) -> None:
        if self.bridge is None:
            self.start_devices()
        assert self.bridge is not None
        from illdesk.ui.devices.devices_dialog import DevicesDialog

        dialog = DevicesDialog(self.context.settings, self.bridge, demo=self.demo, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for key, value in dialog.changed_values().items():
                try:
                    self.context.library_settings.change(key, value)
                except DeskError as exc:  # a library-wide rule the person here may not change
                    QMessageBox.warning(self, self.tr("Scanners and RFID pads"), i18n.words(exc))
                    continue
                self.desk_settings.setValue(f"settings/{key}", value)
            if self.wedge is not None:
                self.wedge.set_config(wedge_config(self.context.settings))

    def finish_paint_first(self) -> None:
        """What the first paint went without (``paint_first``): the Lending and Patrons
        tabs, the notice count, the desk's secrets.  Runs once the window is painted
        (from :meth:`start_background_work`); a second call does nothing."""
        self.build_later_tabs()
        if not self._counted_notices:
            self.update_notice_count()
        if not self._secrets_loaded and self._secrets_task is None:
            self._load_secrets()

    def start_background_work(self) -> None:
        """The desk's routine: overdue check now and hourly, notices every few minutes,
        delivered PDFs purged when their time is up."""
        from illdesk.ui.copies.purge_timer import PurgeTimer

        self._routine_started = True
        self.finish_paint_first()
        if self._secrets_loaded:  # else once they are read (the mail password)
            self.send_notices_in_background()
        self.purge_timer = PurgeTimer(self.context.documents, parent=self)
        self.purge_timer.start()
        self.check_overdues()
        self.notice_timer.start()
        self.overdue_timer.start()
        self.backup_actions.start_schedule()
        if self.today is not None:
            self.today.start()
        self.run_retention_in_background()  # patron data past retention, daily
        self.retention_timer.start()

    def _load_secrets(self) -> None:
        """The desk's secrets (the mail password): the keyring is looked for off the GUI
        thread, the values are read into the settings here; then the notices waiting are
        sent, if the desk's routine has begun."""
        service = self.context.library_settings
        task = BackgroundTask(lambda _p: service.find_secret_store(), self)

        def found(_in_keyring: object) -> None:
            self.secrets_now()
            if self._routine_started:
                self.send_notices_in_background()

        def not_found(exc: Exception) -> None:  # a broken keyring: the desk file keeps them
            log.warning("no keyring for this desk's secrets: %s", exc)
            found(False)

        task.succeeded.connect(found)
        task.failed.connect(not_found)
        self._secrets_task = task
        task.start()

    def secrets_now(self) -> None:
        """The desk's secrets read in now, if they are not yet (Settings shows and saves
        the mail password: it must not open without it)."""
        if not self._secrets_loaded:
            self._secrets_loaded = True
            from illdesk.ui.desk_values import load_desk_secret_values

            load_desk_secret_values(self.context.library_settings, self.desk_settings)

    # -- building --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """Menus, and every key of the window, from the one table in :mod:`ui.keymap`."""
        from illdesk.ui.backups.actions import BackupActions
        from illdesk.ui.help import help_slots
        from illdesk.ui.interop.exports_menu import export_slots
        from illdesk.ui.interop.ncip_queue import ncip_slots

        keyed: dict[str, Callable[[], object]] = {
            "new_borrowing": self.new_borrowing_request,
            "new_lending": self.new_lending_request,
            "new_patron": self.new_patron,
            "notices": self.show_notices,
            "find": self.focus_search,
            "refresh": self.refresh_current,
            "scan_box": self.back_to_scan_box,
            "quit": self.close,
            "pull_slips": self.print_pull_slips,
            "condition": self.note_condition,
            "unfilled": self.answer_unfilled,
            "find_lenders": self.find_lenders,
        }
        for number in range(len(MODE_KEYS)):
            keyed[f"mode_{number + 1}"] = partial(self.station_mode, number)
        self.key_actions: dict[str, QAction] = {}
        for key in (k for k in WINDOW_KEYS if k.built_by == "main window"):
            action = QAction(i18n.words(MENU_TEXT[key.name]), self)
            action.setObjectName(f"key_{key.name}")
            action.setShortcut(QKeySequence(key.sequence))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(key_text(key))
            action.triggered.connect(keyed[key.name])
            self.addAction(action)  # the key works even where no menu shows the action
            self.key_actions[key.name] = action
        self.backup_actions = BackupActions(self, self.context.backups, self.refresh_current)
        slots: dict[str, Callable[[], object] | None] = {
            "check_overdues": self.check_overdues,
            "devices": self.show_devices,
            "copyright_report": self.show_copyright_report,
            "reports": self.show_reports,
            "budget": self.show_budget,
            "charges": self.show_charges,
            "partners": self.show_partners,
            "printers": self.show_printers,
            "outbox": self.show_outbox,
            "routing_rules": self.show_routing_rules,
            "staff": self.show_staff,
            "audit": self.show_audit,
            "retention": self.retention_now,
            "pull_slips_again": self.print_pull_slips_again,
            "settings": self.show_settings,
            **self.backup_actions.slots(),
            **help_slots(self, self.context.database_description),
        }
        if self.context.exports is not None:
            slots.update(export_slots(self, self.context.exports))
        if self.context.ils is not None:
            slots.update(ncip_slots(self, self.context.ils, self.current_staff))
        self.menus = build_menus(self, self.key_actions, slots)  # the table in ui/menus.py

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(
            self.tr("Database: {0}").format(self.context.database_description), self
        )
        self.database_label.setObjectName("database_label")
        bar.addPermanentWidget(self.database_label)
        self.notice_label = QLabel("", self)
        self.notice_label.setObjectName("notice_label")
        bar.addPermanentWidget(self.notice_label)
        self.device_label = QLabel("", self)
        self.device_label.setObjectName("device_label")
        bar.addPermanentWidget(self.device_label)
        bar.addPermanentWidget(QLabel(self.tr("At the desk:"), self))
        self.staff_picker = QComboBox(self)
        self.staff_picker.setObjectName("staff_picker")
        self.staff_picker.setMinimumWidth(160)
        bar.addPermanentWidget(self.staff_picker)
        self._fill_staff(str(self.desk_settings.value("desk/staff", "")))
        self.staff_picker.activated.connect(self._staff_chosen)
        self.sign_in_button = QPushButton(self)  # with sign-in, in place of the picker
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setFlat(True)
        self.sign_in_button.clicked.connect(self.sign_in_or_out)
        bar.addPermanentWidget(self.sign_in_button)
        self.show_who()

    def _fill_staff(self, wanted: str) -> None:
        self.staff_picker.blockSignals(True)
        self.staff_picker.clear()
        for member in self.context.directory.staff():
            self.staff_picker.addItem(member.name, member.name)
        self.staff_picker.addItem(self.tr("Add staff member…"), _ADD_STAFF)
        index = self.staff_picker.findData(wanted) if wanted else 0
        self.staff_picker.setCurrentIndex(max(index, 0))
        self.staff_picker.blockSignals(False)

    def _staff_chosen(self, _index: int) -> None:
        if self.staff_picker.currentData() == _ADD_STAFF:
            name, ok = get_text(
                self, self.tr("Add staff member"), self.tr("Name of the staff member:")
            )
            chosen = self.desk_settings.value("desk/staff", "")
            if ok and name.strip():
                try:
                    chosen = self.context.directory.add_staff(name).name
                except DeskError as exc:
                    QMessageBox.warning(self, self.tr("Add staff member"), i18n.words(exc))
            self._fill_staff(str(chosen))
        self.desk_settings.setValue("desk/staff", self.current_staff())

    # -- behaviour -------------------------------------------------------------------------
    def current_staff(self) -> str:
        access = self.context.access
        if access is not None and access.sign_in_required:
            return access.current_name()  # the history records the signed-in person
        data = self.staff_picker.currentData()
        return "" if data in (None, _ADD_STAFF) else str(data)

    # -- sign-in, staff, audit, retention --------------------------------------------------
    def show_who(self) -> None:
        """The picker without sign-in; with it, who is signed in (click: sign in or out)."""
        access = self.context.access
        signing = access is not None and access.sign_in_required
        self.staff_picker.setVisible(not signing)
        self.sign_in_button.setVisible(signing)
        # with sign-in on, nobody works at the desk unnamed: the tabs and their keys wait
        open_desk = access is None or not signing or access.current is not None
        self.tabs.setEnabled(open_desk)
        for name, action in self.key_actions.items():
            action.setEnabled(open_desk or name == "quit")
        if not open_desk:
            self.statusBar().showMessage(self.tr("Sign in to work at this desk."))
        if access is None or not signing:
            return
        current = access.current
        if current is None:
            self.sign_in_button.setText(self.tr("Sign in…"))
        else:
            self.sign_in_button.setText(
                self.tr("{0} ({1}) · Sign out").format(current.name, current.role.words)
            )

    def ask_sign_in(self) -> bool:
        """The sign-in dialog when sign-in is on and nobody is signed in here."""
        access = self.context.access
        if access is None or not access.sign_in_required or access.current is not None:
            return True
        from illdesk.ui.staff.sign_in_dialog import SignInDialog

        dialog = SignInDialog(access, self)
        signed = dialog.exec() == QDialog.DialogCode.Accepted
        self.show_who()
        if signed and dialog.signed is not None:
            self.statusBar().showMessage(
                self.tr("Signed in as {0}.").format(dialog.signed.name), 5000
            )
        return signed

    def sign_in_or_out(self) -> None:
        access = self.context.access
        if access is None:
            return
        if access.current is not None:
            access.sign_out()
            self.show_who()
            self.statusBar().showMessage(self.tr("Signed out."), 5000)
            return
        self.ask_sign_in()

    def show_staff(self) -> None:
        if self.context.access is None:
            return
        from illdesk.ui.staff.staff_dialog import StaffDialog

        StaffDialog(self.context.access, self).exec()
        self._fill_staff(self.current_staff())
        self.show_who()

    def show_audit(self) -> None:
        if self.context.audit is None:
            return
        try:
            self.context.audit.rows(limit=1)  # the role check, before a window opens
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Audit log"), i18n.words(exc))
            return
        from illdesk.ui.staff.audit_dialog import AuditDialog

        dialog = AuditDialog(self.context.audit, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def retention_now(self) -> None:
        from illdesk.ui.staff.privacy_actions import run_retention_now

        if self.context.privacy is not None:
            run_retention_now(self, self.context.privacy, self.current_staff())
            self.refresh_current()

    def run_retention_in_background(self) -> None:
        privacy = self.context.privacy
        if privacy is None or (self._retention_task and self._retention_task.is_running()):
            return
        task = BackgroundTask(lambda p: privacy.run_retention(progress=p), self)
        task.succeeded.connect(self._retention_done)
        task.failed.connect(
            lambda exc: self.statusBar().showMessage(
                self.tr("Old patron data could not be removed now: {0}").format(
                    i18n.words(exc) if isinstance(exc, DeskError) else type(exc).__name__
                ),
                30000,
            )
        )
        self._retention_task = task
        task.start()

    def _retention_done(self, report: object) -> None:
        words = getattr(report, "words", "")
        if words and getattr(report, "requests", 0):
            self.statusBar().showMessage(words, 30000)

    def _tab_changed(self, index: int) -> None:
        if isinstance(self.tabs.widget(index), _LaterTab):  # wanted before it was built
            _ = self.lending if index == 1 else self.patrons
        self._update_key_texts()
        if index not in self._loaded:
            self._loaded.add(index)
            self.refresh_current()

    def _tab_in_front(self) -> RequestTab | PatronsTab | None:
        from illdesk.ui.request_tab import RequestTab

        tab = self.tabs.currentWidget()
        if isinstance(tab, RequestTab):
            return tab
        return self._patrons if self._patrons is not None and tab is self._patrons else None

    def refresh_current(self) -> None:
        tab = self._tab_in_front()
        if tab is not None:
            tab.refresh()

    def update_notice_count(self) -> None:
        self._counted_notices = True
        waiting = self.context.notices.list(("queued", "to_print"))
        failing = sum(1 for n in waiting if n.last_error)
        printing = sum(1 for n in waiting if n.status == "to_print")
        text = self.tr("Notices: {0} waiting, {1} to print").format(
            len(waiting) - printing, printing
        )
        if failing:
            text += self.tr(", {0} failing").format(failing)
        self.notice_label.setText(text)
        self.notice_label.setStyleSheet("color:#b00020;font-weight:600;" if failing else "")

    def show_notices(self) -> None:
        from illdesk.ui.notices_view import NoticesDialog

        self.secrets_now()  # it sends e-mail: with the mail password
        dialog = NoticesDialog(self.context, self)
        dialog.listed.connect(self.update_notice_count)
        dialog.exec()
        self.update_notice_count()

    def show_copyright_report(self) -> None:
        from illdesk.ui.copies import CopiesContext, open_copyright_report

        open_copyright_report(CopiesContext.from_desk(self.context), self)

    def show_reports(self) -> None:
        if self.context.reports is None:
            return
        from illdesk.ui.reports.window import ReportsWindow  # QtCharts: when first opened

        window = ReportsWindow(self.context.reports, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def show_budget(self) -> None:
        from illdesk.ui.copies import CopiesContext, open_budget

        open_budget(CopiesContext.from_desk(self.context), self)

    def show_partners(self) -> None:
        from illdesk.ui.partners.partners_dialog import PartnersDialog

        PartnersDialog(self.context, self).exec()
        self.refresh_current()

    def show_charges(self) -> None:
        from illdesk.ui.charges_dialog import ChargesDialog

        ChargesDialog(self.context, self).exec()

    def show_printers(self) -> None:
        # its sample printouts bring reportlab: imported when the dialog first opens
        from illdesk.ui.printing.printers_page import PrintersPage

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Printers"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(PrintersPage(self.context.settings, dialog, self.desk_settings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_outbox(self) -> None:
        from illdesk.ui.peer.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.context.outbox, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_settings(self) -> None:
        from illdesk.ui.settings_dialog import SettingsDialog

        self.secrets_now()
        dialog = SettingsDialog(self.context.library_settings, self.desk_settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # the sender reads them when sending
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
            self.update_title()
            self.show_who()  # sign-in may have been turned on or off

    def check_overdues(self) -> None:
        """Mark loans past due, off the GUI thread (at start, hourly and from the menu);
        the status bar says what was marked, or why nothing could be."""
        if self._overdue_task is not None and self._overdue_task.is_running():
            return
        requests, staff = self.context.requests, self.current_staff() or "overdue check"
        task = BackgroundTask(lambda progress: requests.mark_overdues(staff, progress), self)
        task.succeeded.connect(self._overdues_marked)
        task.failed.connect(self._overdues_failed)
        self._overdue_task = task
        task.start()

    def _overdues_marked(self, marked: list[str]) -> None:
        if marked:
            self.statusBar().showMessage(
                self.tr("{0} loans became overdue or reached the next reminder.").format(
                    len(marked)
                ),
                10000,
            )
            self.refresh_current()
        else:
            self.statusBar().clearMessage()
        self.update_notice_count()
        self.run_timers_in_background()  # the timers go with the overdue check

    # -- routing rules, and the timers beside the overdue check ----------------------------
    def show_routing_rules(self) -> None:
        if self.context.routing is None:
            return
        from illdesk.ui.routing.rules_dialog import RulesDialog

        RulesDialog(self.context.routing, self.current_staff(), self).exec()
        self.refresh_current()

    def run_timers_in_background(self) -> None:
        """The timers' round, off the GUI thread; one at a time."""
        timers = self.context.timers
        if timers is None or (self._timer_task is not None and self._timer_task.is_running()):
            return
        staff = self.current_staff() or "timers"
        task = BackgroundTask(lambda progress: timers.run(staff, progress), self)
        task.succeeded.connect(self._timers_done)
        task.failed.connect(self._timers_failed)
        self._timer_task = task
        task.start()

    def _timers_done(self, moves: object) -> None:
        if isinstance(moves, list) and moves:
            self.statusBar().showMessage(
                self.tr("Timers moved {0} waiting requests on (see their history).").format(
                    len(moves)
                ),
                10000,
            )
            self.refresh_current()
            self.update_notice_count()

    def _timers_failed(self, exc: Exception) -> None:
        words = i18n.words(exc)
        self.statusBar().showMessage(
            self.tr("The timers could not run now; they try again within the hour. {0}").format(
                words
            ),
            30000,
        )

    def _overdues_failed(self, exc: Exception) -> None:
        words = i18n.words(exc)
        self.statusBar().showMessage(words, 10000)
        self.run_timers_in_background()  # a failed overdue round does not hold the timers

    def send_notices_in_background(self) -> None:
        if self._send_task is not None and self._send_task.is_running():
            return
        notices, sender = self.context.notices, self.context.notice_sender
        task = BackgroundTask(lambda _p: notices.send_due(sender), self)
        task.failed.connect(self._notices_failed)
        task.finished.connect(self.update_notice_count)
        task.finished.connect(self.refresh_current)
        self._send_task = task
        task.start()

    def _notices_failed(self, exc: Exception) -> None:
        words = i18n.words(exc)
        self.statusBar().showMessage(
            self.tr(
                "Notices could not be sent now; they are tried again in a few minutes. {0}"
            ).format(words),
            30000,
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        keep_on_screen_when_framed(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        save_geometry(self, self.desk_settings, WINDOW_GEOMETRY_KEY)
        if not self.is_open:  # closed while the library opened: nothing was started yet
            super().closeEvent(event)
            return
        if self.wedge is not None:
            self.wedge.uninstall()
        if self.bridge is not None:
            self.bridge.shutdown()
        self.notice_timer.stop()
        self.overdue_timer.stop()
        self.retention_timer.stop()
        tasks = (self._send_task, self._overdue_task, self._timer_task, self._retention_task)
        running = [t for t in (*tasks, self._secrets_task) if t is not None and t.is_running()]
        for task in running:  # every job is told first, so they all stop at once
            task.cancel()  # a round stops between two requests
        self.backup_actions.stop_schedule()  # a scheduled backup is given up
        for task in running:
            task.wait(30_000)
        if self.context.route_after_commit is not None:
            self.context.route_after_commit(None)  # from now on at once, as without a window
        self.after_commit.finish()
        for tab in (self.borrowing, self._lending):
            if tab is not None:
                tab.hints.finish()  # a hint still being counted ends before the database
        super().closeEvent(event)

    def _after_commit_failed(self, exc: Exception) -> None:
        self.statusBar().showMessage(
            self.tr(
                "The action is recorded, but what follows it did not work: {0} (see the log file)."
            ).format(i18n.words(exc) if isinstance(exc, DeskError) else str(exc)),
            30000,
        )

    def focus_search(self) -> None:
        tab = self._tab_in_front()
        if tab is not None:
            tab.search.setFocus()
            tab.search.selectAll()

    def new_borrowing_request(self) -> None:
        from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

        dialog = BorrowingRequestDialog(self.context, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        created = dialog.created
        dialog.deleteLater()  # a child of the window: not kept until the desk closes
        if accepted and created is not None:
            self.tabs.setCurrentWidget(self.borrowing)
            self.borrowing.refresh()
            self.borrowing.show_request(created)
            self.statusBar().showMessage(
                self.tr("Request {0} entered.").format(created.row.number), 8000
            )

    def new_lending_request(self) -> None:
        from illdesk.ui.dialogs.request_dialogs import LendingRequestDialog

        dialog = LendingRequestDialog(self.context, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        created = dialog.created
        dialog.deleteLater()  # a child of the window: not kept until the desk closes
        if accepted and created is not None:
            self.tabs.setCurrentWidget(self.lending)
            self.lending.refresh()
            self.lending.show_request(created)
            self.statusBar().showMessage(
                self.tr("Request {0} entered.").format(created.row.number), 8000
            )

    def new_patron(self) -> None:
        self.tabs.setCurrentWidget(self.patrons)
        self.patrons.new_patron()

    def open_borrowing_request(self, request_id: int) -> None:
        try:
            detail = self.context.requests.detail(request_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open request"), i18n.words(exc))
            return
        self.tabs.setCurrentWidget(self.borrowing)
        self.borrowing.show_request(detail)

    def update_title(self) -> None:
        """The window names the library it works for."""
        name = self.context.settings.get_str("library.name").strip()
        self.setWindowTitle(self.tr("{0} — illdesk").format(name) if name else "illdesk")
