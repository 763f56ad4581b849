"""Printing from the stations: the book band on a receive scan, the label and customs form
from the packing station; each PDF is read back with pdftotext and zbarimg."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.services.requests import ActionInput
from illdesk.services.scanning import ScanMode
from illdesk.ui.dialogs.ship_dialog import ShipDialog


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def barcodes(path: Path, tmp_path: Path) -> set[str]:
    stem = tmp_path / path.stem
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(path), str(stem)], check=True, timeout=120
    )
    found: set[str] = set()
    for page in sorted(tmp_path.glob(f"{path.stem}*.png")):
        out = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True, timeout=120
        )
        found |= {line.strip() for line in out.stdout.splitlines() if line.strip()}
    return found


def test_receive_scan_prints_a_book_band(window, qtbot, context, tmp_path) -> None:
    target = next(
        r
        for r in context.requests.search(Side.BORROWING, limit=1000)
        if r.state is State.SHIPPED_BY_LENDER
    )
    station = window.borrowing.station
    qtbot.keyClicks(station.box, target.number)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.after_commit.busy())  # drawn after the commit
    [band] = [p for p in window.printer.saved if p.name.startswith("book-band")]
    detail = context.requests.detail(target.id)
    text = pdf_text(band)
    assert target.number in text
    assert detail.row.due_date is not None
    assert str(detail.row.due_date.day) in text
    assert target.number in barcodes(band, tmp_path)


def test_packing_station_ships_abroad_with_customs(
    window, qtbot, context, tmp_path, monkeypatch
) -> None:
    berlin = next(p for p in context.directory.partners() if p.country == "DE")
    made = context.requests.create_lending(
        partner_id=berlin.id,
        citation=Citation(title="Middlemarch", author="Eliot, George"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    context.requests.perform(
        made.row.id, Action.PULL, staff="Tom", given=ActionInput(item_barcode="31234000009999")
    )

    def fill(dialog: ShipDialog) -> int:
        assert dialog.defaults.abroad
        qtbot.keyClicks(dialog.weight, "0.9")
        dialog.tracking.accept_scan("RR123456785US")
        dialog.value.setText("30")
        dialog.ship()
        return int(dialog.result())

    monkeypatch.setattr(ShipDialog, "exec", fill)
    window.tabs.setCurrentWidget(window.lending)
    station = window.lending.station
    station.set_mode(ScanMode.SHIP)
    qtbot.keyClicks(station.box, "31234000009999")
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert context.requests.detail(made.row.id).row.state is State.SHIPPED
    label = next(p for p in window.printer.saved if p.name.startswith("shipping-label"))
    customs = next(p for p in window.printer.saved if p.name.startswith("cn22"))
    assert "Staatsbibliothek zu Berlin" in pdf_text(label)
    assert {"RR123456785US", made.row.number} <= barcodes(label, tmp_path)
    text = pdf_text(customs)
    assert "CN 22" in text or "CN22" in text
    assert "490199" in text.replace(".", "")


def test_ship_form_refuses_missing_weight(qtbot, context) -> None:
    partner = context.directory.partners()[0]
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Tom",
    )
    context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    pulled = context.requests.perform(
        made.row.id, Action.PULL, staff="Tom", given=ActionInput(item_barcode="31234000008888")
    )
    dialog = ShipDialog(context, made.row.id, pulled.detail.row.version)
    qtbot.addWidget(dialog)
    assert dialog.weight.text() == "1"  # the desk's usual parcel, ready to ship with Enter
    dialog.weight.clear()
    dialog.ship()
    assert "Weigh the parcel" in dialog.form.error_text("weight")
    assert context.requests.detail(made.row.id).row.state is State.PULLED


def test_batch_pull_slips_in_the_background(window, qtbot, context, desk_settings) -> None:
    """Drawn and spooled off the GUI thread to this desk's slip printer; marked printed once
    CUPS took the job."""
    partner = context.directory.partners()[1]
    made = [
        context.requests.create_lending(
            partner_id=partner.id,
            citation=Citation(title=t),
            service_type=ServiceType.LOAN,
            staff="Tom",
        )
        for t in ("Middlemarch", "Silent Spring", "Les Misérables")
    ]
    desk_settings.setValue("printers/pull-slip", "illdesk-pdf")

    def later() -> None:  # the demo data has requests the policy will not lend
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, later)
            return
        box.findChild(QPushButton, "later").click()

    QTimer.singleShot(0, later)
    window.tabs.setCurrentWidget(window.lending)
    window.lending.print_pull_slips()
    qtbot.waitUntil(
        lambda: all(
            context.requests.detail(m.row.id).row.state is State.PULL_SLIP_PRINTED for m in made
        ),
        timeout=30000,
    )
    assert "pull slips printed" in window.lending.station.result.text()
    job = window.lending._slip_run.result.job
    assert job is not None and job.printer == "illdesk-pdf"
