"""Asks for a note and writes it in a request's history (the state does not change)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from illdesk.domain.errors import DeskError
from illdesk.services.rows import RequestDetail, RequestRow
from illdesk.ui import i18n
from illdesk.ui.services_context import DeskContext


def add_note(
    parent: QWidget,
    context: DeskContext,
    row: RequestRow,
    *,
    question: str = "",
    prefix: str = "",
) -> RequestDetail | None:
    """Ask, then save; None when staff cancel or leave it empty.  ``prefix`` starts the
    saved note ("Condition on return: ")."""
    title = parent.tr("Note on {0}").format(row.number)
    text, ok = QInputDialog.getText(
        parent,
        title,
        question or parent.tr("Note for the history of {0}:").format(row.number),
        QLineEdit.EchoMode.Normal,
        "",
    )
    if not ok or not text.strip():
        return None
    try:
        return context.requests.add_note(
            row.id, prefix + text.strip(), staff=context.current_staff()
        )
    except DeskError as exc:
        QMessageBox.warning(parent, title, i18n.words(exc))
        return None
