"""Every printout for every country: book band, pull slip, shipping label, CN 22, CN 23,
patron notice and invoice, each for addressees in the US (home), CA, GB, DE, FR, GR, RU,
JP, CN, AU and IL (right to left), drawn from demo-like data, then read back as a person
and a scanner would: pdftotext (the address lines whole and in the destination's order,
the country in English capitals abroad, nothing cut to "…") and zbarimg (every barcode).

One PDF per kind with every country on its own page (or side by side), so the whole test
reads eleven countries with seven text passes and seven barcode passes."""

from __future__ import annotations

import dataclasses
import subprocess
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from illdesk.demo.data import DEMO_LIBRARY
from illdesk.domain.customs import CustomsForm
from illdesk.domain.printed import Address, Notice
from illdesk.printing import fonts, sample_data
from illdesk.printing.documents import (
    render_book_bands,
    render_customs,
    render_invoice,
    render_notice,
    render_pull_slips,
    render_shipping_labels,
)
from illdesk.printing.settings_defs import default_printing_settings
from illdesk.services.postal import customs_addressee
from illdesk.services.shipping import library_address, library_letterhead
from tests.printing.every_country import ADDRESSEES, COUNTRIES, HOME, POST_LINE, Addressee
from tests.printing.pdf_tools import decode_barcodes, text_lines

SETTINGS = default_printing_settings()
for _key, _value in DEMO_LIBRARY.items():  # the demo's library, in Millbrook, NY
    if _key.startswith("library."):
        SETTINGS.set(_key, _value)
LETTERHEAD = library_letterhead(SETTINGS)  # as the desk's PdfRenderer is given it
ABROAD = tuple(a for a in ADDRESSEES if a.country != HOME)  # customs: parcels abroad only


def _number(index: int) -> str:
    return f"ILL-2026-{900 + index:06d}"


def _pdf_and_pages(make: Callable[[], bytes]) -> tuple[bytes, list[str]]:
    pdf = make()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return pdf, text.split("\f")[:-1]


def _joined(pdfs: list[bytes]) -> bytes:
    """One PDF of the pages of ``pdfs`` (poppler's pdfunite)."""
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for index, pdf in enumerate(pdfs):
            names.append(str(Path(folder) / f"{index:02d}.pdf"))
            Path(names[-1]).write_bytes(pdf)
        out = Path(folder) / "all.pdf"
        subprocess.run(["pdfunite", *names, str(out)], check=True, capture_output=True)
        return out.read_bytes()


BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def _barcodes(pdf: bytes, captions: set[str], up: float = 100, down: float = 14) -> set[str]:
    """What zbarimg reads, looking on each page only at the band where its barcodes are
    (``up`` above to ``down`` below their captions or headings): a fraction of the time of
    whole pages."""
    found: set[str] = set()
    lines = [line for line in text_lines(pdf) if line[1] in captions]
    assert lines, captions
    for page in sorted({line[0] for line in lines}):
        here = [line for line in lines if line[0] == page]
        top = max(0.0, min(y for *_rest, y in here) - up)
        bottom = max(y for *_rest, y in here) + down
        area = (0, top, 620, bottom - top)  # the page's width (A4, Letter or a label)
        found |= {data for _kind, data in decode_barcodes(pdf, 150, area=area, page=page)}
    return found


def _squeezed(text: str) -> str:
    """Without any white space (a line wrapped in its box still reads as one) and without
    the direction marks pdftotext puts around right-to-left runs."""
    return "".join(text.translate(BIDI_CONTROLS).split())


def _pieces(line: str) -> list[str]:
    """What must be found of ``line``: the line itself, or for a right-to-left line each
    run of right-to-left words and each number or Latin word by itself (pdftotext reads
    the runs back in logical order, but a number keeps its place as drawn)."""
    if not fonts.is_rtl(line):
        return [_squeezed(line)]
    pieces: list[str] = []
    run: list[str] = []
    for word in line.split():
        if fonts.is_rtl(word):
            run.append(word)
            continue
        if run:
            pieces.append(_squeezed(" ".join(run)))
            run = []
        pieces.append(_squeezed(word))
    if run:
        pieces.append(_squeezed(" ".join(run)))
    return pieces


def assert_addressed(page: str, address: Address, country: str) -> None:
    """Every line of ``address`` on ``page``, whole and in order, with the country's post
    line; the country's name in English capitals abroad, none at home; nothing cut."""
    text = _squeezed(page)
    assert "…" not in page, page
    at = -1
    for line in address.as_lines():
        found = [text.find(piece, at + 1) for piece in _pieces(line)]
        if min(found) <= at:  # wrapped beside another column: its words, in order
            found = []
            for word in line.split():
                found.append(text.find(_squeezed(word), max([at, *found]) + 1))
        assert min(found) > at, f"{country}: {line!r} missing or out of order in:\n{page}"
        at = min(found)
    for piece in _pieces(POST_LINE[country]):
        assert piece in text, (country, page)
    if country == HOME:
        assert not address.country_line
    else:
        assert address.country_line and address.country_line == address.country_line.upper()
        assert address.as_lines()[-1] == address.country_line  # last, under the address


# -- the documents, one PDF per kind -----------------------------------------------------------
def _labels() -> bytes:
    labels = [
        dataclasses.replace(
            sample_data.shipping_label(),
            request_number=_number(i),
            sender=library_address(SETTINGS, a.address()),
            recipient=a.address(),
            carrier="USPS",
            tracking_number=f"RR{123456780 + i:09d}US",
            service="Priority Mail International" if a.country != HOME else "Media Mail",
        )
        for i, a in enumerate(ADDRESSEES)
    ]
    return render_shipping_labels(labels, "thermal-4x6")


