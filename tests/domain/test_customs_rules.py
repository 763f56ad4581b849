"""The UPU rule: CN22 up to and including 300 SDR of contents, CN23 above."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.customs import (
    CustomsError,
    CustomsForm,
    choose_customs_form,
    customs_form_for,
    is_abroad,
    parse_sdr_rates,
)

RATES = {"XDR": Decimal(1), "EUR": Decimal("1.17"), "JPY": Decimal("205")}


def test_exactly_300_sdr_is_cn22_and_just_above_is_cn23() -> None:
    assert choose_customs_form(Decimal("300"), "XDR", RATES) is CustomsForm.CN22
    assert choose_customs_form(Decimal("300.01"), "XDR", RATES) is CustomsForm.CN23
    limit_eur = Decimal("300") * RATES["EUR"]  # 351.00 EUR is exactly 300 SDR
    assert choose_customs_form(limit_eur, "EUR", RATES) is CustomsForm.CN22
    assert choose_customs_form(limit_eur + Decimal("0.01"), "eur", RATES) is CustomsForm.CN23
    assert choose_customs_form(Decimal("61500"), "JPY", RATES) is CustomsForm.CN22
    assert choose_customs_form(Decimal("61501"), "JPY", RATES) is CustomsForm.CN23
    assert choose_customs_form(Decimal("0"), "EUR", RATES) is CustomsForm.CN22


def test_unknown_currency_and_bad_rates_are_explained() -> None:
    with pytest.raises(CustomsError, match="no SDR exchange rate for NOK"):
        choose_customs_form(Decimal("10"), "NOK", RATES)
    with pytest.raises(CustomsError, match="negative"):
        choose_customs_form(Decimal("-1"), "EUR", RATES)
    assert parse_sdr_rates("EUR=1.17; usd = 1.37")["USD"] == Decimal("1.37")
    with pytest.raises(CustomsError, match="not a number"):
        parse_sdr_rates("EUR=abc")
    with pytest.raises(CustomsError, match="above zero"):
        parse_sdr_rates("EUR=0")


def test_the_form_from_the_rates_as_the_settings_keep_them() -> None:
    assert customs_form_for(Decimal("351"), "EUR", "EUR=1.17") is CustomsForm.CN22
    assert customs_form_for(Decimal("351.01"), "EUR", "EUR=1.17") is CustomsForm.CN23


@pytest.mark.parametrize(
    "country, home, abroad",
    [("DE", "US", True), ("us", "US", False), (" fr ", "FR", False), ("", "US", True)],
)
def test_abroad_is_another_country_code(country, home, abroad) -> None:
    assert is_abroad(country, home) is abroad
