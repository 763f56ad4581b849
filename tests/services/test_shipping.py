"""The packing station: one step records the shipment, ships, and yields label and customs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.customs import CustomsForm
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.requests import ActionInput
from illdesk.services.shipping import ShipInput, ShippingService
from tests.services.borrowing_support import send_to_lender


@pytest.fixture
def shipping(db, settings, requests_service) -> ShippingService:
    return ShippingService(db, settings, requests_service)


def pulled(requests_service, partner_id: int) -> int:
    rid = requests_service.create_lending(
        partner_id=partner_id,
        citation=Citation(title="Der Zauberberg", author="Mann, Thomas"),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(
        rid, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000011")
    )
    return rid


def test_domestic_parcel_has_no_customs(shipping, requests_service, partners, clock) -> None:
    rid = pulled(requests_service, partners[0])  # US partner, we are in the US
    defaults = shipping.defaults(rid)
    assert not defaults.abroad
    done = shipping.ship(
        rid, ShipInput("USPS", Decimal("1.2"), "9400100000000000000000"), staff="Tom"
    )
    assert done.customs is None and done.customs_form is None
    assert done.performed.detail.row.state is State.SHIPPED
    assert done.performed.detail.row.due_date == clock().date() + dt.timedelta(days=28)
    assert done.label.tracking_number == "9400100000000000000000"
    assert done.label.recipient.name == "Hudson Valley College"
    [parcel] = shipping.shipments(rid)
    assert parcel.carrier == "USPS" and parcel.weight_kg == Decimal("1.200")


@pytest.mark.parametrize(
    ("value", "form"),
    [
        (Decimal("411.00"), CustomsForm.CN22),  # 411 USD / 1.37 = 300 SDR exactly
        (Decimal("411.02"), CustomsForm.CN23),  # just above
    ],
)
def test_customs_form_at_the_300_sdr_boundary(
    shipping, requests_service, partners, value, form
) -> None:
    rid = pulled(requests_service, partners[1])  # Berlin
    defaults = shipping.defaults(rid)
    assert defaults.abroad and defaults.hs_tariff_number == "490199"
    done = shipping.ship(
        rid,
        ShipInput(
            "USPS",
            Decimal("0.9"),
            "RR123456785US",
            declared_value=value,
            currency="USD",
            description=defaults.description,
            hs_tariff_number=defaults.hs_tariff_number,
        ),
        staff="Tom",
    )
    assert done.customs_form is form
    assert done.customs is not None and done.customs.total_value == value
    assert done.customs.items[0].hs_tariff_number == "490199"
    assert shipping.shipments(rid)[0].customs_form == form.value


def test_bad_ship_input_changes_nothing(shipping, requests_service, partners) -> None:
    rid = pulled(requests_service, partners[1])
    before = requests_service.detail(rid)
    with pytest.raises(ValidationFailed) as refused:
        shipping.ship(
            rid, ShipInput("FedEx", None, "", declared_value=None, description=""), staff="Tom"
        )
    assert set(refused.value.problems) == {"weight", "tracking", "value", "description"}
    with pytest.raises(ValidationFailed, match="no SDR exchange rate for XYZ"):
        shipping.ship(
            rid,
            ShipInput(
                "USPS",
                Decimal("1"),
                declared_value=Decimal("5"),
                currency="XYZ",
                description="Book",
            ),
            staff="Tom",
        )
    after = requests_service.detail(rid)
    assert after.row.state is State.PULLED and after.row.version == before.row.version
    assert shipping.shipments(rid) == []


def test_papers_again_rebuild_the_last_parcel(shipping, requests_service, partners) -> None:
    rid = pulled(requests_service, partners[1])  # Berlin: a customs form too
    with pytest.raises(Exception, match="No parcel has been sent"):
        shipping.papers_again(rid)
    defaults = shipping.defaults(rid)
    done = shipping.ship(
        rid,
        ShipInput(
            "UPS",
            Decimal("2.5"),
            "1Z999AA10123456784",
            declared_value=Decimal("600"),
            currency="USD",
            description=defaults.description,
            hs_tariff_number="490199",
        ),
        staff="Tom",
    )
    again = shipping.papers_again(rid)
    assert again.number == done.performed.detail.row.number
    assert (again.label.carrier, again.label.tracking_number, again.label.weight_kg) == (
        "UPS",
        "1Z999AA10123456784",
        Decimal("2.500"),
    )
    assert again.customs_form is done.customs_form is CustomsForm.CN23
    assert again.customs is not None and again.customs.items[0].value == Decimal("600.00")
    assert again.label.recipient == done.label.recipient


def _borrowed_from(requests_service, patron, partner_id: int) -> int:
    rid = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Buddenbrooks", author="Mann, Thomas"),
        service_type=ServiceType.LOAN,
        staff="D",
        allow_duplicate=True,
    ).row.id
    send_to_lender(requests_service, rid, [partner_id], staff="D")
    return rid


def test_returning_to_a_lender_abroad_brings_a_returned_goods_form(
    shipping, requests_service, patron, partners
) -> None:
    from illdesk.domain.customs import CustomsCategory

    abroad = shipping.return_papers(
        _borrowed_from(requests_service, patron, partners[1]), staff="Luis"
    )
    assert abroad.label.recipient.name == "Staatsbibliothek zu Berlin"
    assert abroad.customs_form is CustomsForm.CN22  # 50 USD declared: under 300 SDR
    assert abroad.customs is not None
    assert abroad.customs.category is CustomsCategory.RETURNED_GOODS
    assert abroad.customs.items[0].origin_country == "DE"
    assert "Buddenbrooks" in abroad.customs.items[0].description
    home = shipping.return_papers(_borrowed_from(requests_service, patron, partners[0]))
    assert home.customs is None and home.customs_form is None
