"""Purchase on demand: when buying beats borrowing, with the reasons in words.

The library sets the rules; the desk sees the suggestion and why, and staff decide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from illdesk.domain.words import N_, Sentence, as_sentence, joined


@dataclass(frozen=True)
class PurchaseRules:
    loan_max_age_years: int = 3
    loan_price_limit: Decimal = Decimal("60")
    loan_categories: frozenset[str] = frozenset({"faculty", "staff", "student"})
    article_ill_cost: Decimal = Decimal("30")
    article_min_days: int = 3
    """Buy an article when the need-by date is fewer than this many days away."""


@dataclass(frozen=True)
class LoanCase:
    today: dt.date
    pub_year: int | None
    price: Decimal | None
    patron_category: str


@dataclass(frozen=True)
class ArticleCase:
    today: dt.date
    supplier_price: Decimal | None
    needed_by: dt.date | None


@dataclass(frozen=True)
class Suggestion:
    buy: bool
    reasons: tuple[str, ...]

    def words(self) -> str:
        head = Sentence(N_("Suggest: buy.") if self.buy else N_("Suggest: borrow."))
        return joined(head, *(as_sentence(reason) for reason in self.reasons))


def suggest_loan(case: LoanCase, rules: PurchaseRules) -> Suggestion:
    """Buy when all three hold: recent enough, cheap enough, and the patron qualifies."""
    reasons: list[str] = []
    recent = case.pub_year is not None and case.today.year - case.pub_year <= (
        rules.loan_max_age_years
    )
    if case.pub_year is None:
        reasons.append(N_("The publication year is unknown."))
    elif recent:
        reasons.append(
            Sentence(
                N_("Published {pub_year}, within {loan_max_age_years} years."),
                pub_year=case.pub_year,
                loan_max_age_years=rules.loan_max_age_years,
            )
        )
    else:
        reasons.append(
            Sentence(
                N_("Published {pub_year}, more than {loan_max_age_years} years ago."),
                pub_year=case.pub_year,
                loan_max_age_years=rules.loan_max_age_years,
            )
        )
    cheap = case.price is not None and case.price <= rules.loan_price_limit
    if case.price is None:
        reasons.append(N_("No price entered."))
    elif cheap:
        reasons.append(
            Sentence(
                N_("Price {price:.2f} is within the limit of {loan_price_limit:.2f}."),
                price=case.price,
                loan_price_limit=rules.loan_price_limit,
            )
        )
    else:
        reasons.append(
            Sentence(
                N_("Price {price:.2f} is over the limit of {loan_price_limit:.2f}."),
                price=case.price,
                loan_price_limit=rules.loan_price_limit,
            )
        )
    category = case.patron_category.strip().casefold()
    allowed = {c.casefold() for c in rules.loan_categories}
    qualifies = category in allowed
    if qualifies:
        reasons.append(
            Sentence(
                N_("Patron category “{patron_category}” qualifies."),
                patron_category=case.patron_category,
            )
        )
    else:
        reasons.append(
            Sentence(
                N_("Patron category “{value}” does not qualify."),
                value=case.patron_category or "none",
            )
        )
    return Suggestion(recent and cheap and qualifies, tuple(reasons))


def suggest_article(case: ArticleCase, rules: PurchaseRules) -> Suggestion:
    """Buy when the supplier is cheaper than an ILL copy, or the need-by date is too close."""
    reasons: list[str] = []
    cheaper = case.supplier_price is not None and case.supplier_price < rules.article_ill_cost
    if case.supplier_price is None:
        reasons.append(N_("No supplier price entered."))
    elif cheaper:
        reasons.append(
            Sentence(
                N_(
                    "Supplier price {supplier_price:.2f} is below the expected ILL "
                    "cost of {article_ill_cost:.2f}."
                ),
                supplier_price=case.supplier_price,
                article_ill_cost=rules.article_ill_cost,
            )
        )
    else:
        reasons.append(
            Sentence(
                N_(
                    "Supplier price {supplier_price:.2f} is not below the expected "
                    "ILL cost of {article_ill_cost:.2f}."
                ),
                supplier_price=case.supplier_price,
                article_ill_cost=rules.article_ill_cost,
            )
        )
    urgent = False
    if case.needed_by is not None:
        days = (case.needed_by - case.today).days
        urgent = days < rules.article_min_days
        if urgent:
            reasons.append(
                Sentence(
                    N_(
                        "Needed in {days} days, sooner than ILL can supply "
                        "({article_min_days} days)."
                    ),
                    days=days,
                    article_min_days=rules.article_min_days,
                )
            )
        else:
            reasons.append(
                Sentence(N_("Needed in {days} days: there is time to borrow."), days=days)
            )
    return Suggestion(cheaper or urgent, tuple(reasons))


def fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The fiscal year ``day`` falls in, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_year_span(fiscal_year: int, start_month: int) -> tuple[dt.date, dt.date]:
    """First day of the fiscal year and first day of the next (half-open)."""
    start = dt.date(fiscal_year, start_month, 1)
    return start, dt.date(fiscal_year + 1, start_month, 1)


def fiscal_year_label(fiscal_year: int, start_month: int) -> str:
    if start_month == 1:
        return str(fiscal_year)
    return f"{fiscal_year}/{(fiscal_year + 1) % 100:02d}"
