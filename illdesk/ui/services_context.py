"""What the windows are given: the services and who is at the desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from illdesk.domain.settings import Settings
from illdesk.services.catalogue import CatalogueService
from illdesk.services.directory import DirectoryService
from illdesk.services.notices import NoticeService
from illdesk.services.patrons import PatronService
from illdesk.services.ports import NoticeSender
from illdesk.services.requests import RequestService
from illdesk.services.rota import RotaService
from illdesk.services.scanning import ScanService


@dataclass
class DeskContext:
    requests: RequestService
    patrons: PatronService
    directory: DirectoryService
    scans: ScanService
    notices: NoticeService
    catalogue: CatalogueService
    rota: RotaService
    notice_sender: NoticeSender
    settings: Settings
    database_description: str
    current_staff: Callable[[], str] = lambda: ""
