"""Help that ships with the program: the user guide (HTML in the package, no network),
the keyboard shortcuts read from the real window, and About (version and where files are).
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from illdesk.logging_setup import current_log_file
from illdesk.paths import data_dir, log_dir
from illdesk.ui import i18n
from illdesk.ui.keymap import WIDGET_KEYS, key_text
from illdesk.ui.screen_fit import fit_size

__all__ = [
    "AboutDialog",
    "ShortcutRow",
    "ShortcutsDialog",
    "UserGuideDialog",
    "guide_folder",
    "help_slots",
    "window_shortcuts",
]


def guide_folder() -> Path:
    """The folder of the user guide's HTML pages and images inside the installed package."""
    return Path(str(resources.files("illdesk") / "resources" / "help"))


def program_version() -> str:
    try:
        return importlib.metadata.version("illdesk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed as a package)"


class UserGuideDialog(QDialog):
    """The manual, page by page, in a browser that never leaves the package."""

    def __init__(self, parent: QWidget | None = None, page: str = "index.html") -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("illdesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(guide_folder())])
        self.browser.anchorClicked.connect(self._refuse_outside)
        self.back = QPushButton(self.tr("← &Back"), self)
        self.back.setObjectName("guide_back")
        self.home = QPushButton(self.tr("&Contents"), self)
        self.home.setObjectName("guide_home")
        self.back.clicked.connect(self.browser.backward)
        self.home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.home)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / page)))
        fit_size(self, 980, 760)

    def _refuse_outside(self, url: QUrl) -> None:
        if url.scheme() not in ("", "file"):  # no network: say where, do not go
            self.browser.setText(
                self.tr(
                    "This link leads outside the guide ({0}); open it in a web browser."
                ).format(url.toString())
            )


@dataclass(frozen=True)
class ShortcutRow:
    where: str
    what: str
    key: str


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(".…")


def _where(widget: QWidget | None, window: QMainWindow) -> str:
    """The tab a widget sits in ("Lending"), or "" for the whole window."""
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        stack = parent.parentWidget() if parent is not None else None
        if isinstance(stack, QTabWidget):
            index = stack.indexOf(widget)
            if index >= 0:
                return _plain(stack.tabText(index))
        widget = parent
    return ""


def _what_of_shortcut(shortcut: QShortcut, key: str) -> str:
    """What a QShortcut does: its own words (whatsThis), else the button labelled with its key."""
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    owner = shortcut.parent()
    if isinstance(owner, QWidget):
        for button in owner.findChildren(QAbstractButton):
            if f"[{key}]" in button.text():
                return _plain(button.text().split("[")[0])
    return shortcut.objectName() or key


def window_shortcuts(window: QMainWindow) -> list[ShortcutRow]:
    """Every key of the window, read from its QActions and QShortcuts as they are now."""
    rows: list[ShortcutRow] = []
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if sequence.isEmpty():
                continue
            owner = action.parent()
            where = _plain(owner.title()) if isinstance(owner, QMenu) else ""
            menus = [w for w in action.associatedObjects() if hasattr(w, "title")]
            if menus:
                where = _plain(menus[0].title())
            # the tooltip holds the key's words when the action sets them (else Qt's default:
            # the menu text without its & mnemonic)
            what = _plain(action.toolTip() or action.text())
            rows.append(ShortcutRow(where, what, sequence.toString(native)))
    for shortcut in window.findChildren(QShortcut):
        sequence = shortcut.key()
        if sequence.isEmpty() or not shortcut.isEnabled():
            continue
        key = sequence.toString(native)
        owner = shortcut.parent()
        where = _where(owner if isinstance(owner, QWidget) else None, window)
        rows.append(ShortcutRow(where, _what_of_shortcut(shortcut, key), key))
    for widget_key in WIDGET_KEYS:  # keys of one widget (Enter in the scan box, …)
        rows.append(
            ShortcutRow(
                i18n.translate(widget_key.where),
                key_text(widget_key),
                QKeySequence(widget_key.sequence).toString(native),
            )
        )
    unique = list(dict.fromkeys(rows))
    return sorted(unique, key=lambda r: (r.where, len(r.key), r.key))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = window_shortcuts(window)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("What it does"), self.tr("Where")]
        )
        for index, row in enumerate(self.rows):
            where = row.where or self.tr("Everywhere")
            for column, text in enumerate((row.key, row.what, where)):
                item = QTableWidgetItem(text)
                self.table.setItem(index, column, item)
        self.table.verticalHeader().hide()
        self.table.resizeRowsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Read from the window as it is now. Station keys (F5–F12) work wherever the "
                "focus is on their tab."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_size(self, 640, 560)


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About illdesk"))
        log_file = current_log_file() or (log_dir() / "illdesk.log")
        self.values = {
            "version": program_version(),
            "database": database,
            "data": str(data_dir()),
            "log": str(log_file),
        }
        form = QFormLayout()
        for key, label in (
            ("version", self.tr("Version")),
            ("database", self.tr("Database")),
            ("data", self.tr("Data folder")),
            ("log", self.tr("Log file")),
        ):
            value = QLabel(self.values[key], self)
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            form.addRow(label, value)
        title = QLabel(self.tr("<b>illdesk</b> — the interlibrary-loan desk for small libraries."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)


def help_slots(window: QMainWindow, database: str) -> dict[str, Callable[[], object]]:
    """The Help menu's rows (ui.menus): User guide (F1), Keyboard shortcuts, About."""
    return {
        "help_guide": lambda: _show(UserGuideDialog(window)),
        "help_shortcuts": lambda: _show(ShortcutsDialog(window)),
        "help_about": lambda: _show(AboutDialog(database, window)),
    }


def _show(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
