"""At start-up, a damaged database file: offer the latest good backup instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from illdesk.domain.errors import DeskError
from illdesk.services.backups import latest_good_backup, restore_over_damaged
from illdesk.ui import i18n


def _tr(text: str) -> str:
    return i18n.translate(text)


def offer_restore(url: str, backups: Path, message: str) -> bool:
    """Say what is wrong; when a good backup exists, offer to restore it.  True when it
    was restored and the database can be opened again."""
    good = latest_good_backup(url, backups)
    if good is None:
        QMessageBox.critical(None, "illdesk", message)
        return False
    answer = QMessageBox.question(
        None,
        "illdesk",
        _tr(
            "{0}\n\nRestore the backup made {1} now? Everything entered after it is missing "
            "afterwards; the damaged file is kept next to the database for your support "
            "contact. Close illdesk on the other desks first."
        ).format(message, i18n.datetime_text(good.made_at)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_over_damaged(url, good.path)
    except DeskError as exc:
        QMessageBox.critical(None, "illdesk", i18n.words(exc))
        return False
    return True
