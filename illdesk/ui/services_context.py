"""What the windows are given: the services and who is at the desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from illdesk.domain.settings import Settings
from illdesk.services.audit import AuditService
from illdesk.services.backups import BackupService
from illdesk.services.catalogue import CatalogueService
from illdesk.services.charges import ChargeService
from illdesk.services.copyright import CopyrightService
from illdesk.services.directory import DirectoryService
from illdesk.services.documents import DocumentService
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
from illdesk.services.peer_messaging import PeerAwareRequestService
from illdesk.services.ports import NoticeSender
from illdesk.services.printouts import PrintoutService
from illdesk.services.privacy import PrivacyService
from illdesk.services.purchasing import PurchaseService
from illdesk.services.reports import ReportService
from illdesk.services.rota import RotaService
from illdesk.services.rota_templates import RotaTemplateService
from illdesk.services.routing import RoutingService
from illdesk.services.scanning import ScanService
from illdesk.services.shipping import ShippingService
from illdesk.services.staff_access import StaffAccess
from illdesk.services.timers import TimerService


@dataclass
class DeskContext:
    """Every service the window uses, built once by ``composition.build_context``."""

    requests: PeerAwareRequestService
    patrons: PatronService
    directory: DirectoryService
    scans: ScanService
    notices: NoticeService
    catalogue: CatalogueService
    rota: RotaService
    notice_sender: NoticeSender
    library_settings: LibrarySettingsService
    outbox: OutboxViewService
    printouts: PrintoutService
    paper: PaperService
    shipping: ShippingService
    documents: DocumentService
    copyright: CopyrightService
    purchasing: PurchaseService
    open_access: OpenAccessService
    charges: ChargeService
    message_import: MessageImportService
    policy: LendingPolicyService
    settings: Settings
    database_description: str
    current_staff: Callable[[], str] = lambda: ""
    find_lenders: FindLendersService | None = None
    ils: IlsSyncService | None = None
    exports: ExportService | None = None
    backups: BackupService | None = None
    reports: ReportService | None = None  # Reports window and start dashboard
    routing: RoutingService | None = None  # routing rules and queues
    timers: TimerService | None = None  # timers, run beside the overdue check
    rota_templates: RotaTemplateService | None = None  # templates, balance
    # sign-in and roles, the audit view, retention and a patron's data
    access: StaffAccess | None = None
    audit: AuditService | None = None
    privacy: PrivacyService | None = None
    # where work after a commit runs: the window hands in its worker's ``submit`` (None: at once)
    route_after_commit: Callable[[Callable[[Callable[[], None]], None] | None], None] | None = None
