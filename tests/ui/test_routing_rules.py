"""Routing rules from the Desk menu, the "what would apply" check, queues as chips with
their counts, staff's Queue… button, and the timers run by the overdue check in the
background (issue 25)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QMenu,
    QPushButton,
)

from illdesk.domain.routing import Condition, Field, Op, RoutingRule, RuleAction
from illdesk.domain.timers import TIMER_STATES
from illdesk.domain.vocabulary import State
from illdesk.ui.routing.rules_dialog import RuleEditor, RulesDialog
from tests.ui.menu_clicks import when_modal

SHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def _click_desk_menu(qtbot, window, text: str) -> None:
    bar = window.menuBar()
    [menu] = [a.menu() for a in bar.actions() if a.text().replace("&", "") == "Desk"]
    assert isinstance(menu, QMenu)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    [action] = [
        a for a in menu.actions() if isinstance(a, QAction) and a.text().replace("&", "") == text
    ]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(index)


def _fill_rule(qtbot, editor: RuleEditor, name: str, queue: str) -> None:
    qtbot.keyClicks(editor.name, name)
    editor.priority.selectAll()
    qtbot.keyClicks(editor.priority, "10")
    _choose(qtbot, editor.fields[0], "State")
    _choose(qtbot, editor.ops[0], "is one of")
    qtbot.keyClicks(editor.values[0], "citation_verified")
    _choose(qtbot, editor.action, "Put in queue")
    qtbot.keyClicks(editor.value, queue)


def _save(qtbot, editor: RuleEditor) -> None:
    button = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_rules_table_from_the_desk_menu_then_a_queue_chip(qtbot, window, context) -> None:
    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.NEW)
    for rule in (  # rules another member of staff wrote earlier
        RoutingRule(
            5,
            "Articles: copyright first",
            (Condition(Field.SERVICE_TYPE, Op.ONE_OF, "copy"),),
            RuleAction.COPYRIGHT_REVIEW,
        ),
        RoutingRule(
            20,
            "Very old books stay in the reading room",
            (
                Condition(Field.SIDE, Op.ONE_OF, "borrowing"),
                Condition(Field.YEAR, Op.AT_MOST, "1850"),
            ),
            RuleAction.DEFLECT,
            "Ask for it in our reading room's facsimile collection.",
        ),
        RoutingRule(90, "Faculty: need-by in 3 weeks", (), RuleAction.NEEDED_BY, "21", False),
    ):
        context.routing.save_rule(rule, staff="Priya Raman")
    seen: dict[str, object] = {}

    def in_editor(editor: RuleEditor) -> None:
        _save(qtbot, editor)  # nothing typed yet: refused under its fields, stays open
        seen["refused"] = editor.form.error_text("name")
        _fill_rule(qtbot, editor, "Verified: source them", "Ready to source")
        editor.grab().save(str(SHOTS / "routing-rule-editor.png"))
        _save(qtbot, editor)

    def in_rules(dialog: RulesDialog) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        when_modal(RuleEditor, in_editor)
        qtbot.mouseClick(dialog.findChild(QPushButton, "add_rule"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
        qtbot.keyClicks(dialog.probe_number, target.number)
        qtbot.keyClick(dialog.probe_number, Qt.Key.Key_Return)
        seen["probe"] = dialog.probe_result.text()
        dialog.grab().save(str(SHOTS / "routing-rules.png"))
        dialog.reject()

    when_modal(RulesDialog, in_rules)
    _click_desk_menu(qtbot, window, "Routing rules…")
    assert seen["refused"].startswith("Give the rule a name")
    assert "not so: State is one of citation_verified" in str(seen["probe"])
    assert "not so: Service type is one of copy" in str(seen["probe"])
    assert "“Faculty: need-by in 3 weeks”: switched off" in str(seen["probe"])
    assert "No rule applies" in str(seen["probe"])

    # the rule applies on the next state change: Enter on the list takes the next step
    assert tab.select_request(target.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ready to source" in tab.queue_chips)
    chip = tab.queue_chips["Ready to source"]
    assert chip.text() == "Ready to source (1)"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert [r.number for r in tab.model.rows()] == [target.number]
    assert tab.model.rows()[0].queue == "Ready to source"

    def painted() -> bool:
        buttons = tab.detail.actions_box.findChildren(QPushButton)
        return chip.isVisible() and bool(buttons) and all(b.isVisible() for b in buttons)

    qtbot.waitUntil(painted)
    window.grab().save(str(SHOTS / "queue-chip.png"))


def test_staff_put_a_request_in_a_queue_with_the_queue_button(qtbot, window) -> None:
    tab = window.borrowing
    tab.set_group(None)
    target = tab.model.rows()[0]
    assert tab.select_request(target.id)

    def in_input(dialog: QInputDialog) -> None:
        combo = dialog.findChild(QComboBox)
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "Call the patron")
        dialog.accept()

    when_modal(QInputDialog, in_input)
    qtbot.mouseClick(tab.queue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Call the patron" in tab.queue_chips)
    assert tab.queue_chips["Call the patron"].text() == "Call the patron (1)"
    assert "Put in the queue Call the patron." in tab.station.result.text()
    history = window.context.requests.detail(target.id).history
    assert history[-1].action == "queue"


def test_the_overdue_check_runs_the_timers_in_the_background(qtbot, window, context) -> None:
    """The demo's requests were made in March; by the desk's clock their lenders have long
    had time to answer: the timers move them on, off the GUI thread."""
    waiting = [
        r.id
        for side in (window.borrowing.side, window.lending.side)
        for r in context.requests.search(side, limit=1000)
        if r.state in TIMER_STATES
    ]
    assert waiting
    _click_desk_menu(qtbot, window, "Check overdue loans now")
    qtbot.waitUntil(lambda: "Timers moved" in window.statusBar().currentMessage(), timeout=60000)
    moved = context.requests.detail(waiting[0])
    assert moved.history[-1].staff in ("timers", window.current_staff())
    assert "working days" in moved.history[-1].note
    # what the timers put aside shows as queue chips with their counts
    tab = window.borrowing
    qtbot.waitUntil(lambda: bool(tab.queue_chips))
    name, chip = sorted(tab.queue_chips.items())[0]
    count = int(chip.text().rsplit("(", 1)[1].rstrip(")"))
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert len(tab.model.rows()) == count and {r.queue for r in tab.model.rows()} == {name}
    qtbot.waitUntil(lambda: all(c.isVisible() for c in tab.queue_chips.values()))
    window.grab().save(str(SHOTS / "queues-after-timers.png"))
