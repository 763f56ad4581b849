"""Customs: which form a parcel abroad needs, and the SDR rates that decide it.

The UPU rule: CN22 for contents worth up to and including 300 SDR (Special Drawing
Rights), CN23 above.  Rates are kept as "currency units per SDR" in the settings.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from decimal import Decimal

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_, Sentence

CN22_LIMIT_SDR = Decimal(300)


class CustomsError(DeskError):
    """A customs declaration cannot be completed as given."""


class CustomsCategory(enum.Enum):
    """The categories of item on CN22 and CN23."""

    GIFT = "Gift"
    DOCUMENTS = "Documents"
    COMMERCIAL_SAMPLE = "Commercial sample"
    RETURNED_GOODS = "Returned goods"
    SALE_OF_GOODS = "Sale of goods"
    OTHER = "Other"


class CustomsForm(enum.Enum):
    CN22 = "CN22"
    CN23 = "CN23"


def parse_sdr_rates(text: str) -> dict[str, Decimal]:
    """Read "EUR=1.17; USD=1.36" (units of the currency worth one SDR) into a mapping."""
    rates: dict[str, Decimal] = {"XDR": Decimal(1)}
    for part in text.replace(",", ";").split(";"):
        if not part.strip():
            continue
        code, _, number = part.partition("=")
        try:
            rate = Decimal(number.strip())
        except ArithmeticError as exc:
            raise CustomsError(
                Sentence(N_("The SDR rate “{part}” is not a number."), part=part.strip())
            ) from exc
        if rate <= 0:
            raise CustomsError(
                Sentence(N_("The SDR rate “{part}” must be above zero."), part=part.strip())
            )
        rates[code.strip().upper()] = rate
    return rates


def value_in_sdr(value: Decimal, currency: str, sdr_rates: Mapping[str, Decimal]) -> Decimal:
    """``value`` converted to Special Drawing Rights; rates give currency units per SDR."""
    rate = sdr_rates.get(currency.upper())
    if rate is None:
        raise CustomsError(
            Sentence(
                N_(
                    "There is no SDR exchange rate for {currency}; add it in the printing "
                    "settings to choose between CN22 and CN23."
                ),
                currency=currency,
            )
        )
    return Decimal(value) / Decimal(rate)


def choose_customs_form(
    value: Decimal, currency: str, sdr_rates: Mapping[str, Decimal]
) -> CustomsForm:
    """CN22 up to and including 300 SDR of contents, CN23 above (UPU Convention rule)."""
    if value < 0:
        raise CustomsError(N_("The declared value cannot be negative."))
    return (
        CustomsForm.CN22
        if value_in_sdr(value, currency, sdr_rates) <= CN22_LIMIT_SDR
        else CustomsForm.CN23
    )


def customs_form_for(value: Decimal, currency: str, sdr_rates_setting: str) -> CustomsForm:
    """The form for contents worth ``value`` in ``currency``, with the rates as the desk
    keeps them in its settings ("EUR=1.17; USD=1.36"); CustomsError in words."""
    return choose_customs_form(value, currency, parse_sdr_rates(sdr_rates_setting))


def is_abroad(country: str, home_country: str) -> bool:
    """A parcel to ``country`` leaves the library's own country (codes, any case)."""
    return country.strip().upper() != home_country.strip().upper()
