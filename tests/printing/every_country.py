"""Demo-like addressees in every country the desk is tested for, from the demo data's
partner libraries and three more (the UK, China, and Israel for right-to-left), with the
line each country's post looks for, as the destination formats it."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.demo.data import PARTNERS
from illdesk.domain.printed import Address
from illdesk.services.postal import postal_address

HOME = "US"  # the demo library is in Millbrook, NY


@dataclass(frozen=True)
class Addressee:
    country: str
    name: str
    street: str
    postal_code: str
    city: str
    region: str = ""

    def address(self, home: str = HOME) -> Address:
        return postal_address(
            self.name,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            region=self.region,
            country=self.country,
            home_country=home,
        )


def _demo(country: str) -> Addressee:
    partner = next(p for p in PARTNERS if p[6] == country)
    name, _symbol, street, city, postal_code, region = partner[:6]
    return Addressee(country, name, street, postal_code, city, region)


ADDRESSEES: tuple[Addressee, ...] = (
    _demo("US"),
    _demo("CA"),
    Addressee("GB", "The British Library", "96 Euston Road", "NW1 2DB", "London"),
    _demo("DE"),
    _demo("FR"),
    _demo("GR"),
    _demo("RU"),
    _demo("JP"),
    Addressee("CN", "中国国家图书馆", "中关村南大街33号", "100081", "海淀区", "北京市"),
    _demo("AU"),
    Addressee("IL", "הספרייה הלאומית", "רחוב אליעזר קפלן 1", "9195021", "ירושלים"),
)
COUNTRIES = tuple(a.country for a in ADDRESSEES)

POST_LINE: dict[str, str] = {
    # the line each country's post reads for the town and postal code, in its own order
    "US": "POUGHKEEPSIE, NY 12601",
    "CA": "TORONTO ON M5S 1A5",
    "GB": "NW1 2DB",
    "DE": "10785 BERLIN",
    "FR": "75013 PARIS",
    "GR": "176 74 ΚΑΛΛΙΘΕΑ",
    "RU": "119019",
    "JP": "〒100-8924",
    "CN": "100081",
    "AU": "MELBOURNE VIC 3000",
    "IL": "ירושלים 9195021",
}
