"""Who the library is: declared once, used by notices, printouts, shipping and peers.

Nothing here has a made-up default: a real desk stores what staff entered in the first-run
assistant (``illdesk.ui.setup_wizard``); the demo data stores its own demo library
(``illdesk.demo.data.DEMO_LIBRARY``).
"""

from __future__ import annotations

from illdesk.domain.settings import SettingDef
from illdesk.domain.words import N_

LIBRARY_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "library.name",
        str,
        "",
        N_("The library's name as it appears on notices and printouts."),
        label=N_("Library name"),
        example="Stadtbibliothek Musterstadt",
    ),
    SettingDef(
        "library.symbol",
        str,
        "",
        N_("Our symbol or ISIL, as partners know us."),
        label=N_("Library symbol (ISIL or OCLC)"),
        example="DE-1 or US-NPHVC",
    ),
    SettingDef(
        "library.street",
        str,
        "",
        N_("Street address of the ILL office."),
        label=N_("Street address"),
        example="Hauptstraße 1",
    ),
    SettingDef("library.city", str, "", N_("City."), label=N_("City"), example="Berlin"),
    SettingDef(
        "library.postal_code", str, "", N_("Postal code."), label=N_("Postal code"), example="10117"
    ),
    SettingDef(
        "library.region",
        str,
        "",
        N_("State, province or region (where the country uses one)."),
        label=N_("State, province or region"),
        example="NY",
    ),
    SettingDef(
        "library.country",
        str,
        "",
        N_("Country (ISO 3166 two-letter code)."),
        label=N_("Country"),
        example="DE",
    ),
    SettingDef(
        "library.email",
        str,
        "",
        N_("E-mail of the ILL office."),
        label=N_("ILL e-mail"),
        example="ill@library.example.org",
    ),
)
