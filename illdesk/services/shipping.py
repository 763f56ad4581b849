"""The packing station: ship a pulled item with carrier, weight and tracking in one step,
with the customs form chosen for parcels abroad (CN22 up to 300 SDR, CN23 above), and
the return label for borrowed items going back to their lender.

The service records the shipment and takes the workflow action in one transaction, and
hands back what to print as the printing layer's document data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.customs import (
    CustomsCategory,
    CustomsError,
    CustomsForm,
    customs_form_for,
    is_abroad,
)
from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.partner_record import CARRIERS
from illdesk.domain.printed import (
    Address,
    CustomsDeclaration,
    CustomsItem,
    LibraryLetterhead,
    ShippingLabel,
    letterhead_from_settings,
)
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action
from illdesk.domain.words import N_, Sentence
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import Shipment
from illdesk.services.postal import country_name, customs_addressee, postal_address
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rows import Performed

NEEDS_TRACKING = {"UPS", "FedEx"}


@dataclass(frozen=True)
class ShipDefaults:
    request_id: int
    number: str
    title: str
    partner: str
    carrier: str
    abroad: bool
    declared_value: Decimal
    currency: str
    description: str
    hs_tariff_number: str
    weight_kg: Decimal | None = None
    """The desk's usual parcel weight, or None when staff weigh every parcel."""


@dataclass(frozen=True)
class ShipInput:
    carrier: str
    weight_kg: Decimal | None
    tracking_number: str = ""
    declared_value: Decimal | None = None
    currency: str = ""
    description: str = ""
    hs_tariff_number: str = ""


@dataclass(frozen=True)
class Shipped:
    performed: Performed
    label: ShippingLabel
    customs: CustomsDeclaration | None
    customs_form: CustomsForm | None


@dataclass(frozen=True)
class ShipmentPapers:
    """What the packing station prints for one parcel."""

    number: str
    label: ShippingLabel
    customs: CustomsDeclaration | None
    customs_form: CustomsForm | None


@dataclass(frozen=True)
class ShipmentRow:
    carrier: str
    tracking_number: str
    weight_kg: Decimal | None
    declared_value: Decimal | None
    currency: str
    customs_form: str
    shipped_at: dt.datetime
    shipped_by: str


def library_letterhead(settings: Settings) -> LibraryLetterhead:
    """The letterhead of slips, bands, invoices and letters, its address laid out by
    :mod:`services.postal` as the library's own post writes it ("Millbrook NY 12545")."""
    address = library_address(settings)
    home = settings.get_str("library.country")
    if home:  # partners abroad read it too: the country by name, not its code
        address = dataclasses.replace(address, country_line=country_name(home))
    return dataclasses.replace(letterhead_from_settings(settings), address=address)


def library_address(settings: Settings, to: Address | None = None) -> Address:
    """The library's return address laid out by :mod:`services.postal` for its own post; on
    a parcel abroad (``to`` ends with a country line) it ends with the library's country in
    English capitals, as the return address of international mail must."""
    s = settings
    home = s.get_str("library.country")
    if not home:
        return letterhead_from_settings(settings).address
    address = postal_address(
        s.get_str("library.name"),
        street=s.get_str("library.street"),
        postal_code=s.get_str("library.postal_code"),
        city=s.get_str("library.city"),
        region=s.get_str("library.region"),
        country=home,
        home_country=home,
    )
    if to is not None and to.country_line:
        address = dataclasses.replace(address, country_line=country_name(home))
    return address


def partner_address(partner: orm.Partner, home_country: str = "") -> Address:
    """The partner's postal address; given the library's own country, laid out for the
    destination's post (:mod:`services.postal`), else as stored."""
    if home_country:
        return postal_address(
            partner.name,
            street=partner.street,
            postal_code=partner.postal_code,
            city=partner.city,
            region=partner.region,
            country=partner.country,
            home_country=home_country,
            email=partner.email,
        )
    city = " ".join(p for p in (partner.postal_code, partner.city, partner.region) if p)
    lines = tuple(line for line in (partner.street, city) if line)
    return Address(partner.name, lines, partner.country, email=partner.email)


def delivery_address_of(request: orm.Request) -> Address | None:
    """The address the borrowing library asked for in its request (ISO 18626
    requestedDeliveryInfo), the country code on the last line; None when it gave none."""
    lines = [line for line in request.delivery_address.splitlines() if line.strip()]
    if not lines:
        return None
    country = ""
    if len(lines[-1]) == 2 and lines[-1].isalpha():
        country = lines.pop().upper()
    partner = request.partner
    name = lines.pop(0) if lines else (partner.name if partner else "")
    return Address(
        name,
        tuple(lines),
        country or (partner.country if partner else ""),
        email=partner.email if partner else "",
    )


def recipient_of(request: orm.Request, partner: orm.Partner, home_country: str = "") -> Address:
    return delivery_address_of(request) or partner_address(partner, home_country)


def _usual_weight(settings: Settings) -> Decimal | None:
    usual = Decimal(str(settings.get_float("lending.usual_parcel_kg"))).quantize(Decimal("0.001"))
    return usual.normalize() if usual > 0 else None