def _customs(form: CustomsForm) -> bytes:
    value = Decimal("45.00") if form is CustomsForm.CN22 else Decimal("850.00")
    pages = [
        render_customs(
            dataclasses.replace(
                sample_data.customs_declaration(value),
                sender=library_address(SETTINGS, a.address()),
                addressee=customs_addressee(a.address()),
                request_number=_number(i),
                importer_reference="",
                importer_contact="",
                sender_reference="",
                office_of_origin="Millbrook NY 12545",
                signatory="Dana Whitfield",
                items=tuple(
                    dataclasses.replace(item, origin_country=HOME)
                    for item in sample_data.customs_declaration(value).items
                ),
            ),
            form,
            SETTINGS,
        )
        for i, a in enumerate(ABROAD)
    ]
    return _joined(pages)


def _notices() -> bytes:
    pages = [
        render_notice(
            Notice(
                recipient=a.address(),
                notice_date=sample_data.TODAY,
                subject="Your interlibrary loan has arrived",
                greeting=f"Dear {a.name},",
                body="The book you asked for has arrived; please collect it within 7 days.",
                closing="Interlibrary loan desk",
                request_number=_number(i),
            ),
            LETTERHEAD,
            SETTINGS,
        )
        for i, a in enumerate(ADDRESSEES)
    ]
    return _joined(pages)


def _invoices() -> bytes:
    pages = [
        render_invoice(
            dataclasses.replace(
                sample_data.invoice(), number=f"INV-2026-{i + 1:04d}", bill_to=a.address()
            ),
            LETTERHEAD,
            SETTINGS,
        )
        for i, a in enumerate(ADDRESSEES)
    ]
    return _joined(pages)


def _bands() -> bytes:
    bands = [
        dataclasses.replace(
            sample_data.book_band(),
            request_number=_number(i),
            lender=a.name,
            title=f"{a.city} — {a.street}",
        )
        for i, a in enumerate(ADDRESSEES)
    ]
    return render_book_bands(bands, LETTERHEAD, SETTINGS)


def _slips() -> bytes:
    slips = [
        dataclasses.replace(
            sample_data.pull_slip(i), request_number=_number(i), borrowing_library=a.name
        )
        for i, a in enumerate(ADDRESSEES)
    ]
    return render_pull_slips(slips, LETTERHEAD, SETTINGS)


# -- the checks -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "make", "who"),
    [
        ("shipping-label", _labels, ADDRESSEES),
        ("cn22", lambda: _customs(CustomsForm.CN22), ABROAD),
        ("cn23", lambda: _customs(CustomsForm.CN23), ABROAD),
        ("notice", _notices, ADDRESSEES),
        ("invoice", _invoices, ADDRESSEES),
    ],
)
def test_addressed_printouts_for_every_country(
    kind: str, make: Callable[[], bytes], who: tuple[Addressee, ...], tmp_path: Path
) -> None:
    pdf, pages = _pdf_and_pages(make)
    assert len(pages) == len(who), kind
    customs = kind in ("cn22", "cn23")
    for page, addressee in zip(pages, who, strict=True):
        if kind in ("shipping-label", "cn22", "cn23"):  # the return address, with its country
            sender = library_address(SETTINGS, addressee.address())
            assert sender.as_lines()[-2:] == (
                ["MILLBROOK, NY 12545", "UNITED STATES"]
                if addressee.country != HOME
                else ["12 Mill Street", "MILLBROOK, NY 12545"]
            )
            assert all(_squeezed(line) in _squeezed(page) for line in sender.as_lines())
        if kind in ("invoice", "notice"):  # the letterhead in the post's order, by name
            assert "12 Mill Street, MILLBROOK, NY 12545, UNITED STATES" in page
            assert "12545 Millbrook" not in page
        address = addressee.address()
        if customs:  # the country in English and French, the UPU's language
            address = customs_addressee(address)
        assert_addressed(page, address, addressee.country)
        english = address.country_line.split(" / ")[0]
        assert english.isascii()  # the country's name in English first
    expected = {_number(i) for i in range(len(who))}
    if kind == "shipping-label":
        expected |= {f"RR{123456780 + i:09d}US" for i in range(len(who))}
    if kind == "invoice":  # the invoice's own number, for the payment to be matched
        expected = {f"INV-2026-{i + 1:04d}" for i in range(len(who))}
    if kind == "notice":  # under the words that say what it is for
        decoded = _barcodes(pdf, {"Show this code at the desk"}, up=5, down=70)
    else:  # above the number written out (on customs forms, as the sender's reference)
        decoded = _barcodes(pdf, expected | {f"Sender's reference {n}" for n in expected})
    assert expected <= decoded, (kind, sorted(expected - decoded))
    (tmp_path / f"{kind}.pdf").write_bytes(pdf)


@pytest.mark.parametrize(("kind", "make"), [("book-band", _bands), ("pull-slip", _slips)])
def test_bands_and_slips_for_every_country(
    kind: str, make: Callable[[], bytes], tmp_path: Path
) -> None:
    """No address on these: the lender (band) or borrowing library (slip) in its own script,
    whole, and every request barcode scans."""
    pdf, pages = _pdf_and_pages(make)
    text = _squeezed("".join(pages))
    assert "…" not in "".join(pages)
    for addressee in ADDRESSEES:
        assert _squeezed(addressee.name) in text, (kind, addressee.country)
    decoded = {data for _kind, data in decode_barcodes(pdf, dpi=150)}
    assert {_number(i) for i in range(len(ADDRESSEES))} <= decoded
    (tmp_path / f"{kind}.pdf").write_bytes(pdf)
    assert COUNTRIES[-1] == "IL"
