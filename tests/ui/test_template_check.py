"""Settings → a notice template that would hang the desk is refused when saved, in words."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from illdesk.ui.settings_dialog import SettingsDialog
from tests.services.test_hostile_templates import HOSTILE


def test_hostile_template_typed_in_settings_is_refused(
    qtbot, context, desk_settings, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    before = context.settings.get_str("notices.ready_for_pickup.body")
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editors["notices.ready_for_pickup.body"][1]
    editor.setPlainText(HOSTILE["nested loop"][0])
    assert editor.toPlainText() == HOSTILE["nested loop"][0]
    dialog.save()
    assert len(shown) == 1
    problems = shown[0]
    assert "“Ready for pickup” template was not saved" in problems
    assert "range() may give at most" in problems
    assert context.settings.get_str("notices.ready_for_pickup.body") == before
