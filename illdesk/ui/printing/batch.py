"""A round of pull slips (F9: new ones; "Print again": slips not pulled yet), end to end.

1. In the background (progress bar, Cancel): the service picks the requests of the round,
   leaves out those the lending policy will not lend (with the reason) and draws the rest
   in one PDF, which is kept in the printouts folder.
2. Back on the GUI thread: refused requests are named, with F12 offered to answer them
   unfilled now, so nobody fetches a copy that will not be lent.
3. The batch prints: straight to the CUPS queue this desk chose for pull slips (the
   vector PDF spooled off the GUI thread), or through the preview when no printer is
   chosen.  Only when the printer took the job are the requests marked "pull slip
   printed"; closing the preview unprinted changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from illdesk.domain.progress import Progress
from illdesk.paths import data_dir
from illdesk.printing import cups
from illdesk.services.paper import PaperService, PrintedSlips
from illdesk.services.printouts import RefusedSlip, SlipRound
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask, run_with_progress
from illdesk.ui.printing.preview_dialog import PreviewDialog, cups_queue, remembered_printer

KIND = "pull-slip"


def keep_printout(pdf: bytes, kind: str, number: str) -> Path:
    """The PDF in the printouts folder of the data directory (to reprint or show later)."""
    folder = data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"{kind}-{number}-{stamp}.pdf"
    path.write_bytes(pdf)
    return path


@dataclass(frozen=True)
class DrawnBatch:
    """What the background job hands back: the slips drawn, the kept file, and the spool."""

    printed: PrintedSlips
    kept: Path | None
    job: cups.PrintJob | None
    spool_error: str = ""


class SlipBatchRun(QObject):
    """One batch from the key press to the requests marked printed.

    ``record(request_ids)`` is called once the printer accepted the job (the caller
    records the state change); ``answer_unfilled(refused)`` when staff chose F12 for the
    requests the policy will not lend.  ``finished`` fires when nothing more will happen.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        paper: PaperService,
        which: SlipRound,
        *,
        store: QSettings,
        record: Callable[[list[int]], None],
        answer_unfilled: Callable[[list[RefusedSlip]], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.paper = paper
        self.which = which
        self.store = store
        self.record = record
        self.answer_unfilled = answer_unfilled
        self.preview: PreviewDialog | None = None
        self.result: DrawnBatch | None = None
        self.task: BackgroundTask | None = None
        self.recorded: list[int] = []

    def start(self) -> BackgroundTask:
        queue = cups_queue(remembered_printer(self.store, KIND)) if self._chosen() else None
        which = self.which
        paper = self.paper
        title = self._title_words()

        def job(progress: Progress) -> DrawnBatch:
            printed = paper.pull_slip_batch(which, progress)
            if not printed.pdf:
                return DrawnBatch(printed, None, None)
            kept = keep_printout(printed.pdf, f"{KIND}s-{which.value}", "batch")
            if queue is None:
                return DrawnBatch(printed, kept, None)
            total = len(printed.batch.slips)
            progress.step(total, total, f"Sending to {queue}")
            try:
                spooled = cups.submit_pdf(printed.pdf, queue, title)
            except cups.CupsError as exc:
                return DrawnBatch(printed, kept, None, i18n.words(exc))
            return DrawnBatch(printed, kept, spooled)

        self.task = run_with_progress(
            self.parent_widget,
            self.parent_widget.tr("Preparing pull slips…"),
            job,
            self._drawn,
            self._failed,
            self.finished.emit,
        )
        return self.task

    def _chosen(self) -> bool:
        return self.store.contains(f"printers/{KIND}")

    def _title_words(self) -> str:
        if self.which is SlipRound.AGAIN:
            return "illdesk pull slips again"
        return "illdesk pull slips"

    # -- back on the GUI thread ------------------------------------------------------------
    def _drawn(self, result: object) -> None:
        assert isinstance(result, DrawnBatch)
        self.result = result
        batch = result.printed.batch
        if result.job is not None:  # the printer has it: recorded before anything is asked
            self._accepted()
        if batch.refused:
            self._tell_refused(list(batch.refused))
        if not batch.slips:
            if not batch.refused:
                QMessageBox.information(
                    self.parent_widget,
                    self.parent_widget.tr("Pull slips"),
                    self._nothing_waiting(),
                )
            self.finished.emit()
            return
        if result.job is not None:
            self.finished.emit()
            return
        if result.spool_error:
            QMessageBox.warning(
                self.parent_widget,
                self.parent_widget.tr("Pull slips not printed"),
                self.parent_widget.tr(
                    "{0}\nNo request was marked printed; the slips are in the preview."
                ).format(i18n.words(result.spool_error)),
            )
        self._open_preview(result)

    def _nothing_waiting(self) -> str:
        if self.which is SlipRound.AGAIN:
            return self.parent_widget.tr("No printed pull slip is waiting for its copy.")
        return self.parent_widget.tr("No lending request is waiting for a pull slip.")

    def _tell_refused(self, refused: list[RefusedSlip]) -> None:
        lines = "\n".join(
            self.parent_widget.tr("• {0}: {1}").format(r.number, r.reason) for r in refused
        )
        box = QMessageBox(self.parent_widget)
        box.setObjectName("refused_slips")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.parent_widget.tr("No pull slip for these requests"))
        box.setText(
            self.parent_widget.tr(
                "The lending policy does not let us lend these, so no slip was printed "
                "for them:\n{0}\n\nAnswer them unfilled now?"
            ).format(lines)
        )
        unfilled = box.addButton(
            self.parent_widget.tr("Answer unfilled…  [F12]"), QMessageBox.ButtonRole.AcceptRole
        )
        unfilled.setObjectName("answer_unfilled")
        unfilled.setShortcut("F12")
        later = box.addButton(self.parent_widget.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("later")
        box.setDefaultButton(unfilled)
        box.exec()
        if box.clickedButton() is unfilled:
            self.answer_unfilled(refused)

    def _open_preview(self, result: DrawnBatch) -> None:
        count = len(result.printed.batch.slips)
        title = (
            self.parent_widget.tr("Pull slips again (%n)", "", count)
            if self.which is SlipRound.AGAIN
            else self.parent_widget.tr("Pull slips (%n)", "", count)
        )
        dialog = PreviewDialog(
            result.printed.pdf, KIND, self.parent_widget, store=self.store, title=title
        )
        dialog.setObjectName("pull_slip_preview")
        dialog.accepted.connect(self._accepted)
        dialog.finished.connect(lambda _code: self.finished.emit())
        dialog.setModal(False)
        self.preview = dialog
        dialog.show()

    def _accepted(self) -> None:
        """The printer took the job: now (and only now) the requests are marked printed."""
        assert self.result is not None
        ids = list(self.result.printed.batch.request_ids)
        self.recorded = ids
        self.record(ids)

    def _failed(self, error: Exception) -> None:
        text = i18n.words(error)
        QMessageBox.warning(
            self.parent_widget,
            self.parent_widget.tr("Pull slips not printed"),
            self.parent_widget.tr("The pull slips could not be prepared: {0}").format(text),
        )
        self.finished.emit()
