"""Ports: what services need from the outside world, implemented by the adapters."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from illdesk.domain.citation import Citation
from illdesk.domain.customs import CustomsForm
from illdesk.domain.mail import Attachment
from illdesk.domain.printed import BookBand, CustomsDeclaration, Invoice, PullSlip, ShippingLabel
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State

if TYPE_CHECKING:
    from illdesk.domain.copyright_rules import CountedRequest


class NoticeSender(Protocol):
    """Sends one e-mail; the adapter (``interop.smtp_sender``) satisfies it by shape."""

    def send(
        self, to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()
    ) -> None:
        """Deliver one message or raise :class:`DeliveryFailed`."""
        ...


@dataclass(frozen=True)
class PeerPartner:
    """A partner library as a message to it needs it."""

    id: int
    name: str
    symbol: str
    endpoint: str
    """Its ISO 18626 address ("" for partners we reach by e-mail or by hand)."""
    currency: str
    """What we charge it in."""


@dataclass(frozen=True)
class PeerRotaEntry:
    partner: PeerPartner
    status: str
    record_id: str = ""
    """The lender's own record id (Find lenders), for supplierUniqueRecordId."""


@dataclass(frozen=True)
class PeerRequest:
    """A request as far as a partner may be told about it, copied out of the database."""

    id: int
    number: str
    side: Side
    service_type: ServiceType
    state: State
    state_before: str
    """The state before the last change (the last history row's from-state), "" if none."""
    external_id: str
    """The borrowing library's request id (lending requests)."""
    citation: Citation
    partner: PeerPartner | None
    rota: tuple[PeerRotaEntry, ...] = ()
    due_date: dt.date | None = None
    needed_by: dt.date | None = None
    item_barcode: str = ""
    max_cost: Decimal | None = None
    offer_cost: Decimal | None = None
    offer_currency: str = ""
    conditions: str = ""
    note_to_lender: str = ""
    supplier_record_id: str = ""
    copyright_compliance: str = ""
    policy_charge: Decimal | None = None
    """What our lending policy charges this borrower for it (lending requests)."""
    patron: PeerPatron | None = None


@dataclass(frozen=True)
class PeerPatron:
    """Who our patron is, for the lender only when the library tells partners that
    (``privacy.tell_partners_patron``)."""

    barcode: str
    name: str
    """Surname first: "Andersen, Chloé"."""
    category: str


@dataclass(frozen=True)
class PeerNews:
    """An action taken on a request, which the partner may have to hear of."""

    request: PeerRequest
    action: Action
    note: str
    at: dt.datetime


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to queue in the outbox, built and checked, not yet stored."""

    partner_id: int
    partner_agency: str
    endpoint: str
    body: bytes
    kind: str
    request_id: int | None
    request_ref: str
    at: dt.datetime
    """When it was made (timezone-aware UTC)."""


class PeerMessenger(Protocol):
    """Says what an action owes the partner library (ISO 18626), as messages to queue.

    Called inside the action's transaction for every transition whose effects include
    ``TELL_PEER``; the caller stores what it returns in the outbox in the same
    transaction (no network I/O here) and calls :meth:`queued` after the commit.
    """

    def messages_for(self, news: PeerNews) -> Sequence[OutgoingMessage]: ...

    def queued(self) -> None:
        """Messages were stored and committed: the sender may go."""
        ...


class StoredFacts(Protocol):
    """What the database holds beside one request, read in the caller's own transaction
    (so a PDF stored in the same unit of work counts)."""

    def has_document(self) -> bool:
        """The request has a stored PDF that is not purged."""
        ...

    def copyright_cleared(self) -> bool:
        """A royalty was paid or an override recorded for the request."""
        ...

    def counted_copies(self, journal_key: str, year: int) -> list[CountedRequest]:
        """The borrowing copies of that journal created in ``year`` that count under the
        rule of five (not cancelled, deflected, unfilled, bought or open access)."""
        ...


@dataclass(frozen=True)
class FactSubject:
    """A request as a fact source sees it: plain values, and what is stored beside it."""

    id: int | None
    side: Side
    service_type: ServiceType
    created_at: dt.datetime
    stored: StoredFacts
    citation_of: Callable[[], Citation] = field(repr=False, compare=False)
    """The request's citation, made when a source first asks for it (:attr:`citation`):
    most requests are loans, which no source looks at the citation of."""

    @functools.cached_property
    def citation(self) -> Citation:
        return self.citation_of()


class FactSource(Protocol):
    """Adds guard facts the request record alone does not hold (a stored PDF, the rule of
    five) as ``RequestFacts`` field values, e.g. ``{"has_document": True}``."""

    def facts_for(self, subject: FactSubject) -> dict[str, bool | int]: ...


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
