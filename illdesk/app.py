"""Composition root: settings, database, services and the window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from illdesk.domain.errors import DeskError
from illdesk.hardware.config import barcode_rules
from illdesk.interop.smtp_sender import SettingsSmtpSender
from illdesk.paths import backup_dir, default_database_url
from illdesk.persistence.database import Database, DatabaseDamaged, open_database
from illdesk.persistence.settings_store import load_settings
from illdesk.services.backups import BackupService
from illdesk.services.catalogue import CatalogueService
from illdesk.services.charges import ChargeService
from illdesk.services.copyright import CopyrightFacts, CopyrightService
from illdesk.services.demo_data import add_todays_arrivals, generate
from illdesk.services.directory import DirectoryService
from illdesk.services.documents import DocumentFacts, DocumentService
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.services.message_import import MessageImportService
from illdesk.services.notices import NoticeService
from illdesk.services.open_access import OpenAccessService
from illdesk.services.outbox_view import OutboxViewService
from illdesk.services.patrons import PatronService
from illdesk.services.peer_incoming import IncomingHandler
from illdesk.services.peer_messaging import PeerAwareRequestService
from illdesk.services.printouts import PrintoutService
from illdesk.services.purchasing import PurchaseService
from illdesk.services.requests import local_now
from illdesk.services.rota import RotaService
from illdesk.services.scanning import ScanService
from illdesk.services.shipping import ShippingService
from illdesk.settings_registry import all_setting_defs

if TYPE_CHECKING:
    from illdesk.ui.services_context import DeskContext

log = logging.getLogger(__name__)

DEMO_REQUESTS = 600
DEMO_ARRIVALS = 8


def build_context(db: Database, wake: Callable[[], None] | None = None) -> DeskContext:
    from illdesk.ui.services_context import DeskContext

    settings = load_settings(db, all_setting_defs())
    requests = PeerAwareRequestService(
        db, settings, fact_sources=[DocumentFacts(), CopyrightFacts(settings)]
    )
    catalogue = CatalogueService(db, settings)
    return DeskContext(
        requests=requests,
        patrons=PatronService(db),
        directory=DirectoryService(db),
        scans=ScanService(db, requests, barcode_rules(settings), catalogue, settings),
        notices=NoticeService(db, settings, local_now),
        catalogue=catalogue,
        rota=RotaService(db),
        notice_sender=SettingsSmtpSender(settings),
        library_settings=LibrarySettingsService(db, settings),
        outbox=OutboxViewService(db, wake=wake),
        printouts=PrintoutService(db, settings, catalogue),
        shipping=ShippingService(db, settings, requests),
        documents=DocumentService(db, settings, requests, local_now),
        copyright=CopyrightService(db, settings, requests, local_now),
        purchasing=PurchaseService(db, settings, requests, local_now),
        open_access=OpenAccessService(settings, requests),
        charges=ChargeService(db, settings),
        message_import=MessageImportService(
            IncomingHandler(db, settings, requests=requests, peer=requests.peer),
            settings,
            DirectoryService(db),
        ),
        policy=LendingPolicyService(db, settings, local_now),
        settings=settings,
        database_description=db.description,
        backups=BackupService(db, backup_dir()),
    )


def _is_empty(db: Database) -> bool:
    from sqlalchemy import func, select

    from illdesk.persistence import orm

    with db.reading() as session:
        return not session.scalar(select(func.count()).select_from(orm.Request))


def main(args: argparse.Namespace | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from illdesk.logging_setup import setup_logging
    from illdesk.ui import excepthook
    from illdesk.ui.devices.refcount_guard import immortalize_singletons
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.peer.runtime import start_peer_messaging

    if args is None:
        from illdesk.cli import build_parser

        args = build_parser()[0].parse_args([])
    immortalize_singletons()
    log_file = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("illdesk")
    app.setOrganizationName("illdesk")
    excepthook.install()
    desk = QSettings("illdesk", "illdesk")
    url = args.database_url or str(desk.value("database/url", "")) or default_database_url()
    try:
        try:
            db = open_database(url, backups=backup_dir())
        except DatabaseDamaged as damaged:
            log.error("damaged database %s: %s", url, damaged)
            from illdesk.ui.backups.damaged import offer_restore

            if not offer_restore(url, backup_dir(), damaged.message):
                return 1
            db = open_database(url, backups=backup_dir())
    except DeskError as exc:
        log.error("cannot open database %s: %s", url, exc)
        QMessageBox.critical(None, "illdesk", exc.message)
        return 1
    fill = False
    if _is_empty(db):
        fill = bool(args.demo)
        if not fill:
            answer = QMessageBox.question(
                None,
                "illdesk",
                app.translate(
                    "App",
                    "This database is empty. Fill it with demo patrons, "
                    "partner libraries and requests to try illdesk out?",
                ),
            )
            fill = answer == QMessageBox.StandardButton.Yes
    context = build_context(db)
    if fill:
        try:
            generate(db, DEMO_REQUESTS)
            add_todays_arrivals(db, context.settings, DEMO_ARRIVALS)
        except DeskError as exc:
            log.error("demo data not added: %s", exc)
            QMessageBox.warning(None, "illdesk", exc.message)
    runtime = start_peer_messaging(db, context.settings, context.requests)
    context.outbox.wake = runtime.wake
    window = MainWindow(context, desk)
    window.show()
    for problem in runtime.problems:
        window.statusBar().showMessage(problem, 30000)
        log.warning("ISO 18626: %s", problem)
    window.start_devices(demo=bool(args.demo))
    window.start_background_work()
    log.info("desk started on %s (log %s)", db.description, log_file)
    try:
        code = app.exec()
    finally:
        runtime.stop()
        db.dispose()
    return int(code)
