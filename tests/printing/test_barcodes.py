from __future__ import annotations

import io

import barcode
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.printing import fonts
from illdesk.printing.barcode_writer import (
    MIN_QUIET_MM,
    BarcodeDataError,
    CanvasWriter,
    Symbology,
    barcode_width,
    check_data,
    draw_barcode,
)
from tests.printing.pdf_tools import decode_barcodes

CASES = [
    (Symbology.CODE128, "ILL-2026-000123", "CODE-128", "ILL-2026-000123"),
    (Symbology.CODE128, "1Z999AA10123456784", "CODE-128", "1Z999AA10123456784"),
    (Symbology.CODE39, "31234000567890", "CODE-39", "31234000567890"),
    (Symbology.CODE39, "LIB-00042", "CODE-39", "LIB-00042"),
    (Symbology.CODABAR, "A31234000567891B", "Codabar", "A31234000567891B"),
    (Symbology.CODABAR, "31234000567892", "Codabar", "A31234000567892B"),
    (Symbology.ITF, "00340434161234567890", "I2/5", "00340434161234567890"),
]


def test_python_barcode_provides_every_symbology_the_desk_meets() -> None:
    for name in ("code128", "code39", "codabar", "itf"):
        assert name in barcode.PROVIDED_BARCODES


def _page_with(cases: list[tuple[Symbology, str, str, str]], max_width: float) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    y = 780.0
    for symbology, data, _, _ in cases:
        drawn = draw_barcode(
            canvas, symbology, data, 40, y - 40, bar_height=10 * mm, max_width=max_width
        )
        assert drawn.width <= max_width + 0.01
        y -= 100
    canvas.save()
    return buffer.getvalue()


def test_each_symbology_decodes_to_the_intended_text() -> None:
    found = decode_barcodes(_page_with(CASES, 120 * mm))
    assert sorted(found) == sorted({(kind, text) for _, _, kind, text in CASES})


def test_narrow_space_shrinks_bars_but_they_still_scan() -> None:
    narrow = [CASES[0], CASES[2], CASES[6]]
    found = decode_barcodes(_page_with(narrow, 55 * mm))
    assert sorted(found) == sorted((kind, text) for _, _, kind, text in narrow)


def test_bars_are_vectors_with_quiet_zones() -> None:
    writer = CanvasWriter()
    barcode.get("code128", "ILL-1", writer=writer).render(
        {"module_width": 0.33, "quiet_zone": 3.3, "write_text": False}
    )
    first_bar = writer.bars[0][0]
    last_end = writer.bars[-1][0] + writer.bars[-1][1]
    assert first_bar == pytest.approx(3.3)
    assert writer.total_width_mm - last_end == pytest.approx(3.3 + 0, abs=0.7)
    assert barcode_width(Symbology.CODE128, "ILL-1", 0.2) > 2 * MIN_QUIET_MM * mm


@pytest.mark.parametrize(
    ("symbology", "data", "words"),
    [
        (Symbology.CODE128, "", "empty"),
        (Symbology.CODE128, "Ковалёва", "Code 128"),
        (Symbology.CODE39, "lower case", "Code 39"),
        (Symbology.CODABAR, "12AB34", "Codabar"),
        (Symbology.ITF, "12345", "odd number"),
        (Symbology.ITF, "12AB", "digits only"),
    ],
)
def test_text_a_symbology_cannot_carry_is_refused_in_words(
    symbology: Symbology, data: str, words: str
) -> None:
    with pytest.raises(BarcodeDataError, match=words):
        check_data(symbology, data)


def test_data_too_long_for_the_space_is_refused() -> None:
    canvas = Canvas(io.BytesIO())
    with pytest.raises(BarcodeDataError, match="too long"):
        draw_barcode(
            canvas, Symbology.CODE128, "X" * 60, 0, 0, bar_height=10 * mm, max_width=40 * mm
        )
