"""The desk's wiring: the database's services, and what runs beside the window.

Imported off the GUI thread once the window's frame is painted (``illdesk.app`` opens the
library on a worker), so nothing here is needed for the first paint.  The services are
made for one database by :func:`build_context`; :func:`open_library` opens the database,
makes them, and answers what the start asks next (is the database empty, does it know
its library yet).  What runs beside the window (``DeskBackground``) is started by
``illdesk.app``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from illdesk.hardware.config import barcode_rules
from illdesk.interop.smtp_sender import SettingsSmtpSender
from illdesk.paths import backup_dir
from illdesk.persistence.database import Database, open_database, run_at_once
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
from illdesk.services.ils_sync import IlsSyncService
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
    from illdesk.domain.report_table import Report
    from illdesk.domain.settings import Settings
    from illdesk.ui.services_context import DeskContext

log = logging.getLogger(__name__)


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


def is_empty(db: Database) -> bool:
    from sqlalchemy import select

    from illdesk.persistence import orm

    with db.reading() as session:  # one row looked at, not a count of a million
        return session.scalar(select(orm.Request.id).limit(1)) is None


@dataclass
class OpenLibrary:
    """A database opened for the desk, its services, and what the start asks next."""

    db: Database
    context: DeskContext
    empty: bool
    """No request at all: a new library (the assistant offers the demo data)."""
    set_up: bool
    """The database knows its library (else the first-run assistant comes first)."""


def open_library(url: str) -> OpenLibrary:
    """The database at ``url`` opened (migrated, checked after an unclean close) with the
    desk's services made for it.  Runs off the GUI thread; raises what
    :func:`open_database` raises (``DatabaseDamaged``, ``DeskError``)."""
    from illdesk.services.library_setup import LibrarySetupService

    db = open_database(url, backups=backup_dir())
    try:
        context = build_context(db)
        empty = is_empty(db)
        set_up = LibrarySetupService(db, context.settings).is_set_up()
    except BaseException:
        db.dispose()
        raise
    return OpenLibrary(db, context, empty, set_up)
