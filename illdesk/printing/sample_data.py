"""Test prints: realistic sample documents (names in several scripts), each document kind
rendered with them, and the kinds a desk can print (also sample data for tests)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from illdesk.domain.barcodes import Symbology
from illdesk.domain.customs import CustomsCategory, CustomsForm
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import (
    Address,
    BookBand,
    CustomsDeclaration,
    CustomsItem,
    Invoice,
    InvoiceLine,
    LibraryLetterhead,
    Notice,
    PaymentOption,
    PullSlip,
    ShippingLabel,
    letterhead_from_settings,
)
from illdesk.domain.settings import Settings
from illdesk.printing.documents import (
    render_book_band,
    render_customs,
    render_invoice,
    render_notice,
    render_pull_slips,
    render_shipping_label,
)
from illdesk.printing.documents.common import settings_or_default

TODAY = date(2026, 11, 23)

CYRILLIC_NAME = "Анна Сергеевна Ковалёва"
GREEK_NAME = "Γιώργος Παπαδόπουλος"
CJK_NAME = "王小明"
ACCENTED_NAME = "Zoë Ångström-Müller"

LETTERHEAD = LibraryLetterhead(
    name="Bibliothèque municipale de Saint-Étienne-sur-Loire",
    address=Address(
        "Bibliothèque municipale de Saint-Étienne-sur-Loire",
        ("12 rue de la Bibliothèque", "42000 Saint-Étienne-sur-Loire"),
        "France",
    ),
    phone="+33 4 77 00 00 00",
    email="pret-inter@bibliotheque.example",
    website="bibliotheque.example",
    isil="FR-421000001",
)

BORROWERS = (
    "Российская государственная библиотека",
    "Εθνική Βιβλιοθήκη της Ελλάδος",
    "国家图书馆 National Library of China",
    "Universitätsbibliothek Tübingen",
)


def pull_slip(index: int = 0) -> PullSlip:
    """One of a varied set of pull slips; ``index`` cycles through them."""
    titles = (
        ("Война и мир", "Толстой, Лев Николаевич", "2-е изд.", "PG3365 .V6 1978", "Main stacks"),
        ("Η Οδύσσεια", "Όμηρος", "Bilingual ed.", "PA4025 .A5 2004", "Classics, level 2"),
        ("红楼梦", "曹雪芹", "第3版", "PL2727 .S2 1982", "East Asian collection"),
        ("Les Misérables", "Hugo, Victor", "Éd. intégrale", "PQ2286 .A1 1995", "Main stacks"),
        (
            "The art of computer programming",
            "Knuth, Donald E.",
            "3rd ed.",
            "QA76.6 .K64 1997",
            "Science library",
        ),
    )
    title, author, edition, call_number, location = titles[index % len(titles)]
    return PullSlip(
        request_number=f"ILL-2026-{1000 + index:06d}",
        call_number=call_number if index < len(titles) else f"{call_number} c.{index}",
        location=location,
        title=title,
        author=author,
        edition=edition,
        borrowing_library=BORROWERS[index % len(BORROWERS)],
        need_by=TODAY + timedelta(days=7 + index % 10),
        conditions="Library use only" if index % 2 == 0 else "",
        item_barcode=f"3{1234000567890 + index:013d}",
        item_symbology=Symbology.CODE39 if index % 2 == 0 else Symbology.CODABAR,
    )


def pull_slips(count: int) -> list[PullSlip]:
    return [pull_slip(i) for i in range(count)]


def book_band() -> BookBand:
    return BookBand(
        request_number="ILL-2026-000731",
        patron_name=CYRILLIC_NAME,
        patron_id="P-004512",
        due_date=date(2026, 12, 18),
        lender="Εθνική Βιβλιοθήκη της Ελλάδος",
        title="Η Οδύσσεια — Όμηρος",
        conditions="Library use only · No photocopying",
        pickup_location="Loans desk, ground floor",
    )


def shipping_label() -> ShippingLabel:
    return ShippingLabel(
        request_number="ILL-2026-000845",
        sender=LETTERHEAD.address,
        recipient=Address(
            "国家图书馆 馆际互借处",
            (
                "Attn: " + CJK_NAME,
                "33 Zhongguancun South Street",
                "Haidian District",
                "Beijing 100081",
            ),
            "China",
        ),
        carrier="La Poste Colissimo",
        tracking_number="6A12345678901",
        tracking_symbology=Symbology.CODE128,
        service="International, signature",
        weight_kg=Decimal("1.250"),
        ship_date=TODAY,
    )


def shipping_label_itf() -> ShippingLabel:
    """A label whose carrier tracking number is an Interleaved 2 of 5 code."""
    return ShippingLabel(
        request_number="ILL-2026-000846",
        sender=LETTERHEAD.address,
        recipient=Address(
            GREEK_NAME,
            ("Εθνική Βιβλιοθήκη της Ελλάδος", "Λεωφόρος Ανδρέα Συγγρού 364", "176 74 Καλλιθέα"),
            "Greece",
        ),
        carrier="DHL Parcel",
        tracking_number="00340434161234567890",
        tracking_symbology=Symbology.ITF,
        weight_kg=Decimal("0.800"),
        ship_date=TODAY,
    )


def customs_declaration(value: Decimal = Decimal("45.00")) -> CustomsDeclaration:
    return CustomsDeclaration(
        sender=LETTERHEAD.address,
        addressee=Address(
            CYRILLIC_NAME,
            ("Российская государственная библиотека", "ул. Воздвиженка, 3/5", "119019 Москва"),
            "Russian Federation",
            phone="+7 495 000-00-00",
        ),
        category=CustomsCategory.RETURNED_GOODS,
        items=(
            CustomsItem(
                "Printed book (library loan, to be returned)",
                1,
                Decimal("0.950"),
                value,
                "490199",
                "FR",
            ),
        ),
        currency="EUR",
        declaration_date=TODAY,
        signatory=ACCENTED_NAME,
        request_number="ILL-2026-000912",
        gross_weight_kg=Decimal("1.100"),
        postage_fees=Decimal("24.60"),
        importer_reference="ИНН 7704000000",
        importer_contact="+7 495 000-00-00 · mba@rsl.example",
        sender_reference="FR-421000001",
        licence_numbers="",
        certificate_numbers="",
        invoice_number="INV-2026-0042" if value > 300 else "",
        comments="Interlibrary loan: item will be returned to the lender after use.",
        office_of_origin="Saint-Étienne CTC",
        category_explanation="",
    )


def notice() -> Notice:
    return Notice(
        recipient=Address(GREEK_NAME, ("Οδός Αθηνάς 15", "105 51 Αθήνα"), "Greece"),
        notice_date=TODAY,
        subject="Your interlibrary loan has arrived",
        greeting=f"Dear {GREEK_NAME},",
        body=(
            "The book you asked for through interlibrary loan has arrived and is waiting for "
            "you at the loans desk. Please collect it within 7 days; after that it goes back "
            "to the lending library.\n"
            "Bring this letter or your library card. The lending library allows the book to "
            "be read in the library only."
        ),
        closing="Interlibrary loan desk",
        request_number="ILL-2026-000731",
        details=(
            ("Title", "红楼梦 (Dream of the Red Chamber), 曹雪芹"),
            ("Lent by", "Российская государственная библиотека"),
            ("Collect by", "30 Nov 2026"),
            ("Due back", "18 Dec 2026"),
        ),
    )


def invoice() -> Invoice:
    return Invoice(
        number="INV-2026-0042",
        invoice_date=TODAY,
        due_date=TODAY + timedelta(days=30),
        bill_to=Address(
            "Universitätsbibliothek Tübingen",
            ("Fernleihe", "Wilhelmstraße 32", "72074 Tübingen"),
            "Germany",
        ),
        lines=(
            InvoiceLine("Loan: Les Misérables (Hugo)", 1, Decimal("12.00"), "ILL-2026-000501"),
            InvoiceLine("Copy: article, 18 pages", 1, Decimal("8.50"), "ILL-2026-000517"),
            InvoiceLine("Postage, international", 2, Decimal("6.75"), "ILL-2026-000501"),
        ),
        currency="EUR",
        payment_options=(PaymentOption.INVOICE, PaymentOption.IFM, PaymentOption.IFLA_VOUCHERS),
        bank_details="IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP",
        ifm_symbol="FRSTE",
        ifla_voucher_note="Full vouchers accepted; one voucher = 8 EUR.",
        customer_reference="Fernleihe TÜ 2026/318",
        notes="Thank you for borrowing from us.",
    )


DOCUMENT_KINDS: tuple[str, ...] = (
    "pull-slip",
    "book-band",
    "shipping-label",
    "cn22",
    "cn23",
    "notice",
    "invoice",
)
KIND_TITLES: dict[str, str] = {
    "pull-slip": "Pull slips",
    "book-band": "Book bands",
    "shipping-label": "Shipping labels",
    "cn22": "Customs form CN22",
    "cn23": "Customs form CN23",
    "notice": "Notices",
    "invoice": "Invoices",
}


def render_sample(kind: str, settings: Settings | None = None) -> bytes:
    """The PDF of a test print of ``kind`` (one of :data:`DOCUMENT_KINDS`)."""
    settings = settings_or_default(settings)
    letterhead = letterhead_from_settings(settings)
    if kind == "pull-slip":
        return render_pull_slips(pull_slips(3), letterhead, settings)
    if kind == "book-band":
        return render_book_band(book_band(), letterhead, settings)
    if kind == "shipping-label":
        layout = settings.get_str("printing.label_layout")
        return render_shipping_label(shipping_label(), layout)
    if kind == "cn22":
        return render_customs(customs_declaration(), CustomsForm.CN22, settings)
    if kind == "cn23":
        return render_customs(customs_declaration(Decimal("850.00")), CustomsForm.CN23, settings)
    if kind == "notice":
        return render_notice(notice(), letterhead, settings)
    if kind == "invoice":
        return render_invoice(invoice(), letterhead, settings)
    raise DeskError(
        f"“{kind}” is not a kind of document; choose one of {', '.join(DOCUMENT_KINDS)}."
    )
