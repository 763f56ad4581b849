"""A person's data: "Export this patron's data" (JSON + PDF) and "Erase this patron", and
the retention run ("Remove old patron data now") with its report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from illdesk.domain.errors import DeskError
from illdesk.services.privacy import PrivacyService, RetentionReport
from illdesk.services.rows import PatronRow
from illdesk.ui import i18n


def export_patron(
    parent: QWidget, privacy: PrivacyService, patron: PatronRow, staff: str
) -> Path | None:
    title = parent.tr("Export this patron's data")
    folder = QFileDialog.getExistingDirectory(parent, title)
    if not folder:
        return None
    try:
        done = privacy.export_patron(patron.id, Path(folder), staff=staff)
    except (DeskError, OSError) as exc:
        QMessageBox.warning(parent, title, i18n.words(exc))
        return None
    QMessageBox.information(
        parent,
        title,
        parent.tr("The data held about {0} ({1} requests) is in\n{2}\nand\n{3}.").format(
            patron.name, done.requests, done.json_path, done.pdf_path
        ),
    )
    return done.json_path


def erase_patron(
    parent: QWidget, privacy: PrivacyService, patron: PatronRow, staff: str
) -> RetentionReport | None:
    title = parent.tr("Erase this patron")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        parent.tr(
            "Erase {0} ({1})? The patron record goes, and their name, e-mail and notes are "
            "removed from every finished request. Statistics keep the category. This cannot "
            "be undone."
        ).format(patron.name, patron.barcode),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("erase_patron_question")
    erase = box.addButton(parent.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
    erase.setObjectName("erase_patron_yes")
    box.exec()
    if box.clickedButton() is not erase:
        return None
    try:
        report = privacy.erase_patron(patron.id, staff=staff)
    except DeskError as exc:
        QMessageBox.warning(parent, title, i18n.words(exc))
        return None
    QMessageBox.information(parent, title, report.words)
    return report


def run_retention_now(parent: QWidget, privacy: PrivacyService, staff: str) -> None:
    title = parent.tr("Remove old patron data")
    try:
        report = privacy.run_retention(staff or "retention")
    except DeskError as exc:
        QMessageBox.warning(parent, title, i18n.words(exc))
        return
    QMessageBox.information(parent, title, report.words)
