"""The main window: Borrowing, Lending and Patrons tabs, menus, and a status bar naming
the database and the staff member at the desk."""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.vocabulary import Side
from illdesk.hardware.config import wedge_config
from illdesk.hardware.rfid.security import Movement
from illdesk.hardware.rfid.tag_operations import SecurityOutcome
from illdesk.services.scanning import ScanMode
from illdesk.ui.background import BackgroundTask
from illdesk.ui.backups.actions import BackupActions
from illdesk.ui.charges_dialog import ChargesDialog
from illdesk.ui.copies import CopiesContext, open_budget, open_copyright_report
from illdesk.ui.copies.purge_timer import PurgeTimer
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.devices.devices_dialog import DevicesDialog
from illdesk.ui.devices.wedge import KeyboardWedge
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog, LendingRequestDialog
from illdesk.ui.notices_view import NoticesDialog
from illdesk.ui.partners.partners_dialog import PartnersDialog
from illdesk.ui.patrons_tab import PatronsTab
from illdesk.ui.peer.outbox_view import OutboxDialog
from illdesk.ui.print_dispatch import PrintDispatcher
from illdesk.ui.printing.printers_page import PrintersPage
from illdesk.ui.request_tab import RequestTab
from illdesk.ui.services_context import DeskContext
from illdesk.ui.settings_dialog import SettingsDialog, load_desk_values

