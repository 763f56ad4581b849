"""Hebrew and Arabic on book bands, labels and slips: drawn in display order with the Arabic
letters joined, so pdftotext (which reads right-to-left lines back into logical order)
gives the words as written, and the page shows them as a reader expects."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

from reportlab.lib.units import mm

from illdesk.domain.printed import Address
from illdesk.printing import fonts, sample_data
from illdesk.printing.documents import render_book_band, render_pull_slips, render_shipping_label
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, pdf_text, text_lines

HEBREW_TITLE = "ספרות עברית חדשה"
HEBREW_NAME = "כהן, דוד"
HEBREW_LENDER = "הספרייה הלאומית"
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


def _line(lines: list[tuple[int, str, float, float, float]], word: str) -> tuple[float, float]:
    """x_min, x_max of the printed line holding ``word``; ``-bbox-layout`` gives the letters
    in the order drawn, so a right-to-left word is found reversed."""
    for _page, text, x_min, x_max, _y in lines:
        if word in _words(text) or word[::-1] in _words(text):
            return x_min, x_max
    raise AssertionError(f"{word!r} is not on the page: {[t for _p, t, *_ in lines]}")


def test_right_to_left_lines_end_on_the_right_edge_of_the_book_band(tmp_path: Path) -> None:
    settings = default_printing_settings()
    settings.set("printing.band_patron", "name")
    band = dataclasses.replace(
        sample_data.book_band(), title=HEBREW_TITLE, patron_name=HEBREW_NAME, lender=HEBREW_LENDER
    )
    pdf = render_book_band(band, sample_data.LETTERHEAD, settings)
    lines = text_lines(pdf)
    left, _ = _line(lines, "INTERLIBRARY LOAN")
    weekday = _line(lines, "Friday")
    right = 2 * (weekday[0] + weekday[1]) / 2 - left  # the band's box: centred on the weekday
    for hebrew in ("דוד", "הלאומית", "עברית"):  # patron, lender, title
        x_min, x_max = _line(lines, hebrew)
        assert abs(x_max - right) < 1.0, (hebrew, x_max, right)  # right-aligned in the box
        assert x_min > left + 20  # and not from the left edge
    latin_min, _ = _line(lines, "Library use only")  # left-to-right text stays on the left
    assert latin_min < left + 5
    _look(pdf, tmp_path / "band.png")


def test_right_to_left_address_lines_end_on_the_right_edge_of_the_label(tmp_path: Path) -> None:
    recipient = Address(
        ARABIC_LIBRARY, (ARABIC_STREET, "21526 الإسكندرية"), "EG", country_line="EGYPT"
    )
    label = dataclasses.replace(sample_data.shipping_label(), recipient=recipient)
    pdf = render_shipping_label(label, "thermal-4x6")
    lines = text_lines(pdf)
    right = 4 * 72 - 4 * mm  # the 4×6 in label less its 4 mm margin
    ends = [_line(lines, word)[1] for word in ("مكتبة", "الشاطبي", "21526")]
    assert all(abs(end - right) < 1.0 for end in ends), ends
    country_min, _ = _line(lines, "EGYPT")
    sender_min, _ = _line(lines, "de la Bibliothèque")
    assert abs(country_min - sender_min) < 1.0  # the English country line on the left
    _look(pdf, tmp_path / "label.png")


def _look(pdf: bytes, png: Path) -> None:
    """Rendered as staff see it (pdftoppm), for a look at the test's files."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", "-", str(png.with_suffix(""))],
        input=pdf,
        check=True,
        timeout=60,
    )
    assert png.stat().st_size > 1000
