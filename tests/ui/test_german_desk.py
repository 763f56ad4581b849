"""The desk in German, the way staff reach it: Settings from the menu with German titles and
help, refusals from the domain and the services in German words, dates and money in the
German format; and no ``tr()`` in the ui that lupdate cannot read."""

from __future__ import annotations

import ast
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QMessageBox

from illdesk.services.scanning import ScanMode
from illdesk.ui import i18n
from illdesk.ui.charges_dialog import ChargesDialog
from illdesk.ui.routing.rules_dialog import RulesDialog
from illdesk.ui.settings_dialog import SettingsDialog
from tests.ui.menu_clicks import click_menu, when_modal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qapp, qtbot, context, desk_settings):
    """The main window built after German was chosen (as at a German desk's start)."""
    from illdesk.ui.main_window import MainWindow

    i18n.install(qapp, "de_DE")
    try:
        made = MainWindow(context, desk_settings)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        made.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
        yield made
    finally:
        i18n.remove(qapp)


def test_settings_from_the_menu_show_german_titles_and_help(window, qtbot) -> None:
    seen: dict[str, object] = {}

    def look(dialog: SettingsDialog) -> None:
        seen["groups"] = [dialog.groups.item(n).text() for n in range(dialog.groups.count())]
        for key in ("borrowing.request_limit", "desk.language", "notices.overdue.subject"):
            _definition, editor = dialog.editors[key]
            help_line = dialog.findChild(QLabel, f"help_{key}")
            assert help_line is not None
            seen[key] = (editor.accessibleName(), help_line.text(), editor.toolTip())
        dialog.reject()

    when_modal(SettingsDialog, look)
    click_menu(qtbot, window, "Theke", "settings")
    qtbot.waitUntil(lambda: "groups" in seen)

    assert {"Nehmende Fernleihe", "Gebende Fernleihe", "Diese Theke", "Fristen"} <= set(
        seen["groups"]
    )
    title, help_text, tip = seen["borrowing.request_limit"]
    assert title == "Höchstzahl laufender Bestellungen je Benutzer"
    assert (
        help_text
        == tip
        == (
            "Höchstzahl laufender nehmender Bestellungen je Benutzer "
            "(eine eigene Grenze des Benutzers geht vor)."
        )
    )
    title, help_text, _tip = seen["desk.language"]
    assert title == "Sprache (diese Theke)"
    assert help_text.startswith("Sprache und Formate dieser Theke")
    title, help_text, _tip = seen["notices.overdue.subject"]
    assert title == "Benachrichtigung „Überfällig“: Betreff"
    assert help_text.startswith("Betreffzeile der Benachrichtigung „Überfällig“")


def test_a_wrong_setting_is_refused_in_german(window, qtbot, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text))
    )
    shown: list[str] = []

    def type_a_language_the_desk_does_not_have(dialog: SettingsDialog) -> None:
        _definition, editor = dialog.editors["desk.language"]
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, "fr")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(SettingsDialog, type_a_language_the_desk_does_not_have)
    click_menu(qtbot, window, "Theke", "settings")
    qtbot.waitUntil(lambda: bool(warned))
    refusal = "Sprache: „fr“ ist keiner der Werte system, en, de."
    assert warned[0] == f"Einige Einstellungen wurden nicht gespeichert:\n{refusal}"
    assert refusal in shown  # beside the field too


def test_a_refused_scan_is_said_in_german(window, qtbot, context) -> None:
    station = window.borrowing.station
    station.set_mode(ScanMode.CHECK_OUT)
    station.box.setFocus()
    qtbot.keyClicks(station.box, context.patrons.search("")[0].barcode)
    qtbot.keyClick(station.box, Qt.Key.Key_Return)
    assert station.result_kind.text() == "Abgelehnt:"
    assert station.result.text() == "✖ Scannen Sie zuerst das Exemplar, dann den Benutzerausweis."


def test_a_translation_the_same_as_its_source_is_shown(window) -> None:
    """ "{0}  [{1}]" is the same in German: PySide's tr() then asks the base classes too,
    and the desk's translator must say "not here" there, not "" (the buttons were blank)."""
    modes = [b.text() for b in window.borrowing.station.modes.buttons()]
    assert modes[:2] == ["Eingang  [F5]", "An Benutzer ausleihen  [F6]"]


def test_the_rules_check_refuses_an_unknown_number_in_german(window, qtbot) -> None:
    said: list[str] = []

    def check(dialog: RulesDialog) -> None:
        qtbot.keyClicks(dialog.probe_number, "B-1999-99999")
        qtbot.keyClick(dialog.probe_number, Qt.Key.Key_Return)
        said.append(dialog.probe_result.text())
        dialog.reject()

    when_modal(RulesDialog, check)
    click_menu(qtbot, window, "Theke", "routing_rules")
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["Keine Bestellung hat die Nummer B-1999-99999."]


def _german_money(amount: Decimal, currency: str) -> str:
    figure = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{figure}\u00a0{'€' if currency == 'EUR' else currency}"


