"""Who the library is: declared once, used by notices, printouts, shipping and peers.

Nothing here has a made-up default: a real desk stores what staff entered in the first-run
assistant (``illdesk.ui.setup_wizard``); the demo data stores its own demo library
(``illdesk.demo.data.DEMO_LIBRARY``).
"""

from __future__ import annotations

from illdesk.domain.settings import SettingDef

LIBRARY_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "library.name",
        str,
        "",
        "The library's name as it appears on notices and printouts.",
        label="Library name",
        example="Stadtbibliothek Musterstadt",
    ),
    SettingDef(
        "library.symbol",
        str,
        "",
        "Our symbol or ISIL, as partners know us.",
        label="Library symbol (ISIL or OCLC)",
        example="DE-1 or US-NPHVC",
    ),
    SettingDef(
        "library.street",
        str,
        "",
        "Street address of the ILL office.",
        label="Street address",
        example="Hauptstraße 1",
    ),
    SettingDef("library.city", str, "", "City.", label="City", example="Berlin"),
    SettingDef(
        "library.postal_code", str, "", "Postal code.", label="Postal code", example="10117"
    ),
    SettingDef(
        "library.region",
        str,
        "",
        "State, province or region (where the country uses one).",
        label="State, province or region",
        example="NY",
    ),
    SettingDef(
        "library.country",
        str,
        "",
        "Country (ISO 3166 two-letter code).",
        label="Country",
        example="DE",
    ),
    SettingDef(
        "library.email",
        str,
        "",
        "E-mail of the ILL office.",
        label="ILL e-mail",
        example="ill@library.example.org",
    ),
)
