"""The services the copy, copyright and purchase widgets need."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from illdesk.services.copyright import CopyrightService
from illdesk.services.documents import DocumentService
from illdesk.services.open_access import OpenAccessService
from illdesk.services.ports import NoticeSender
from illdesk.services.purchasing import PurchaseService
from illdesk.services.requests import RequestService


@dataclass
class CopiesContext:
    requests: RequestService
    documents: DocumentService
    copyright: CopyrightService
    purchasing: PurchaseService
    open_access: OpenAccessService
    notice_sender: NoticeSender
    current_staff: Callable[[], str] = field(default=lambda: "")

    @classmethod
    def from_desk(cls, desk: object) -> CopiesContext:
        """Take the services from any object that has them as attributes (the DeskContext)."""
        return cls(
            requests=desk.requests,  # type: ignore[attr-defined]
            documents=desk.documents,  # type: ignore[attr-defined]
            copyright=desk.copyright,  # type: ignore[attr-defined]
            purchasing=desk.purchasing,  # type: ignore[attr-defined]
            open_access=desk.open_access,  # type: ignore[attr-defined]
            notice_sender=desk.notice_sender,  # type: ignore[attr-defined]
            current_staff=desk.current_staff,  # type: ignore[attr-defined]
        )
