"""Purchase on demand: the rule's suggestion, orders, lender charges and the budget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from illdesk.domain.charges import charge_amount_problem
from illdesk.domain.copyright_rules import publication_year
from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.money import parse_amount
from illdesk.domain.purchase_rules import (
    ArticleCase,
    LoanCase,
    PurchaseRules,
    Suggestion,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_span,
    suggest_article,
    suggest_loan,
)
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.settings_store import save_setting
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rows import Performed

Clock = Callable[[], dt.datetime]
_Money = InstrumentedAttribute[Decimal] | InstrumentedAttribute[Decimal | None]


@dataclass(frozen=True)
class BudgetStatus:
    fiscal_year: int
    label: str
    amount: Decimal | None
    """None when no budget is set for the year."""
    purchases: Decimal
    charges: Decimal
    royalties: Decimal
    currency: str

    @property
    def spent(self) -> Decimal:
        return self.purchases + self.charges + self.royalties

    @property
    def left(self) -> Decimal | None:
        return None if self.amount is None else self.amount - self.spent

    def words(self) -> str:
        spent = Sentence(
            N_("Spent {spent} {currency} in {label}"),
            spent=self.spent.quantize(Decimal("0.01")),
            currency=self.currency,
            label=self.label,
        )
        if self.amount is None or self.left is None:
            return Sentence(N_("{spent} (no budget set)."), spent=spent)
        return Sentence(
            N_("{spent} of {amount}; {left} left."),
            spent=spent,
            amount=self.amount.quantize(Decimal("0.01")),
            left=self.left.quantize(Decimal("0.01")),
        )


@dataclass(frozen=True)
class PurchaseRow:
    supplier: str
    order_number: str
    cost: Decimal
    currency: str
    ordered_at: dt.datetime
    staff: str


@dataclass(frozen=True)
class LenderChargeRow:
    """A charge a lender billed for a borrowing request."""

    amount: Decimal
    currency: str
    what: str
    at: dt.datetime
    staff: str


def _names(text: str) -> list[str]:
    return [s.strip() for s in text.split(",") if s.strip()]


def rules_from(settings: Settings) -> PurchaseRules:
    categories = frozenset(
        c.strip() for c in settings.get_str("purchase.loan_categories").split(",") if c.strip()
    )
    return PurchaseRules(
        loan_max_age_years=settings.get_int("purchase.loan_max_age_years"),
        loan_price_limit=Decimal(str(settings.get_float("purchase.loan_price_limit"))),
        loan_categories=categories,
        article_ill_cost=Decimal(str(settings.get_float("purchase.article_ill_cost"))),
        article_min_days=settings.get_int("purchase.article_min_days"),
    )


WHAT_MAX = 300
"""The longest 'what it is for' of a lender's charge."""


def parse_charge(text: str, field: str = "amount") -> Decimal:
    """A lender's charge exactly as typed ("15", "12.50", "12,5"): never rounded, so
    "12.345" is refused rather than silently changed; ValidationFailed under ``field``."""
    if not text.strip():
        raise ValidationFailed({field: N_("Type the amount the lender charged.")})
    value = parse_amount(text, field, required=True, what="charge")
    problem = charge_amount_problem(value)
    if problem is not None:
        raise ValidationFailed({field: problem})
    return value


