from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from illdesk.domain.errors import DeskError
from illdesk.domain.progress import Cancelled, Progress
from illdesk.printing import sample_data
from illdesk.printing.documents import render_pull_slips, shelf_order
from illdesk.printing.settings_defs import default_printing_settings
from tests.printing.pdf_tools import decode_barcodes, flat, page_count, pdf_text


def test_slips_show_what_to_pull_in_every_script_and_every_barcode_scans() -> None:
    slips = sample_data.pull_slips(5)
    pdf = render_pull_slips(slips, sample_data.LETTERHEAD, default_printing_settings())
    text = flat(pdf_text(pdf))
    for slip in slips:
        assert slip.call_number in text
        assert slip.location in text
        assert slip.author in text
        assert slip.borrowing_library in text
    for expected in (
        "Война и мир",
        "Η Οδύσσεια",
        "红楼梦",
        "Les Misérables",
        "曹雪芹",
        "Российская государственная библиотека",
        "Εθνική Βιβλιοθήκη της Ελλάδος",
        "Library use only",
        "NEED BY",
        "1 Dec 2026",
    ):
        assert expected in text
    found = Counter(decode_barcodes(pdf))
    wanted = Counter()
    for slip in slips:
        wanted[("CODE-128", slip.request_number)] += 1
        if slip.item_symbology.value == "code39":
            wanted[("CODE-39", slip.item_barcode)] += 1
        else:
            wanted[("Codabar", f"A{slip.item_barcode}B")] += 1
    assert found == wanted


def test_batch_is_sorted_by_location_then_call_number_naturally() -> None:
    base = sample_data.pull_slip(0)
    slips = [
        dataclasses.replace(
            base, location="Stacks B", call_number="QA100 .K5", request_number="R-1"
        ),
        dataclasses.replace(
            base, location="Stacks A", call_number="QA76.9 .D3", request_number="R-2"
        ),
        dataclasses.replace(base, location="Stacks B", call_number="QA9 .B2", request_number="R-3"),
        dataclasses.replace(
            base, location="stacks a", call_number="QA76.10 .A1", request_number="R-4"
        ),
    ]
    assert [s.request_number for s in shelf_order(slips)] == ["R-2", "R-4", "R-3", "R-1"]
    settings = default_printing_settings()
    settings.set("printing.slips_per_page", 1)
    text = pdf_text(render_pull_slips(slips, None, settings))
    positions = [text.index(call) for call in ("QA76.9 .D3", "QA76.10 .A1", "QA9 .B2", "QA100 .K5")]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("per_page", "pages"), [(3, 3), (2, 4), (1, 7)])
def test_slips_per_page(per_page: int, pages: int) -> None:
    settings = default_printing_settings()
    settings.set("printing.slips_per_page", per_page)
    settings.set("printing.paper_size", "Letter")
    pdf = render_pull_slips(sample_data.pull_slips(7), None, settings)
    assert page_count(pdf) == pages


def test_slip_printer_paper_scans_too() -> None:
    settings = default_printing_settings()
    settings.set("printing.slips_per_page", 1)
    slip = sample_data.pull_slip(2)
    found = decode_barcodes(render_pull_slips([slip], None, settings))
    assert sorted(found) == sorted(
        [("CODE-128", slip.request_number), ("CODE-39", slip.item_barcode)]
    )


def test_progress_is_reported_and_cancel_stops_the_batch() -> None:
    reports: list[tuple[int, int]] = []
    progress = Progress(on_report=lambda done, total, _t: reports.append((done, total)))
    render_pull_slips(sample_data.pull_slips(4), None, None, progress)
    assert reports[0] == (0, 4) and reports[-1] == (4, 4)

    cancelling = Progress()

    def cancel_after_two(done: int, _total: int, _text: str) -> None:
        if done == 2:
            cancelling.cancel()

    cancelling.on_report = cancel_after_two
    with pytest.raises(Cancelled):
        render_pull_slips(sample_data.pull_slips(10), None, None, cancelling)


def test_bad_input_is_refused_in_words() -> None:
    with pytest.raises(DeskError, match="no pull slips"):
        render_pull_slips([], None, None)
    settings = default_printing_settings()
    settings.set("printing.slips_per_page", 5)
    with pytest.raises(DeskError, match="1, 2 or 3"):
        render_pull_slips(sample_data.pull_slips(1), None, settings)
    bad = dataclasses.replace(sample_data.pull_slip(0), request_number="ILL-№1")
    with pytest.raises(DeskError, match="Code 128"):
        render_pull_slips([bad], None, None)


def test_an_item_barcode_that_cannot_be_encoded_prints_as_text() -> None:
    slip = dataclasses.replace(sample_data.pull_slip(0), item_barcode="item 42/b")
    pdf = render_pull_slips([slip])
    text = flat(pdf_text(pdf))
    assert "item 42/b" in text and "(not printable as Code 39)" in text
    assert decode_barcodes(pdf) == [("CODE-128", slip.request_number)]
