"""A form layout where every field has its own error line, shown in words next to it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.ui import i18n
from illdesk.ui.wrap_label import WrapLabel

T = TypeVar("T")

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: 600;"


class _TabLeavesDate(QObject):
    """Tab leaves a date field that shows its special text ("never"): Qt keeps the focus
    there (no section to move to), which would trap a keyboard user."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:  # the event first: the field may be
            return False  # half destroyed when its last events pass through here
        if (
            isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and watched.specialValueText()
            and watched.text() == watched.specialValueText()
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            window = watched.window()
            target: QWidget | None = watched
            while True:
                assert target is not None  # the focus chain is a ring
                target = target.previousInFocusChain() if backwards else target.nextInFocusChain()
                if target is None or target is watched:
                    return False
                if (
                    target.isVisible()
                    and target.isEnabled()
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and window.isAncestorOf(target)
                    and not watched.isAncestorOf(target)  # its own line edit
                ):
                    break
            target.setFocus(
                Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
            )
            return True
        return False


_TAB_LEAVES_DATE = _TabLeavesDate()


def _name_from(label: QLabel, field: QWidget) -> None:
    """The row's label names its field: its buddy (Alt+letter) and, for screen readers, its
    accessible name (the field sits in a row widget, where Qt would not find the label).
    A buddy a Designer form gave the label (the first box of a row of several) stays; the
    row widget Qt's ``addRow(text, row)`` makes the buddy (it takes no focus) does not."""
    buddy = label.buddy()
    if buddy is None or not buddy.focusPolicy() & Qt.FocusPolicy.TabFocus:
        label.setBuddy(field)
    if isinstance(field, QDateTimeEdit):
        field.installEventFilter(_TAB_LEAVES_DATE)
    if isinstance(field, QPlainTextEdit | QTextEdit):
        field.setTabChangesFocus(True)  # Tab goes on to the next field, as in every row
    if not field.accessibleName() and label.text():
        field.setAccessibleName(label.text().replace("&", "").rstrip(":"))


class FieldForm(QWidget):
    """Rows of label and field, each field with its error line below it.

    Rows come from :meth:`add` in code, or from a Qt Designer form (``forms/*.ui``): there
    the widget is promoted to ``FieldForm`` and holds a QFormLayout of labels and fields;
    :meth:`adopt_rows` gives each field its error line after ``setupUi``.  A field's name is
    its object name, or its ``field`` property when a container holds several widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    @property
    def layout_(self) -> QFormLayout:
        layout = self.layout()
        if not isinstance(layout, QFormLayout):
            layout = QFormLayout(self)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return layout

    def adopt_rows(self) -> None:
        """The rows a Designer form put into this layout become fields with error lines."""
        layout = self.layout_
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None or widget in self._fields.values():
                continue
            if isinstance(widget, QLabel) or (
                isinstance(widget, QPushButton) and not widget.isCheckable()
            ):
                continue  # words or a button in a row of its own: nothing to complain about
            name = str(widget.property("field") or widget.objectName())
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label_widget = label.widget() if label is not None else None
            holder = self._holder(name, widget)
            layout.setWidget(row, QFormLayout.ItemRole.FieldRole, holder)
            self._fields[name] = widget
            if isinstance(label_widget, QLabel):
                _name_from(label_widget, widget)

    def _holder(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error line below it, in one row widget."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = WrapLabel("", holder)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box.addWidget(error)
        self._errors[name] = error
        for edited in _edits_of(widget):  # fixing the field takes its complaint away
            edited.connect(error.dismiss)  # a slot of the label: gone with it
        return holder

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = self._holder(name, widget)
        self.layout_.addRow(label, holder)
        label_widget = self.layout_.labelForField(holder)
        if isinstance(label_widget, QLabel):
            _name_from(label_widget, widget)
        if self.isVisible():  # a row added to a form on screen shows now, not after events
            holder.show()
            label_widget = self.layout_.labelForField(holder)
            if label_widget is not None:
                label_widget.show()
        self._fields[name] = widget
        return widget

    def remove(self, name: str) -> None:
        """Take a field (and its error line) out of the form; the widget is deleted."""
        widget = self._fields.pop(name)
        self._errors.pop(name)
        row = widget.parentWidget()
        assert row is not None  # every field sits in its row widget
        self.layout_.removeRow(row)

    def set_row_visible(self, name: str, visible: bool) -> None:
        row = self._fields[name].parentWidget()
        if row is not None:
            self.layout_.setRowVisible(row, visible)

    def show_problems(self, problems: Mapping[str, str]) -> list[str]:
        """Show each problem next to its field; returns those with no field of their own."""
        self.clear_problems()
        unplaced = []
        first: QWidget | None = None
        for name, message in problems.items():
            label = self._errors.get(name)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(i18n.words(message))
            label.show()
            if first is None:
                first = self._fields[name]
        if first is not None:
            first.setFocus()
        return unplaced

    def clear_problems(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""


def _edits_of(widget: QWidget) -> list[SignalInstance]:
    """The signals that say staff changed ``widget`` (or the inputs inside it)."""
    signals: list[SignalInstance] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QComboBox):
            signals.append(w.currentIndexChanged)
            if w.isEditable():
                signals.append(w.editTextChanged)
        elif (
            isinstance(w, QLineEdit)
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
            or isinstance(w, QPlainTextEdit | QTextEdit)
        ):
            signals.append(w.textChanged)
        elif isinstance(w, QDateEdit):
            signals.append(w.dateChanged)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            signals.append(w.valueChanged)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            signals.append(w.toggled)
    return signals


def submit(parent: QWidget, forms: tuple[FieldForm, ...], call: Callable[[], T]) -> T | None:
    """Run one service call for a form; problems go next to their fields (in whichever of
    ``forms`` has the field), anything else into a message box.  None when refused."""
    try:
        return call()
    except ValidationFailed as exc:
        rest = dict(exc.problems)
        for form in forms:
            unplaced = form.show_problems(rest)
            rest = {k: v for k, v in rest.items() if v in unplaced}
        if rest:
            QMessageBox.warning(
                parent, parent.windowTitle(), "\n".join(i18n.words(v) for v in rest.values())
            )
    except DeskError as exc:
        QMessageBox.warning(parent, parent.windowTitle(), i18n.words(exc))
    return None
