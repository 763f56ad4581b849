"""Tables of the lending desk's packing station and charges: shipments and customs forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from illdesk.persistence.orm import Base, utcnow


class Shipment(Base):
    """A parcel sent for a request: carrier, tracking, weight, and the customs form if any."""

    __tablename__ = "shipment"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(10), default="out")
    carrier: Mapped[str] = mapped_column(String(40))
    tracking_number: Mapped[str] = mapped_column(String(60), default="", index=True)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(8, 3), nullable=True)
    declared_value: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    customs_form: Mapped[str] = mapped_column(String(4), default="")
    customs_category: Mapped[str] = mapped_column(String(30), default="")
    customs_description: Mapped[str] = mapped_column(Text, default="")
    hs_tariff_number: Mapped[str] = mapped_column(String(20), default="")
    shipped_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    shipped_by: Mapped[str] = mapped_column(String(120), default="")


class LendingCharge(Base):
    """What a borrowing library owes us for one completed lending request."""

    __tablename__ = "lending_charge"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    method: Mapped[str] = mapped_column(String(12))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3))
    invoice_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    full_vouchers: Mapped[int] = mapped_column(default=0)
    half_vouchers: Mapped[int] = mapped_column(default=0)
    paid: Mapped[bool] = mapped_column(default=False)
    billed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    paid_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    staff: Mapped[str] = mapped_column(String(120), default="")
    #: Why a supervisor waived the charge ("" = not waived); a waived charge counts as
    #: settled (``paid``) without money (migration 0011).
    waived_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")


class VoucherEntry(Base):
    """IFLA vouchers received from or given to a partner; the ledger's balance is the sum."""

    __tablename__ = "voucher_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), nullable=True)
    full: Mapped[int] = mapped_column(default=0)
    """Positive: received from the partner; negative: spent (sent to the partner)."""
    half: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    staff: Mapped[str] = mapped_column(String(120), default="")


class LendingPolicyRule(Base):
    """One line of the lending policy: terms for a material, a partner, or both.

    A NULL term says nothing (the next, less specific layer decides); see
    ``domain.lending_policy`` for the order.
    """

    __tablename__ = "lending_policy_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), nullable=True, index=True
    )
    material: Mapped[str | None] = mapped_column(String(20), nullable=True)
    lendable: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    loan_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    renewals: Mapped[int | None] = mapped_column(Integer, nullable=True)
    charge: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), nullable=True)
    conditions: Mapped[str | None] = mapped_column(String(500), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
