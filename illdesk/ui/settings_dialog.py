"""Every declared setting, grouped by area, edited in one place.

Library-wide settings are stored in the shared database; desk settings in this desk's
QSettings.  The frame (the list of groups, the pages beside it, the buttons) is laid out
in ``forms/settings_dialog.ui``; the pages are built from the declarations, so a new
setting appears here by being declared.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import NotAllowed, ValidationFailed
from illdesk.domain.settings import SettingDef, SettingValue
from illdesk.domain.words import N_
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.ui import i18n
from illdesk.ui.desk_values import protect_desk_store
from illdesk.ui.field_form import FieldForm
from illdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from illdesk.ui.screen_fit import fit_size

log = logging.getLogger(__name__)

GROUP_NAMES = {
    "library": N_("Library"),
    "borrowing": N_("Borrowing"),
    "lending": N_("Lending"),
    "search": N_("Search"),
    "notices": N_("Notices"),
    "mail": N_("E-mail"),
    "printing": N_("Printing"),
    "hardware": N_("Devices"),
    "interop": N_("ISO 18626 partners"),
    "catalogue": N_("Catalogue"),
    "ncip": N_("NCIP (our ILS)"),
    "copies": N_("Article copies"),
    "copyright": N_("Copyright"),
    "desk": N_("This desk"),
    "privacy": N_("Privacy"),
    "purchase": N_("Purchase on demand"),
    "rota": N_("Lender rota"),
    "staff": N_("Staff"),
    "timers": N_("Deadlines"),
}


def _narrow(editor: QWidget) -> bool:
    return isinstance(editor, QCheckBox | QSpinBox | QDoubleSpinBox)


class SettingsDialog(QDialog):
    def __init__(
        self, service: LibrarySettingsService, desk: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.desk = desk
        self.ui = Ui_SettingsDialog()  # the frame: forms/settings_dialog.ui
        self.ui.setupUi(self)
        self.editors: dict[str, tuple[SettingDef, QWidget]] = {}
        self.forms: dict[str, FieldForm] = {}
        self.groups: QListWidget = self.ui.groups
        self.pages: QStackedWidget = self.ui.pages
        # the pages are made from the declared settings: one per group, one row per setting
        grouped: dict[str, list[SettingDef]] = {}
        for definition in service.definitions():
            grouped.setdefault(definition.key.split(".")[0], []).append(definition)
        for group, definitions in grouped.items():
            form = FieldForm(self)
            for definition in definitions:
                editor = self._editor(definition, service.settings[definition.key])
                editor.setToolTip(i18n.words(definition.help))
                label = i18n.words(definition.title())
                if definition.scope == "desk":
                    label = self.tr("{0} (this desk)").format(label)
                form.add(definition.key, label, self._with_help(definition, editor))
                editor.setAccessibleName(label)  # the label names the row, not the editor
                self.editors[definition.key] = (definition, editor)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.pages.addWidget(scroll)
            self.forms[group] = form
            self.groups.addItem(i18n.words(GROUP_NAMES.get(group, group.capitalize())))
        self.groups.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.groups.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        fit_size(self, 1000, 680)

    def _with_help(self, definition: SettingDef, editor: QWidget) -> QWidget:
        """The editor with the setting's help in words under it (and its example)."""
        holder = QWidget(self)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(
            editor, 0, Qt.AlignmentFlag.AlignLeft if _narrow(editor) else Qt.AlignmentFlag(0)
        )
        if definition.key.endswith("_pattern"):  # a regular expression: for experts only
            editor.hide()
            expert = QPushButton(self.tr("Show the pattern (for experts)"), holder)
            expert.setObjectName(f"expert_{definition.key}")
            expert.setCheckable(True)
            expert.toggled.connect(editor.setVisible)
            box.addWidget(expert, 0, Qt.AlignmentFlag.AlignLeft)
        words = i18n.words(definition.help)
        if definition.example:
            words = self.tr("{0} Example: {1}").format(words, definition.example)
        help_line = QLabel(words, holder)
        help_line.setObjectName(f"help_{definition.key}")
        help_line.setWordWrap(True)
        help_line.setStyleSheet("color: #4a5568;")
        help_line.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(help_line)
        return holder

    def _editor(self, definition: SettingDef, value: SettingValue) -> QWidget:
        if definition.type is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if definition.type is int:
            spin = QSpinBox(self)
            spin.setRange(-1_000_000, 1_000_000)
            spin.setValue(int(value))
            return spin
        if definition.type is float:
            double = QDoubleSpinBox(self)
            double.setRange(-1e9, 1e9)
            double.setDecimals(3)
            double.setValue(float(value))
            return double
        text = str(value)
        if "\n" in text or "\n" in str(definition.default) or len(str(definition.default)) > 90:
            area = QPlainTextEdit(self)
            area.setPlainText(text)
            area.setMinimumHeight(120)
            return area
        line = QLineEdit(self)
        line.setText(text)
        if definition.example:
            line.setPlaceholderText(self.tr("e.g. {0}").format(definition.example))
        if "password" in definition.key or "secret" in definition.key:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    @staticmethod
    def _read(editor: QWidget) -> object:
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def save(self) -> None:
        problems: dict[str, str] = {}
        for key, (definition, editor) in self.editors.items():
            raw = self._read(editor)
            if raw == self.service.settings[key]:
                continue
            try:
                value = self.service.change(key, raw)
            except ValidationFailed as exc:
                problems.update(exc.problems)
                continue
            except NotAllowed as exc:  # the signed-in person's role may not change it
                problems[key] = exc.message
                continue
            if definition.scope == "desk" and not self.service.is_desk_secret(key):
                self.desk.setValue(f"settings/{key}", value)
        protect_desk_store(self.desk)
        if problems:
            for form in self.forms.values():
                form.show_problems({k: v for k, v in problems.items() if k in self._keys(form)})
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Some settings were not saved:\n{0}").format(
                    "\n".join(i18n.words(p) for p in problems.values())
                ),
            )
            return
        self.accept()

    def _keys(self, form: FieldForm) -> set[str]:
        return {k for k, (_d, e) in self.editors.items() if form.isAncestorOf(e)}
