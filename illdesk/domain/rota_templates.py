"""Rota templates and the balanced lender suggestion, as data and small pure functions.

A template is a named list of lenders in the order to ask them ("state network first,
then reciprocal, then paid"); the library's last-resort lenders (a setting) go after every
template and every suggestion, and never before.  The balanced suggestion weighs each
partner's measured turnaround, its fill rate and our lending:borrowing balance with it, the
way ReShare balances load: a partner that borrows much from us and lends us little is asked
first, so the give and take evens out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_TEMPLATE_NAME = 80

#: How much each measure counts in the balanced suggestion (they add up to 1).
WEIGHTS = {"fill": 0.4, "speed": 0.3, "balance": 0.3}
TYPICAL_DAYS = 7.0
"""A lender that takes this many days scores half on speed."""


@dataclass(frozen=True)
class LenderRecord:
    """What this database measured about one partner."""

    partner_id: int
    symbol: str
    median_days: float | None = None
    asked: int = 0
    """Times we asked it (borrowing)."""
    filled: int = 0
    """Times it supplied (we received the item)."""
    lent_to_them: int = 0
    """Requests of theirs we supplied (lending)."""

    @property
    def fill_rate(self) -> float:
        """Filled over asked, with one fill and one miss assumed (0.5 when unmeasured)."""
        return (self.filled + 1) / (self.asked + 2)

    @property
    def speed(self) -> float:
        """1 for no wait, 0.5 at the typical days, towards 0 for slow lenders."""
        if self.median_days is None:
            return 0.5
        return 1 / (1 + max(self.median_days, 0.0) / TYPICAL_DAYS)

    @property
    def balance(self) -> float:
        """Our share of the give: near 1 when we lend them much more than they lend us."""
        return (self.lent_to_them + 1) / (self.lent_to_them + self.filled + 2)

    def score(self) -> float:
        return (
            WEIGHTS["fill"] * self.fill_rate
            + WEIGHTS["speed"] * self.speed
            + WEIGHTS["balance"] * self.balance
        )

    def describe(self) -> str:
        speed = f"{self.median_days:.0f} days" if self.median_days is not None else "speed unknown"
        return (
            f"fills {self.filled} of {self.asked}, {speed}, "
            f"we lent {self.lent_to_them} : they lent {self.filled}"
        )


def rank_balanced(records: Iterable[LenderRecord]) -> list[LenderRecord]:
    """Best first; equal scores by symbol, so the order never depends on the database."""
    return sorted(records, key=lambda r: (-r.score(), r.symbol))


def with_last_resort(
    ordered: Sequence[int], last_resort: Sequence[int], leave_out: Iterable[int] = ()
) -> list[int]:
    """``ordered`` without the last-resort lenders and those to leave out (already asked),
    then the last-resort lenders at the end, each once."""
    skip = set(leave_out)
    tail = [p for p in dict.fromkeys(last_resort) if p not in skip]
    head = [p for p in dict.fromkeys(ordered) if p not in skip and p not in tail]
    return head + tail


@dataclass(frozen=True)
class RotaTemplate:
    name: str
    partner_ids: tuple[int, ...]
    id: int | None = None


def template_problems(template: RotaTemplate) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = template.name.strip()
    if not name:
        problems["name"] = "Give the template a name (e.g. “State network first”)."
    elif len(name) > MAX_TEMPLATE_NAME:
        problems["name"] = f"A template's name fits in {MAX_TEMPLATE_NAME} characters."
    if not template.partner_ids:
        problems["partners"] = "Put at least one lender in the template."
    elif len(set(template.partner_ids)) != len(template.partner_ids):
        problems["partners"] = "Each lender appears once in a template."
    return problems
