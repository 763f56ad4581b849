"""The catalogue/MARC/NCIP settings declared in illdesk.interop.catalogue_settings."""

from __future__ import annotations

import pytest

from illdesk.domain.settings import Settings
from illdesk.interop.catalogue_settings import (
    SETTINGS,
    holdings_mapping_from,
    ncip_endpoint_from,
    targets_from,
)
from illdesk.interop.marc.holdings import HoldingsMapping
from illdesk.interop.sru.targets import TargetConfigError


def test_keys_are_unique_prefixed_and_defaults_coerce() -> None:
    keys = [d.key for d in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(k.startswith(("catalogue.", "ncip.")) for k in keys)
    for definition in SETTINGS:
        assert definition.coerce(definition.default) == definition.default
        assert definition.help


def test_defaults() -> None:
    settings = Settings(SETTINGS)
    assert holdings_mapping_from(settings) == HoldingsMapping()
    assert targets_from(settings) == []
    endpoint = ncip_endpoint_from(settings)
    assert endpoint.from_agency == "ILLDESK"
    assert endpoint.timeout == 15.0


def test_values() -> None:
    settings = Settings(
        SETTINGS,
        {
            "catalogue.marc_holdings_field": "952",
            "catalogue.marc_holdings_subfields": "barcode=p call_number=o",
            "catalogue.sru_targets": "Union | http://u.example.org | db",
            "ncip.endpoint_url": "https://ils.example.org/ncip",
            "ncip.to_agency_id": "MAIN",
            "ncip.timeout_seconds": "3",
        },
    )
    assert holdings_mapping_from(settings).tag == "952"
    assert targets_from(settings)[0].search_url == "http://u.example.org/db"
    endpoint = ncip_endpoint_from(settings)
    assert (endpoint.url, endpoint.to_agency, endpoint.agency_for_ids, endpoint.timeout) == (
        "https://ils.example.org/ncip",
        "MAIN",
        "MAIN",
        3.0,
    )


def test_bad_values_in_words() -> None:
    with pytest.raises(ValueError, match="is not one of 852, 949, 952"):
        Settings(SETTINGS, {"catalogue.marc_holdings_field": "950"})
    settings = Settings(SETTINGS, {"catalogue.sru_targets": "just a name"})
    with pytest.raises(TargetConfigError, match="Line 1"):
        targets_from(settings)
