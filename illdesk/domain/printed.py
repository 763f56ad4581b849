"""What each printed document shows: frozen dataclasses that are the input of the renderers.

The services build these from the database; the renderers only draw them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from illdesk.domain.barcodes import Symbology
from illdesk.domain.customs import CustomsCategory
from illdesk.domain.settings import Settings


@dataclass(frozen=True)
class Address:
    name: str
    lines: tuple[str, ...] = ()
    country: str = ""
    phone: str = ""
    email: str = ""
    country_line: str | None = None
    """The last line as the post wants it ("GREECE", or "" at home); None: the code."""

    def as_lines(self) -> list[str]:
        out = [self.name, *self.lines]
        if self.country_line is not None:
            out.append(self.country_line)
        elif self.country:
            out.append(self.country.upper())
        return [line for line in out if line]


@dataclass(frozen=True)
class LibraryLetterhead:
    name: str
    address: Address
    phone: str = ""
    email: str = ""
    website: str = ""
    isil: str = ""
    logo_path: str = ""
    vat_number: str = ""


@dataclass(frozen=True)
class PullSlip:
    request_number: str
    call_number: str
    location: str
    title: str
    author: str = ""
    edition: str = ""
    borrowing_library: str = ""
    need_by: date | None = None
    conditions: str = ""
    item_barcode: str = ""
    item_symbology: Symbology = Symbology.CODE39
    notes: str = ""


@dataclass(frozen=True)
class BookBand:
    request_number: str
    patron_name: str
    patron_id: str
    due_date: date
    lender: str
    title: str = ""
    conditions: str = ""
    return_instructions: str = ""
    pickup_location: str = ""
    purchased: bool = False
    """Bought for the library instead of borrowed: no lender, the due date is ours."""
    supplier: str = ""


@dataclass(frozen=True)
class ShippingLabel:
    request_number: str
    sender: Address
    recipient: Address
    carrier: str
    tracking_number: str
    tracking_symbology: Symbology = Symbology.CODE128
    service: str = ""
    weight_kg: Decimal | None = None
    parcel_of: tuple[int, int] = (1, 1)
    ship_date: date | None = None


@dataclass(frozen=True)
class CustomsItem:
    description: str
    quantity: int
    net_weight_kg: Decimal
    value: Decimal
    hs_tariff_number: str = ""
    origin_country: str = ""


@dataclass(frozen=True)
class CustomsDeclaration:
    sender: Address
    addressee: Address
    category: CustomsCategory
    items: tuple[CustomsItem, ...]
    currency: str
    declaration_date: date
    signatory: str
    request_number: str = ""
    category_explanation: str = ""
    gross_weight_kg: Decimal | None = None
    postage_fees: Decimal | None = None
    importer_reference: str = ""
    importer_contact: str = ""
    sender_reference: str = ""
    licence_numbers: str = ""
    certificate_numbers: str = ""
    invoice_number: str = ""
    comments: str = ""
    office_of_origin: str = ""
    non_delivery: str = "Return to sender"

    @property
    def total_value(self) -> Decimal:
        return sum((item.value for item in self.items), Decimal(0))

    @property
    def total_net_weight_kg(self) -> Decimal:
        return sum((item.net_weight_kg for item in self.items), Decimal(0))

    @property
    def total_weight_kg(self) -> Decimal:
        return (
            self.gross_weight_kg if self.gross_weight_kg is not None else (self.total_net_weight_kg)
        )


@dataclass(frozen=True)
class Notice:
    recipient: Address
    notice_date: date
    subject: str
    body: str
    request_number: str = ""
    greeting: str = ""
    closing: str = ""
    details: tuple[tuple[str, str], ...] = ()


class PaymentOption(enum.Enum):
    INVOICE = "Invoice (bank transfer)"
    IFM = "OCLC IFM"
    IFLA_VOUCHERS = "IFLA vouchers"


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal
    request_number: str = ""

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class Invoice:
    number: str
    invoice_date: date
    due_date: date
    bill_to: Address
    lines: tuple[InvoiceLine, ...]
    currency: str
    payment_options: tuple[PaymentOption, ...] = (PaymentOption.INVOICE,)
    bank_details: str = ""
    ifm_symbol: str = ""
    ifla_voucher_note: str = ""
    customer_reference: str = ""
    notes: str = ""
    tax_rate_percent: Decimal = field(default=Decimal(0))

    @property
    def subtotal(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def tax(self) -> Decimal:
        return (self.subtotal * self.tax_rate_percent / 100).quantize(Decimal("0.01"))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.tax


def letterhead_from_settings(settings: Settings) -> LibraryLetterhead:
    """The library's identity is declared once, in the ``library.*`` settings."""
    s = settings
    town = " ".join(
        p
        for p in (
            s.get_str("library.postal_code"),
            s.get_str("library.city"),
            s.get_str("library.region"),
        )
        if p
    )
    name = s.get_str("library.name")
    return LibraryLetterhead(
        name=name,
        address=Address(
            name,
            tuple(line for line in (s.get_str("library.street"), town) if line),
            s.get_str("library.country"),
        ),
        phone=s.get_str("printing.library_phone"),
        email=s.get_str("library.email"),
        website=s.get_str("printing.library_website"),
        isil=s.get_str("library.symbol"),
        logo_path=s.get_str("printing.logo_path"),
    )


@dataclass(frozen=True)
class DataSheet:
    """A person's data as the library holds it (GDPR access request): titled sections of
    label/value lines, printed as they are."""

    title: str
    made_on: date
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
