"""Settings speak in words: labels and examples from the declarations, the library's
identity checked with the partner form's rules, patterns kept behind an expert button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from illdesk.persistence.settings_store import load_settings
from illdesk.settings_registry import all_setting_defs
from illdesk.ui.settings_dialog import SettingsDialog


def test_settings_refuse_a_symbol_the_partner_form_refuses(
    qtbot, context, demo_db, desk_settings, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _definition, symbol = dialog.editors["library.symbol"]
    assert isinstance(symbol, QLineEdit)
    symbol.selectAll()
    qtbot.keyClicks(symbol, "hello world")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "symbol or ISIL" in dialog.forms["library"].error_text("library.symbol")
    assert shown and "symbol or ISIL" in shown[0]
    assert load_settings(demo_db, all_setting_defs()).get_str("library.symbol") == "US-MbPL"


def test_every_setting_is_labelled_in_words_with_its_help_beside_it(
    qtbot, context, desk_settings
) -> None:
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    labels: list[str] = []
    for form in dialog.forms.values():
        layout = form.layout_
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget().text())
    assert len(labels) == len(dialog.editors)
    keys = set(dialog.editors)
    for label in labels:
        assert label not in keys and "_" not in label and "›" not in label, label
        assert label[0].isupper() or label[0] == "“", label
    for key, (definition, _editor) in dialog.editors.items():
        help_line = dialog.findChild(QLabel, f"help_{key}")
        assert help_line is not None and help_line.text().startswith(definition.help[:20])
    _d, city = dialog.editors["library.city"]
    assert city.placeholderText() == "e.g. Berlin"


def test_barcode_patterns_stay_behind_an_expert_button(qtbot, context, desk_settings) -> None:
    dialog = SettingsDialog(context.library_settings, desk_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.groups.setCurrentRow(list(dialog.forms).index("hardware"))
    _definition, pattern = dialog.editors["hardware.barcode.request_pattern"]
    assert not pattern.isVisible()
    help_line = dialog.findChild(QLabel, "help_hardware.barcode.request_pattern")
    assert "B-2026-000123" in help_line.text() and "(?" not in help_line.text()
    expert = dialog.findChild(QPushButton, "expert_hardware.barcode.request_pattern")
    dialog.pages.currentWidget().ensureWidgetVisible(expert)
    qtbot.mouseClick(expert, Qt.MouseButton.LeftButton, pos=QPoint(5, expert.height() // 2))
    assert pattern.isVisible()
