"""The first-run assistant (see :mod:`illdesk.ui.setup_wizard.wizard`)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from illdesk.domain.settings import Settings
from illdesk.services.library_setup import LibrarySetupService
from illdesk.ui.setup_wizard.wizard import SetupWizard

__all__ = ["FirstRun", "SetupWizard", "run_first_run"]


class FirstRun(Enum):
    SET_UP = "set up"
    DEMO = "demo"
    CLOSED = "closed"


def run_first_run(
    service: LibrarySetupService, settings: Settings, desk: QSettings, offer_demo: bool
) -> FirstRun:
    """Show the assistant (modal) and say what staff chose."""
    wizard = SetupWizard(service, settings, desk, offer_demo=offer_demo)
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return FirstRun.CLOSED
        return FirstRun.DEMO if wizard.wants_demo else FirstRun.SET_UP
    finally:
        wizard.deleteLater()
