"""Lending charges: an invoice, a charge billed through OCLC IFM, or IFLA vouchers, and a
voucher ledger per partner.  A charge goes on a completed lending request, in a payment
the partner accepts; a statement per partner and the unpaid invoices come from here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from illdesk.domain.charges import (
    METHOD_WORDS,
    Method,
    invoice_due,
)
from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.printed import Invoice, InvoiceLine, PaymentOption
from illdesk.domain.settings import Settings
from illdesk.domain.staff_roles import Permission
from illdesk.domain.vocabulary import Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import LendingCharge, VoucherEntry
from illdesk.services.billing import (
    bill,
    bill_unbilled,
    charge_of,
    partner_methods,
    voucher_values,
)
from illdesk.services.lending_policy import terms_in
from illdesk.services.requests import Clock, local_now
from illdesk.services.shipping import partner_address
from illdesk.services.staff_access import StaffAccess


@dataclass(frozen=True)
class ChargeRow:
    id: int
    request_number: str
    partner: str
    method: Method
    amount: Decimal
    currency: str
    invoice_number: str
    vouchers: str
    paid: bool
    billed_at: dt.datetime
    waived: str = ""
    """Why the charge was waived ("" = not waived)."""


@dataclass(frozen=True)
class VoucherBalance:
    partner_id: int
    partner: str
    full: int
    half: int

    def value(self, full_value: Decimal, half_value: Decimal) -> Decimal:
        return self.full * full_value + self.half * half_value


class ChargeService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Clock = local_now,
        access: StaffAccess | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._access = access
        """Who is signed in; waiving a charge needs a supervisor (None: no check)."""

    def accepted_methods(self, request_id: int) -> list[Method]:
        with self._db.reading() as session:
            partner = self._request(session, request_id).partner
            assert partner is not None
            return partner_methods(partner)

    def charge(
        self,
        request_id: int,
        method: Method,
        *,
        staff: str,
        amount: Decimal | None = None,
        currency: str = "",
    ) -> ChargeRow:
        """Bill one completed lending request (one transaction, one history row).

        The policy charge billed on its own at shipping may be corrected here until it is
        paid (another way of paying, another amount)."""
        now = self._clock()
        with self._db.transaction() as session:
            request = self._request(session, request_id)
            partner = request.partner
            assert partner is not None
            if request.state not in (State.COMPLETE.value, State.LOST.value):
                raise ValidationFailed(
                    {
                        "method": Sentence(
                            N_("{number} is not complete yet; charge it when the item is back."),
                            number=request.number,
                        )
                    }
                )
            if method not in partner_methods(partner):
                raise ValidationFailed(
                    {
                        "method": Sentence(
                            N_("{name} does not pay by {METHOD_WORDS}."),
                            name=partner.name,
                            METHOD_WORDS=METHOD_WORDS[method],
                        )
                    }
                )
            charge = charge_of(session, request_id)
            if charge is not None and charge.paid:
                raise ValidationFailed(
                    {"method": Sentence(N_("{number} is already charged."), number=request.number)}
                )
            if amount is None:  # the lending policy's charge for this partner and material
                amount = terms_in(session, self._settings, partner, request.material).charge
            if amount <= 0:
                raise ValidationFailed({"amount": N_("A charge must be more than zero.")})
            charge = bill(
                session,
                self._settings,
                request,
                method,
                amount,
                currency=currency or partner.currency,
                staff=staff,
                now=now,
            )
            return self._row(charge, request.number, partner.name)

    def bill_unbilled(self, *, staff: str) -> int:
        """Bill every shipped, sent or complete lending request whose policy charge was
        never billed (before automatic billing); one transaction."""
        with self._db.transaction() as session:
            return bill_unbilled(session, self._settings, staff=staff, now=self._clock())

    def mark_paid(self, charge_id: int, *, staff: str) -> ChargeRow:
        """Record payment; IFLA vouchers paid go into the partner's ledger as received."""
        now = self._clock()
        with self._db.transaction() as session:
            charge = session.get(LendingCharge, charge_id)
            if charge is None:
                raise NotFound(N_("That charge no longer exists."))
            if charge.paid:
                raise ValidationFailed({"paid": N_("This charge is already paid.")})
            charge.paid, charge.paid_at = True, now
            request = session.get(orm.Request, charge.request_id)
            partner = session.get(orm.Partner, charge.partner_id)
            assert request is not None and partner is not None
            if charge.method == Method.IFLA.value:
                session.add(
                    VoucherEntry(
                        partner_id=partner.id,
                        request_id=request.id,
                        full=charge.full_vouchers,
                        half=charge.half_vouchers,
                        note=f"Paid for {request.number}",
                        at=now,
                        staff=staff,
                    )
                )
            request.events.append(
                orm.RequestEvent(
                    at=now,
                    staff=staff,
                    action="charge_paid",
                    from_state=request.state,
                    to_state=request.state,
                    note=f"{charge.amount:.2f} {charge.currency} paid.",
                )
            )
            return self._row(charge, request.number, partner.name)

    def waive(self, charge_id: int, reason: str, *, staff: str) -> ChargeRow:
        """Settle a charge without payment (a supervisor's decision, with its reason)."""
        if self._access is not None:
            self._access.require(Permission.WAIVE_CHARGE)
        if not reason.strip():
            raise ValidationFailed({"reason": "Say why the charge is waived."})
        now = self._clock()
        with self._db.transaction() as session:
            charge = session.get(LendingCharge, charge_id)
            if charge is None:
                raise NotFound(N_("That charge no longer exists."))
            if charge.paid:
                raise ValidationFailed({"paid": "This charge is already settled."})
            charge.paid, charge.paid_at = True, now
            charge.waived_reason = reason.strip()[:300]
            request = session.get(orm.Request, charge.request_id)
            partner = session.get(orm.Partner, charge.partner_id)
            assert request is not None and partner is not None
            request.events.append(
                orm.RequestEvent(
                    at=now,
                    staff=staff,
                    action="charge_waived",
                    from_state=request.state,
                    to_state=request.state,
                    note=f"{charge.amount:.2f} {charge.currency} waived: {reason.strip()}",
                )
            )
            return self._row(charge, request.number, partner.name)

    def record_vouchers(
        self, partner_id: int, full: int, half: int, *, staff: str, note: str
    ) -> VoucherBalance:
        """Vouchers received (positive) or spent on our own borrowing (negative)."""
        if full == 0 and half == 0:
            raise ValidationFailed({"vouchers": N_("Enter how many full or half vouchers.")})
        with self._db.transaction() as session:
            partner = session.get(orm.Partner, partner_id)
            if partner is None:
                raise NotFound(N_("That partner library no longer exists."))
            session.add(
                VoucherEntry(
                    partner_id=partner_id,
                    full=full,
                    half=half,
                    note=note.strip(),
                    at=self._clock(),
                    staff=staff,
                )
            )
        return self.balance(partner_id)

    def balance(self, partner_id: int) -> VoucherBalance:
        with self._db.reading() as session:
            partner = session.get(orm.Partner, partner_id)
            if partner is None:
                raise NotFound(N_("That partner library no longer exists."))
            full, half = session.execute(
                select(
                    func.coalesce(func.sum(VoucherEntry.full), 0),
                    func.coalesce(func.sum(VoucherEntry.half), 0),
                ).where(VoucherEntry.partner_id == partner_id)
            ).one()
            return VoucherBalance(partner_id, partner.name, int(full), int(half))

    def charges(
        self, *, unpaid_only: bool = False, partner_id: int | None = None
    ) -> list[ChargeRow]:
        query = (
            select(LendingCharge, orm.Request.number, orm.Partner.name)
            .join(orm.Request, orm.Request.id == LendingCharge.request_id)
            .join(orm.Partner, orm.Partner.id == LendingCharge.partner_id)
            .order_by(LendingCharge.billed_at, LendingCharge.id)
        )
        if unpaid_only:
            query = query.where(LendingCharge.paid.is_(False))
        if partner_id is not None:
            query = query.where(LendingCharge.partner_id == partner_id)
        with self._db.reading() as session:
            return [self._row(c, number, name) for c, number, name in session.execute(query)]

    def unpaid_invoices(self) -> list[ChargeRow]:
        return [c for c in self.charges(unpaid_only=True) if c.method is Method.INVOICE]

    def statement(self, partner_id: int) -> list[str]:
        """A partner's account in lines of words: charges, payments and the voucher balance."""
        rows = self.charges(partner_id=partner_id)
        balance = self.balance(partner_id)
        full_value, half_value = voucher_values(self._settings)
        lines = [f"Statement for {balance.partner} on {self._clock():%Y-%m-%d}"]
        for c in rows:
            lines.append(
                f"{c.billed_at:%Y-%m-%d}  {c.request_number}  {METHOD_WORDS[c.method]}"
                f"{' ' + c.invoice_number if c.invoice_number else ''}  "
                f"{c.amount:.2f} {c.currency}  "
                + (f"waived ({c.waived})" if c.waived else "paid" if c.paid else "UNPAID")
            )
        owed: dict[str, Decimal] = {}
        for c in rows:
            if not c.paid:
                owed[c.currency] = owed.get(c.currency, Decimal(0)) + c.amount
        lines.append("Owed: " + (", ".join(f"{v:.2f} {k}" for k, v in owed.items()) or "nothing"))
        lines.append(
            f"IFLA vouchers held: {balance.full} full, {balance.half} half "
            f"(worth {balance.value(full_value, half_value):.2f} EUR)"
        )
        return lines

    def invoice(self, charge_id: int) -> Invoice:
        """The invoice document for an invoice charge (printing renders it)."""
        with self._db.reading() as session:
            charge = session.get(LendingCharge, charge_id)
            if charge is None or charge.method != Method.INVOICE.value:
                raise NotFound(N_("That is not an invoice."))
            request = session.get(orm.Request, charge.request_id)
            partner = session.get(orm.Partner, charge.partner_id)
            assert request is not None and partner is not None
            options = [PaymentOption.INVOICE]
            if partner.accepts_ifm:
                options.append(PaymentOption.IFM)
            if partner.accepts_ifla_vouchers:
                options.append(PaymentOption.IFLA_VOUCHERS)
            title = request.citation.title or request.citation.article_title
            return Invoice(
                number=charge.invoice_number,
                invoice_date=charge.billed_at.date(),
                due_date=invoice_due(charge.billed_at.date()),
                # laid out for the destination's post, as on the parcel's label
                bill_to=partner_address(
                    partner, self._settings.get_str("library.country") or partner.country
                ),
                lines=(
                    InvoiceLine(f"Interlibrary loan: {title}", 1, charge.amount, request.number),
                ),
                currency=charge.currency,
                payment_options=tuple(options),
                bank_details=self._settings.get_str("printing.invoice_bank_details"),
                ifm_symbol=self._settings.get_str("printing.ifm_symbol"),
            )

    @staticmethod
    def _request(session: Session, request_id: int) -> orm.Request:
        request = session.get(orm.Request, request_id)
        if request is None:
            raise NotFound(N_("That request no longer exists."))
        if request.side != Side.LENDING.value or request.partner is None:
            raise ValidationFailed({"method": N_("Only lending requests are charged to partners.")})
        return request

    @staticmethod
    def _row(c: LendingCharge, number: str, partner: str) -> ChargeRow:
        vouchers = (
            f"{c.full_vouchers} full, {c.half_vouchers} half"
            if c.method == Method.IFLA.value
            else ""
        )
        return ChargeRow(
            c.id,
            number,
            partner,
            Method(c.method),
            c.amount,
            c.currency,
            c.invoice_number,
            vouchers,
            c.paid,
            c.billed_at,
            c.waived_reason,
        )
