"""Settings of catalogue search (SRU/Z39.50), MARC holdings import and NCIP to our ILS.

Declared here (``SETTINGS``, collected by ``illdesk.settings_registry``);
the ``*_from`` helpers turn a :class:`Settings` object into the objects the adapters need.
"""

from __future__ import annotations

from illdesk.domain.settings import SettingDef, Settings
from illdesk.domain.words import N_
from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.marc.records import ENCODINGS
from illdesk.interop.ncip.messages import NcipEndpoint
from illdesk.interop.sru.targets import Target, TargetConfigError, parse_targets

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "catalogue.marc_holdings_field",
        str,
        "852",
        N_(
            "MARC field that holds our items (852 standard holdings, 949 local/Sirsi-style, "
            "952 Koha)."
        ),
        "library",
        ("852", "949", "952"),
        label=N_("MARC field of holdings"),
        example="852",
    ),
    SettingDef(
        "catalogue.marc_holdings_subfields",
        str,
        "",
        N_(
            "Which subfields hold what, e.g. “barcode=p call_number=hi location=b status=x”. "
            "Empty = the usual layout of the chosen field."
        ),
        "library",
        label=N_("MARC subfields of holdings"),
    ),
    SettingDef(
        "catalogue.marc_encoding",
        str,
        "auto",
        N_(
            "Character set of MARC files without a reliable leader: auto (look at the bytes), "
            "marc8, utf-8, cp1251, ..."
        ),
        "library",
        ENCODINGS,
        label=N_("Character set of MARC files"),
    ),
    SettingDef(
        "catalogue.sru_targets",
        str,
        "",
        N_(
            "Catalogues to search, one a line: Name | base URL | database | record schema | "
            "holdings field. Example: Union catalogue | http://sru.example.org | Default | "
            "marcxml | 852"
        ),
        "library",
        label=N_("Catalogues to search (SRU)"),
    ),
    SettingDef(
        "catalogue.own_opac",
        str,
        "",
        N_(
            "Our own OPAC, asked over SRU (or Z39.50) by the holdings check as well as the "
            "imported MARC: one line, Name | base URL | database | record schema | holdings "
            "field. Empty = only imported MARC is checked."
        ),
        "library",
        label=N_("Our own catalogue (OPAC)"),
    ),
    SettingDef(
        "catalogue.search_timeout_seconds",
        float,
        10.0,
        N_("How long to wait for a catalogue to answer before saying it is down or slow."),
        "desk",
        label=N_("Wait for a catalogue (seconds)"),
    ),
    SettingDef(
        "catalogue.max_records",
        int,
        20,
        N_("How many records to fetch from each catalogue per search."),
        "desk",
        label=N_("Most records per catalogue search"),
    ),
    SettingDef(
        "ncip.enabled",
        bool,
        False,
        N_("Tell our own library system (ILS) about borrowed items over NCIP."),
        "library",
        label=N_("Tell our library system (NCIP)"),
    ),
    SettingDef(
        "ncip.profile",
        str,
        "circulation",
        N_(
            "Which NCIP messages our ILS takes: circulation (AcceptItem, CheckOutItem, "
            "CheckInItem, DeleteItem: Alma, FOLIO, Sierra, Polaris) or koha_ill (Koha's NCIP "
            "server: ItemRequested, ItemShipped, ItemReceived, RenewItem, CancelRequestItem, ...)."
        ),
        "library",
        ("circulation", "koha_ill"),
        label=N_("NCIP messages our ILS takes"),
    ),
    SettingDef(
        "ncip.return_action",
        str,
        "delete",
        N_(
            "Circulation profile, item sent back to the lender: delete the temporary item "
            "(DeleteItem) or only check it in (CheckInItem)."
        ),
        "library",
        ("delete", "check_in"),
        label=N_("Item sent back to the lender (NCIP)"),
    ),
    SettingDef(
        "ncip.endpoint_url",
        str,
        "",
        N_("Address of the ILS's NCIP service, e.g. https://ils.example.org/ncip"),
        "library",
        label=N_("NCIP address of our library system"),
        example="https://ils.library.example.org/ncip",
    ),
    SettingDef(
        "ncip.from_agency_id",
        str,
        "ILLDESK",
        N_("Our agency id in NCIP messages (the ILS may require a particular value)."),
        "library",
        label=N_("Our agency id in NCIP"),
    ),
    SettingDef(
        "ncip.to_agency_id",
        str,
        "",
        N_("The ILS's agency id in NCIP messages."),
        "library",
        label=N_("The library system's agency id"),
    ),
    SettingDef(
        "ncip.item_agency_id",
        str,
        "",
        N_("Agency id put on patron and item ids (empty = the ILS's agency id)."),
        "library",
        label=N_("Agency id of items in NCIP"),
    ),
    SettingDef(
        "ncip.pickup_location",
        str,
        "",
        N_("Pickup location code for holds on borrowed items."),
        "library",
        label=N_("Pickup location in NCIP"),
    ),
    SettingDef(
        "ncip.xsd_path",
        str,
        "",
        N_("Path of the NCIP 2.02 schema (ncip_v2_02.xsd) every message is checked against."),
        "library",
        label=N_("NCIP schema file (XSD)"),
    ),
    SettingDef(
        "ncip.timeout_seconds",
        float,
        15.0,
        N_("How long to wait for the ILS to answer an NCIP message."),
        "desk",
        label=N_("Wait for the library system (seconds)"),
    ),
)


def holdings_mapping_from(settings: Settings) -> HoldingsMapping:
    """Raises ValueError in words when the subfield setting is malformed."""
    return HoldingsMapping.parse(
        settings.get_str("catalogue.marc_holdings_field"),
        settings.get_str("catalogue.marc_holdings_subfields"),
    )


def targets_from(settings: Settings) -> list[Target]:
    """Raises TargetConfigError naming the bad line."""
    return parse_targets(settings.get_str("catalogue.sru_targets"))


def own_opac_from(settings: Settings) -> Target | None:
    """Our OPAC as a target, None when not set; raises TargetConfigError in words."""
    text = settings.get_str("catalogue.own_opac").strip()
    if not text:
        return None
    found = parse_targets(text)
    if len(found) != 1:
        raise TargetConfigError("Our OPAC setting must be one line: Name | base URL | ...")
    return found[0]


def ncip_endpoint_from(settings: Settings) -> NcipEndpoint:
    return NcipEndpoint(
        url=settings.get_str("ncip.endpoint_url"),
        from_agency=settings.get_str("ncip.from_agency_id"),
        to_agency=settings.get_str("ncip.to_agency_id"),
        item_agency=settings.get_str("ncip.item_agency_id"),
        timeout=settings.get_float("ncip.timeout_seconds"),
    )
