"""Settings: built from the declarations, saved to the database or this desk, checked."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QSpinBox

from illdesk.persistence.settings_store import load_settings
from illdesk.settings_registry import all_setting_defs
from illdesk.ui.settings_dialog import SettingsDialog


def test_library_setting_is_shared_through_the_database(
    qtbot, context, demo_db, desk_settings
) -> None:
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
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    _definition, editor = dialog.editors["library.country"]
    editor.setText("US")
    assert dialog.editors["notices.ready_for_pickup.body"][1].toPlainText().startswith("Dear")
    dialog.save()
    assert shown == []


def test_mail_password_stays_on_this_desk_in_a_private_file(
    qtbot, context, demo_db, desk_settings
) -> None:
    import os
    import stat

    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    _definition, editor = dialog.editors["mail.password"]
    assert editor.echoMode() is QLineEdit.EchoMode.Password
    editor.setText("s3cret-smtp")
    dialog.save()
    assert context.settings.get_str("mail.password") == "s3cret-smtp"
    assert desk_settings.value("settings/mail.password") == "s3cret-smtp"
    assert stat.S_IMODE(os.stat(desk_settings.fileName()).st_mode) == 0o600
    from sqlalchemy import select

    from illdesk.persistence import orm

    with demo_db.reading() as session:
        assert "mail.password" not in set(session.scalars(select(orm.SettingRow.key)))
    assert load_settings(demo_db, all_setting_defs()).get_str("mail.password") == ""


def test_a_password_an_older_version_shared_moves_to_the_desk(
    demo_db, desk_settings, context
) -> None:
    import os
    import stat

    from illdesk.persistence import orm
    from illdesk.ui.desk_values import load_desk_values

    with demo_db.transaction() as session:
        session.merge(orm.SettingRow(key="mail.password", value="from-the-old-days"))
    assert load_settings(demo_db, all_setting_defs()).get_str("mail.password") == ""
    load_desk_values(context.library_settings, desk_settings)
    assert context.settings.get_str("mail.password") == "from-the-old-days"
    assert desk_settings.value("settings/mail.password") == "from-the-old-days"
    assert stat.S_IMODE(os.stat(desk_settings.fileName()).st_mode) == 0o600
    with demo_db.reading() as session:
        assert session.get(orm.SettingRow, "mail.password") is None
