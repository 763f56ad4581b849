"""The longest names in the demo data on every printout that carries them: wrapped or
shrunk, never cut ("Marist State University Libra…" on a label was the complaint)."""

from __future__ import annotations

import dataclasses
import re

from illdesk.demo.data import BOOKS, FIRST, LAST, PARTNERS
from illdesk.domain.customs import CustomsForm
from illdesk.printing import sample_data
from illdesk.printing.documents import (
    render_book_band,
    render_customs,
    render_pull_slips,
    render_shipping_label,
)
from illdesk.services.postal import customs_addressee, postal_address
from tests.printing.pdf_tools import decode_barcodes, pdf_text

LONGEST_PARTNER = max(PARTNERS, key=lambda p: len(p[0]))
LONGEST_TITLE = max((b[0] for b in BOOKS), key=len)
LONGEST_PATRON = f"{max(LAST, key=len)}, {max(FIRST, key=len)}"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _address():
    name, _symbol, street, city, code, region, country, *_rest = LONGEST_PARTNER
    return postal_address(
        name,
        street=street,
        postal_code=code,
        city=city,
        region=region,
        country=country,
        home_country="FR" if country != "FR" else "DE",
    )


def test_the_longest_partner_on_labels_and_customs_forms() -> None:
    address = _address()
    for layout in ("thermal-4x6", "avery-L7169", "avery-5164"):
        label = dataclasses.replace(sample_data.shipping_label(), recipient=address)
        pdf = render_shipping_label(label, layout)
        text = _flat(pdf_text(pdf))
        assert LONGEST_PARTNER[0] in text, layout
        assert "…" not in text
        assert label.request_number in {d for _k, d in decode_barcodes(pdf)}
    for form in (CustomsForm.CN22, CustomsForm.CN23):
        decl = dataclasses.replace(
            sample_data.customs_declaration(), addressee=customs_addressee(address)
        )
        text = _flat(pdf_text(render_customs(decl, form)))
        assert LONGEST_PARTNER[0] in text, form
        assert decl.addressee.as_lines()[-1] in text  # the country, English and French


def test_the_longest_title_patron_and_lender_on_bands_and_slips() -> None:
    band = dataclasses.replace(
        sample_data.book_band(),
        title=LONGEST_TITLE,
        patron_name=LONGEST_PATRON,
        lender=LONGEST_PARTNER[0],
    )
    text = _flat(pdf_text(render_book_band(band)))
    assert LONGEST_TITLE in text and LONGEST_PARTNER[0] in text
    slip = dataclasses.replace(
        sample_data.pull_slip(0), title=LONGEST_TITLE, borrowing_library=LONGEST_PARTNER[0]
    )
    text = _flat(pdf_text(render_pull_slips([slip])))
    assert LONGEST_TITLE in text and LONGEST_PARTNER[0] in text
