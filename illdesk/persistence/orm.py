"""SQLAlchemy 2.x typed tables.  Every schema change goes through an Alembic migration."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class StaffMember(Base):
    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    initials: Mapped[str] = mapped_column(String(8), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: "desk", "supervisor" or "admin" (``domain.staff_roles.Role``; migration 0011).
    role: Mapped[str] = mapped_column(String(12), default="desk", server_default="desk")
    #: The argon2 hash of the person's PIN or password ("" = none set: cannot sign in).
    password_hash: Mapped[str] = mapped_column(String(200), default="", server_default="")
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Patron(Base):
    __tablename__ = "patron"

    id: Mapped[int] = mapped_column(primary_key=True)
    barcode: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    category: Mapped[str] = mapped_column(String(40), default="public")
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    blocked_reason: Mapped[str] = mapped_column(String(300), default="")
    request_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pickup_location: Mapped[str] = mapped_column(String(120), default="")
    notice_channel: Mapped[str] = mapped_column(String(20), default="email")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Partner(Base):
    """Another library: a lender when we borrow, a borrower when we lend."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    symbol: Mapped[str] = mapped_column(String(40), unique=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="US")
    email: Mapped[str] = mapped_column(String(200), default="")
    iso18626_endpoint: Mapped[str] = mapped_column(String(300), default="")
    default_loan_days: Mapped[int] = mapped_column(Integer, default=28)
    renewals_allowed: Mapped[int] = mapped_column(Integer, default=1)
    charge: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    accepts_invoice: Mapped[bool] = mapped_column(Boolean, default=True)
    accepts_ifm: Mapped[bool] = mapped_column(Boolean, default=False)
    accepts_ifla_vouchers: Mapped[bool] = mapped_column(Boolean, default=False)
    reciprocal: Mapped[bool] = mapped_column(Boolean, default=False)
    default_carrier: Mapped[str] = mapped_column(String(40), default="USPS")
    #: Conditions attached to everything we lend this partner (added to the library's own).
    lending_conditions: Mapped[str] = mapped_column(String(500), default="", server_default="")
    #: The partner's catalogue for Find lenders: an SRU base URL (http...) or a Z39.50
    #: address (z3950://host:port); "" = not searched.
    catalogue_url: Mapped[str] = mapped_column(String(300), default="", server_default="")
    catalogue_database: Mapped[str] = mapped_column(String(120), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Citation(Base):
    __tablename__ = "citation"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    isbn: Mapped[str] = mapped_column(String(20), default="", index=True)
    issn: Mapped[str] = mapped_column(String(9), default="", index=True)
    oclc_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    edition: Mapped[str] = mapped_column(String(100), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    year: Mapped[str] = mapped_column(String(10), default="")
    article_title: Mapped[str] = mapped_column(String(500), default="")
    journal: Mapped[str] = mapped_column(String(300), default="")
    volume: Mapped[str] = mapped_column(String(20), default="")
    issue: Mapped[str] = mapped_column(String(20), default="")
    pages: Mapped[str] = mapped_column(String(40), default="")
    doi: Mapped[str] = mapped_column(String(200), default="")
    pmid: Mapped[str] = mapped_column(String(20), default="")


OPEN_LENDING_WITH_ID = (
    "side = 'lending' AND external_id <> '' AND state NOT IN ('complete', 'cancelled', 'unfilled')"
)
"""The lending requests the unique key on (partner, external id) covers (migration 0009)."""


class Request(Base):
    __tablename__ = "request"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    side: Mapped[str] = mapped_column(String(10))
    service_type: Mapped[str] = mapped_column(String(10))
    delivery: Mapped[str] = mapped_column(String(12), default="physical")
    state: Mapped[str] = mapped_column(String(40))
    patron_id: Mapped[int | None] = mapped_column(
        ForeignKey("patron.id"), nullable=True, index=True
    )
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id"), nullable=True, index=True
    )
    citation_id: Mapped[int] = mapped_column(ForeignKey("citation.id"))
    needed_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    max_cost: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    conditions: Mapped[str] = mapped_column(String(500), default="")
    #: What is lent or borrowed (a value of ``domain.lending_policy.Material``).
    material: Mapped[str] = mapped_column(String(20), default="book", server_default="book")
    overdue_level: Mapped[int] = mapped_column(Integer, default=0)
    renewals_used: Mapped[int] = mapped_column(Integer, default=0)
    purchased: Mapped[bool] = mapped_column(Boolean, default=False)
    copyright_compliance: Mapped[str] = mapped_column(String(4), default="")
    replacement_charge: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    external_id: Mapped[str] = mapped_column(String(100), default="", index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # What the partner said over ISO 18626 (migration 0009).
    #: The lender's due date (borrowing); the patron's ``due_date`` is derived from it.
    lender_due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: The day the lender told us the loan is overdue (borrowing).
    lender_overdue_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: A conditional or retry answer: the cost offered, its currency, when to retry, why.
    offer_cost: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    offer_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    retry_after: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    retry_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: The partner's last ERROR or Unfilled in words, shown as a red line ("" when none).
    lender_problem: Mapped[str] = mapped_column(String(500), default="", server_default="")
    #: Where the borrowing library wants the item sent (lending; one line per line).
    delivery_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The borrowing library's patron id (lending).
    partner_patron_id: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: The lender's own record id from our holdings search (borrowing).
    supplier_record_id: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: Staff's note for the lender, sent with the request (borrowing).
    note_to_lender: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # Rules and timers (migration 0015).
    #: The named queue a rule or staff put the request in ("" = none).
    queue: Mapped[str] = mapped_column(String(60), default="", server_default="", index=True)
    #: When the request entered its current state (the timers count from here).
    state_since: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    #: How many timer steps of the current state were taken (a reminder); 0 on every move.
    timer_stage: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The patron's category, kept for statistics when the patron link is removed (0011).
    patron_category: Mapped[str] = mapped_column(String(40), default="", server_default="")
    #: When retention or "Erase this patron" removed the patron's data from this request.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    patron: Mapped[Patron | None] = relationship(lazy="joined")
    partner: Mapped[Partner | None] = relationship(lazy="joined")
    citation: Mapped[Citation] = relationship(lazy="joined")
    items: Mapped[list[RequestItem]] = relationship(
        back_populates="request",
        cascade="all, delete-orphan",
        order_by="RequestItem.id",
        lazy="selectin",
    )
    rota: Mapped[list[RotaEntry]] = relationship(
        back_populates="request",
        cascade="all, delete-orphan",
        order_by="RotaEntry.position",
        lazy="selectin",
    )
    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request",
        cascade="all, delete-orphan",
        order_by="RequestEvent.id",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_request_side_updated", "side", "updated_at"),
        # each state's requests newest first: a search inside a chip walks its states
        Index("ix_request_side_state_updated", "side", "state", "updated_at", "id"),
        # One open lending request per partner and their request id: the duplicate check
        # and the insert are one statement, so two deliveries at once cannot both be stored
        # (a finished one may be asked for again under its old id).
        Index(
            "uq_request_lending_partner_external",
            "partner_id",
            "external_id",
            unique=True,
            sqlite_where=text(OPEN_LENDING_WITH_ID),
            postgresql_where=text(OPEN_LENDING_WITH_ID),
        ),
    )


class RequestItem(Base):
    """A physical piece tied to a request: the lender's barcode or our own copy."""

    __tablename__ = "request_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    barcode: Mapped[str] = mapped_column(String(60), index=True)
    part_label: Mapped[str] = mapped_column(String(40), default="")

    request: Mapped[Request] = relationship(back_populates="items")


class RotaEntry(Base):
    """One lender in a borrowing request's rota, tried in ``position`` order."""

    __tablename__ = "rota_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    reason: Mapped[str] = mapped_column(String(300), default="")
    #: The lender's own record id for the item (ISO 18626 supplierUniqueRecordId), found by
    #: Find lenders; "" when the lender was chosen by hand.
    record_id: Mapped[str] = mapped_column(String(120), default="", server_default="")
    #: What the lender's catalogue said (call number, availability), for staff.
    record_note: Mapped[str] = mapped_column(String(300), default="", server_default="")

    request: Mapped[Request] = relationship(back_populates="rota")
    partner: Mapped[Partner] = relationship(lazy="joined")

    __table_args__ = (UniqueConstraint("request_id", "position"),)


class RequestEvent(Base):
    """The audit history: one row per recorded user action or state change."""

    __tablename__ = "request_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str] = mapped_column(String(40), default="")
    to_state: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[Request] = relationship(back_populates="events")


class AuditEntry(Base):
    """An action outside one request's history (sign-in, settings, erasure, retention):
    who did what, when (migration 0011)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    """Library-wide settings shared by every desk on this database."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class NumberSequence(Base):
    """Per side and year counters for request numbers (B-2026-000123)."""

    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(12), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Notice(Base):
    """A message to a patron or partner: queued, then sent by e-mail or printed.

    A notice that cannot be sent stays queued with the reason and is retried; it is
    never dropped.
    """

    __tablename__ = "notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), nullable=True, index=True
    )
    patron_id: Mapped[int | None] = mapped_column(ForeignKey("patron.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(10), default="email")
    recipient: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class CatalogueRecord(Base):
    """Our own catalogue's bibliographic record, imported from MARC for holdings checks."""

    __tablename__ = "catalogue_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    control_number: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    isbn: Mapped[str] = mapped_column(String(200), default="", index=True)
    issn: Mapped[str] = mapped_column(String(60), default="", index=True)
    oclc_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    edition: Mapped[str] = mapped_column(String(100), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[str] = mapped_column(String(10), default="")
    match_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    #: The material the MARC record describes ("" for records imported before it was read).
    material: Mapped[str] = mapped_column(String(20), default="", server_default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    items: Mapped[list[CatalogueItem]] = relationship(
        back_populates="record",
        cascade="all, delete-orphan",
        order_by="CatalogueItem.id",
        lazy="selectin",
    )
    identifiers: Mapped[list[CatalogueIdentifier]] = relationship(
        back_populates="record",
        cascade="all, delete-orphan",
        order_by="CatalogueIdentifier.id",
    )


class CatalogueItem(Base):
    __tablename__ = "catalogue_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_record.id", ondelete="CASCADE"), index=True
    )
    barcode: Mapped[str] = mapped_column(String(60), default="", index=True)
    call_number: Mapped[str] = mapped_column(String(120), default="")
    location: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(60), default="")

    record: Mapped[CatalogueRecord] = relationship(back_populates="items")


class CatalogueIdentifier(Base):
    """Every standard number of a catalogue record (all 020, 022 and 035), normalised so a
    lookup is one indexed equality: ISBNs as 13 digits (an ISBN-10 finds its ISBN-13),
    ISSNs as "1234-5679", OCLC numbers as digits, other 035s as written."""

    __tablename__ = "catalogue_identifier"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_record.id", ondelete="CASCADE"), index=True
    )
    scheme: Mapped[str] = mapped_column(String(10))
    """"isbn", "issn", "oclc" or "035"."""
    value: Mapped[str] = mapped_column(String(120))

    record: Mapped[CatalogueRecord] = relationship(back_populates="identifiers")

    __table_args__ = (Index("ix_catalogue_identifier_scheme_value", "scheme", "value"),)


