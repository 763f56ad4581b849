"""Hebrew and Arabic on book bands, labels and slips: drawn in display order with the Arabic
letters joined, so pdftotext (which reads right-to-left lines back into logical order)
gives the words as written, and the page shows them as a reader expects."""

from __future__ import annotations

import dataclasses
import unicodedata

from illdesk.domain.printed import Address
from illdesk.printing import fonts, sample_data
from illdesk.printing.documents import render_book_band, render_pull_slips, render_shipping_label
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, pdf_text

HEBREW_TITLE = "ספרות עברית חדשה"
HEBREW_NAME = "כהן, דוד"
ARABIC_LIBRARY = "مكتبة الإسكندرية"
ARABIC_STREET = "طريق الجيش، الشاطبي"


def _words(text: str) -> str:
    """pdftotext output folded back from presentation forms (NFKC) to plain letters."""
    return unicodedata.normalize("NFKC", text)


def test_hebrew_reads_in_order_on_the_book_band() -> None:
    settings = default_printing_settings()
    settings.set("printing.band_patron", "name")
    band = dataclasses.replace(sample_data.book_band(), title=HEBREW_TITLE, patron_name=HEBREW_NAME)
    pdf = render_book_band(band, sample_data.LETTERHEAD, settings)
    text = pdf_text(pdf)
    assert "עברית" in text and "תירבע" not in text  # not reversed
    assert HEBREW_TITLE in text
    assert decode_barcodes(pdf) == [("CODE-128", band.request_number)]


def test_arabic_is_joined_and_in_order_on_the_label() -> None:
    recipient = Address(ARABIC_LIBRARY, (ARABIC_STREET, "21526 الإسكندرية"), "Egypt")
    label = dataclasses.replace(sample_data.shipping_label(), recipient=recipient)
    pdf = render_shipping_label(label, "thermal-4x6")
    text = pdf_text(pdf)
    # joined: the letters are drawn as their contextual (presentation) forms
    assert any("\ufe70" <= c <= "\ufeff" for c in text)
    assert ARABIC_LIBRARY in _words(text)
    found = {data for _kind, data in decode_barcodes(pdf)}
    assert {label.tracking_number, label.request_number} <= found


def test_mixed_lines_keep_latin_and_numbers_left_to_right() -> None:
    line = f"ILL-2026-42 {HEBREW_TITLE} edition"
    shown = fonts.visual(line)
    assert shown.startswith("ILL-2026-42 ") and shown.endswith(" edition")
    assert fonts.visual("עברית") == "תירבע"  # drawn right to left: last letter leftmost
    assert fonts.visual("Middlemarch") == "Middlemarch"
    slip = dataclasses.replace(sample_data.pull_slip(0), title=line, author=HEBREW_NAME)
    text = pdf_text(render_pull_slips([slip]))
    assert HEBREW_TITLE in text and "ILL-2026-42" in text
