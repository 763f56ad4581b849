"""Who the library is: declared once, used by notices, printouts, shipping and peers."""

from __future__ import annotations

from illdesk.domain.settings import SettingDef

LIBRARY_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "library.name",
        str,
        "Millbrook Public Library",
        "The library's name as it appears on notices and printouts.",
    ),
    SettingDef("library.symbol", str, "US-MbPL", "Our symbol or ISIL, as partners know us."),
    SettingDef("library.street", str, "12 Mill Street", "Street address of the ILL office."),
    SettingDef("library.city", str, "Millbrook", "City."),
    SettingDef("library.postal_code", str, "12545", "Postal code."),
    SettingDef("library.region", str, "NY", "State, province or region."),
    SettingDef("library.country", str, "US", "Country (ISO 3166 two-letter code)."),
    SettingDef("library.email", str, "ill@millbrook.example.org", "E-mail of the ILL office."),
)
