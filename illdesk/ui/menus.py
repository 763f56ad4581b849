"""The main window's menus, declared once.

:data:`MENUS` is the whole menu bar: which menu holds which action, in which order, with
its text.  What an action *does* comes from the part of the desk that owns it, handed to
:func:`build_menus` by name:

* the window keys of :mod:`ui.keymap` (their QActions carry the shortcut and the text of
  the key table);
* plain slots of the main window (``show_budget`` …) and of the feature modules
  (exports, backups, the NCIP queue, help), as ``name -> callable``.

A row nobody provides is left out: the feature is not set up at this desk (no ILS, no
export service).  A row provided as ``None`` shows, greyed out: the feature exists but
cannot run now (backups on a shared PostgreSQL database the desk does not own).
Separators collapse where the rows around them are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from illdesk.domain.words import N_
from illdesk.ui import i18n
from illdesk.ui.keymap import MODE_KEYS, binding, key_text

Slot = Callable[[], object]


@dataclass(frozen=True)
class Item:
    name: str
    """The action's object name: a window key of ui.keymap, or a slot's name."""
    text: str = ""
    """The menu text with its & mnemonic; empty for window keys (the key table has it)."""
    key: str = ""
    """A key of ui.keymap this action answers, when the action is not the window's own."""


@dataclass(frozen=True)
class Submenu:
    text: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Menu:
    name: str
    text: str
    items: tuple[Item | Submenu, ...]


SEPARATOR = Item("-")

MENUS: tuple[Menu, ...] = (
    Menu(
        "file",
        N_("&File"),
        (
            Item("new_borrowing"),
            Item("new_lending"),
            Item("new_patron"),
            SEPARATOR,
            Submenu(
                N_("E&xport"),
                (
                    Item("export_borrowing", N_("&Borrowing requests…")),
                    Item("export_lending", N_("&Lending requests…")),
                    Item("export_catalogue", N_("Our &catalogue…")),
                ),
            ),
            SEPARATOR,
            Item("backUpNow", N_("Back &up now")),
            Item("restoreBackup", N_("&Restore a backup…")),
            SEPARATOR,
            Item("quit"),
        ),
    ),
    Menu(
        "desk",
        N_("&Desk"),
        (
            Item("notices"),
            Item("check_overdues", N_("Check &overdue loans now")),
            Item("devices", N_("Scanners and &RFID pads…")),
            Item("reports", N_("Reports and s&tatistics…")),
            Item("copyright_report", N_("&Copyright report…")),
            Item("budget", N_("Purchase &budget…")),
            Item("charges", N_("Lending c&harges and vouchers…")),
            Item("partners", N_("Partner &libraries and lending policy…")),
            Item("printers", N_("&Printers and test prints…")),
            Item("outbox", N_("ISO 18626 &outbox…")),
            Item("ncip_queue", N_("Library system (&NCIP) queue…")),
            Item("routing_rules", N_("Routing r&ules…")),
            SEPARATOR,
            Item("staff", N_("S&taff and roles…")),
            Item("audit", N_("&Audit log…")),
            Item("retention", N_("Remove old patron &data now…")),
            SEPARATOR,
            Item("settings", N_("&Settings…")),
        ),
    ),
    Menu(
        "scan",
        N_("&Scan"),
        (
            *(Item(f"mode_{n + 1}") for n in range(len(MODE_KEYS))),
            SEPARATOR,
            Item("pull_slips"),
            Item("condition"),
            Item("unfilled"),
            Item("pull_slips_again", N_("Print pull slips &again…")),
            SEPARATOR,
            Item("scan_box"),
            Item("find_lenders"),
        ),
    ),
    Menu("view", N_("&View"), (Item("find"), Item("refresh"))),
    Menu(
        "help",
        N_("&Help"),
        (
            Item("help_guide", N_("&User guide"), key="user_guide"),
            Item("help_shortcuts", N_("&Keyboard shortcuts")),
            Item("help_about", N_("&About illdesk")),
        ),
    ),
)


def tr(text: str) -> str:
    return i18n.translate(text)


def build_menus(
    window: QMainWindow,
    actions: Mapping[str, QAction],
    slots: Mapping[str, Slot | None],
) -> dict[str, QMenu]:
    """The menu bar of ``window`` from :data:`MENUS`; the menus by name."""
    menus: dict[str, QMenu] = {}
    for menu in MENUS:
        built = window.menuBar().addMenu(tr(menu.text))
        built.setObjectName(f"menu_{menu.name}")
        _fill(window, built, menu.items, actions, slots)
        menus[menu.name] = built
    return menus


def menu_titles(window: QMainWindow) -> None:
    """The menu bar of ``window`` with the titles of :data:`MENUS` alone, greyed: the
    window's frame while the library opens (:func:`build_menus` replaces them)."""
    for menu in MENUS:
        window.menuBar().addMenu(tr(menu.text)).setEnabled(False)


def _fill(
    window: QMainWindow,
    menu: QMenu,
    items: tuple[Item | Submenu, ...],
    actions: Mapping[str, QAction],
    slots: Mapping[str, Slot | None],
) -> None:
    for item in items:
        if isinstance(item, Submenu):
            if any(row.name in actions or row.name in slots for row in item.items):
                _fill(window, menu.addMenu(tr(item.text)), item.items, actions, slots)
        elif item is SEPARATOR:
            menu.addSeparator()
        elif item.name in actions:
            menu.addAction(actions[item.name])
        elif item.name in slots:
            menu.addAction(_action(window, item, slots[item.name]))


def _action(window: QMainWindow, item: Item, slot: Slot | None) -> QAction:
    action = QAction(tr(item.text), window)
    action.setObjectName(item.name)
    if item.key:
        key = binding(item.key)
        action.setShortcut(QKeySequence(key.sequence))
        action.setToolTip(key_text(key))
    if slot is None:
        action.setEnabled(False)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def menu_rows() -> list[str]:
    """Every action name the table places, in menu order (for tests and the guide)."""
    names: list[str] = []
    for menu in MENUS:
        for item in menu.items:
            rows = item.items if isinstance(item, Submenu) else (item,)
            names.extend(row.name for row in rows if row is not SEPARATOR)
    return names
