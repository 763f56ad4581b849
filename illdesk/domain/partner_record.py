"""A partner library's directory entry and the checks staff get when they save one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from illdesk.domain.lending_policy import MAX_LOAN_DAYS, MAX_RENEWALS, is_charge
from illdesk.domain.words import N_, Sentence

CARRIERS: tuple[str, ...] = ("USPS", "UPS", "FedEx", "Courier", "ILL van", "Other")

_SYMBOL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:._/-]{0,39}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PartnerRecord:
    """Everything the desk keeps about another library; ``id`` is None for a new one."""

    name: str
    symbol: str
    id: int | None = None
    street: str = ""
    city: str = ""
    postal_code: str = ""
    region: str = ""
    country: str = "US"
    email: str = ""
    iso18626_endpoint: str = ""
    catalogue_url: str = ""
    """Its catalogue for Find lenders: SRU base URL (http...) or Z39.50 (z3950://host:port)."""
    catalogue_database: str = ""
    default_loan_days: int = 28
    renewals_allowed: int = 1
    charge: Decimal = Decimal("0")
    currency: str = "USD"
    accepts_invoice: bool = True
    accepts_ifm: bool = False
    accepts_ifla_vouchers: bool = False
    reciprocal: bool = False
    default_carrier: str = "USPS"
    lending_conditions: str = ""
    notes: str = ""


def symbol_problem(symbol: str) -> str | None:
    """Why ``symbol`` cannot be a library symbol (ISIL or OCLC), or None when it can.

    One rule for partners and for our own library, so that what partners call us is
    something we would accept from them."""
    if _SYMBOL.match(symbol.strip()):
        return None
    return (
        "Enter the library's symbol or ISIL (letters, digits and "
        "- : . / _, up to 40), e.g. DE-1 or US-NPHVC."
    )


def email_problem(email: str) -> str | None:
    """Why ``email`` (not empty) is not an e-mail address, or None when it looks like one."""
    if _EMAIL.match(email.strip()):
        return None
    return "That does not look like an e-mail address."


def partner_problems(record: PartnerRecord) -> dict[str, str]:
    """What is wrong with the entry, by field, in words; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not record.name.strip():
        problems["name"] = N_("Enter the library's name.")
    symbol = symbol_problem(record.symbol)
    if symbol is not None:
        problems["symbol"] = symbol
    if not re.fullmatch(r"[A-Z]{2}", record.country.strip().upper()):
        problems["country"] = N_("Enter the two-letter country code (ISO 3166), e.g. DE.")
    email = email_problem(record.email) if record.email.strip() else None
    if email is not None:
        problems["email"] = email
    endpoint = record.iso18626_endpoint.strip()
    if endpoint and not re.match(r"^https?://[^\s/]+", endpoint):
        problems["iso18626_endpoint"] = N_("The ISO 18626 address starts with https:// or http://.")
    catalogue = record.catalogue_url.strip()
    if catalogue and not re.match(r"^(https?|z3950)://[^\s/]+", catalogue, re.IGNORECASE):
        problems["catalogue_url"] = N_(
            "The catalogue address starts with http:// or https:// (SRU) or "
            "z3950:// (Z39.50, e.g. z3950://opac.example.org:210)."
        )
    if record.catalogue_database.strip() and not re.fullmatch(
        r"[A-Za-z0-9._-]{1,120}", record.catalogue_database.strip()
    ):
        problems["catalogue_database"] = N_(
            "The database name is one word (letters, digits, . _ -), e.g. Default."
        )
    if not 1 <= record.default_loan_days <= MAX_LOAN_DAYS:
        problems["default_loan_days"] = Sentence(
            N_("A loan lasts from 1 to {MAX_LOAN_DAYS} days."), MAX_LOAN_DAYS=MAX_LOAN_DAYS
        )
    if not 0 <= record.renewals_allowed <= MAX_RENEWALS:
        problems["renewals_allowed"] = Sentence(
            N_("Renewals go from 0 to {MAX_RENEWALS}."), MAX_RENEWALS=MAX_RENEWALS
        )
    if not is_charge(record.charge):
        problems["charge"] = N_("A charge is zero or more, with at most two decimals.")
    if not re.fullmatch(r"[A-Z]{3}", record.currency.strip().upper()):
        problems["currency"] = N_("Enter the three-letter currency code, e.g. EUR.")
    if not (record.accepts_invoice or record.accepts_ifm or record.accepts_ifla_vouchers):
        problems["accepts_invoice"] = N_("Tick at least one way the library pays.")
    if record.default_carrier not in CARRIERS:
        problems["default_carrier"] = N_("Choose a carrier from the list.")
    if len(record.lending_conditions) > 500:
        problems["lending_conditions"] = N_("Conditions fit in 500 characters.")
    return problems


def tidy(record: PartnerRecord) -> dict[str, object]:
    """The record's fields as they are stored: trimmed, codes in capitals."""
    values = {name: getattr(record, name) for name in record.__dataclass_fields__}
    for name, value in list(values.items()):
        if isinstance(value, str):
            values[name] = value.strip()
    values["country"] = str(values["country"]).upper()
    values["currency"] = str(values["currency"]).upper()
    values.pop("id")
    return values
