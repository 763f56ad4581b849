"""Helpers for the copies, copyright and purchasing tests: settings, services, real PDFs."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from illdesk.domain.citation import Citation
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.persistence.database import Database
from illdesk.services.copies_settings import SETTINGS as COPIES_SETTINGS
from illdesk.services.copyright import CopyrightFacts, CopyrightService
from illdesk.services.documents import DocumentFacts, DocumentService
from illdesk.services.open_access import OpenAccessService
from illdesk.services.purchasing import PurchaseService
from illdesk.services.requests import RequestService
from illdesk.settings_registry import all_setting_defs


def copies_settings(**values: object) -> Settings:
    """Every declared setting plus this area's (until the registry lists them)."""
    defs = {d.key: d for d in (*all_setting_defs(), *COPIES_SETTINGS)}
    return Settings(defs.values(), {k.replace("__", "."): v for k, v in values.items()})


@dataclass
class Copies:
    requests: RequestService
    documents: DocumentService
    copyright: CopyrightService
    purchasing: PurchaseService
    open_access: OpenAccessService
    settings: Settings


def build_copies(db: Database, settings: Settings, clock, root: Path | None = None) -> Copies:
    requests = RequestService(
        db, settings, clock, fact_sources=[DocumentFacts(), CopyrightFacts(settings)]
    )
    return Copies(
        requests,
        DocumentService(db, settings, requests, clock, root),
        CopyrightService(db, settings, requests, clock),
        PurchaseService(db, settings, requests, clock),
        OpenAccessService(settings, requests),
        settings,
    )


def make_pdf(path: Path, pages: int = 2, text: str = "Article text") -> Path:
    """A real PDF drawn with reportlab."""
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setTitle(text)
    for number in range(1, pages + 1):
        sheet.drawString(72, 760, f"{text} — page {number}")
        for line in range(40):
            sheet.drawString(72, 740 - line * 16, f"Line {line} of page {number}. " * 3)
        sheet.showPage()
    sheet.save()
    return path


def article(
    journal: str = "Journal of Documentation",
    issn: str = "0022-0418",
    year: str = "2024",
    title: str = "Interlending in small libraries",
) -> Citation:
    return Citation(
        article_title=title,
        journal=journal,
        issn=issn,
        year=year,
        volume="80",
        issue="2",
        pages="301-320",
        author="Okafor, Ada",
        doi="10.1108/JD-01-2024-0001",
    )


def new_copy(
    copies: Copies, patron_id: int, citation: Citation | None = None, verify: bool = True
) -> int:
    detail = copies.requests.create_borrowing(
        patron_id=patron_id,
        citation=citation or article(),
        service_type=ServiceType.COPY,
        staff="Dana",
        allow_duplicate=True,
    )
    if verify:
        copies.requests.perform(detail.row.id, Action.VERIFY_CITATION, staff="Dana")
    return detail.row.id


def requested_copy(
    copies: Copies, patron_id: int, partner_id: int, citation: Citation | None = None
) -> int:
    rid = new_copy(copies, patron_id, citation)
    copies.requests.perform(rid, Action.START_SOURCING, staff="Dana")
    copies.requests.set_rota(rid, [partner_id], staff="Dana")
    copies.requests.perform(rid, Action.SEND_TO_LENDER, staff="Dana")
    return rid


def at(clock, when: dt.datetime) -> None:
    clock.now = when


class Mailbox:
    """An aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


@contextlib.contextmanager
def running_smtp() -> Iterator[tuple[Mailbox, SmtpSender]]:
    """A real SMTP server on 127.0.0.1 and a sender pointed at it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, SmtpSender("127.0.0.1", port, sender="ill@millbrook.example.org")
    finally:
        controller.stop()


def lending_copy(copies: Copies, partner_id: int, external_id: str = "HVC-2026-0042") -> int:
    """A new lending article request from ``partner_id`` (their request ``external_id``)."""
    return copies.requests.create_lending(
        partner_id=partner_id,
        citation=article(),
        service_type=ServiceType.COPY,
        staff="Dana",
        external_id=external_id,
    ).row.id


def pdf_parts(message: Message) -> list[bytes]:
    """The PDF attachments of an e-mail, decoded."""
    return [
        part.get_payload(decode=True)
        for part in message.walk()
        if part.get_content_type() == "application/pdf"
    ]
