"""Ports: what services need from the outside world, implemented by the adapters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from illdesk.domain.customs import CustomsForm
from illdesk.domain.mail import Attachment
from illdesk.domain.printed import BookBand, CustomsDeclaration, Invoice, PullSlip, ShippingLabel
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from illdesk.persistence import orm


class NoticeSender(Protocol):
    """Sends one e-mail; the adapter (``interop.smtp_sender``) satisfies it by shape."""

    def send(
        self, to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()
    ) -> None:
        """Deliver one message or raise :class:`DeliveryFailed`."""
        ...


class PeerMessenger(Protocol):
    """Tells the partner library about an action (ISO 18626), inside the action's transaction.

    Called for every transition whose effects include ``TELL_PEER``; an implementation
    queues the message in the outbox (same transaction) and never does network I/O here.
    """

    def tell(
        self, session: Session, request: orm.Request, action: Action, note: str, now: dt.datetime
    ) -> None: ...


class FactSource(Protocol):
    """Adds guard facts the request record alone does not hold (a stored PDF, the rule of
    five) as ``RequestFacts`` field values, e.g. ``{"has_document": True}``."""

    def facts_for(self, request: orm.Request) -> dict[str, bool | int]: ...


class PaperRenderer(Protocol):
    """Draws the desk's printouts as PDF bytes; ``printing.renderer.PdfRenderer`` is the
    adapter, handed to :class:`~illdesk.services.paper.PaperService` by ``app.py``."""

    def book_band(self, band: BookBand, settings: Settings) -> bytes: ...

    def pull_slips(
        self, slips: Sequence[PullSlip], settings: Settings, progress: Progress = NO_PROGRESS
    ) -> bytes: ...

    def shipping_label(self, label: ShippingLabel, layout: str, position: int = 1) -> bytes: ...

    def customs(
        self, declaration: CustomsDeclaration, form: CustomsForm, settings: Settings
    ) -> bytes: ...

    def invoice(self, invoice: Invoice, settings: Settings) -> bytes: ...
