"""Immutable rows the services hand to the ui (and to printing and reports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from illdesk.domain.citation import Citation
from illdesk.domain.lending_policy import Terms
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import Ask, Capability


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    side: Side
    service_type: ServiceType
    state: State
    state_label: str
    title: str
    author: str
    who: str
    """The patron (borrowing) or the borrowing library (lending)."""
    partner: str
    """The current lender (borrowing) or the borrowing library's symbol (lending)."""
    needed_by: dt.date | None
    due_date: dt.date | None
    updated_at: dt.datetime
    version: int
    queue: str = ""
    """The named queue the request is in ("" = none)."""


@dataclass(frozen=True)
class ScannedRequest:
    """Which request a scan named, as its line in the list shows it: what a station says
    while it waits for the next scan (a pull slip waiting for its copy).  The detail pane
    reads the rest of the request when it shows it."""

    row: RequestRow


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    staff: str
    action: str
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class ActionChoice:
    action: Action
    label: str
    needs_reason: bool
    asks: tuple[Ask, ...] = ()
    """The inputs besides the note the action takes (declared in the workflow)."""

    @property
    def needs_input(self) -> bool:
        """Staff are asked before the action is taken: a reason or another input."""
        return self.needs_reason or bool(self.asks)


@dataclass(frozen=True)
class RotaRow:
    position: int
    partner_id: int
    partner: str
    symbol: str
    status: str
    reason: str
    record_id: str = ""
    """The lender's record id (Find lenders), for ISO 18626 supplierUniqueRecordId."""
    record_note: str = ""


@dataclass(frozen=True)
class PartnerSaid:
    """What the partner told us over ISO 18626, kept apart from our own dates and notes."""

    lender_due_date: dt.date | None = None
    """When the lender wants it back (borrowing); the patron's due date is derived from it."""
    lender_overdue_on: dt.date | None = None
    """When the lender said the loan is overdue (borrowing)."""
    offer_cost: Decimal | None = None
    offer_currency: str = ""
    retry_after: dt.date | None = None
    retry_reason: str = ""
    problem: str = ""
    """The partner's last ERROR or Unfilled, in words (a red line; "" when none)."""
    delivery_address: str = ""
    """Where the borrowing library wants the item (lending)."""
    partner_patron_id: str = ""
    supplier_record_id: str = ""
    note_to_lender: str = ""
    lender_charges: tuple[str, ...] = ()
    """The lenders' charges recorded on this request (typed by staff, or the
    deliveryCosts of a lender's message), in words: "12.50 EUR: delivery cost"."""


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    citation: Citation
    delivery: str
    patron_id: int | None
    patron_name: str
    patron_barcode: str
    partner_id: int | None
    partner_name: str
    max_cost: Decimal | None
    conditions: str
    item_barcodes: tuple[str, ...]
    rota: tuple[RotaRow, ...]
    history: tuple[HistoryRow, ...]
    actions: tuple[ActionChoice, ...]
    created_at: dt.datetime
    updated_by: str
    overdue_level: int
    renewals_used: int
    material: str = "book"
    terms: Terms | None = None
    """The lending policy's terms (lending requests only)."""
    can: frozenset[Capability] = frozenset()
    """What besides ``actions`` staff may do now (attach, send, rota, reprint ...)."""
    said: PartnerSaid = field(default_factory=PartnerSaid)


@dataclass(frozen=True)
class PatronRow:
    id: int
    barcode: str
    name: str
    email: str
    phone: str
    category: str
    expires_on: dt.date | None
    blocked_reason: str
    request_limit: int | None
    pickup_location: str
    notice_channel: str
    notes: str
    active_requests: int
    card_expired: bool = False
    """The card's expiry date has passed (the desk renews it before a new request)."""


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    symbol: str
    city: str
    country: str
    email: str
    default_loan_days: int
    reciprocal: bool
    charge: Decimal
    currency: str


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    initials: str


@dataclass(frozen=True)
class Performed:
    """What one action did: the new detail and the effects the ui should carry out."""

    detail: RequestDetail
    effects: tuple[str, ...]
    message: str
