"""Find lenders: every configured catalogue asked at once, hits ticked into the rota.

The search runs off the GUI thread (a BackgroundTask); each catalogue's answer arrives as
it comes through a queued signal, so a slow or down catalogue never holds the others up.
Cancel stops waiting (what already answered stays in the list).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import ConflictError, DeskError
from illdesk.domain.progress import Progress
from illdesk.domain.words import N_
from illdesk.services.find_lenders import (
    CatalogueSource,
    FindLendersService,
    LenderHit,
    SourceOutcome,
)
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.keymap import binding
from illdesk.ui.screen_fit import fit_size

HIT_ROLE = Qt.ItemDataRole.UserRole
FIND_LENDERS_KEY = binding("find_lenders").sequence  # declared in ui/keymap.py
"""Opens Find lenders for the borrowing request shown (the Borrowing tab's key)."""


class _Relay(QObject):
    """Carries each catalogue's answer from the search thread to the dialog (queued)."""

    outcome = Signal(object)


class FindLendersDialog(QDialog):
    COLUMNS = (
        N_("Library"),
        N_("Catalogue"),
        N_("Title"),
        N_("Call number"),
        N_("Availability"),
        N_("Match"),
        N_("Record"),
    )

    def __init__(
        self,
        service: FindLendersService,
        detail: RequestDetail,
        staff: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.detail = detail
        self.staff = staff
        self.saved: RequestDetail | None = None
        self.task: BackgroundTask | None = None
        self.outcomes: list[SourceOutcome] = []
        self._all_hits: list[LenderHit] = []
        self.setWindowTitle(self.tr("Find lenders for {0}").format(detail.row.number))
        fit_size(self, 1100, 560)
        c = detail.citation
        numbers = " · ".join(
            p
            for p in (
                c.isbn and self.tr("ISBN {0}").format(c.isbn),
                c.issn and self.tr("ISSN {0}").format(c.issn),
                c.oclc_number and self.tr("OCLC {0}").format(c.oclc_number),
            )
            if p
        )
        wanted = QLabel(
            self.tr("Looking for: {0}").format(c.short())
            + (f"<br><span style='color:#555'>{numbers}</span>" if numbers else ""),
            self,
        )
        wanted.setTextFormat(Qt.TextFormat.RichText)
        wanted.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("search_progress")
        self.cancel_button = QPushButton(self.tr("Cancel search"), self)
        self.cancel_button.setObjectName("cancel_search")
        self.cancel_button.clicked.connect(self.cancel_search)
        self.sources = QListWidget(self)
        self.sources.setObjectName("sources")
        self.sources.setMaximumHeight(110)
        self.hits = QTableWidget(0, len(self.COLUMNS), self)
        self.hits.setObjectName("hits")
        self.hits.setHorizontalHeaderLabels([i18n.words(t) for t in self.COLUMNS])
        self.hits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.verticalHeader().hide()
        header = self.hits.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hits.itemChanged.connect(lambda _item: self._update_buttons())
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("Ask the ticked libraries (rota)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("use_ticked")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.use_ticked)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(wanted)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Catalogues"), self))
        layout.addWidget(self.sources)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._relay = _Relay(self)
        self._relay.outcome.connect(self._add_outcome)
        self._rows: dict[str, QListWidgetItem] = {}
        self._update_buttons()

    # -- searching ---------------------------------------------------------------------------
    def start(self) -> None:
        """Ask every catalogue (off the GUI thread); answers fill the table as they come."""
        try:
            sources = self.service.sources()
        except DeskError as exc:
            self._finish(i18n.words(exc))
            return
        if not sources:
            self._finish(
                self.tr(
                    "No catalogue to search: enter a partner's catalogue address under "
                    "Desk → Partner libraries, or union catalogues in Settings."
                )
            )
            return
        for source in sources:
            self._source_row(source, self.tr("asking…"), "#555")
        self.progress.setRange(0, len(sources))
        self.progress.setValue(0)
        citation = self.detail.citation
        relay = self._relay

        def job(progress: Progress) -> list[SourceOutcome]:
            return self.service.search(
                citation, progress, on_outcome=relay.outcome.emit, sources=sources
            )

        task = BackgroundTask(job, self)
        self.task = task
        task.progressed.connect(lambda done, total, _text: self.progress.setValue(done))
        task.succeeded.connect(lambda _result: self._finish(""))
        task.failed.connect(lambda exc: self._finish(i18n.words(exc)))
        task.cancelled.connect(lambda: self._finish(self.tr("Search cancelled.")))
        task.finished.connect(self._task_ended)
        task.start()

    def _task_ended(self) -> None:
        if self.task is not None:
            self.task.release()
            self.task = None

    def cancel_search(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def searching(self) -> bool:
        return self.task is not None

    def _source_row(self, source: CatalogueSource, state: str, colour: str) -> None:
        item = self._rows.get(source.name)
        if item is None:
            item = QListWidgetItem(self.sources)
            self._rows[source.name] = item
        item.setText(self.tr("{0}: {1}").format(source.name, state))
        item.setForeground(QColor(colour))

    def _add_outcome(self, outcome: object) -> None:
        if not isinstance(outcome, SourceOutcome):
            return
        self.outcomes.append(outcome)
        if outcome.error:
            self._source_row(
                outcome.source, self.tr("not answering — {0}").format(outcome.error), "#c53030"
            )
        elif not outcome.hits:
            self._source_row(outcome.source, self.tr("no copy found"), "#555")
        else:
            self._source_row(
                outcome.source,
                self.tr("found — holdings: {0} · records: {1}").format(
                    len(outcome.hits), len({h.record_id for h in outcome.hits})
                ),
                "#2f855a",
            )
        ticked = {id(h) for h in self.ticked()}
        self._all_hits.extend(outcome.hits)
        self._all_hits.sort(key=lambda h: (-h.confidence, not h.can_be_asked, h.partner_symbol))
        self.hits.blockSignals(True)
        self.hits.setRowCount(0)
        for hit in self._all_hits:
            self._add_hit(hit, id(hit) in ticked)
        self.hits.blockSignals(False)
        self._update_buttons()

    def _add_hit(self, hit: LenderHit, ticked: bool) -> None:
        row = self.hits.rowCount()
        self.hits.insertRow(row)
        library = (
            f"{hit.partner_symbol} — {hit.partner_name}"
            if hit.can_be_asked
            else self.tr("{0} (not in our directory)").format(hit.holder or "?")
        )
        title = " · ".join(p for p in (hit.title, hit.author, hit.year) if p)
        values = (
            library,
            hit.source,
            title,
            hit.call_number,
            hit.availability,
            self.tr("{0:.0%} {1}").format(hit.confidence, i18n.words(hit.how)),
            hit.record_id,
        )
        cells = []
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.hits.setItem(row, column, item)
            cells.append(item)
        first = cells[0]
        first.setData(HIT_ROLE, hit)
        if hit.can_be_asked:
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        else:
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            first.setToolTip(self.tr("Add this library to the partner directory to ask it."))
        if hit.confidence < 0.5:
            for cell in cells:
                cell.setForeground(QColor("#777"))

    def _finish(self, problem: str) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if problem:
            self.hint.setText(problem)
        elif not self.hits.rowCount():
            self.hint.setText(self.tr("No catalogue has a copy. Choose lenders by hand."))
        else:
            self.hint.setText(
                self.tr("Tick the libraries to ask; the rota policy puts them in order.")
            )
        for source_name, item in self._rows.items():
            if item.text().endswith(self.tr("asking…")):
                item.setText(self.tr("{0}: {1}").format(source_name, self.tr("no answer")))

    # -- choosing ----------------------------------------------------------------------------
    def ticked(self) -> list[LenderHit]:
        chosen = []
        for row in range(self.hits.rowCount()):
            item = self.hits.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                hit = item.data(HIT_ROLE)
                if isinstance(hit, LenderHit):
                    chosen.append(hit)
        return chosen

    def _update_buttons(self) -> None:
        self.use_button.setEnabled(bool(self.ticked()))

    def use_ticked(self) -> None:
        try:
            self.saved = self.service.build_rota(
                self.detail.row.id,
                self.ticked(),
                staff=self.staff,
                expected_version=self.detail.row.version,
            )
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Changed at another desk"), i18n.words(exc))
            return
        except DeskError as exc:
            self.hint.setText(i18n.words(exc))
            return
        self.cancel_search()
        self.accept()
