"""Purchase-on-demand rules: the suggestion and the reasons in words; fiscal years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.purchase_rules import (
    ArticleCase,
    LoanCase,
    PurchaseRules,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_span,
    suggest_article,
    suggest_loan,
)

RULES = PurchaseRules(
    loan_max_age_years=3,
    loan_price_limit=Decimal("60"),
    loan_categories=frozenset({"faculty", "student"}),
    article_ill_cost=Decimal("30"),
    article_min_days=3,
)
TODAY = dt.date(2026, 3, 2)


def test_loan_bought_when_recent_cheap_and_patron_qualifies() -> None:
    s = suggest_loan(LoanCase(TODAY, 2024, Decimal("45.00"), "Faculty"), RULES)
    assert s.buy
    assert s.reasons == (
        "Published 2024, within 3 years.",
        "Price 45.00 is within the limit of 60.00.",
        "Patron category “Faculty” qualifies.",
    )
    assert s.words().startswith("Suggest: buy.")


@pytest.mark.parametrize(
    "case, why",
    [
        (LoanCase(TODAY, 2022, Decimal("45"), "faculty"), "more than 3 years ago"),
        (LoanCase(TODAY, 2024, Decimal("60.01"), "faculty"), "over the limit"),
        (LoanCase(TODAY, 2024, Decimal("45"), "public"), "does not qualify"),
        (LoanCase(TODAY, None, Decimal("45"), "faculty"), "year is unknown"),
        (LoanCase(TODAY, 2024, None, "faculty"), "No price entered"),
    ],
)
def test_loan_borrowed_otherwise_with_the_reason(case, why) -> None:
    s = suggest_loan(case, RULES)
    assert not s.buy
    assert why in s.words() and s.words().startswith("Suggest: borrow.")


def test_loan_boundaries_are_inclusive() -> None:
    assert suggest_loan(LoanCase(TODAY, 2023, Decimal("60"), "student"), RULES).buy


def test_article_bought_when_cheaper_than_ill() -> None:
    s = suggest_article(ArticleCase(TODAY, Decimal("29.99"), None), RULES)
    assert s.buy and "below the expected ILL cost" in s.words()
    assert not suggest_article(ArticleCase(TODAY, Decimal("30"), None), RULES).buy


def test_article_bought_when_needed_too_soon() -> None:
    urgent = suggest_article(ArticleCase(TODAY, Decimal("45"), TODAY + dt.timedelta(days=2)), RULES)
    assert urgent.buy and "Needed in 2 days" in urgent.words()
    calm = suggest_article(ArticleCase(TODAY, Decimal("45"), TODAY + dt.timedelta(days=3)), RULES)
    assert not calm.buy and "there is time" in calm.words()
    assert not suggest_article(ArticleCase(TODAY, None, None), RULES).buy


def test_fiscal_years() -> None:
    assert fiscal_year_of(dt.date(2026, 6, 30), 7) == 2025
    assert fiscal_year_of(dt.date(2026, 7, 1), 7) == 2026
    assert fiscal_year_of(dt.date(2026, 1, 1), 1) == 2026
    assert fiscal_year_span(2025, 7) == (dt.date(2025, 7, 1), dt.date(2026, 7, 1))
    assert fiscal_year_label(2025, 7) == "2025/26"
    assert fiscal_year_label(2026, 1) == "2026"
