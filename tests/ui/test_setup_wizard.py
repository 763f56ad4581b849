"""The first-run assistant, page by page, typed into and clicked like a person does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from illdesk.composition import build_context
from illdesk.persistence import orm
from illdesk.persistence.settings_store import load_settings
from illdesk.services.library_setup import LibrarySetupService
from illdesk.settings_registry import all_setting_defs
from illdesk.ui.setup_wizard import SetupWizard
from illdesk.ui.setup_wizard.wizard import ADDRESS, LIBRARY, MAIL, PEERS, PRINTERS, SCANNER
from tests.services.copies_support import running_smtp


@pytest.fixture
def wizard(qtbot, sqlite_db, desk_settings) -> SetupWizard:
    context = build_context(sqlite_db)
    w = SetupWizard(
        LibrarySetupService(sqlite_db, context.settings), context.settings, desk_settings
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def next_page(qtbot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_box(qtbot, button) -> None:
    """A click on a radio button's or check box's circle/box (its left end)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def type_into(qtbot, widget, text: str) -> None:
    """Key presses into the widget; letters QTest cannot name (ü, ß) as key events with
    their text, the way a German keyboard sends them."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot, combo, text: str) -> None:
    """Type into an editable combo box and leave it with Tab, as staff do."""
    line = combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    completer = combo.completer()
    if completer is not None and completer.popup() is not None:
        completer.popup().hide()
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def fill_library(qtbot, wizard: SetupWizard, symbol: str = "DE-Ah1") -> None:
    type_into(qtbot, wizard.library.name, "Stadtbücherei Ahrensburg")
    type_into(qtbot, wizard.library.symbol, symbol)
    type_into(qtbot, wizard.library.email, "fernleihe@buecherei.example.de")


def fill_address(qtbot, wizard: SetupWizard, postal_code: str = "22926") -> None:
    choose(qtbot, wizard.address.country, "Germany (DE)")
    editors = wizard.address.editors
    assert set(editors) == {"library.street", "library.city", "library.postal_code"}
    type_into(qtbot, editors["library.street"], "Manfred-Samusch-Straße 3")
    type_into(qtbot, editors["library.city"], "Ahrensburg")
    type_into(qtbot, editors["library.postal_code"], postal_code)


def test_a_bad_symbol_is_refused_under_its_field(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    assert wizard.currentId() == LIBRARY
    fill_library(qtbot, wizard, symbol="hello world")
    next_page(qtbot, wizard)
    assert wizard.currentId() == LIBRARY
    assert "symbol or ISIL" in wizard.library.form.error_text("library.symbol")
    assert wizard.library.form.error_text("library.name") == ""
    wizard.library.symbol.selectAll()
    type_into(qtbot, wizard.library.symbol, "DE-Ah1")
    next_page(qtbot, wizard)
    assert wizard.currentId() == ADDRESS


def test_the_address_follows_the_country(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    next_page(qtbot, wizard)
    choose(qtbot, wizard.address.country, "United States (US)")
    assert set(wizard.address.editors) == {
        "library.street",
        "library.city",
        "library.postal_code",
        "library.region",
    }
    assert wizard.address.currency.currentData() == "USD"
    next_page(qtbot, wizard)
    assert wizard.currentId() == ADDRESS
    assert "needed" in wizard.address.form.error_text("library.region")
    fill_address(qtbot, wizard, postal_code="2292")  # Germany has no region; five digits
    assert "library.region" not in wizard.address.editors
    assert wizard.address.currency.currentData() == "EUR"  # the one offered follows
    next_page(qtbot, wizard)
    assert wizard.currentId() == ADDRESS
    assert "e.g. 26133" in wizard.address.form.error_text("library.postal_code")
    wizard.address.editors["library.postal_code"].selectAll()
    type_into(qtbot, wizard.address.editors["library.postal_code"], "22926")
    next_page(qtbot, wizard)
    assert wizard.currentId() == MAIL


def test_the_test_message_reaches_the_mail_server(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_address(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == MAIL
    assert wizard.mail.sender_edit.text() == "fernleihe@buecherei.example.de"
    with running_smtp() as (mailbox, direct):
        type_into(qtbot, wizard.mail.host, direct.host)
        wizard.mail.port.selectAll()
        type_into(qtbot, wizard.mail.port, str(direct.port))
        with qtbot.waitSignal(wizard.mail.test_button_done, timeout=20000):
            qtbot.mouseClick(wizard.mail.test_button, Qt.MouseButton.LeftButton)
    assert "Sent" in wizard.mail.test_result.text()
    [message] = mailbox.messages
    assert message["To"] == "fernleihe@buecherei.example.de"
    assert message["From"] == "fernleihe@buecherei.example.de"
    assert "Stadtbücherei Ahrensburg" in message.get_payload(decode=True).decode("utf-8")


def test_a_mail_server_that_is_not_there_is_told_in_words(qtbot, wizard) -> None:
    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_address(qtbot, wizard)
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.mail.host, "127.0.0.1")
    wizard.mail.port.selectAll()
    type_into(qtbot, wizard.mail.port, "9")
    with qtbot.waitSignal(wizard.mail.test_button_done, timeout=20000):
        qtbot.mouseClick(wizard.mail.test_button, Qt.MouseButton.LeftButton)
    assert wizard.mail.test_result.text().startswith("Not sent: The mail server at 127.0.0.1:9")


def test_what_staff_entered_is_stored_and_nothing_else(qtbot, wizard, sqlite_db) -> None:
    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_address(qtbot, wizard)
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.mail.host, "smtp.buecherei.example.de")
    type_into(qtbot, wizard.mail.username, "fernleihe")
    type_into(qtbot, wizard.mail.password, "geheim")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PRINTERS
    assert wizard.printers.page.test_buttons  # the printers page of Settings, reused
    next_page(qtbot, wizard)
    assert wizard.currentId() == SCANNER
    click_box(qtbot, wizard.scanner.serial)
    next_page(qtbot, wizard)
    assert wizard.currentId() == SCANNER  # serial without a port
    assert "port" in wizard.scanner.form.error_text("hardware.scanner.port")
    click_box(qtbot, wizard.scanner.keyboard)
    type_into(qtbot, wizard.scanner.test_field, "31234000123456")
    qtbot.keyClick(wizard.scanner.test_field, Qt.Key.Key_Return)
    assert "31234000123456" in wizard.scanner.read.text()
    next_page(qtbot, wizard)
    assert wizard.currentId() == PEERS
    assert wizard.peers.agency_value.text() == "DE-Ah1"
    click_box(qtbot, wizard.peers.listen)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    stored = load_settings(sqlite_db, all_setting_defs())
    assert stored.get_str("library.name") == "Stadtbücherei Ahrensburg"
    assert stored.get_str("library.symbol") == "DE-Ah1"
    assert stored.get_str("library.street") == "Manfred-Samusch-Straße 3"
    assert stored.get_str("library.postal_code") == "22926"
    assert stored.get_str("library.city") == "Ahrensburg"
    assert stored.get_str("library.region") == ""
    assert stored.get_str("library.country") == "DE"
    assert stored.get_str("library.email") == "fernleihe@buecherei.example.de"
    assert stored.get_str("purchase.currency") == "EUR"
    assert stored.get_str("lending.declared_currency") == "EUR"
    assert stored.get_str("mail.host") == "smtp.buecherei.example.de"
    assert stored.get_str("mail.sender") == "fernleihe@buecherei.example.de"
    assert stored.get_str("interop.iso18626.agency_id_value") == "DE-Ah1"
    with sqlite_db.reading() as session:
        keys = {row.key: row.value for row in session.query(orm.SettingRow)}
    assert "mail.password" not in keys  # desk-only, never in the shared database
    assert not any("illbrook" in value for value in keys.values())
    desk: QSettings = wizard.desk
    assert desk.value("settings/mail.password") == "geheim"
    assert desk.value("settings/interop.iso18626.listener_enabled") in (True, "true")
    assert desk.value("settings/hardware.scanner.port") == ""
    assert LibrarySetupService(sqlite_db, stored).is_set_up()


def test_demo_instead_stores_nothing(qtbot, wizard, sqlite_db) -> None:
    click_box(qtbot, wizard.welcome.demo)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.wants_demo
    with sqlite_db.reading() as session:
        assert session.query(orm.SettingRow).count() == 0


def test_a_serial_scanner_shows_what_it_read(qtbot, wizard) -> None:
    from illdesk.hardware.sim.scanner_sim import SimulatedScanner
    from illdesk.hardware.status import DeviceState

    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    next_page(qtbot, wizard)
    fill_address(qtbot, wizard)
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.mail.host, "smtp.buecherei.example.de")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == SCANNER
    with SimulatedScanner() as scanner:
        click_box(qtbot, wizard.scanner.serial)
        choose(qtbot, wizard.scanner.port, str(scanner.path))
        qtbot.mouseClick(wizard.scanner.open_button, Qt.MouseButton.LeftButton)
        bridge = wizard.scanner.bridge
        qtbot.waitUntil(lambda: bridge.state("scanner") is DeviceState.CONNECTED, timeout=10000)
        assert wizard.scanner.read.text() == f"Scanner ready on {scanner.path}."
        with qtbot.waitSignal(wizard.scanner.bridge.scanned, timeout=10000):
            scanner.scan("B-2026-000123")
        assert wizard.scanner.test_field.text() == "B-2026-000123"
        assert "B-2026-000123" in wizard.scanner.read.text()
        next_page(qtbot, wizard)
        assert wizard.currentId() == PEERS
        assert wizard.scanner.bridge is None  # the port is closed again
        assert wizard.scanner.values()["hardware.scanner.port"] == str(scanner.path)


def test_retention_is_asked_in_the_first_run(qtbot, wizard, sqlite_db) -> None:
    next_page(qtbot, wizard)
    fill_library(qtbot, wizard)
    assert wizard.library.retention.value() == 90  # the default: 90 days after it finishes
    wizard.library.retention.setFocus()
    wizard.library.retention.selectAll()
    qtbot.keyClicks(wizard.library.retention, "30")
    next_page(qtbot, wizard)
    fill_address(qtbot, wizard)
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.mail.host, "smtp.buecherei.example.de")
    for _page in range(3):
        next_page(qtbot, wizard)
    assert wizard.currentId() == PEERS
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_settings(sqlite_db, all_setting_defs()).get_int("privacy.retention_days") == 30