class ShippingService:
    def __init__(self, db: Database, settings: Settings, requests: RequestService) -> None:
        self._db = db
        self._settings = settings
        self._requests = requests

    def defaults(self, request_id: int) -> ShipDefaults:
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            partner = request.partner
            if partner is None:
                raise ValidationFailed({"partner": N_("This request has no partner library.")})
            country = recipient_of(request, partner).country or partner.country
            abroad = is_abroad(country, self._settings.get_str("library.country"))
            return ShipDefaults(
                request_id=request.id,
                number=request.number,
                title=request.citation.title or request.citation.article_title,
                partner=f"{partner.name} ({partner.symbol})",
                carrier=partner.default_carrier if partner.default_carrier in CARRIERS else "USPS",
                abroad=abroad,
                declared_value=Decimal(
                    str(self._settings.get_float("lending.declared_value"))
                ).quantize(Decimal("0.01")),
                currency=self._settings.get_str("lending.declared_currency"),
                description=self._settings.get_str("lending.customs_description"),
                hs_tariff_number=self._settings.get_str("lending.hs_tariff_number"),
                weight_kg=_usual_weight(self._settings),
            )

    def check(self, given: ShipInput, abroad: bool) -> dict[str, str]:
        problems: dict[str, str] = {}
        if given.carrier not in CARRIERS:
            problems["carrier"] = Sentence(
                N_("Choose a carrier: {items}."), items=", ".join(CARRIERS)
            )
        if given.weight_kg is None or given.weight_kg <= 0:
            problems["weight"] = N_("Weigh the parcel and enter its weight in kilograms.")
        elif given.weight_kg > 30:
            problems["weight"] = N_("More than 30 kg is not a library parcel; check the weight.")
        if given.carrier in NEEDS_TRACKING and not given.tracking_number.strip():
            problems["tracking"] = Sentence(
                N_("{carrier} parcels need a tracking number: scan it."), carrier=given.carrier
            )
        if abroad:
            if given.declared_value is None or given.declared_value < 0:
                problems["value"] = N_("Declare the value of the contents for customs.")
            if not given.description.strip():
                problems["description"] = N_("Describe the contents for customs.")
        return problems

    def ship(
        self, request_id: int, given: ShipInput, *, staff: str, expected_version: int | None = None
    ) -> Shipped:
        defaults = self.defaults(request_id)
        problems = self.check(given, defaults.abroad)
        form: CustomsForm | None = None
        currency = (given.currency or defaults.currency).upper()
        if defaults.abroad and not problems:
            try:
                form = customs_form_for(
                    given.declared_value or Decimal(0),
                    currency,
                    self._settings.get_str("printing.sdr_rates"),
                )
            except CustomsError as exc:
                problems["value"] = exc.message
        if problems:
            raise ValidationFailed(problems)
        made: list[tuple[ShippingLabel, CustomsDeclaration | None]] = []

        def record(session: Session, request: orm.Request) -> None:
            now = dt.datetime.now()
            session.add(
                Shipment(
                    request_id=request.id,
                    direction="out",
                    carrier=given.carrier,
                    tracking_number=given.tracking_number.strip(),
                    weight_kg=given.weight_kg,
                    declared_value=given.declared_value if defaults.abroad else None,
                    currency=currency,
                    customs_form=form.value if form else "",
                    customs_category=CustomsCategory.OTHER.value if form else "",
                    customs_description=given.description.strip() if form else "",
                    hs_tariff_number=given.hs_tariff_number.strip() if form else "",
                    shipped_at=now,
                    shipped_by=staff,
                )
            )
            assert request.partner is not None
            made.append(
                self._documents(request, request.partner, given, form, currency, staff, now.date())
            )

        performed = self._requests.perform(
            request_id,
            Action.SHIP,
            staff=staff,
            expected_version=expected_version,
            given=ActionInput(note=f"{given.carrier} {given.tracking_number}".strip()),
            also=record,
        )
        label, customs = made[0]
        return Shipped(performed, label, customs, form)

    def _documents(
        self,
        request: orm.Request,
        partner: orm.Partner,
        given: ShipInput,
        form: CustomsForm | None,
        currency: str,
        staff: str,
        day: dt.date,
    ) -> tuple[ShippingLabel, CustomsDeclaration | None]:
        recipient = recipient_of(request, partner, self._settings.get_str("library.country"))
        sender = library_address(self._settings, recipient)
        label = ShippingLabel(
            request_number=request.number,
            sender=sender,
            recipient=recipient,
            carrier=given.carrier,
            tracking_number=given.tracking_number.strip(),
            weight_kg=given.weight_kg,
            ship_date=day,
        )
        if form is None:
            return label, None
        customs = self._declaration(
            request,
            recipient,
            CustomsCategory.OTHER,
            "Library loan, to be returned",
            description=given.description.strip() or request.citation.title,
            value=given.declared_value or Decimal(0),
            currency=currency,
            weight=given.weight_kg,
            hs=given.hs_tariff_number.strip(),
            origin=self._settings.get_str("library.country"),
            staff=staff,
            day=day,
            comments=f"Interlibrary loan {request.number}: the item will be returned to "
            f"{self._settings.get_str('library.name')}.",
        )
        return label, customs

    def _declaration(
        self,
        request: orm.Request,
        addressee: Address,
        category: CustomsCategory,
        explanation: str,
        *,
        description: str,
        value: Decimal,
        currency: str,
        weight: Decimal | None,
        hs: str,
        origin: str,
        staff: str,
        day: dt.date,
        comments: str,
    ) -> CustomsDeclaration:
        weight = weight or Decimal("0.5")
        if addressee.country_line:  # customs forms are bilingual: the UPU's French as well
            addressee = customs_addressee(addressee)
        return CustomsDeclaration(
            sender=library_address(self._settings, addressee),
            addressee=addressee,
            category=category,
            category_explanation=explanation,
            items=(
                CustomsItem(
                    description=description,
                    quantity=1,
                    net_weight_kg=weight,
                    value=value,
                    hs_tariff_number=hs,
                    origin_country=origin,
                ),
            ),
            currency=currency,
            declaration_date=day,
            signatory=self._settings.get_str("printing.customs_signatory") or staff,
            request_number=request.number,
            gross_weight_kg=weight,
            sender_reference=request.number,
            comments=comments,
        )

    def return_papers(self, request_id: int, *, staff: str = "") -> ShipmentPapers:
        """A borrowed item going back to its lender: the label and, when the lender is
        abroad, a customs form marked "returned goods" (CN22 or CN23 by the declared
        value), so the parcel is not taxed as a new import."""
        label = self.return_label(request_id)
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            assert request is not None and request.partner is not None  # return_label checked
            partner = request.partner
            home = self._settings.get_str("library.country")
            if not partner.country or not is_abroad(partner.country, home):
                return ShipmentPapers(request.number, label, None, None)
            value = Decimal(str(self._settings.get_float("lending.declared_value"))).quantize(
                Decimal("0.01")
            )
            currency = self._settings.get_str("lending.declared_currency").upper()
            try:
                form = customs_form_for(
                    value, currency, self._settings.get_str("printing.sdr_rates")
                )
            except CustomsError as exc:
                raise ValidationFailed({"value": exc.message}) from exc
            customs = self._declaration(
                request,
                partner_address(partner, self._settings.get_str("library.country")),
                CustomsCategory.RETURNED_GOODS,
                "Borrowed library item returned to its owner",
                description=f"Library book returned after interlibrary loan: "
                f"{request.citation.title or request.citation.article_title}"[:120],
                value=value,
                currency=currency,
                weight=_usual_weight(self._settings),
                hs=self._settings.get_str("lending.hs_tariff_number"),
                origin=partner.country.upper(),
                staff=staff,
                day=dt.date.today(),
                comments=f"Returned after interlibrary loan; the item belongs to {partner.name}.",
            )
            return ShipmentPapers(request.number, label, customs, form)

    def papers_again(self, request_id: int) -> ShipmentPapers:
        """The label and customs form of the request's last parcel out, as they were made
        (for a label that jammed or a form that got lost); the date is today's."""
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            last = session.scalars(
                select(Shipment)
                .where(Shipment.request_id == request_id, Shipment.direction == "out")
                .order_by(Shipment.id.desc())
            ).first()
            if last is None or request.partner is None:
                raise NotFound(
                    Sentence(N_("No parcel has been sent for {number} yet."), number=request.number)
                )
            form = CustomsForm(last.customs_form) if last.customs_form else None
            given = ShipInput(
                carrier=last.carrier,
                weight_kg=last.weight_kg,
                tracking_number=last.tracking_number,
                declared_value=last.declared_value,
                currency=last.currency,
                description=last.customs_description,
                hs_tariff_number=last.hs_tariff_number,
            )
            label, customs = self._documents(
                request,
                request.partner,
                given,
                form,
                last.currency,
                last.shipped_by,
                dt.date.today(),
            )
            return ShipmentPapers(request.number, label, customs, form)

    def return_label(self, request_id: int) -> ShippingLabel:
        """The label for a borrowed item going back to its lender (return to lender)."""
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None or request.partner is None:
                raise NotFound(N_("That request has no lender to return to."))
            last = session.scalars(
                select(Shipment)
                .where(Shipment.request_id == request_id)
                .order_by(Shipment.id.desc())
            ).first()
            recipient = partner_address(request.partner, self._settings.get_str("library.country"))
            return ShippingLabel(
                request_number=request.number,
                sender=library_address(self._settings, recipient),
                recipient=recipient,
                carrier=last.carrier if last else request.partner.default_carrier,
                tracking_number=last.tracking_number if last else "",
                ship_date=dt.date.today(),
            )

    def shipments(self, request_id: int) -> list[ShipmentRow]:
        with self._db.reading() as session:
            return [
                ShipmentRow(
                    p.carrier,
                    p.tracking_number,
                    p.weight_kg,
                    p.declared_value,
                    p.currency,
                    p.customs_form,
                    p.shipped_at,
                    p.shipped_by,
                )
                for p in session.scalars(
                    select(Shipment).where(Shipment.request_id == request_id).order_by(Shipment.id)
                )
            ]
