"""Typing into a request tab's search box the way staff do: the old text selected and
deleted, the new one keyed in, then Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_and_enter(qtbot, edit, text: str) -> None:
    """Keys into a tab's search box and Enter; the list is there at once, the chip's hint
    once the worker has counted it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    tab = edit.parent()
    qtbot.waitUntil(lambda: not tab.hints.busy())
