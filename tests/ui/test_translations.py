"""The desk in German: every string translated, Qt's own buttons too, local formats."""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from illdesk.domain.errors import NotFound
from illdesk.domain.words import N_, Sentence
from illdesk.services.scanning import ScanMode
from illdesk.ui import i18n
from illdesk.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py: the lupdate/lrelease command)


@pytest.fixture
def german(qapp):
    locale = i18n.install(qapp, "de_DE")
    yield locale
    i18n.remove(qapp)


def test_lupdate_finds_no_unfinished_string_for_german() -> None:
    """lupdate run over the sources into a copy of the shipped .ts: nothing left to do."""
    missing = translations.check("de")
    assert missing == [], f"{len(missing)} strings without German: {missing[:10]}"


def test_the_shipped_qm_is_made_from_the_shipped_ts(tmp_path) -> None:
    ts = translations.ts_file("de")
    made = tmp_path / "illdesk_de.qm"
    translations.lrelease(ts, made)
    assert made.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run: python tools/translations.py"
    )


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{([^{}:!]*)[^{}]*\}", text) + re.findall(r"%\d|%n", text))


def test_every_translation_keeps_the_placeholders_and_the_mnemonic() -> None:
    root = ET.parse(translations.ts_file("de")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert _fields(text) == _fields(source), (source, text)
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), (source, text)


def test_the_desk_language_is_a_desk_setting_and_loads_german(qtbot, context, desk_settings, qapp):
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    _definition, editor = dialog.editors["desk.language"]
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "de")
    dialog.save()
    assert desk_settings.value(i18n.SETTING_KEY) == "de"
    try:
        locale = i18n.install_for_desk(qapp, desk_settings)  # what the start does
        assert locale.name() == "de_DE"
        assert i18n.translate("&File") == "&Datei"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Abbrechen"  # Qt's own qtbase_de
    finally:
        i18n.remove(qapp)


def test_main_window_menus_and_refusal_in_german(german, qtbot, context, desk_settings) -> None:
    from illdesk.ui.main_window import MainWindow

    window = MainWindow(context, desk_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Datei", "&Theke"]
    station = window.borrowing.station
    station.set_mode(ScanMode.CHECK_OUT)
    qtbot.keyClicks(station.box, "39999999999999")
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert station.result.text().startswith("✖ Keine offene nehmende Bestellung hat das Exemplar")
    assert station.result_kind.text() == "Abgelehnt:"


def test_marked_sentences_fill_their_places_in_german(german) -> None:
    error = NotFound(Sentence(N_("No request has the number {number}."), number="B-2026-00012"))
    assert error.message == "No request has the number B-2026-00012."  # the English stays
    assert i18n.words(error) == "Keine Bestellung hat die Nummer B-2026-00012."


def test_dates_numbers_and_money_in_the_locale_format(german) -> None:
    assert i18n.date_text(dt.date(2026, 12, 1)) == "01.12.2026"
    assert i18n.datetime_text(dt.datetime(2026, 12, 1, 9, 5)) == "01.12.2026 09:05"
    assert i18n.number_text(Decimal("12.50")) == "12,50"
    assert (
        i18n.money_text(Decimal("1234.56"), "EUR") == "1.234,56\u00a0€"
    )  # a no-break space: amount and sign stay together
    assert i18n.money_text(Decimal("1234.5"), "USD") == "1.234,50\u00a0USD"


def test_the_c_locale_keeps_iso_dates(qapp) -> None:
    i18n.remove(qapp)
    assert i18n.date_text(dt.date(2026, 12, 1)) == "2026-12-01"
    assert QApplication.instance() is qapp


def test_a_helpers_parent_tr_is_translated_too(german) -> None:
    """lupdate files ``self.parent_widget.tr("Pull slips")`` under the variable's name; Qt
    asks with the widget's class (here the request tab's): the desk finds it either way."""
    from PySide6.QtCore import QCoreApplication

    filed = ET.parse(i18n.translations_dir() / "illdesk_de.ts").getroot()
    [context] = [c for c in filed.iter("context") if c.findtext("name") == "self.parent_widget"]
    message = context.find("message")
    assert message is not None
    source, german_text = message.findtext("source"), message.findtext("translation")
    assert source and german_text
    asked = QCoreApplication.translate("RequestTab", source)
    assert asked == german_text and asked != source


def test_the_forms_speak_german_and_sentences_in_parts_are_not_blank(
    german, qtbot, context
) -> None:
    """The Designer forms are translated under their own context; a sentence said in parts
    (the purchase suggestion: "{part0} {part1}", which has no translation of its own)
    shows its translated parts, not an empty line."""
    from illdesk.ui.dialogs.patron_dialog import PatronDialog
    from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

    patron = PatronDialog(context)
    qtbot.addWidget(patron)
    assert patron.form.ui.label_barcode.text() == "Ausweis-Barcode"
    assert patron.form.expires.specialValueText() == "nie"
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Neue nehmende Bestellung"
    assert dialog.citation.ui.label_title.text() == "Titel"
    assert dialog.suggestion.text().startswith("Vorschlag: leihen.")
