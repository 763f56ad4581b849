from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QMessageBox
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from illdesk.printing.sample_data import DOCUMENT_KINDS
from illdesk.settings_registry import default_settings
from illdesk.ui.printing.preview_dialog import remembered_printer
from illdesk.ui.printing.printers_page import PrintersPage
from tests.printing.test_zpl import CapturingPrinter

PAGES = {
    "pull-slip": 1,
    "book-band": 1,
    "shipping-label": 1,
    "cn22": 1,
    "cn23": 1,
    "notice": 1,
    "invoice": 1,
}


def _page(qtbot: QtBot, tmp_path: Path, **values: object) -> tuple[PrintersPage, QSettings]:
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings = default_settings()
    for key, value in values.items():
        settings.set(key.replace("__", "."), value)
    page = PrintersPage(settings, store=store)
    qtbot.addWidget(page)
    page.show()
    return page, store


def test_every_kind_has_a_printer_choice_and_a_test_print(qtbot: QtBot, tmp_path: Path) -> None:
    page, _ = _page(qtbot, tmp_path)
    assert list(page.boxes) == list(DOCUMENT_KINDS)
    installed = set(QPrinterInfo.availablePrinterNames())
    for box in page.boxes.values():
        offered = {box.itemData(i) for i in range(box.count())}
        assert installed <= offered and "" in offered
    page.grab().save(str(tmp_path / "printers.png"))


def test_choosing_a_printer_is_remembered_for_that_kind(qtbot: QtBot, tmp_path: Path) -> None:
    page, store = _page(qtbot, tmp_path)
    box = page.boxes["shipping-label"]
    box.addItem("Zebra", "Zebra")
    box.setCurrentIndex(box.count() - 1)
    assert remembered_printer(store, "shipping-label") == "Zebra"
    assert remembered_printer(store, "pull-slip") == ""
    again, _ = _page(qtbot, tmp_path)
    assert again.boxes["shipping-label"].currentData() == "Zebra"


def test_test_print_button_opens_the_preview_of_each_kind(qtbot: QtBot, tmp_path: Path) -> None:
    page, _ = _page(qtbot, tmp_path)
    for kind in DOCUMENT_KINDS:
        page.test_buttons[kind].click()
        dialog = page.previews[-1]
        assert dialog.kind == kind
        assert dialog.is_loaded() and dialog.page_count() == PAGES[kind]
        dialog.close()


def test_label_test_print_can_go_to_the_zpl_printer(
    qtbot: QtBot, tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    printer = CapturingPrinter()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    try:
        page, _ = _page(qtbot, tmp_path, printing__zpl_target=f"tcp://127.0.0.1:{printer.port}")
        dialog = page.test_print("shipping-label")
        assert dialog is not None
        dialog.zpl_button.click()
        received = printer.wait()
    finally:
        printer.close()
    assert received.startswith(b"^XA")
    assert "127.0.0.1" in messages[0]
