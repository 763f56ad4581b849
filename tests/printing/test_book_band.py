from __future__ import annotations

import dataclasses

from illdesk.printing import sample_data
from illdesk.printing.documents import render_book_band, render_book_bands
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, flat, page_count, pdf_text


def test_band_shows_due_date_lender_conditions_and_scans() -> None:
    band = sample_data.book_band()
    pdf = render_book_band(band, sample_data.LETTERHEAD)
    text = flat(pdf_text(pdf))
    for expected in (
        "18 Dec",
        "2026",
        "Friday",
        "DUE DATE",
        band.lender,
        "Library use only",
        "Please return this book to the loans desk",
        sample_data.LETTERHEAD.name,
        "Loans desk, ground floor",
    ):
        assert expected in text
    assert decode_barcodes(pdf) == [("CODE-128", band.request_number)]


def test_privacy_setting_prints_the_patron_id_or_the_name() -> None:
    band = sample_data.book_band()
    settings = default_printing_settings()
    by_id = flat(pdf_text(render_book_band(band, None, settings)))
    assert band.patron_id in by_id and band.patron_name not in by_id

    settings.set("printing.band_patron", "name")
    greek = dataclasses.replace(band, patron_name=sample_data.GREEK_NAME)
    cjk = dataclasses.replace(band, patron_name=sample_data.CJK_NAME, request_number="ILL-2")
    text = flat(pdf_text(render_book_bands([band, greek, cjk], None, settings)))
    for name in (sample_data.CYRILLIC_NAME, sample_data.GREEK_NAME, sample_data.CJK_NAME):
        assert name in text
    assert band.patron_id not in text


def test_three_bands_to_a_sheet_and_own_return_instructions() -> None:
    band = dataclasses.replace(
        sample_data.book_band(), return_instructions="Bring it back to Room 4."
    )
    pdf = render_book_bands([band] * 4)
    assert page_count(pdf) == 2
    assert "Bring it back to Room 4." in flat(pdf_text(pdf))
