"""Who the library is: checked with the partner rules, stored at once, never made up."""

from __future__ import annotations

import pytest

from illdesk.demo.data import DEMO_LIBRARY, store_demo_library
from illdesk.domain.errors import ValidationFailed
from illdesk.persistence import orm
from illdesk.persistence.settings_store import load_settings
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.services.library_setup import LibraryIdentity, LibrarySetupService, address_fields
from illdesk.settings_registry import all_setting_defs

LIBRARY = LibraryIdentity(
    name="  British   Library ",
    symbol="GB-UkLoBL",
    country="gb",
    email="ill@bl.example.uk",
    currency="gbp",
    address={
        "library.street": "96 Euston Road",
        "library.city": "London",
        "library.postal_code": "nw1 2db",
    },
)


def test_a_fresh_database_knows_no_library_and_makes_none_up(db) -> None:
    settings = load_settings(db, all_setting_defs())
    assert not LibrarySetupService(db, settings).is_set_up()
    for key in ("library.name", "library.symbol", "library.street", "library.email"):
        assert settings.get_str(key) == ""
    with db.reading() as session:
        assert session.query(orm.SettingRow).count() == 0


def test_the_library_is_stored_in_one_go_as_entered(db) -> None:
    settings = load_settings(db, all_setting_defs())
    service = LibrarySetupService(db, settings)
    desk = service.store(LIBRARY, {"mail.host": "smtp.bl.example.uk", "mail.password": "pw"})
    assert desk == {"mail.password": "pw"}
    stored = load_settings(db, all_setting_defs())
    assert stored.get_str("library.name") == "British Library"
    assert stored.get_str("library.country") == "GB"
    assert stored.get_str("library.city") == "London"
    assert stored.get_str("library.postal_code") == "NW1 2DB"
    assert stored.get_str("purchase.currency") == "GBP"
    assert stored.get_str("mail.host") == "smtp.bl.example.uk"
    assert stored.get_str("mail.password") == ""  # desk-only: never in the shared table
    assert service.is_set_up()


def test_a_wrong_value_stores_nothing(db) -> None:
    service = LibrarySetupService(db, load_settings(db, all_setting_defs()))
    bad = LibraryIdentity(**{**LIBRARY.__dict__, "symbol": "hello world", "currency": "XXY"})
    with pytest.raises(ValidationFailed) as refused:
        service.store(bad, {"mail.port": "not a number"})
    assert set(refused.value.problems) == {"library.symbol", "currency"}
    with pytest.raises(ValidationFailed) as refused:
        service.store(LIBRARY, {"mail.port": "not a number"})
    assert set(refused.value.problems) == {"mail.port"}
    with db.reading() as session:
        assert session.query(orm.SettingRow).count() == 0


def test_settings_check_the_symbol_as_the_partner_form_does(db) -> None:
    service = LibrarySettingsService(db, load_settings(db, all_setting_defs()))
    with pytest.raises(ValidationFailed) as refused:
        service.change("library.symbol", "hello world")
    assert "symbol or ISIL" in refused.value.problems["library.symbol"]
    with pytest.raises(ValidationFailed):
        service.change("library.country", "Germany")
    with pytest.raises(ValidationFailed):
        service.change("library.email", "ill at library")
    assert service.change("library.symbol", "DE-1") == "DE-1"


def test_each_country_asks_for_its_own_lines() -> None:
    us = {f.name: f for f in address_fields("US")}
    assert us["postal_code"].kind == "zip" and us["country_area"].required
    assert ("NY", "New York") in us["country_area"].choices
    de = {f.name for f in address_fields("DE")}
    assert de == {"street_address", "city", "postal_code"}
    hk = {f.name for f in address_fields("HK")}
    assert "postal_code" not in hk


def test_the_demo_library_is_stored_only_where_none_is(db) -> None:
    store_demo_library(db)
    assert (
        load_settings(db, all_setting_defs()).get_str("library.name")
        == DEMO_LIBRARY["library.name"]
    )
    other = LibrarySettingsService(db, load_settings(db, all_setting_defs()))
    other.change("library.name", "Stadtbücherei Ahrensburg")
    store_demo_library(db)
    assert load_settings(db, all_setting_defs()).get_str("library.name") == (
        "Stadtbücherei Ahrensburg"
    )
