"""Starting the program (illdesk.app.main) on an empty database: the setup assistant first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from illdesk.app import main
from illdesk.cli import build_parser
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.persistence.settings_store import load_settings
from illdesk.settings_registry import all_setting_defs
from illdesk.ui.main_window import MainWindow
from illdesk.ui.setup_wizard import SetupWizard
from tests.ui.test_setup_wizard import click_box, fill_address, fill_library, next_page, type_into


@pytest.fixture
def fresh_home(desk_home) -> str:
    """A new database in a home of its own, as on a newly installed machine."""
    return f"sqlite:///{desk_home / 'desk.sqlite3'}"


def when_shown(kind: type, then: Callable[[object], None]) -> None:
    """Once a window of ``kind`` is on screen (a modal one runs its own loop), act on it;
    the desk's window once the library is open in it (before, it is its frame)."""

    def look() -> None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and getattr(w, "is_open", True)
        ]
        if found:
            then(found[0])
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_an_empty_database_starts_with_the_assistant_and_keeps_what_was_typed(
    qtbot, fresh_home
) -> None:
    seen: dict[str, object] = {}

    def set_up(wizard: SetupWizard) -> None:
        wizard.activateWindow()
        qtbot.waitActive(wizard)
        seen["modal"] = wizard.isModal()
        seen["demo offered"] = not wizard.welcome.demo.isHidden()
        next_page(qtbot, wizard)
        fill_library(qtbot, wizard)
        next_page(qtbot, wizard)
        fill_address(qtbot, wizard)
        next_page(qtbot, wizard)
        type_into(qtbot, wizard.mail.host, "smtp.buecherei.example.de")
        for _page in range(3):  # printers, scanner (keyboard), ISO 18626 off
            next_page(qtbot, wizard)
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        when_shown(MainWindow, close)

    def close(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    when_shown(SetupWizard, set_up)
    args = build_parser()[0].parse_args(["--database-url", fresh_home])
    assert main(args) == 0
    assert seen == {
        "modal": True,
        "demo offered": True,
        "title": "Stadtbücherei Ahrensburg — illdesk",
    }
    db = open_database(fresh_home)
    stored = load_settings(db, all_setting_defs())
    assert stored.get_str("library.name") == "Stadtbücherei Ahrensburg"
    assert stored.get_str("library.symbol") == "DE-Ah1"
    assert stored.get_str("mail.host") == "smtp.buecherei.example.de"
    with db.reading() as session:
        assert session.query(orm.Request).count() == 0  # no demo data slipped in
    db.dispose()


def test_closing_the_assistant_stores_nothing_and_asks_again(qtbot, fresh_home) -> None:
    for _start in range(2):
        shown: list[str] = []

        def cancel(wizard: SetupWizard, shown: list[str] = shown) -> None:
            shown.append(wizard.windowTitle())
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
            )

        when_shown(SetupWizard, cancel)
        assert main(build_parser()[0].parse_args(["--database-url", fresh_home])) == 0
        assert shown == ["Set up illdesk"]
    db = open_database(fresh_home)
    with db.reading() as session:
        assert session.query(orm.SettingRow).count() == 0
    db.dispose()


def test_trying_demo_data_instead_opens_the_demo_library(qtbot, fresh_home) -> None:
    seen: dict[str, str] = {}

    def demo(wizard: SetupWizard) -> None:
        click_box(qtbot, wizard.welcome.demo)
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        when_shown(MainWindow, close)

    def close(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    when_shown(SetupWizard, demo)
    assert main(build_parser()[0].parse_args(["--database-url", fresh_home])) == 0
    assert seen["title"] == "Millbrook Public Library — illdesk"
    db = open_database(fresh_home)
    with db.reading() as session:
        assert session.query(orm.Request).count() > 0
    db.dispose()


def test_demo_on_the_command_line_skips_the_assistant(qtbot, fresh_home) -> None:
    seen: dict[str, str] = {}

    def close(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["wizards"] = str(
            [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)]
        )
        window.close()

    when_shown(MainWindow, close)
    assert main(build_parser()[0].parse_args(["--database-url", fresh_home, "--demo"])) == 0
    assert seen == {"title": "Millbrook Public Library — illdesk", "wizards": "[]"}
