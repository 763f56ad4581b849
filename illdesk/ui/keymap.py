"""The desk's keyboard model, declared once.

Every key the window binds is a row here; the main window builds its actions (and menus)
from :data:`WINDOW_KEYS`, the user guide and Help → Keyboard shortcuts list
:data:`ALL_KEYS`, and a test fails when a key is bound twice.

* Window keys work wherever the focus is in the main window (the list, the search box,
  the detail pane, the scan box), and never while a dialog is open in front of it.
* Station keys choose what the next scan does on the tab in front: F5–F8 are the modes of
  that tab's station in the order its buttons show them; F9, F11 and F12 are the lending
  desk's pull slips, condition note and "unfilled" answer.
* Widget keys belong to one widget and act only while it has the focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from illdesk.domain.words import N_
from illdesk.ui import i18n


class Scope(StrEnum):
    WINDOW = "window"
    STATION = "station"
    WIDGET = "widget"


@dataclass(frozen=True)
class KeyBinding:
    name: str
    """The action's object name (``key_<name>``), for tests and the shortcut list."""
    sequence: str
    """A QKeySequence string in portable form ("Ctrl+B", "F5")."""
    text: str
    """What the key does, in words (translated with the ``Keys`` context)."""
    scope: Scope
    where: str = ""
    """For widget keys: the widget they belong to."""
    menu: str = ""
    """For window keys: the menu text of the action (with its & mnemonic)."""
    built_by: str = "main window"
    """Who makes the key's QAction: the main window, or the Help menu."""


def tr(text: str) -> str:
    return i18n.translate(text)


def _window(name: str, sequence: str, menu: str, text: str) -> KeyBinding:
    return KeyBinding(name, sequence, text, Scope.WINDOW, menu=menu)


def _station(name: str, sequence: str, menu: str, text: str) -> KeyBinding:
    return KeyBinding(name, sequence, text, Scope.STATION, menu=menu)


WINDOW_KEYS: tuple[KeyBinding, ...] = (
    _window("new_borrowing", "Ctrl+B", N_("New &borrowing request…"), N_("New borrowing request")),
    _window("new_lending", "Ctrl+L", N_("New &lending request…"), N_("New lending request")),
    _window("new_patron", "Ctrl+P", N_("New &patron…"), N_("New patron")),
    _window("notices", "Ctrl+N", N_("&Notices…"), N_("Notices waiting to be sent or printed")),
    _window("find", "Ctrl+F", N_("&Find"), N_("To the search box of the tab in front")),
    _window("refresh", "Ctrl+R", N_("&Refresh"), N_("Read the list again from the database")),
    _window(
        "scan_box",
        "Esc",
        N_("Back to the &scan box"),
        N_("To the scan box, ready for the next scan"),
    ),
    _window("quit", "Ctrl+Q", N_("&Quit"), N_("Quit illdesk")),
    KeyBinding(
        "user_guide",
        "F1",
        N_("The user guide, shipped with the program"),
        Scope.WINDOW,
        menu=N_("&User guide"),
        built_by="help menu",
    ),
    _window(
        "find_lenders",
        "Ctrl+Shift+F",
        N_("Find &lenders for this request…"),
        N_("Search the partners' catalogues for the borrowing request shown (Borrowing)"),
    ),
    _station("mode_1", "F5", N_("Station mode 1"), N_("Receive (Borrowing) · Pull (Lending)")),
    _station("mode_2", "F6", N_("Station mode 2"), N_("Check out (Borrowing) · Ship (Lending)")),
    _station(
        "mode_3", "F7", N_("Station mode 3"), N_("Check in (Borrowing) · Return received (Lending)")
    ),
    _station("mode_4", "F8", N_("Station mode 4"), N_("Return to lender (Borrowing)")),
    _station(
        "pull_slips",
        "F9",
        N_("&Pull slips for waiting requests…"),
        N_("Print pull slips (Lending)"),
    ),
    _station(
        "condition",
        "F11",
        N_("Note the &condition of the returned item…"),
        N_("Note the condition of the item just returned (Lending)"),
    ),
    _station(
        "unfilled",
        "F12",
        N_("Answer &unfilled…"),
        N_("Answer “unfilled” for the request just scanned (Lending)"),
    ),
)

#: Station modes: F5 is the first mode button of the tab in front, F6 the second, …
MODE_KEYS: tuple[str, ...] = tuple(k.sequence for k in WINDOW_KEYS if k.name.startswith("mode_"))

WIDGET_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(
        "scan_enter",
        "Enter",
        N_("Take the scan (a scanner sends it after the barcode)"),
        Scope.WIDGET,
        N_("scan box"),
    ),
    KeyBinding(
        "scan_skip_card",
        "Enter",
        N_(
            "Check out without the card, when the desk allows it (on an "
            "empty scan box after the item)"
        ),
        Scope.WIDGET,
        N_("scan box"),
    ),
    KeyBinding(
        "list_enter",
        "Enter",
        N_("Take the selected request's next step"),
        Scope.WIDGET,
        N_("request list"),
    ),
    KeyBinding(
        "next_step",
        "Enter",
        N_("Take the request's next step (the first, highlighted button)"),
        Scope.WIDGET,
        N_("detail pane"),
    ),
    KeyBinding(
        "card_enter",
        "Enter",
        N_("Look the card up and go to the next field"),
        Scope.WIDGET,
        N_("patron card fields"),
    ),
    KeyBinding(
        "ship_enter", "Enter", N_("Ship and print the label"), Scope.WIDGET, N_("ship form")
    ),
)

ALL_KEYS: tuple[KeyBinding, ...] = WINDOW_KEYS + WIDGET_KEYS


#: The menu text of each window key's action, by name.
MENU_TEXT: dict[str, str] = {k.name: k.menu for k in WINDOW_KEYS}


def key_text(key: KeyBinding) -> str:
    """What ``key`` does, translated."""
    return tr(key.text)


def binding(name: str) -> KeyBinding:
    return next(k for k in ALL_KEYS if k.name == name)
