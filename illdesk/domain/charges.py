"""Charges: how the desk bills a partner, what a charge may be, and IFLA vouchers."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from illdesk.domain.words import N_


class Method(StrEnum):
    INVOICE = "invoice"
    IFM = "ifm"
    IFLA = "ifla"


METHOD_WORDS = {
    Method.INVOICE: N_("invoice"),
    Method.IFM: N_("OCLC IFM"),
    Method.IFLA: N_("IFLA vouchers"),
}


def accepted_methods(*, invoice: bool, ifm: bool, ifla: bool) -> list[Method]:
    """The ways a partner pays, in the order the desk offers them."""
    return [
        m for m, ok in ((Method.INVOICE, invoice), (Method.IFM, ifm), (Method.IFLA, ifla)) if ok
    ]


def vouchers_for(amount: Decimal, full_value: Decimal, half_value: Decimal) -> tuple[int, int]:
    """The fewest vouchers that cover ``amount``: full ones, then one half if it is enough."""
    if amount <= 0:
        return 0, 0
    full = int(amount // full_value)
    rest = amount - full * full_value
    if rest <= 0:
        return full, 0
    if rest <= half_value:
        return full, 1
    return full + int((rest / full_value).to_integral_value(ROUND_CEILING)), 0


INVOICE_DAYS = 30
"""An invoice is payable within this many days of billing."""


def invoice_due(billed_on: dt.date) -> dt.date:
    return billed_on + dt.timedelta(days=INVOICE_DAYS)


CHARGE_LIMIT = Decimal("100000000")
"""Charges are stored as Numeric(10, 2): anything from this amount up does not fit."""


def charge_amount_problem(amount: Decimal) -> str | None:
    """Why ``amount`` cannot be a lender's charge, in words, or None when it can."""
    if not amount.is_finite():
        return "That is not an amount."
    if amount < 0:
        return "A charge cannot be negative."
    if amount == 0:
        return "A charge must be more than zero."
    if amount >= CHARGE_LIMIT:
        return f"A charge must be less than {CHARGE_LIMIT:,.2f}."
    if amount != amount.quantize(Decimal("0.01")):
        return "Use at most 2 decimals (whole cents)."
    return None
