"""A desk anyone can use: every control has a name a screen reader reads, Tab reaches
every control of each form and comes back round, the text colours stand out from their
backgrounds (WCAG 2 contrast ratio ≥ 4.5:1), and no stylesheet fixes a font size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from illdesk.domain.vocabulary import ServiceType, Side, State
from illdesk.ui.look import contrast, desk_palette

UI = Path(__file__).resolve().parents[2] / "illdesk" / "ui"
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def _controls(root: QWidget) -> list[QWidget]:
    found = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in found
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and w.isEnabled()
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)  # their own parts
        and w.objectName() != "qt_spinbox_lineedit"
        and not isinstance(w, QHeaderView)  # a table's header: the table has the name
    ]


def _name(widget: QWidget) -> str:
    """What assistive technology reads as the control's name (Qt's own rules: the
    accessible name, the button's text, or the buddy label of a form row)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName() or '(no object name)'}"
        for w in _controls(root)
        if not _name(w)
    ]


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def walk_tab_order(qtbot, root: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """Tab from ``start`` (the first focusable control) until focus comes back to it; the
    controls met."""
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    controls = _focusable(root)
    assert controls, "nothing to focus"
    first = start or controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    met = [first]
    for _ in range(len(controls) + 5):
        current = QApplication.focusWidget()
        assert current is not None
        if isinstance(current, QPlainTextEdit | QTextEdit) and not current.tabChangesFocus():
            qtbot.keyClick(current, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is current and isinstance(now, QDateTimeEdit):
            # Tab walks a date's day, month and year first, then leaves from the last one
            now.setCurrentSectionIndex(now.sectionCount() - 1)
            qtbot.keyClick(now, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
        if now is first:
            break
        assert now is not None and now not in met, f"Tab went back to {now!r}"
        met.append(now)
    else:
        pytest.fail("Tab never came back round to the first control")
    return met


# -- the dialogs, made the way the desk makes them --------------------------------------
def _partners(context, desk_settings):
    from illdesk.ui.partners.partners_dialog import PartnersDialog

    return PartnersDialog(context)


def _rule(context, desk_settings):
    from illdesk.ui.partners.rule_dialog import RuleDialog

    return RuleDialog(context.policy, context.directory.partners(), "Dana")


def _ship(context, desk_settings):
    from illdesk.ui.dialogs.ship_dialog import ShipDialog

    pulled = next(
        r
        for r in context.requests.search(Side.LENDING, limit=2000)
        if r.state in (State.PULLED, State.PULL_SLIP_PRINTED, State.HOLDINGS_CHECKED, State.NEW)
        and r.service_type is ServiceType.LOAN
    )
    return ShipDialog(context, pulled.id, pulled.version)


def _settings(context, desk_settings):
    from illdesk.ui.settings_dialog import SettingsDialog

    return SettingsDialog(context.library_settings, desk_settings)


def _patron(context, desk_settings):
    from illdesk.ui.dialogs.patron_dialog import PatronDialog

    return PatronDialog(context)


def _borrowing(context, desk_settings):
    from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

    return BorrowingRequestDialog(context)


def _lending(context, desk_settings):
    from illdesk.ui.dialogs.request_dialogs import LendingRequestDialog

    return LendingRequestDialog(context)


def _charges(context, desk_settings):
    from illdesk.ui.charges_dialog import ChargesDialog

    return ChargesDialog(context)


def _notices(context, desk_settings):
    from illdesk.ui.notices_view import NoticesDialog

    return NoticesDialog(context)


DIALOGS = {
    "partners": _partners,
    "policy rule": _rule,
    "ship": _ship,
    "settings": _settings,
    "patron": _patron,
    "borrowing request": _borrowing,
    "lending request": _lending,
    "charges": _charges,
    "notices": _notices,
}


def test_every_control_of_the_main_window_has_a_name(window) -> None:
    assert _unnamed(window) == []


@pytest.mark.parametrize("which", DIALOGS)
def test_every_control_of_each_dialog_has_a_name(which, qtbot, context, desk_settings) -> None:
    dialog = DIALOGS[which](context, desk_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []


@pytest.mark.parametrize("which", DIALOGS)
def test_tab_reaches_every_control_of_each_dialog(which, qtbot, context, desk_settings) -> None:
    dialog = DIALOGS[which](context, desk_settings)
    qtbot.addWidget(dialog)
    met = walk_tab_order(qtbot, dialog)
    missed = [w for w in _focusable(dialog) if w not in met]
    assert missed == []


def test_the_main_window_works_from_the_keyboard(window, qtbot) -> None:
    """Tab goes round the whole window; focus shows (Qt's focus frame is not switched off)."""
    met = walk_tab_order(qtbot, window)
    assert window.borrowing.station.box in met
    for widget in met:
        assert "outline: none" not in widget.styleSheet().replace(":", ": ").replace("  ", " ")


# -- colours -----------------------------------------------------------------------------
def test_contrast_ratio_of_every_text_colour_is_at_least_4_5(qapp) -> None:
    from illdesk.ui import detail_pane, field_form, scan_station, table_models

    palette = desk_palette(qapp.palette())  # what the desk sets at start
    pairs = {
        "window text": (
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Window),
        ),
        "field text": (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Base),
        ),
        "button text": (
            palette.color(QPalette.ColorRole.ButtonText),
            palette.color(QPalette.ColorRole.Button),
        ),
        "selection": (
            palette.color(QPalette.ColorRole.HighlightedText),
            palette.color(QPalette.ColorRole.Highlight),
        ),
        "scan done": scan_station.OK_COLOURS,
        "scan refused": scan_station.BAD_COLOURS,
        "scan waiting": scan_station.IDLE_COLOURS,
        "station mode": scan_station.MODE_BUTTON_COLOURS,
        "next step": detail_pane.NEXT_STEP_COLOURS,
        "field problem": (field_form.ERROR_COLOUR, palette.color(QPalette.ColorRole.Window)),
    }
    for group, background in table_models.GROUP_COLOURS.items():
        pairs[f"request list: {group}"] = (palette.color(QPalette.ColorRole.Text), background)
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < 4.5}
    assert low == {}


# -- text size ---------------------------------------------------------------------------
def test_no_stylesheet_fixes_a_font_size() -> None:
    """Text follows the system font: sizes are set relative to it in code, never in px/pt."""
    fixed = [
        f"{path.relative_to(UI)}: {match.group(0)}"
        for path in UI.rglob("*.py")
        for match in re.finditer(r"font(-size)?\s*:\s*[^;\"']*\d+\s*(px|pt)", path.read_text())
    ]
    assert fixed == []
