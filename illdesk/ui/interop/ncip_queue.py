"""The NCIP queue: calls to our own library system (ILS) not sent yet, with Retry and
Dismiss, and a connection check (LookupAgency).  Desk → Library system (NCIP) queue, or
the "Library system…" button of a request whose calls are waiting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.words import N_
from illdesk.services.ils_sync import IlsSyncService, NcipRow
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.screen_fit import fit_size

ID_ROLE = Qt.ItemDataRole.UserRole


class NcipQueueDialog(QDialog):
    COLUMNS = (
        N_("Request"),
        N_("Call"),
        N_("State"),
        N_("Tries"),
        N_("Next try (UTC)"),
        N_("Problem"),
    )

    def __init__(
        self,
        ils: IlsSyncService,
        staff: str,
        request_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ils = ils
        self.staff = staff
        self.request_id = request_id
        self.setWindowTitle(self.tr("Library system (NCIP) queue"))
        fit_size(self, 980, 420)  # no bigger than the screen (ui/screen_fit.py)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("ncip_rows")
        self.table.setHorizontalHeaderLabels([i18n.words(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("ncip_status")
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.setObjectName("ncip_retry")
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button = QPushButton(self.tr("Dismiss (enter it in the ILS by hand)"), self)
        self.dismiss_button.setObjectName("ncip_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.check_button = QPushButton(self.tr("Check connection"), self)
        self.check_button.setObjectName("ncip_check")
        self.check_button.clicked.connect(self.check_connection)
        self._check_task: BackgroundTask | None = None
        row = QHBoxLayout()
        for button in (self.retry_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not ils.enabled():
            off = QLabel(
                self.tr(
                    "NCIP is off: nothing is sent to our library system (Desk → Settings → NCIP)."
                ),
                self,
            )
            off.setWordWrap(True)
            layout.addWidget(off)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def rows(self) -> list[NcipRow]:
        if self.request_id is not None:
            return self.ils.for_request(self.request_id)
        return self.ils.unsent()

    def reload(self) -> None:
        rows = self.rows()
        self.table.setRowCount(0)
        words = {
            "queued": self.tr("waiting"),
            "failed": self.tr("failed, will retry"),
            "sent": self.tr("sent"),
            "dismissed": self.tr("dismissed"),
        }
        for r in rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            values = (
                r.request_ref,
                r.service,
                words.get(r.state, r.state),
                str(r.attempts),
                i18n.datetime_text(r.next_attempt_at) if r.state in ("queued", "failed") else "",
                r.last_error,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(ID_ROLE, r.id)
                self.table.setItem(at, column, item)
        if not rows:
            self.status.setText(self.tr("Nothing is waiting for our library system."))
        self._update_buttons()

    def selected(self) -> NcipRow | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        if cell is None:
            return None
        wanted = cell.data(ID_ROLE)
        return next((r for r in self.rows() if r.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        open_ = chosen is not None and chosen.state in ("queued", "failed")
        self.retry_button.setEnabled(chosen is not None and chosen.state != "sent")
        self.dismiss_button.setEnabled(open_)

    def retry(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.ils.retry(chosen.id)
        except DeskError as exc:
            self.status.setText(i18n.words(exc))
        else:
            self.status.setText(
                self.tr("{0} for {1} goes out with the next round.").format(
                    chosen.service, chosen.request_ref
                )
            )
        self.reload()

    def dismiss(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.ils.dismiss(chosen.id, self.staff)
        except DeskError as exc:
            self.status.setText(i18n.words(exc))
        else:
            self.status.setText(
                self.tr("{0} for {1} dismissed: enter it in the library system by hand.").format(
                    chosen.service, chosen.request_ref
                )
            )
        self.reload()

    def check_connection(self) -> None:
        """LookupAgency off the GUI thread."""
        if self._check_task is not None:
            return
        self.status.setText(self.tr("Asking our library system…"))
        task = BackgroundTask(lambda _p: self.ils.check_connection(), self)
        self._check_task = task

        def answered(name: object) -> None:
            self.status.setText(self.tr("Our library system answers: {0}.").format(name))

        def failed(error: object) -> None:
            words = i18n.words(error)
            self.status.setText(self.tr("Our library system does not answer: {0}").format(words))

        def ended() -> None:
            self._check_task = None
            task.release()

        task.succeeded.connect(answered)
        task.failed.connect(failed)
        task.finished.connect(ended)
        task.start()

    def checking(self) -> bool:
        return self._check_task is not None


def ncip_slots(window, ils: IlsSyncService, staff) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    """Desk → Library system (NCIP) queue… (the ``ncip_queue`` row of ui.menus)."""

    def show() -> None:
        current = getattr(window, "ncip_dialog", None)
        if current is not None:
            current.reload()
            current.raise_()
            return
        dialog = NcipQueueDialog(ils, staff(), parent=window)
        window.ncip_dialog = dialog

        def closed(_code: int) -> None:
            window.ncip_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.show()

    return {"ncip_queue": show}
