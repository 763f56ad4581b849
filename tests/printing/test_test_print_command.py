from __future__ import annotations

from pathlib import Path

import pytest

from illdesk.cli import main
from illdesk.printing import cups
from illdesk.printing.sample_data import DOCUMENT_KINDS
from tests.printing.pdf_tools import decode_barcodes, embedded_fonts, flat, pdf_text
from tests.printing.test_cups import find_cups_pdf_output
from tests.printing.test_zpl import CapturingPrinter

EXPECTED_TEXT = {
    "pull-slip": ("PULL SLIP", "PG3365 .V6 1978", "Война и мир", "红楼梦", "Η Οδύσσεια"),
    "book-band": ("DUE DATE", "18 Dec", "P-004512", "Εθνική Βιβλιοθήκη της Ελλάδος"),
    "shipping-label": ("La Poste Colissimo", "王小明", "TRACKING"),
    "cn22": ("CN 22", "Returned goods", "Анна Сергеевна Ковалёва"),
    "cn23": ("CN 23", "Invoice (14)", "Российская государственная библиотека"),
    "notice": ("Your interlibrary loan has arrived", "Γιώργος Παπαδόπουλος", "曹雪芹"),
    "invoice": ("INVOICE INV-2026-0042", "Universitätsbibliothek Tübingen", "Total due"),
}
EXPECTED_BARCODES = {
    "pull-slip": 6,
    "book-band": 1,
    "shipping-label": 2,
    "cn22": 1,
    "cn23": 1,
    "notice": 1,
    "invoice": 1,
}


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_test_print_saves_each_kind(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert main(["test-print", kind, "--out", str(out)]) == 0
    assert f"Saved {out}" in capsys.readouterr().out
    pdf = out.read_bytes()
    text = flat(pdf_text(pdf))
    for expected in EXPECTED_TEXT[kind]:
        assert expected in text, expected
    assert len(decode_barcodes(pdf)) == EXPECTED_BARCODES[kind]
    table = embedded_fonts(pdf).splitlines()[2:]
    assert table and all(" yes " in line for line in table), "every font must be embedded"


def test_settings_change_the_test_print(tmp_path: Path) -> None:
    out = tmp_path / "band.pdf"
    assert (
        main(
            [
                "test-print",
                "book-band",
                "--out",
                str(out),
                "--set",
                "printing.band_patron=name",
                "--set",
                "library.name=Städtische Bibliothek Görlitz",
            ]
        )
        == 0
    )
    text = flat(pdf_text(out.read_bytes()))
    assert "Анна Сергеевна Ковалёва" in text and "Städtische Bibliothek Görlitz" in text


def test_errors_are_reported_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "test-print",
                "invoice",
                "--set",
                "printing.paper_size=Legal",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "not one of A4, Letter" in capsys.readouterr().err
    assert main(["test-print", "invoice", "--set", "printing.nothing=1"]) == 1
    assert "no setting called" in capsys.readouterr().err
    assert main(["test-print", "notice", "--zpl", "tcp://127.0.0.1:9"]) == 1
    assert "Only shipping labels" in capsys.readouterr().err
    assert main(["test-print", "invoice", "--out", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "Could not save" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["test-print", "poster"])


def test_test_print_label_as_zpl_to_a_network_printer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    printer = CapturingPrinter()
    try:
        assert (
            main(["test-print", "shipping-label", "--zpl", f"tcp://127.0.0.1:{printer.port}"]) == 0
        )
        received = printer.wait().decode("utf-8")
    finally:
        printer.close()
    assert received.startswith("^XA") and "王小明" in received
    assert "Sent a sample label" in capsys.readouterr().out


def test_test_print_to_the_cups_pdf_queue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test-print", "cn22", "--printer", "illdesk-pdf"]) == 0
    out = capsys.readouterr().out
    assert "Sent to printer illdesk-pdf as job illdesk-pdf-" in out
    job = cups.PrintJob(out.split(" as job ")[1].strip().rstrip("."), "illdesk-pdf")
    assert cups.wait_until_finished(job, 60)
    printed = find_cups_pdf_output(job)
    try:
        assert "CN 22" in pdf_text(printed.read_bytes())
    finally:
        printed.unlink()
