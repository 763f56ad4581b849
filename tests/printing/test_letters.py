from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from illdesk.domain.errors import DeskError
from illdesk.domain.printed import InvoiceLine, PaymentOption
from illdesk.printing import sample_data
from illdesk.printing.documents import render_invoice, render_notice
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, flat, image_count, page_count, pdf_text


def test_notice_is_a_letter_with_the_patron_address_and_a_scannable_request() -> None:
    notice = sample_data.notice()
    pdf = render_notice(notice, sample_data.LETTERHEAD)
    text = flat(pdf_text(pdf))
    for expected in (
        sample_data.LETTERHEAD.name,
        "ISIL FR-421000001",
        sample_data.GREEK_NAME,
        "Οδός Αθηνάς 15",
        "GREECE",
        "Your interlibrary loan has arrived",
        "waiting for you at the loans desk",
        "红楼梦 (Dream of the Red Chamber)",
        "Российская государственная библиотека",
        "18 Dec 2026",
        "Interlibrary loan desk",
        "23 Nov 2026",
    ):
        assert expected in text, expected
    assert decode_barcodes(pdf) == [("CODE-128", notice.request_number)]
    assert page_count(pdf) == 1


def test_long_notice_flows_onto_a_second_page_on_letter_paper() -> None:
    settings = default_printing_settings()
    settings.set("printing.paper_size", "Letter")
    long = dataclasses.replace(
        sample_data.notice(),
        body="\n".join(f"Paragraph {n}: " + "words of the notice " * 12 for n in range(30)),
    )
    pdf = render_notice(long, None, settings)
    assert page_count(pdf) >= 2
    text = flat(pdf_text(pdf))
    assert "Paragraph 0:" in text and "Paragraph 29:" in text
    with pytest.raises(DeskError, match="no text"):
        render_notice(dataclasses.replace(long, body="  "))


def test_invoice_has_number_lines_totals_and_payment_options() -> None:
    invoice = sample_data.invoice()
    pdf = render_invoice(invoice, sample_data.LETTERHEAD)
    text = flat(pdf_text(pdf))
    for expected in (
        "INVOICE INV-2026-0042",
        "Universitätsbibliothek Tübingen",
        "Fernleihe TÜ 2026/318",
        "Loan: Les Misérables (Hugo)",
        "ILL-2026-000517",
        "13.50 EUR",
        "Total due",
        "34.00 EUR",
        "23 Dec 2026",
        "Invoice (bank transfer)",
        "IBAN FR76",
        "OCLC IFM",
        "FRSTE",
        "IFLA vouchers",
        "one voucher = 8 EUR",
    ):
        assert expected in text, expected
    assert decode_barcodes(pdf) == [("CODE-128", invoice.number)]


def test_invoice_tax_and_only_the_offered_payment_options() -> None:
    settings = default_printing_settings()
    settings.set("printing.invoice_bank_details", "IBAN DE02 1203 0000 0000 2020 51")
    invoice = dataclasses.replace(
        sample_data.invoice(),
        payment_options=(PaymentOption.INVOICE,),
        bank_details="",
        tax_rate_percent=Decimal("20"),
        lines=(InvoiceLine("Loan", 1, Decimal("10.00")),),
    )
    text = flat(pdf_text(render_invoice(invoice, None, settings)))
    assert "Tax 20%" in text and "2.00 EUR" in text and "12.00 EUR" in text
    assert "IBAN DE02 1203 0000 0000 2020 51" in text
    assert "OCLC IFM" not in text and "IFLA vouchers" not in text
    with pytest.raises(DeskError, match="no lines"):
        render_invoice(dataclasses.replace(invoice, lines=()))


def test_letterhead_logo_is_printed_and_a_broken_logo_is_skipped(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 120), (20, 60, 140)).save(logo)
    settings = default_printing_settings()
    settings.set("printing.logo_path", str(logo))
    settings.set("library.name", "Κεντρική Βιβλιοθήκη")
    pdf = render_notice(sample_data.notice(), None, settings)
    assert "Κεντρική Βιβλιοθήκη" in flat(pdf_text(pdf))
    assert image_count(pdf) == 1
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    settings.set("printing.logo_path", str(broken))
    assert image_count(render_invoice(sample_data.invoice(), None, settings)) == 0
    settings.set("printing.logo_path", str(tmp_path / "missing.png"))
    assert image_count(render_invoice(sample_data.invoice(), None, settings)) == 0
