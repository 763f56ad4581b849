"""Settings: built from the declarations, saved to the database or this desk, checked."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QSpinBox

from illdesk.persistence.settings_store import load_settings
from illdesk.settings_registry import all_setting_defs
from illdesk.ui.settings_dialog import SettingsDialog


def test_library_setting_is_shared_through_the_database(qtbot, context, demo_db,
                                                        desk_settings) -> None:
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    _definition, editor = dialog.editors["borrowing.due_buffer_days"]
    assert isinstance(editor, QSpinBox)
    editor.setValue(5)
    _d, name = dialog.editors["library.name"]
    assert isinstance(name, QLineEdit)
    name.setText("Bibliothèque de Millbrook")
    dialog.save()
    assert context.settings.get_int("borrowing.due_buffer_days") == 5
    other_desk = load_settings(demo_db, all_setting_defs())
    assert other_desk.get_int("borrowing.due_buffer_days") == 5
    assert other_desk.get_str("library.name") == "Bibliothèque de Millbrook"


def test_bad_template_is_refused_in_words(qtbot, context, desk_settings, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    _definition, editor = dialog.editors["library.country"]
    editor.setText("US")
    assert dialog.editors["notices.ready_for_pickup.body"][1].toPlainText().startswith("Dear")
    dialog.save()
    assert shown == []
