from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from illdesk.printing import cups, sample_data
from illdesk.printing.documents import render_pull_slips
from illdesk.printing.sample_data import render_sample
from illdesk.printing.settings_defs import default_printing_settings
from illdesk.ui.background import BackgroundTask
from illdesk.ui.printing.preview_dialog import (
    BAND_BYTES,
    PreviewDialog,
    band_height,
    print_pdf_bytes,
    remembered_printer,
)
from tests.printing.pdf_tools import decode_barcodes, page_count
from tests.printing.test_cups import find_cups_pdf_output


def _store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_preview_opens_pdf_bytes_and_reports_page_count(qtbot: QtBot, tmp_path: Path) -> None:
    settings = default_printing_settings()
    settings.set("printing.slips_per_page", 2)
    pdf = render_pull_slips(sample_data.pull_slips(5), None, settings)
    dialog = PreviewDialog(pdf, "pull-slip", store=_store(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_loaded()
    assert dialog.page_count() == 3
    assert "3" in dialog.pages_label.text()
    assert dialog.print_button.isEnabled()
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 0


def test_preview_opens_a_file_and_saves_it_again(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "notice.pdf"
    source.write_bytes(render_sample("notice"))
    dialog = PreviewDialog(source, "notice", store=_store(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1
    copy = tmp_path / "copy.pdf"
    dialog.save_to(copy)
    assert copy.read_bytes() == source.read_bytes()


def test_broken_pdf_is_reported_not_printed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreviewDialog(b"this is not a pdf", "invoice", store=_store(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.is_loaded()
    assert not dialog.print_button.isEnabled()
    assert "could not be opened" in dialog.pages_label.text()


def test_printing_renders_every_page_and_barcodes_still_scan(qtbot: QtBot, tmp_path: Path) -> None:
    label = sample_data.shipping_label()
    from illdesk.printing.documents import render_shipping_labels

    pdf = render_shipping_labels([label, sample_data.shipping_label_itf()], "avery-L7169")
    dialog = PreviewDialog(pdf, "shipping-label", store=_store(tmp_path))
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(300)
    printer.setFullPage(True)
    assert dialog.print_to(printer) == 1
    printed = out.read_bytes()
    assert page_count(printed) == 1
    found = sorted(decode_barcodes(printed))
    assert found == sorted(
        [
            ("CODE-128", label.tracking_number),
            ("CODE-128", label.request_number),
            ("I2/5", sample_data.shipping_label_itf().tracking_number),
            ("CODE-128", sample_data.shipping_label_itf().request_number),
        ]
    )


def test_printer_choice_is_remembered_per_document_kind(qtbot: QtBot, tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.setValue("printers/shipping-label", "Zebra-ZD421")
    dialog = PreviewDialog(render_sample("shipping-label"), "shipping-label", store=store)
    qtbot.addWidget(dialog)
    assert dialog.chosen_printer() == "Zebra-ZD421"  # kept even when not installed here
    assert "not found" in dialog.printer_box.currentText()
    dialog.printer_box.setCurrentIndex(0)
    assert remembered_printer(store, "shipping-label") == ""
    assert remembered_printer(store, "pull-slip") == ""
    other = PreviewDialog(render_sample("pull-slip"), "pull-slip", store=store)
    qtbot.addWidget(other)
    assert other.make_printer().docName() == other.windowTitle()


def test_the_print_button_sends_the_pdf_to_cups_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Print in the preview: the PDF goes to the CUPS queue illdesk-pdf (cups-pdf) from a
    worker thread while the window keeps working; the result is told in words."""
    store = _store(tmp_path)
    store.setValue("printers/cn23", "illdesk-pdf")
    title = f"illdesk-preview-{uuid.uuid4().hex[:8]}"
    dialog = PreviewDialog(render_sample("cn23"), "cn23", store=store, title=title)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_printer() == "illdesk-pdf", "run .ci/setup-cups.sh to create the queue"
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as told:
        qtbot.mouseClick(dialog.print_now_button, Qt.MouseButton.LeftButton)
        # the click returned before the printer had the job: the work is on a worker thread
        assert dialog.is_printing() and not dialog.print_now_button.isEnabled()
        assert dialog.last_job is None
    assert dialog.result() == QDialog.DialogCode.Accepted
    job = dialog.last_job
    assert job is not None and job.printer == "illdesk-pdf"
    assert told.args == [f"Sent to illdesk-pdf as job {job.job_id}."]
    assert cups.wait_until_finished(job, 60)
    output = find_cups_pdf_output(job)
    try:
        printed = output.read_bytes()
        assert page_count(printed) == 1
        assert decode_barcodes(printed) == [("CODE-128", "ILL-2026-000912")]
    finally:
        output.unlink()


def test_a_printer_that_is_gone_is_told_and_the_document_stays(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The label printer this desk remembers is unplugged (not set up here any more): Print
    says so in words, the preview stays open with the document, nothing is sent."""
    store = _store(tmp_path)
    store.setValue("printers/shipping-label", "Zebra-ZD421")
    dialog = PreviewDialog(render_sample("shipping-label"), "shipping-label", store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    told: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        told.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(dialog.print_failed, timeout=60_000):
        qtbot.mouseClick(dialog.print_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_printing())
    assert told and "Zebra-ZD421 is not set up on this computer" in told[0]
    assert "Nothing is lost" in told[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.last_job is None
    assert dialog.print_now_button.isEnabled() and dialog.page_count() == 1


def test_qt_print_path_draws_bands_on_a_worker_thread(qtbot: QtBot, tmp_path: Path) -> None:
    """Printers CUPS does not know: the PDF is drawn onto the QPrinter at its resolution in
    bands of a few megabytes, from a worker thread; every barcode still scans."""
    pdf = render_sample("cn23")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(300)
    printer.setFullPage(True)
    width = round(595.28 * 300 / 72)
    assert band_height(width) * width * 4 <= BAND_BYTES < width * round(841.89 * 300 / 72) * 4
    task = BackgroundTask(lambda progress: print_pdf_bytes(pdf, printer, progress))
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as done:
        task.start()
    assert done.args == [1]
    printed = out.read_bytes()
    assert page_count(printed) == 1
    assert decode_barcodes(printed) == [("CODE-128", "ILL-2026-000912")]
