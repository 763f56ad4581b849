"""Copies, copyright and purchase on demand in the desk's windows.

The detail pane calls :func:`copy_actions_widget` (a :class:`CopyPanel` for borrowing, a
:class:`LendingCopyPanel` for lending articles); the main window's menu can open
:class:`CopyrightReportDialog` (:func:`open_copyright_report`) and :class:`BudgetDialog`
(:func:`open_budget`); :class:`PurgeTimer` deletes delivered PDFs when their time is up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from illdesk.ui.copies.budget_dialog import BudgetDialog
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.copies.copy_panel import CopyPanel, copy_actions_widget
from illdesk.ui.copies.document_box import DocumentBox
from illdesk.ui.copies.lending_copy_panel import LendingCopyPanel
from illdesk.ui.copies.purge_timer import PurgeTimer
from illdesk.ui.copies.report_dialog import CopyrightReportDialog


def open_copyright_report(context: CopiesContext, parent: QWidget | None = None) -> None:
    CopyrightReportDialog(context.copyright, parent=parent).exec()


def open_budget(context: CopiesContext, parent: QWidget | None = None) -> None:
    BudgetDialog(context.purchasing, parent).exec()


__all__ = [
    "BudgetDialog",
    "CopiesContext",
    "CopyPanel",
    "CopyrightReportDialog",
    "DocumentBox",
    "LendingCopyPanel",
    "PurgeTimer",
    "copy_actions_widget",
    "open_budget",
    "open_copyright_report",
]
