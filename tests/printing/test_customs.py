from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from illdesk.domain.customs import (
    CustomsCategory,
    CustomsForm,
    choose_customs_form,
    customs_form_for,
)
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import CustomsItem
from illdesk.printing import sample_data
from illdesk.printing.documents import render_customs
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, flat, pdf_text

RATES = {"XDR": Decimal(1), "EUR": Decimal("1.17"), "JPY": Decimal("205")}


CN22_FIELDS = (
    "CUSTOMS DECLARATION",
    "CN 22",
    "May be opened officially",
    "Gift",
    "Commercial sample",
    "Documents",
    "Returned goods",
    "Sale of goods",
    "Other",
    "Quantity and detailed description of",
    "contents (1)",
    "Weight (kg) (2)",
    "Value (3)",
    "HS tariff no. (4)",
    "Country of origin of goods (5)",
    "Total weight (kg) (6)",
    "Total value (7)",
    "I, the undersigned",
    "Date and sender's signature (8)",
)
CN23_FIELDS = (
    "CUSTOMS DECLARATION",
    "CN 23",
    "From: sender",
    "To: addressee",
    "Sender's customs reference",
    "Importer's reference",
    "Importer's telephone/fax/email",
    "Detailed description of contents (1)",
    "Quantity (2)",
    "Net weight (kg) (3)",
    "Value (5)",
    "HS tariff number (7)",
    "Country of origin of goods (8)",
    "Total gross weight (kg) (4)",
    "Total value (6)",
    "Postal charges/Fees (9)",
    "Category of item (10)",
    "Explanation",
    "Comments (11)",
    "Licence (12)",
    "Certificate (13)",
    "Invoice (14)",
    "Date and sender's signature (15)",
    "Return to sender",
    "Treat as abandoned",
    "Office of origin",
)


def test_cn22_is_chosen_for_a_cheap_book_and_filled_from_the_shipment() -> None:
    decl = sample_data.customs_declaration(Decimal("45.00"))
    pdf = render_customs(decl, choose_customs_form(decl.total_value, decl.currency, RATES))
    text = flat(pdf_text(pdf))
    for expected in CN22_FIELDS:
        assert expected in text, expected
    for expected in (
        "1 × Printed book",
        "0.950",
        "45.00 EUR",
        "490199",
        "FR",
        "1.100",
        "23 Nov 2026",
        "Zoë Ångström-Müller",
        sample_data.CYRILLIC_NAME,
        "Российская государственная библиотека",
        "RUSSIAN FEDERATION",
    ):
        assert expected in text, expected
    assert decode_barcodes(pdf) == [("CODE-128", decl.request_number)]


def test_cn23_above_300_sdr_has_every_field() -> None:
    decl = sample_data.customs_declaration(Decimal("850.00"))
    pdf = render_customs(decl, choose_customs_form(decl.total_value, decl.currency, RATES))
    text = flat(pdf_text(pdf))
    for expected in CN23_FIELDS:
        assert expected in text, expected
    for expected in (
        "850.00 EUR",
        "24.60 EUR",
        "ИНН 7704000000",
        "INV-2026-0042",
        "Interlibrary loan: item will be returned",
        "FR-421000001",
        "Saint-Étienne CTC",
        sample_data.CYRILLIC_NAME,
    ):
        assert expected in text, expected
    assert decode_barcodes(pdf) == [("CODE-128", decl.request_number)]


def test_the_ticked_category_is_the_chosen_one() -> None:
    # The tick is drawn, not written; check it by rendering each category and comparing.
    decl = sample_data.customs_declaration()
    gift = render_customs(
        dataclasses.replace(decl, category=CustomsCategory.GIFT), CustomsForm.CN22
    )
    other = render_customs(
        dataclasses.replace(
            decl, category=CustomsCategory.OTHER, category_explanation="Library loan"
        ),
        CustomsForm.CN22,
    )
    assert gift != other
    assert "Explanation: Library loan" in flat(pdf_text(other))


def test_cn23_with_several_items_and_too_many_items() -> None:
    decl = sample_data.customs_declaration(Decimal("400"))
    items = tuple(
        CustomsItem(f"Book {n}", 1, Decimal("0.5"), Decimal("100"), "490199", "DE")
        for n in range(6)
    )
    many = dataclasses.replace(decl, items=items)
    text = flat(pdf_text(render_customs(many, CustomsForm.CN23)))
    assert "Book 5" in text and "600.00 EUR" in text and "3.000" not in text
    with pytest.raises(DeskError, match="room for 4 lines"):
        render_customs(many, CustomsForm.CN22)
    with pytest.raises(DeskError, match="at least one item"):
        render_customs(dataclasses.replace(decl, items=()), CustomsForm.CN23)


def test_signatory_comes_from_settings_when_the_shipment_has_none() -> None:
    settings = default_printing_settings()
    settings.set("printing.customs_signatory", "Μαρία Οικονόμου")
    decl = dataclasses.replace(sample_data.customs_declaration(), signatory="")
    form = customs_form_for(decl.total_value, decl.currency, settings.get_str("printing.sdr_rates"))
    assert "Μαρία Οικονόμου" in flat(pdf_text(render_customs(decl, form, settings=settings)))