def test_charges_and_dates_in_the_german_format(window, qtbot, context) -> None:
    seen: list[tuple[str, str]] = []

    def read(dialog: ChargesDialog) -> None:
        model = dialog.model
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        amount = titles.index("Betrag")
        for row in range(model.rowCount()):
            seen.append(
                (
                    model.data(model.index(row, amount)),
                    _german_money(model.row_at(row).amount, model.row_at(row).currency),
                )
            )
        dialog.reject()

    when_modal(ChargesDialog, read)
    click_menu(qtbot, window, "Theke", "charges")
    qtbot.waitUntil(lambda: bool(seen))
    for shown, expected in seen:
        assert shown == expected
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d{2}\u00a0(€|[A-Z]{3})", shown)

    tab = window.borrowing
    tab.set_group(None)
    dated = next(r for r in tab.model.rows() if r.updated_at is not None)
    tab.select_request(dated.id)
    column = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ].index("Aktualisiert")
    row = tab.model.rows().index(dated)
    shown = tab.model.data(tab.model.index(row, column))
    assert shown == f"{dated.updated_at:%d.%m.%Y %H:%M}"


def test_german_formats_of_the_locale(qapp) -> None:
    """Dates with the year in full, euros with their sign, figures to edit without the
    thousands point (the amount fields read "1234,50" back)."""
    app = qapp
    i18n.install(app, "de_DE")
    try:
        assert i18n.date_text(dt.date(2026, 12, 1)) == "01.12.2026"
        assert i18n.money_text(Decimal("1234.56"), "EUR") == "1.234,56\u00a0€"
        assert i18n.decimal_text(Decimal("1234.5"), grouped=False) == "1234,50"
        assert i18n.date_pattern() == "dd.MM.yyyy"
    finally:
        i18n.remove(app)


def _untranslatable_tr_calls() -> list[str]:
    """``tr()`` / ``translate()`` / our markers called with something other than a string
    literal in illdesk/ui: lupdate cannot read it, so it would never be translated.  The
    helpers that pass a marked string on (``_t``, ``_tr``, ``i18n.translate``) are allowed."""
    helpers = {"_t", "_tr", "translate", "tr"}
    markers = {"N_", "_t", "_tr"}
    found = []
    for path in sorted((ROOT / "illdesk" / "ui").rglob("*.py")):
        if "forms" in path.relative_to(ROOT / "illdesk" / "ui").parts:
            continue  # made by pyside6-uic from forms/*.ui: literals only
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in helpers:
                allowed |= {id(inner) for inner in ast.walk(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in allowed:
                continue
            func, text = node.func, None
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                text = node.args[0] if node.args else None
            elif isinstance(func, ast.Attribute) and func.attr == "translate":
                if getattr(func.value, "id", "") != "QCoreApplication" or len(node.args) < 2:
                    continue
                text = node.args[1]
            elif isinstance(func, ast.Name) and func.id in markers:
                text = node.args[0] if node.args else None
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_every_tr_in_the_ui_passes_a_string_lupdate_can_read() -> None:
    assert _untranslatable_tr_calls() == []


def test_reports_in_german_from_the_menu(window, qtbot) -> None:
    from illdesk.domain.report_table import ReportKind
    from illdesk.ui.reports.window import ReportsWindow

    click_menu(qtbot, window, "Theke", "reports")
    reports = window.findChild(ReportsWindow)
    assert reports is not None
    qtbot.waitExposed(reports)
    reports.start.setDate(QDate(2026, 1, 1))
    reports.end.setDate(QDate(2026, 12, 31))
    assert reports.start.text() == "01.01.2026"  # the date field in the German way
    qtbot.mouseClick(reports.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reports.reports) and reports.run_button.isEnabled(), timeout=60000)
    assert reports.status.text() == "Berichte für 01.01.2026 – 31.12.2026."
    page = reports.pages[ReportKind.FILL_RATE]
    assert page.definition.text().startswith("Gezählt nach dem Monat, in dem eine Bestellung")
    assert [page.tables.tabText(n) for n in range(page.tables.count())] == [
        "Erfüllungsquote nach Monat",
        "Gründe für negative Antworten",
    ]
    table = page.tables.widget(0)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Monat",
        "Richtung",
        "Bestellungen",
        "Erfüllt",
        "Negativ",
        "Erfüllungsquote %",
    ]
    rates = [table.item(r, 5).text() for r in range(table.rowCount())]
    assert rates and all(re.fullmatch(r"\d+,\d|", rate) for rate in rates)  # 66,7, not 66.7
    assert {table.item(r, 1).text() for r in range(table.rowCount())} <= {"nehmende", "gebende"}


def test_the_detail_pane_in_german(window, qtbot, context) -> None:
    """A borrowing request's rota, dates and service in words and formats of the desk."""
    tab = window.borrowing
    tab.set_group(None)
    target = next(
        d
        for d in (context.requests.detail(r.id) for r in tab.model.rows())
        if any(e.status == "asked" for e in d.rota) and d.row.service_type.value == "loan"
    )
    tab.select_request(target.row.id)
    body = tab.detail.body.text()
    assert "<b>angefragt</b>" in body and "<b>asked</b>" not in body
    assert "Leihe · physisch" in body or "Leihe · elektronisch" in body
    assert f"{target.created_at:%d.%m.%Y %H:%M}" in body