_ADD_STAFF = "__add__"
MOVEMENTS = {
    ScanMode.CHECK_OUT: Movement.LEAVES,
    ScanMode.SHIP: Movement.LEAVES,
    ScanMode.CHECK_IN: Movement.RETURNS,
    ScanMode.RETURN_RECEIVED: Movement.RETURNS,
}
NOTICE_INTERVAL_MS = 5 * 60 * 1000
OVERDUE_INTERVAL_MS = 60 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: DeskContext,
        desk_settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.desk_settings = desk_settings or QSettings("illdesk", "illdesk")
        context.current_staff = self.current_staff
        load_desk_values(context.library_settings, self.desk_settings)
        self.setWindowTitle(self.tr("illdesk — interlibrary loan desk"))

        self.printer = PrintDispatcher(context, self, self.desk_settings)
        self.borrowing = RequestTab(context, Side.BORROWING, self, self.printer)
        self.lending = RequestTab(context, Side.LENDING, self, self.printer)
        for tab in (self.borrowing, self.lending):
            tab.detail.on_effects = self.printer.carry_out
            tab.detail.reprint_shipment = self.printer.reprint_shipment
            tab.station.performed.connect(
                lambda _p, station=tab.station: self.secure_after_scan(station.mode())
            )
        self.patrons = PatronsTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.borrowing, self.tr("&Borrowing"))
        self.tabs.addTab(self.lending, self.tr("&Lending"))
        self.tabs.addTab(self.patrons, self.tr("&Patrons"))
        self.setCentralWidget(self.tabs)
        self.borrowing.new_request_wanted.connect(self.new_borrowing_request)
        self.lending.new_request_wanted.connect(self.new_lending_request)
        self.patrons.open_request.connect(self.open_borrowing_request)
        self.tabs.currentChanged.connect(self._tab_changed)

        self._build_menus()
        self._build_status_bar()
        self.resize(1500, 900)
        self._loaded: set[int] = set()
        self._tab_changed(0)
        self._send_task: BackgroundTask | None = None
        self.bridge: DeviceBridge | None = None
        self.wedge: KeyboardWedge | None = None
        self.demo = False
        self.notice_timer = QTimer(self)
        self.notice_timer.setInterval(NOTICE_INTERVAL_MS)
        self.notice_timer.timeout.connect(self.send_notices_in_background)
        self.overdue_timer = QTimer(self)
        self.overdue_timer.setInterval(OVERDUE_INTERVAL_MS)
        self.overdue_timer.timeout.connect(self.check_overdues)
        self.update_notice_count()

    def start_devices(self, demo: bool = False) -> None:
        """Open the configured scanner and RFID pad and catch keyboard-wedge bursts."""
        self.demo = demo
        self.bridge = DeviceBridge(parent=self)
        self.bridge.scanned.connect(self.route_scan)
        self.bridge.status_changed.connect(self.device_label.setText)
        try:
            self.bridge.apply_settings(self.context.settings)
        except DeskError as exc:
            self.device_label.setText(exc.message)
        self.wedge = KeyboardWedge(
            route=self.route_scan, config=wedge_config(self.context.settings)
        )
        self.wedge.install()

    def secure_after_scan(self, mode: ScanMode) -> None:
        """RFID security: unsecure tags leaving (check-out, ship), secure those coming back."""
        movement = MOVEMENTS.get(mode)
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
        """A scan from a device or a wedge burst: to the scan box of the tab in front."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, RequestTab):
            tab.station.box.accept_scan(text)
        elif isinstance(tab, PatronsTab):
            tab.search.setText(text)
            tab.refresh()

    def show_devices(self) -> None:
        if self.bridge is None:
            self.start_devices()
        assert self.bridge is not None
        dialog = DevicesDialog(self.context.settings, self.bridge, demo=self.demo, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for key, value in dialog.changed_values().items():
                self.context.library_settings.change(key, value)
                self.desk_settings.setValue(f"settings/{key}", value)
            if self.wedge is not None:
                self.wedge.set_config(wedge_config(self.context.settings))

    def start_background_work(self) -> None:
        """The desk's routine: overdue check now and hourly, notices every few minutes,
        delivered PDFs purged when their time is up."""
        self.purge_timer = PurgeTimer(self.context.documents, parent=self)
        self.purge_timer.start()
        self.check_overdues()
        self.send_notices_in_background()
        self.notice_timer.start()
        self.overdue_timer.start()
        self.backup_actions.start_schedule()

    # -- building --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("New &borrowing request…"), "Ctrl+B", self.new_borrowing_request),
            (self.tr("New &lending request…"), "Ctrl+L", self.new_lending_request),
            (self.tr("New &patron…"), "Ctrl+P", self.new_patron),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        # issue 18: backups (File → Back up now / Restore…; the schedule starts with the
        # background work)
        file_menu.addSeparator()
        self.backup_actions = BackupActions(self, self.context.backups, self.refresh_current)
        file_menu.addActions(self.backup_actions.actions())
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        notices = QAction(self.tr("&Notices…"), self)
        notices.setShortcut(QKeySequence("Ctrl+N"))
        notices.triggered.connect(self.show_notices)
        desk_menu.addAction(notices)
        overdue = QAction(self.tr("Check &overdue loans now"), self)
        overdue.triggered.connect(self.check_overdues)
        desk_menu.addAction(overdue)
        devices = QAction(self.tr("Scanners and &RFID pads…"), self)
        devices.triggered.connect(self.show_devices)
        desk_menu.addAction(devices)
        for text, slot in (
            (self.tr("&Copyright report…"), self.show_copyright_report),
            (self.tr("Purchase &budget…"), self.show_budget),
            (self.tr("Lending c&harges and vouchers…"), self.show_charges),
            (self.tr("Partner &libraries and lending policy…"), self.show_partners),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            desk_menu.addAction(action)
        printers = QAction(self.tr("&Printers and test prints…"), self)
        printers.triggered.connect(self.show_printers)
        desk_menu.addAction(printers)
        outbox = QAction(self.tr("ISO 18626 &outbox…"), self)
        outbox.triggered.connect(self.show_outbox)
        desk_menu.addAction(outbox)
        desk_menu.addSeparator()
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self.show_settings)
        desk_menu.addAction(settings)
        self.desk_menu = desk_menu
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        view_menu.addAction(refresh)
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        view_menu.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About illdesk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

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
            name, ok = QInputDialog.getText(
                self, self.tr("Add staff member"), self.tr("Name of the staff member:")
            )
            chosen = self.desk_settings.value("desk/staff", "")
            if ok and name.strip():
                try:
                    chosen = self.context.directory.add_staff(name).name
                except DeskError as exc:
                    QMessageBox.warning(self, self.tr("Add staff member"), exc.message)
            self._fill_staff(str(chosen))
        self.desk_settings.setValue("desk/staff", self.current_staff())

    # -- behaviour -------------------------------------------------------------------------
    def current_staff(self) -> str:
        data = self.staff_picker.currentData()
        return "" if data in (None, _ADD_STAFF) else str(data)

    def _tab_changed(self, index: int) -> None:
        if index not in self._loaded:
            self._loaded.add(index)
            self.refresh_current()

    def refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, RequestTab | PatronsTab):
            tab.refresh()

    def update_notice_count(self) -> None:
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
        dialog = NoticesDialog(self.context, self)
        dialog.exec()
        self.update_notice_count()

    def show_copyright_report(self) -> None:
        open_copyright_report(CopiesContext.from_desk(self.context), self)

    def show_budget(self) -> None:
        open_budget(CopiesContext.from_desk(self.context), self)

    def show_partners(self) -> None:
        PartnersDialog(self.context, self).exec()
        self.refresh_current()

    def show_charges(self) -> None:
        ChargesDialog(self.context, self).exec()

    def show_printers(self) -> None:
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
        dialog = OutboxDialog(self.context.outbox, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.context.library_settings, self.desk_settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # the sender reads them when sending
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    def check_overdues(self) -> None:
        try:
            marked = self.context.requests.mark_overdues(self.current_staff() or "overdue check")
        except DeskError as exc:
            self.statusBar().showMessage(exc.message, 10000)
            return
        if marked:
            self.statusBar().showMessage(
                self.tr("{0} loans became overdue or reached the next reminder.").format(
                    len(marked)
                ),
                10000,
            )
            self.refresh_current()
        self.update_notice_count()

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
        words = exc.message if isinstance(exc, DeskError) else str(exc)
        self.statusBar().showMessage(
            self.tr(
                "Notices could not be sent now; they are tried again in a few minutes. {0}"
            ).format(words),
            30000,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.wedge is not None:
            self.wedge.uninstall()
        if self.bridge is not None:
            self.bridge.shutdown()
        self.notice_timer.stop()
        self.overdue_timer.stop()
        if self._send_task is not None and self._send_task.is_running():
            self._send_task.cancel()
            self._send_task.wait(5000)
        super().closeEvent(event)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, RequestTab | PatronsTab):
            tab.search.setFocus()
            tab.search.selectAll()

    def new_borrowing_request(self) -> None:
        dialog = BorrowingRequestDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.tabs.setCurrentWidget(self.borrowing)
            self.borrowing.refresh()
            self.borrowing.show_request(dialog.created)
            self.statusBar().showMessage(
                self.tr("Request {0} entered.").format(dialog.created.row.number), 8000
            )

    def new_lending_request(self) -> None:
        dialog = LendingRequestDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.tabs.setCurrentWidget(self.lending)
            self.lending.refresh()
            self.lending.show_request(dialog.created)
            self.statusBar().showMessage(
                self.tr("Request {0} entered.").format(dialog.created.row.number), 8000
            )

    def new_patron(self) -> None:
        self.tabs.setCurrentWidget(self.patrons)
        self.patrons.new_patron()

    def open_borrowing_request(self, request_id: int) -> None:
        try:
            detail = self.context.requests.detail(request_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open request"), exc.message)
            return
        self.tabs.setCurrentWidget(self.borrowing)
        self.borrowing.show_request(detail)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About illdesk"),
            self.tr(
                "illdesk — the interlibrary-loan desk for small libraries.\n\nDatabase: {0}"
            ).format(self.context.database_description),
        )