class PurchaseService:
    def __init__(
        self, db: Database, settings: Settings, requests: RequestService, clock: Clock
    ) -> None:
        self._db = db
        self._settings = settings
        self._requests = requests
        self._clock = clock

    def suppliers(self, service_type: ServiceType = ServiceType.COPY) -> list[str]:
        """Whom the desk can buy from: book suppliers for a loan, article suppliers for a
        copy, and the library's own vendors for both (each named once)."""
        key = (
            "purchase.book_suppliers" if service_type is ServiceType.LOAN else "purchase.suppliers"
        )
        names = _names(self._settings.get_str(key)) + self.own_vendors()
        return list(dict.fromkeys(names))

    def suppliers_for(self, request_id: int) -> list[str]:
        with self._db.reading() as session:
            request = self._borrowing(session, request_id)
            service_type = ServiceType(request.service_type)
        return self.suppliers(service_type)

    def own_vendors(self) -> list[str]:
        return _names(self._settings.get_str("purchase.own_vendors"))

    def keep_vendor(self, name: str) -> list[str]:
        """Add ``name`` to the library's own vendors (shared by every desk)."""
        name = " ".join(name.split())
        if not name:
            raise ValidationFailed({"supplier": "Type the vendor's name first."})
        if "," in name:
            raise ValidationFailed({"supplier": "A vendor's name cannot contain a comma."})
        vendors = self.own_vendors()
        if name.casefold() not in {v.casefold() for v in vendors}:
            save_setting(
                self._db, self._settings, "purchase.own_vendors", ", ".join([*vendors, name])
            )
        return self.own_vendors()

    def suggestion(self, request_id: int, price: Decimal | None) -> Suggestion:
        """The library's purchase rule applied to the request and a quoted ``price``."""
        today = self._clock().date()
        rules = rules_from(self._settings)
        with self._db.reading() as session:
            request = self._borrowing(session, request_id)
            if request.service_type == ServiceType.COPY.value:
                return suggest_article(ArticleCase(today, price, request.needed_by), rules)
            category = request.patron.category if request.patron else ""
            return suggest_loan(
                LoanCase(today, publication_year(request.citation.year), price, category), rules
            )

    def suggestion_for_new(
        self,
        service_type: ServiceType,
        *,
        year: str,
        price: Decimal | None,
        patron_category: str = "",
        needed_by: dt.date | None = None,
    ) -> Suggestion:
        """The rule's suggestion for a request still being typed in the request form."""
        today = self._clock().date()
        rules = rules_from(self._settings)
        if service_type is ServiceType.COPY:
            return suggest_article(ArticleCase(today, price, needed_by), rules)
        return suggest_loan(LoanCase(today, publication_year(year), price, patron_category), rules)

    def order(
        self,
        request_id: int,
        *,
        supplier: str,
        order_number: str,
        cost: Decimal,
        staff: str,
        currency: str = "",
        expected_version: int | None = None,
    ) -> Performed:
        """Record the order and take "Buy instead of borrow" in one transaction."""
        problems = {}
        if not supplier.strip():
            problems["supplier"] = N_("Choose the supplier.")
        if cost < 0:
            problems["cost"] = N_("The cost cannot be negative.")
        if problems:
            raise ValidationFailed(problems)
        currency = (currency or self._settings.get_str("purchase.currency")).strip().upper()[:3]
        now = self._clock()

        def record(session: Session, request: orm.Request) -> None:
            session.add(
                orm.Purchase(
                    request_id=request.id,
                    supplier=supplier.strip(),
                    order_number=order_number.strip(),
                    cost=cost,
                    currency=currency,
                    ordered_at=now,
                    staff=staff,
                )
            )

        note = (
            f"Ordered from {supplier.strip()}"
            f"{', order ' + order_number.strip() if order_number.strip() else ''}, "
            f"{cost:.2f} {currency}."
        )
        return self._requests.perform(
            request_id,
            Action.ORDER_PURCHASE,
            staff=staff,
            expected_version=expected_version,
            given=ActionInput(note=note, amount=cost),
            also=record,
        )

    def purchases(self, request_id: int) -> list[PurchaseRow]:
        with self._db.reading() as session:
            return [
                PurchaseRow(
                    p.supplier, p.order_number, Decimal(p.cost), p.currency, p.ordered_at, p.staff
                )
                for p in session.scalars(
                    select(orm.Purchase)
                    .where(orm.Purchase.request_id == request_id)
                    .order_by(orm.Purchase.id)
                )
            ]

    def currency(self) -> str:
        """The library's currency (setting ``purchase.currency``), as stored with amounts."""
        return self._settings.get_str("purchase.currency").strip().upper()[:3]

    def record_charge(
        self, request_id: int, amount: Decimal, what: str, *, staff: str
    ) -> LenderChargeRow:
        """Record a lender's charge for a borrowing request (it counts against the budget)."""
        problems = {}
        problem = charge_amount_problem(amount)
        if problem is not None:
            problems["amount"] = problem
        if len(what.strip()) > WHAT_MAX:
            problems["what"] = Sentence(
                N_("Say what it is for in at most {WHAT_MAX} characters."), WHAT_MAX=WHAT_MAX
            )
        if problems:
            raise ValidationFailed(problems)
        amount = amount.quantize(Decimal("0.01"))
        what = what.strip()
        now = self._clock()
        currency = self.currency()
        with self._db.transaction() as session:
            request = self._borrowing(
                session,
                request_id,
                refusal="lender charges are recorded on borrowing requests only.",
            )
            session.add(
                orm.IllCharge(
                    request_id=request.id,
                    amount=amount,
                    currency=currency,
                    what=what,
                    at=now,
                    staff=staff,
                )
            )
            session.add(
                orm.RequestEvent(
                    request_id=request.id,
                    at=now,
                    staff=staff,
                    action="ill_charge",
                    from_state=request.state,
                    to_state=request.state,
                    note=f"Charge {amount:.2f} {currency}: {what or 'lender charge'}.",
                )
            )
        return LenderChargeRow(amount, currency, what, now, staff)

    def lender_charges(self, request_id: int) -> list[LenderChargeRow]:
        """The lender's charges already recorded on a request, oldest first."""
        with self._db.reading() as session:
            return [
                LenderChargeRow(
                    Decimal(c.amount).quantize(Decimal("0.01")), c.currency, c.what, c.at, c.staff
                )
                for c in session.scalars(
                    select(orm.IllCharge)
                    .where(orm.IllCharge.request_id == request_id)
                    .order_by(orm.IllCharge.id)
                )
            ]

    # -- budget ----------------------------------------------------------------------------
    def fiscal_year(self, day: dt.date | None = None) -> int:
        return fiscal_year_of(day or self._clock().date(), self._start_month())

    def set_budget(self, fiscal_year: int, amount: Decimal) -> BudgetStatus:
        if amount < 0:
            raise ValidationFailed({"amount": N_("A budget cannot be negative.")})
        with self._db.transaction() as session:
            row = session.get(orm.Budget, fiscal_year)
            if row is None:
                row = orm.Budget(
                    fiscal_year=fiscal_year,
                    amount=amount,
                    currency=self._settings.get_str("purchase.currency"),
                )
                session.add(row)
            row.amount = amount
        return self.budget(fiscal_year)

    def budget(self, fiscal_year: int | None = None) -> BudgetStatus:
        """What the year's budget is and what purchases, lender charges and royalties used."""
        year = self.fiscal_year() if fiscal_year is None else fiscal_year
        start_month = self._start_month()
        first, after = fiscal_year_span(year, start_month)
        start = dt.datetime.combine(first, dt.time())
        end = dt.datetime.combine(after, dt.time())
        with self._db.reading() as session:
            row = session.get(orm.Budget, year)

            def total(column: _Money, at: InstrumentedAttribute[dt.datetime]) -> Decimal:
                value = session.scalar(
                    select(func.coalesce(func.sum(column), 0)).where(at >= start, at < end)
                )
                return Decimal(str(value or 0)).quantize(Decimal("0.01"))

            purchases = total(orm.Purchase.cost, orm.Purchase.ordered_at)
            charges = total(orm.IllCharge.amount, orm.IllCharge.at)
            royalties = total(orm.CopyrightClearance.amount, orm.CopyrightClearance.at)
            return BudgetStatus(
                year,
                fiscal_year_label(year, start_month),
                Decimal(row.amount) if row is not None else None,
                purchases,
                charges,
                royalties,
                row.currency if row is not None else self._settings.get_str("purchase.currency"),
            )

    def _start_month(self) -> int:
        month = self._settings.get_int("purchase.fiscal_year_start_month")
        return month if 1 <= month <= 12 else 1

    @staticmethod
    def _borrowing(
        session: Session, request_id: int, *, refusal: str = "only borrowing requests are bought."
    ) -> orm.Request:
        request = session.get(orm.Request, request_id)
        if request is None:
            raise NotFound(N_("That request no longer exists."))
        if request.side != Side.BORROWING.value:
            raise ValidationFailed(
                {
                    "request": Sentence(
                        N_("{number} is a lending request; {refusal}"),
                        number=request.number,
                        refusal=refusal,
                    )
                }
            )
        return request