class NcipMessage(Base):
    """An NCIP call to our own ILS that a desk action owes, queued after the action commits
    and sent by the ILS worker with retries (a down ILS never blocks the desk).  Times UTC."""

    __tablename__ = "ncip_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), nullable=True, index=True
    )
    request_ref: Mapped[str] = mapped_column(String(40), default="")
    profile: Mapped[str] = mapped_column(String(20))
    service: Mapped[str] = mapped_column(String(40))
    params: Mapped[str] = mapped_column(Text, default="{}")
    """The message's values as JSON (built into XML, and validated, when sent)."""
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    """queued, sent, failed (retrying), dismissed."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class OutboxMessage(Base):
    """An ISO 18626 message waiting to be POSTed to a partner, or the record of its sending.

    Written in the same transaction as the action that caused it; the outbox worker
    delivers it with retries and records the outcome.  Times are UTC.
    """

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id"), nullable=True, index=True
    )
    partner_agency: Mapped[str] = mapped_column(String(120), default="")
    endpoint: Mapped[str] = mapped_column(String(300))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    kind: Mapped[str] = mapped_column(String(60))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), nullable=True, index=True
    )
    request_ref: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    last_error: Mapped[str] = mapped_column(String(1000), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    partner: Mapped[Partner | None] = relationship(lazy="joined")


# -- copies, copyright and purchase on demand ----------------------------------------------
class StoredDocument(Base):
    """A PDF received for a copy request, kept in the data directory outside the database."""

    __tablename__ = "stored_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    path: Mapped[str] = mapped_column(String(1000))
    """Relative to the data directory."""
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(80), default="application/pdf")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    attached_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    attached_by: Mapped[str] = mapped_column(String(120), default="")
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    purge_note: Mapped[str] = mapped_column(String(300), default="")


class DocumentDelivery(Base):
    """One delivery of a document (or an open-access link) to the patron."""

    __tablename__ = "document_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_document.id", ondelete="SET NULL"), nullable=True
    )
    channel: Mapped[str] = mapped_column(String(20))
    """"attachment", "link", "print" or "open_access"."""
    recipient: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(1000), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")


class CopyrightClearance(Base):
    """A royalty paid for a copy over the rule of five, or an override with its reason."""

    __tablename__ = "copyright_clearance"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    paid_to: Mapped[str] = mapped_column(String(200), default="")
    override_reason: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")


class Purchase(Base):
    """An order placed instead of borrowing (a book, or an article from a supplier)."""

    __tablename__ = "purchase"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    supplier: Mapped[str] = mapped_column(String(120))
    order_number: Mapped[str] = mapped_column(String(120), default="")
    cost: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    ordered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")


class IllCharge(Base):
    """A charge a lender billed for a borrowing request, counted against the budget."""

    __tablename__ = "ill_charge"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    what: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")


class Budget(Base):
    """The money for purchases and ILL charges in one fiscal year."""

    __tablename__ = "budget"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3), default="USD")


class RoutingRuleRow(Base):
    """One routing rule (``domain.routing.RoutingRule``); conditions as a JSON list."""

    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    priority: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[str] = mapped_column(Text, default="[]")
    action: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class RotaTemplateRow(Base):
    """A named lender list (``domain.rota_templates.RotaTemplate``); ids in order."""

    __tablename__ = "rota_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    partner_ids: Mapped[str] = mapped_column(String(1000), default="")
    """Partner ids in the order to ask them, separated by commas."""
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
