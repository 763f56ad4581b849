"""Composition root: settings, database, services and the window."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from illdesk.domain.errors import DeskError
from illdesk.hardware.config import barcode_rules
from illdesk.interop.smtp_sender import SettingsSmtpSender
from illdesk.paths import backup_dir, default_database_url
from illdesk.persistence.database import (
    Database,
    DatabaseDamaged,
    describe_url,
    open_database,
    run_at_once,
)
from illdesk.persistence.secret_store import DeskSecrets
from illdesk.persistence.settings_store import load_settings
from illdesk.printing.renderer import PdfRenderer
from illdesk.services.audit import AuditService
from illdesk.services.backups import BackupService
from illdesk.services.catalogue import CatalogueService
from illdesk.services.charges import ChargeService
from illdesk.services.copyright import CopyrightFacts, CopyrightService
from illdesk.services.directory import DirectoryService
from illdesk.services.documents import DocumentFacts, DocumentService
from illdesk.services.exports import ExportService
from illdesk.services.find_lenders import FindLendersService
from illdesk.services.ils_sync import IlsSyncService, IlsWorker
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.services.message_import import MessageImportService
from illdesk.services.notices import NoticeService
from illdesk.services.open_access import OpenAccessService
from illdesk.services.outbox_view import OutboxViewService
from illdesk.services.paper import PaperService
from illdesk.services.patrons import PatronService
from illdesk.services.peer_incoming import IncomingHandler
from illdesk.services.peer_messaging import PeerAwareRequestService
from illdesk.services.printouts import PrintoutService
from illdesk.services.privacy import PrivacyService
from illdesk.services.purchasing import PurchaseService
from illdesk.services.reports import ReportService
from illdesk.services.requests import local_now
from illdesk.services.rota import RotaService
from illdesk.services.rota_templates import RotaTemplateService
from illdesk.services.routing import RoutingService
from illdesk.services.scanning import ScanService
from illdesk.services.shipping import ShippingService, library_letterhead
from illdesk.services.staff_access import StaffAccess
from illdesk.services.timers import TimerService
from illdesk.settings_registry import all_setting_defs

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from illdesk.domain.report_table import Report
    from illdesk.domain.settings import Settings
    from illdesk.peer_runtime import PeerRuntime
    from illdesk.ui.background import BackgroundTask
    from illdesk.ui.services_context import DeskContext
    from illdesk.ui.setup_wizard import FirstRun

log = logging.getLogger(__name__)

DEMO_REQUESTS = 600
DEMO_ARRIVALS = 8


class ReportPdfWhenAsked:
    """The report renderer, imported with the first report drawn: reportlab is not needed
    to start the desk."""

    def report(self, report: Report, settings: Settings) -> bytes:
        from illdesk.printing.documents.report_pdf import ReportPdf

        return ReportPdf().report(report, settings)


def build_context(db: Database, wake: Callable[[], None] | None = None) -> DeskContext:
    from illdesk.ui.services_context import DeskContext

    settings = load_settings(db, all_setting_defs())
    requests = PeerAwareRequestService(
        db, settings, fact_sources=[DocumentFacts(), CopyrightFacts(settings)]
    )
    catalogue = CatalogueService(db, settings)
    directory = DirectoryService(db)
    printouts = PrintoutService(db, settings, catalogue)
    access = StaffAccess(db, settings, local_now)  # who is signed in, their role
    charges = ChargeService(db, settings, access=access)
    copyright_service = CopyrightService(db, settings, requests, local_now, access)
    rota = RotaService(db)
    ils = IlsSyncService(db, settings)
    requests.after_commit.append(ils.after_action)  # NCIP after each action commits
    return DeskContext(
        requests=requests,
        patrons=PatronService(db),
        directory=directory,
        scans=ScanService(db, requests, barcode_rules(settings), catalogue, settings),
        notices=NoticeService(db, settings, local_now),
        catalogue=catalogue,
        rota=rota,
        notice_sender=SettingsSmtpSender(settings),
        library_settings=LibrarySettingsService(db, settings, access, DeskSecrets.default()),
        outbox=OutboxViewService(db, wake=wake),
        printouts=printouts,
        paper=PaperService(settings, printouts, charges, PdfRenderer(library_letterhead)),
        shipping=ShippingService(db, settings, requests),
        documents=DocumentService(db, settings, requests, local_now),
        copyright=copyright_service,
        purchasing=PurchaseService(db, settings, requests, local_now),
        open_access=OpenAccessService(settings, requests),
        charges=charges,
        message_import=MessageImportService(
            IncomingHandler(db, settings, requests=requests, peer=requests.peer),
            settings,
            directory,
        ),
        policy=LendingPolicyService(db, settings, local_now, access),
        settings=settings,
        database_description=db.description,
        find_lenders=FindLendersService(db, settings, requests, rota),
        ils=ils,
        exports=ExportService(db, settings),
        backups=BackupService(db, backup_dir()),
        reports=ReportService(db, settings, copyright_service, ReportPdfWhenAsked()),
        routing=RoutingService(db, local_now),
        timers=TimerService(db, settings, requests, local_now, peer=requests.peer),
        rota_templates=RotaTemplateService(db, settings, rota, local_now),
        access=access,
        audit=AuditService(db, access),
        privacy=PrivacyService(db, settings, local_now, access, PdfRenderer(library_letterhead)),
        route_after_commit=lambda runner: setattr(db, "after_commit", runner or run_at_once),
    )


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


def _is_empty(db: Database) -> bool:
    from sqlalchemy import select

    from illdesk.persistence import orm

    with db.reading() as session:  # one row looked at, not a count of a million
        return session.scalar(select(orm.Request.id).limit(1)) is None


def first_run(db: Database, context: DeskContext, desk: QSettings, offer_demo: bool) -> FirstRun:
    """The first-run assistant when this database does not know its library yet."""
    from illdesk.services.library_setup import LibrarySetupService
    from illdesk.ui.setup_wizard import FirstRun, run_first_run

    service = LibrarySetupService(db, context.settings)
    if service.is_set_up():
        return FirstRun.SET_UP
    return run_first_run(service, context.settings, desk, offer_demo)


def main(args: argparse.Namespace | None = None) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

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
    try:
        try:
            db = open_database(url, backups=backup_dir())
        except DatabaseDamaged as damaged:
            log.error("damaged database %s: %s", describe_url(url), damaged)
            from illdesk.ui.backups.damaged import offer_restore

            if not offer_restore(url, backup_dir(), damaged.message):
                return 1
            db = open_database(url, backups=backup_dir())
    except DeskError as exc:
        log.error("cannot open database %s: %s", describe_url(url), exc)
        QMessageBox.critical(None, "illdesk", exc.message)
        return 1
    context = build_context(db)
    empty = _is_empty(db)
    fill = bool(args.demo) and empty
    if args.demo and not empty:
        from illdesk.demo.data import store_demo_library

        store_demo_library(db)  # an older demo database, made before it stored its library
        context = build_context(db)
    elif not fill and not getattr(args, "quit_after_start", False):
        # (an installation check that starts the desk has nobody to answer the assistant)
        from illdesk.ui.setup_wizard import FirstRun  # its pages bring reportlab: only here

        choice = first_run(db, context, desk, offer_demo=empty)
        if choice is FirstRun.CLOSED:
            log.info("first-run setup closed; nothing stored")
            db.dispose()
            return 0
        fill = choice is FirstRun.DEMO
    if fill:
        from illdesk.demo.data import add_todays_arrivals, generate

        try:
            generate(db, DEMO_REQUESTS)
            context = build_context(db)  # the demo library the demo data stored
            add_todays_arrivals(db, context.settings, DEMO_ARRIVALS)
        except DeskError as exc:
            log.error("demo data not added: %s", exc)
            QMessageBox.warning(None, "illdesk", exc.message)
    window = MainWindow(context, desk, paint_first=True)
    probe = StartProbe(window) if getattr(args, "quit_after_start", False) else None
    background = DeskBackground(db, context)

    def after_paint() -> None:
        # nothing of this runs before staff see the window: the ISO 18626 runtime and the
        # ILS worker start on a worker thread, the overdue check runs on one
        background.start(window)
        window.start_devices(demo=bool(args.demo))
        window.start_background_work()

    AfterFirstPaint(window, after_paint)
    window.show()
    if probe is None:  # with staff sign-in on: who is at this desk, once the window shows
        QTimer.singleShot(0, window.ask_sign_in)
    log.info("desk started on %s (log %s)", db.description, log_file)
    try:
        code = app.exec()
    finally:
        background.stop()
        db.dispose()
    if probe is not None and not probe.reached:
        return NOT_STARTED
    return int(code)
