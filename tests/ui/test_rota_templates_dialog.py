"""The lender rota dialog (Lenders… in the detail pane): save the rota as a template, the
balanced suggestion, and a template put back on the request (issue 25)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QPushButton

from illdesk.domain.vocabulary import Side
from illdesk.domain.workflow import Capability, states_where
from illdesk.ui.dialogs.rota_dialog import RotaDialog
from tests.ui.menu_clicks import when_modal

SHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def test_save_a_template_suggest_balanced_and_use_the_template(qtbot, window, context) -> None:
    context.library_settings.change("rota.last_resort_lenders", "DE-1")
    tab = window.borrowing
    tab.set_group(None)
    editable = states_where(Side.BORROWING, Capability.EDIT_ROTA)
    target = next(r for r in tab.model.rows() if r.state in editable)
    assert tab.select_request(target.id)
    seen: dict[str, object] = {}

    def name_it(dialog: QInputDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Reciprocal first")
        dialog.accept()

    def in_rota(dialog: RotaDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "suggest"), Qt.MouseButton.LeftButton)
        seen["suggested"] = dialog.chosen_ids()
        when_modal(QInputDialog, name_it)
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_template"), Qt.MouseButton.LeftButton)
        seen["template"] = dialog.template.currentText()
        qtbot.mouseClick(dialog.findChild(QPushButton, "balanced"), Qt.MouseButton.LeftButton)
        seen["why"] = dialog.why.text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "rota-templates.png"))
        qtbot.mouseClick(dialog.findChild(QPushButton, "use_template"), Qt.MouseButton.LeftButton)
        seen["used"] = dialog.chosen_ids()
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(RotaDialog, in_rota)
    qtbot.mouseClick(tab.detail.findChild(QPushButton, "edit_rota"), Qt.MouseButton.LeftButton)
    suggested = seen["suggested"]
    assert suggested and str(seen["template"]).startswith("Reciprocal first (")
    assert "score" in str(seen["why"])
    de1 = next(p.id for p in context.directory.partners() if p.symbol == "DE-1")
    wanted = [p for p in suggested if p != de1] + [de1]  # the last resort goes last
    assert seen["used"] == wanted
    detail = context.requests.detail(target.id)
    assert [e.partner_id for e in detail.rota if e.status == "waiting"] == wanted
