from __future__ import annotations

import dataclasses

import pytest

from illdesk.domain.errors import DeskError
from illdesk.domain.label_sheets import LAYOUTS
from illdesk.domain.printed import Address
from illdesk.printing import sample_data
from illdesk.printing.documents import render_shipping_label, render_shipping_labels
from tests.printing.pdf_tools import decode_barcodes, flat, page_count, pdf_text


def test_thermal_label_has_addresses_carrier_and_both_barcodes() -> None:
    label = sample_data.shipping_label()
    pdf = render_shipping_label(label)
    text = flat(pdf_text(pdf))
    for expected in (
        "La Poste Colissimo",
        "1.250 kg",
        "FROM",
        "TO",
        "TRACKING",
        "国家图书馆 馆际互借处",
        "Attn: 王小明",
        "Beijing 100081",
        "CHINA",
        "Bibliothèque municipale de Saint-Étienne-sur-Loire",
    ):
        assert expected in text
    assert sorted(decode_barcodes(pdf)) == sorted(
        [("CODE-128", label.tracking_number), ("CODE-128", label.request_number)]
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_scans_including_interleaved_2_of_5_tracking(layout: str) -> None:
    label = sample_data.shipping_label_itf()
    pdf = render_shipping_label(label, layout)
    assert sample_data.GREEK_NAME in flat(pdf_text(pdf))
    assert sorted(decode_barcodes(pdf)) == sorted(
        [("I2/5", label.tracking_number), ("CODE-128", label.request_number)]
    )


def test_start_position_skips_used_labels_on_a_sheet() -> None:
    sheet = LAYOUTS["avery-L7165"]
    labels = [
        dataclasses.replace(
            sample_data.shipping_label(), carrier=f"Carrier{n}", request_number=f"ILL-{n}"
        )
        for n in range(3)
    ]
    pdf = render_shipping_labels(labels, "avery-L7165", start_position=7)
    assert page_count(pdf) == 2  # positions 7 and 8, then 1 on a new sheet

    def text_at(position: int, page_pdf: bytes) -> str:
        x, y = sheet.origin(position)
        top = sheet.page[1] - y - sheet.label_height
        return flat(pdf_text(page_pdf, area=(x, top, sheet.label_width, sheet.label_height)))

    assert "Carrier0" in text_at(7, pdf)
    assert "Carrier1" in text_at(8, pdf)
    assert text_at(1, pdf) == ""
    assert "Carrier2" in flat(pdf_text(pdf).split("\f")[1])


def test_bad_layout_position_or_address_is_refused_in_words() -> None:
    label = sample_data.shipping_label()
    with pytest.raises(DeskError, match="not a label layout"):
        render_shipping_label(label, "avery-9999")
    with pytest.raises(DeskError, match="between 1 and 8"):
        render_shipping_label(label, "avery-L7165", start_position=9)
    huge = dataclasses.replace(label, recipient=Address("X", tuple(f"line {n}" for n in range(6))))
    with pytest.raises(DeskError, match="too long for this label"):
        render_shipping_label(huge, "avery-L7165")


@pytest.mark.parametrize("layout", ["thermal-4x6", "avery-L7165"])
def test_a_label_without_tracking_says_so_and_still_scans(layout: str) -> None:
    """Van runs, untracked post and returns to a lender have no tracking number."""
    label = dataclasses.replace(sample_data.shipping_label(), tracking_number="", carrier="ILL van")
    pdf = render_shipping_label(label, layout)
    assert "No tracking number (ILL van)" in flat(pdf_text(pdf))
    assert decode_barcodes(pdf) == [("CODE-128", label.request_number)]
