"""The Borrowing and Lending tabs: search-as-you-type, state-group chips, a sortable table
and the detail pane."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.state_groups import GROUP_LABELS, StateGroup
from illdesk.domain.vocabulary import Side
from illdesk.domain.words import N_
from illdesk.services.printouts import RefusedSlip, SlipRound
from illdesk.services.requests import HINT_CAP
from illdesk.services.rows import (
    PartnerRow,
    Performed,
    RequestDetail,
    RequestRow,
    ScannedRequest,
)
from illdesk.ui import i18n
from illdesk.ui.detail_pane import DetailPane
from illdesk.ui.latest_work import LatestWork
from illdesk.ui.print_dispatch import PrintDispatcher
from illdesk.ui.printing.batch import SlipBatchRun
from illdesk.ui.printing.preview_dialog import desk_settings
from illdesk.ui.scan_station import ScanStation
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import RequestTableModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120
PAGE_ROWS = 50
"""Rows fetched per query: a screenful and then some (50 rows of 24 px are more than a
desk's screen shows); more come as the list scrolls.  Each keystroke reads, builds and
draws this many, so it is no larger than that."""


class _StatusLine(QWidget):
    """The list's count and the chip's hint, right-aligned at the end of the chip row.
    Their texts change with nearly every keystroke.  Each new text of a label in a layout
    has every layout up to the main window redone, and the tab widget repaints the whole
    window (scan station, detail pane) on each such request: most of a keystroke's time.
    Here the two labels are placed by hand on a line of their own under the chips, as
    wide as the tab (at the end of the chip row a hint outgrew the row's room now and then
    and had the window relaid, even made wider, while typing); the line asks for more
    room only when a text needs more than the tab is wide, and then for the hint's widest
    form (each of its groups "More than …"), so that counts changing as staff type fit in
    what it got (never given back: a shorter text, or none, needs no relayout either).
    A new text repaints the labels alone."""

    SPACING = 4

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.count = QLabel(self)
        self.count.setObjectName("count_label")
        self.hint = QLabel(self)
        self.hint.setObjectName("filter_hint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setText("<a href='x'>Xg</a>")  # a link's line is as high as it gets
        self._height = max(self.count.sizeHint().height(), self.hint.sizeHint().height())
        self.hint.clear()
        self._measure = QLabel(self)  # never shown: the width of a hint's widest form
        self._measure.setTextFormat(Qt.TextFormat.RichText)
        self._measure.hide()
        self._widest: dict[str, int] = {}
        self._hint_room = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height)

    def show_hint(self, text: str, widest: str) -> None:
        """The hint ``text``; ``widest`` is the same groups' hint at its widest, the room
        asked for when ``text`` does not fit."""
        if widest not in self._widest:
            self._measure.setText(widest)
            self._widest[widest] = self._measure.sizeHint().width()
        self._hint_room = self._widest[widest] if text else 0
        self.hint.setText(text)

    def _widths(self) -> tuple[int, int, int]:
        count = self.count.sizeHint().width() if self.count.text() else 0
        hint = self.hint.sizeHint().width() if self.hint.text() else 0
        return count, self.SPACING if count and hint else 0, hint

    def _needed(self) -> int:
        count, gap, hint = self._widths()
        return count + gap + max(hint, self._hint_room if hint else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._needed(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text changed
            if sum(self._widths()) > self.width():  # room for the widest form asked
                self.updateGeometry()  # more room made by the row's layout
            self._place()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._place()
        super().resizeEvent(event)

    def _place(self) -> None:
        count, gap, hint = self._widths()
        width, height = self.width(), self.height()
        hint = max(0, min(hint, width - count - gap))
        right = width - hint
        self.hint.setGeometry(QRect(right, 0, hint, height))
        self.count.setGeometry(QRect(max(0, right - gap - count), 0, count, height))


class RequestTab(QWidget):
    new_request_wanted = Signal()

    def __init__(
        self,
        context: DeskContext,
        side: Side,
        parent: QWidget | None = None,
        printer: PrintDispatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self.context = context
        self.side = side
        self.setObjectName(f"{side.value}_tab")

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search title, author, patron, partner, request number or item barcode…")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.search_now)

        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        chip_row = QHBoxLayout()
        chip_row.setSpacing(4)
        for group, label in [(None, N_("All")), *[(g, GROUP_LABELS[g]) for g in StateGroup]]:
            chip = QToolButton(self)
            chip.setText(i18n.words(label))
            chip.setCheckable(True)
            chip.setObjectName(f"chip_{group.value if group else 'all'}")
            chip.setProperty("group", group.value if group else "")
            chip.setStyleSheet(
                "QToolButton{border:1px solid #9aa;border-radius:10px;padding:3px 10px;}"
                "QToolButton:checked{background:#2b6cb0;color:white;border-color:#2b6cb0;}"
            )
            self.chips.addButton(chip)
            chip_row.addWidget(chip)
            if group is StateGroup.NEEDS_ACTION:
                chip.setChecked(True)
        self.chips.buttonClicked.connect(lambda _b: self.refresh())
        # the named queues, each a chip with its count, beside the state groups
        self.queue_row = QHBoxLayout()
        self.queue_row.setSpacing(4)
        self.queue_chips: dict[str, QToolButton] = {}
        chip_row.addSpacing(16)
        chip_row.addLayout(self.queue_row)
        # the count and what the chip hides of a search ("1 more in Complete", a link to
        # that chip), on the line under the chips
        self.status = status = _StatusLine(self)
        self.count_label, self.filter_hint = status.count, status.hint
        self.filter_hint.linkActivated.connect(lambda group: self.set_group(StateGroup(group)))
        # the hint is counted off the GUI thread while the list is drawn
        self.hints = LatestWork(self)
        self._hint_group: StateGroup | None = None
        """The chip the hint shown was counted for (while typing it stays until the next
        letter's count replaces it)."""
        chip_row.addStretch(1)

        self.new_button = QPushButton(self.tr("New request…"), self)
        self.new_button.setObjectName("new_request")
        self.new_button.clicked.connect(self.new_request_wanted)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        if side is Side.LENDING:
            self.slips_button = QPushButton(self.tr("Pull slips for waiting requests…  [F9]"), self)
            self.slips_button.setObjectName("pull_slips")
            self.slips_button.clicked.connect(self.print_pull_slips)
            top.addWidget(self.slips_button)
            self.slips_again_button = QPushButton(self.tr("Print slips again…"), self)
            self.slips_again_button.setObjectName("pull_slips_again")
            self.slips_again_button.setToolTip(
                self.tr("Slips printed before whose copy is not pulled yet (a slip got lost)")
            )
            self.slips_again_button.clicked.connect(self.print_pull_slips_again)
            top.addWidget(self.slips_again_button)
            self.import_button = QPushButton(self.tr("Import ISO 18626 file…"), self)
            self.import_button.setObjectName("import_iso18626")
            self.import_button.clicked.connect(self.import_message)
            top.addWidget(self.import_button)
        self.queue_button = QPushButton(self.tr("Queue…"), self)
        self.queue_button.setObjectName("put_in_queue")
        self.queue_button.setToolTip(self.tr("Put the request shown in a named queue"))
        self.queue_button.clicked.connect(self.put_in_queue)
        top.addWidget(self.queue_button)
        top.addWidget(self.new_button)

        who = self.tr("Patron") if side is Side.BORROWING else self.tr("Borrowing library")
        self.model = RequestTableModel(who, self)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        # the model sorts itself (a header click): the view shows it as it is
        self.table = QTableView(self)
        self.table.setObjectName("requests")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(9, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        # The scroll bar stays, greyed when every row fits: a search that narrows the list
        # below a screenful (or widens it past one) then redraws the rows alone; a bar
        # coming and going resized the viewport and laid out the list, its header and the
        # splitter again on that keystroke (4-5 ms of a 10 ms keystroke at 100k).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 150, 50, 300, 160, 170, 90, 90, 90, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)  # Enter on the list: the request's next step

        self.detail = DetailPane(context, self)
        self.detail.changed.connect(self._request_changed)
        self.station = ScanStation(context, side, self)
        # One way to say "an action was taken": the station's and the pane's `performed`;
        # the printer carries out its effects first, then the list shows the change.
        if printer is not None:
            for performed in (self.station.performed, self.detail.performed):
                performed.connect(printer.carry_out)
            self.station.shipped.connect(printer.shipped)
            self.detail.reprint_wanted.connect(printer.reprint_shipment)
            self.detail.slip_wanted.connect(self.print_one_slip)
        self.station.performed.connect(self._scanned)
        self.station.looked_up.connect(self.show_request)
        self.detail.card_wanted.connect(self.station.await_card)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.station)
        layout.addLayout(top)
        layout.addLayout(chip_row)
        layout.addWidget(status)
        layout.addWidget(splitter, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() == QEvent.Type.KeyPress  # the event first, then the widget
            and watched is self.table
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            return self.detail.take_next_step()
        return super().eventFilter(watched, event)

    def current_group(self) -> StateGroup | None:
        button = self.chips.checkedButton()
        value = button.property("group") if button is not None else ""
        return StateGroup(value) if value else None

    def current_queue(self) -> str | None:
        button = self.chips.checkedButton()
        value = button.property("queue") if button is not None else ""
        return str(value) if value else None

    def set_queue(self, name: str) -> None:
        chip = self.queue_chips.get(name)
        if chip is not None:
            chip.setChecked(True)
        self.refresh()

    def _refresh_queues(self) -> None:
        """One chip per queue that holds requests of this side, "name (count)"; the chip
        staff are looking at stays (with 0) until they choose another."""
        if self.context.routing is None:
            return
        try:
            counts = {q.name: q.count for q in self.context.routing.queue_counts(self.side)}
        except DeskError:
            return
        showing = self.current_queue()
        if showing is not None:
            counts.setdefault(showing, 0)
        for name in [n for n in self.queue_chips if n not in counts]:
            gone = self.queue_chips.pop(name)
            self.chips.removeButton(gone)
            self.queue_row.removeWidget(gone)
            gone.deleteLater()
        for name in sorted(counts, key=str.casefold):
            found = self.queue_chips.get(name)
            if found is not None:
                chip = found
            else:
                chip = QToolButton(self)
                chip.setCheckable(True)
                chip.setObjectName(f"queue_{name}")
                chip.setProperty("group", "")
                chip.setProperty("queue", name)
                chip.setStyleSheet(
                    "QToolButton{border:1px dashed #b7791f;border-radius:10px;padding:3px 10px;}"
                    "QToolButton:checked{background:#b7791f;color:white;border-style:solid;}"
                )
                self.chips.addButton(chip)
                self.queue_chips[name] = chip
                chip.setText(self.tr("{0} ({1})").format(name, counts[name]))
                index = sorted(self.queue_chips, key=str.casefold).index(name)
                self.queue_row.insertWidget(index, chip)
                chip.show()
            chip.setText(self.tr("{0} ({1})").format(name, counts[name]))
            chip.adjustSize()

    def put_in_queue(self) -> None:
        """Staff put the request shown in a queue (an empty name takes it out)."""
        shown = self.detail.detail
        if shown is None or self.context.routing is None:
            self.station.result.setText(self.tr("Choose a request first."))
            return
        names = sorted(self.queue_chips, key=str.casefold)
        current = shown.row.queue
        items = [current, *[n for n in names if n != current]] if current else ["", *names]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Queue"),
            self.tr("Put {0} in the queue (empty: take it out of “{1}”):").format(
                shown.row.number, current or self.tr("none")
            ),
            items,
            0,
            True,
        )
        if not ok:
            return
        try:
            said = self.context.routing.put_in_queue(
                shown.row.id,
                name,
                staff=self.context.current_staff(),
                expected_version=shown.row.version,
            )
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Queue"), i18n.words(exc))
            return
        if said:
            self.station.result.setText(f"{shown.row.number}: {said}")
        self.refresh()
        self.show_request(self.context.requests.detail(shown.row.id))

    def set_group(self, group: StateGroup | None) -> None:
        name = f"chip_{group.value if group else 'all'}"
        for button in self.chips.buttons():
            if button.objectName() == name:
                button.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        self._load(queues=True)

    def _load(self, queues: bool) -> bool:
        """The list for the search text and chip: its first page now, the next pages as
        the list scrolls to its end, and the chip's hint from the worker once counted;
        the queue chips' counts too when ``queues`` (they do not depend on the text).
        False when the search failed (said in a message)."""
        self._search_timer.stop()
        selected = self.detail.detail.row.id if self.detail.detail else None
        side, words, requests = self.side, self.search.text(), self.context.requests
        queue = self.current_queue()
        group = self.current_group() if queue is None else None

        def fetch(after: RequestRow | None, n: int) -> list[RequestRow]:
            return requests.search_page(side, words, group, after=after, limit=n, queue=queue)

        limit = self.context.settings.get_int("search.max_rows")
        try:
            first = fetch(None, min(PAGE_ROWS, limit))
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Search failed"), i18n.words(exc))
            return False
        self.model.set_source(fetch, PAGE_ROWS, limit, first=first)
        if queues:
            self._refresh_queues()
        self._update_count()
        self._count_hidden(words, group)
        if selected is not None:
            self.select_request(selected)
        return True

    def _count_hidden(self, words: str, group: StateGroup | None) -> None:
        """What the chip hides of the search, counted on the worker; no hint without a
        chip or text (a queue's list has none either)."""
        if group is None or not words.strip():
            self.hints.cancel()
            self._show_filter_hint([])
            return
        if group is not self._hint_group:  # another chip's hint would point the wrong way
            self._show_filter_hint([])
        self._hint_group = group
        side, requests = self.side, self.context.requests

        def count() -> list[tuple[StateGroup, int]]:
            try:
                return requests.hidden_by_group(side, words, group)
            except DeskError as exc:  # the list said it already, or will at the next key
                log.warning("no hint for %r: %s", words, exc.message)
                return []

        self.hints.submit(count, self._show_filter_hint)

    def _update_count(self) -> None:
        shown, limit = self.model.rowCount(), self.context.settings.get_int("search.max_rows")
        if self.model.at_cap():
            text = self.tr("{0} shown (first {1}; refine the search)").format(shown, limit)
        elif self.model.has_more():
            text = self.tr("{0} shown, more as you scroll").format(shown)
        else:
            text = self.tr("{0} shown").format(shown)
        self.count_label.setText(text)

    def search_now(self) -> None:
        """Refresh for what was typed; the detail pane then shows a request of the list:
        the one it showed if still there, the only one found, or none."""
        if not self._load(queues=False):
            return
        shown = self.detail.detail.row.id if self.detail.detail else None
        ids = [row.id for row in self.model.rows()]
        if shown in ids:
            return
        if len(ids) == 1:
            self.select_request(ids[0])
        else:
            self.table.clearSelection()
            if shown is not None:  # an empty pane is left as it is (no relayout, no repaint)
                self.detail.show_detail(None)

    def _show_filter_hint(self, hidden: list[tuple[StateGroup, int]]) -> None:
        self.status.show_hint(
            self._hint(hidden), self._hint([(g, HINT_CAP + 1) for g, _ in hidden])
        )

    def _hint(self, hidden: list[tuple[StateGroup, int]]) -> str:
        return " · ".join(
            "<a href='{}'>{}</a>".format(
                group.value,
                html.escape(
                    self.tr("{0} more in {1}").format(n, i18n.words(GROUP_LABELS[group]))
                    if n <= HINT_CAP
                    else self.tr("More than {0} in {1}").format(
                        HINT_CAP, i18n.words(GROUP_LABELS[group])
                    )
                ),
            )
            for group, n in hidden
        )

    def select_request(self, request_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == request_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def show_request(self, found: RequestDetail | ScannedRequest) -> None:
        """Show the request a scan found even if it is outside the current filter; then no
        other row stays highlighted, so the list and the pane never name two requests.  A
        scanned pull slip names only its row: the pane reads the rest (as a click on the
        row would)."""
        if self.select_request(found.row.id):
            return
        self.table.clearSelection()
        if isinstance(found, ScannedRequest):
            try:
                found = self.context.requests.detail(found.row.id)
            except DeskError as exc:
                QMessageBox.warning(self, self.tr("Cannot show request"), i18n.words(exc))
                return
        self.detail.show_detail(found)

    def show_changed(self, detail: RequestDetail) -> None:
        """After an action: the pane shows what the action returned and the request's one
        line in the list is redrawn; nothing is read again."""
        self.detail.show_detail(detail)
        self.model.replace_row(detail.row, lambda old, new: old.id == new.id)
        self.select_request(detail.row.id)  # same version: the pane is not reloaded

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        if (
            self.detail.detail is not None
            and self.detail.detail.row.id == row.id
            and self.detail.detail.row.version == row.version
        ):
            return
        try:
            self.detail.show_detail(self.context.requests.detail(row.id))
        except DeskError as exc:
            self.table.clearSelection()  # not the highlighted row beside another's detail
            QMessageBox.warning(self, self.tr("Cannot show request"), i18n.words(exc))

    def import_message(self, path: str = "") -> None:
        """A partner's ISO 18626 request (or status message) saved as a file."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import ISO 18626 message"), "", self.tr("XML files (*.xml)")
            )
            if not path:
                return
        try:
            imported = self.context.message_import.import_file(path)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), i18n.words(exc))
            return
        self.search.setText(imported.their_request_id)
        self.set_group(None)
        notes = "\n".join(imported.notes)
        self.station.show_news(
            self.tr("Imported {0}.").format(imported.their_request_id)
            + (self.tr(" The sender bent the standard: {0}").format(notes) if notes else "")
        )
        if imported.new_partner is not None:
            self.complete_new_partner(
                imported.new_partner, imported.partner_arrived, imported.partner_missing
            )

    def _field_words(self, names: tuple[str, ...]) -> str:
        words = {
            "name": self.tr("name"),
            "street": self.tr("street address"),
            "city": self.tr("city"),
            "postal_code": self.tr("postal code"),
            "country": self.tr("country"),
            "email": self.tr("e-mail"),
            "iso18626_endpoint": self.tr("ISO 18626 endpoint"),
        }
        return self.tr(", ").join(words.get(name, name) for name in names)

    def complete_new_partner(
        self,
        partner: PartnerRow,
        arrived: tuple[str, ...] = (),
        missing: tuple[str, ...] = (),
    ) -> None:
        """A request came from a library not in the directory: it was added from what the
        request said; tell staff what arrived and what is missing, offer to fill it in."""
        got = self._field_words(arrived) if arrived else self.tr("only its symbol")
        lacking = self._field_words(missing) if missing else self.tr("nothing")
        answer = QMessageBox.question(
            self,
            self.tr("New partner library"),
            self.tr(
                "{0} was not in the partner directory, so it was added from its request.\n"
                "Arrived: {1}.\nMissing: {2}.\nCheck it and fill in the rest and the "
                "lending terms now?"
            ).format(partner.symbol, got, lacking),
        )
        if answer == QMessageBox.StandardButton.Yes:
            # the directory's dialog is opened from here only: not imported with the desk
            from illdesk.ui.partners.partners_dialog import PartnersDialog

            dialog = PartnersDialog(self.context, self)
            dialog.partners.reload(select_id=partner.id)
            dialog.exec()
            self.refresh()

    def print_pull_slips(self) -> None:
        """F9: slips for the lendable requests whose slip was never printed."""
        self._slip_round(SlipRound.NEW)

    def print_pull_slips_again(self) -> None:
        """Slips again for requests printed but not pulled yet (a slip got lost)."""
        self._slip_round(SlipRound.AGAIN)

    def _slip_round(self, which: SlipRound) -> None:
        """Drawn and sent in the background; requests marked printed once the printer took
        the job; refused ones named with F12 offered (see :mod:`ui.printing.batch`)."""
        staff = self.context.current_staff()

        def record(ids: list[int]) -> None:
            count = self.context.requests.record_pull_slips(ids, staff=staff)
            self.refresh()
            self.station.show_news(self.tr("{0} pull slips printed.").format(count))

        run = SlipBatchRun(
            self,
            self.context.paper,
            which,
            store=self.printer.store if self.printer is not None else desk_settings(),
            record=record,
            answer_unfilled=self._answer_refused_unfilled,
        )
        self._slip_run = run
        run.start()

    def print_one_slip(self, detail: RequestDetail) -> None:
        """The pane's "Print pull slip": drawn and printed; the request is marked "pull slip
        printed" only once the printer took the job (closing the preview unprinted, or a
        printer that fails, changes nothing)."""
        if self.printer is None:
            return
        staff = self.context.current_staff()
        request_id, number = detail.row.id, detail.row.number
        try:
            pdf = self.context.paper.pull_slip(request_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), i18n.words(exc))
            return

        def record() -> None:
            if self.context.requests.record_pull_slips([request_id], staff=staff):
                self.station.show_news(self.tr("Pull slip printed for {0}.").format(number))
            else:
                self.station.show_refusal(
                    self.tr("{0} changed at another desk; it keeps its state.").format(number)
                )
            self.detail.reload()
            self.refresh()

        self.printer.output(pdf, "pull-slip", number, on_printed=record)

    def _answer_refused_unfilled(self, refused: list[RefusedSlip]) -> None:
        """F12 for each request the policy refused, its reason preselected."""
        for item in refused:
            try:
                detail = self.context.requests.detail(item.request_id)
            except DeskError as exc:
                self.station.show_refusal(i18n.words(exc))
                continue
            self.station.pending = None
            self.station.last = detail
            self.station.suggested_reason = "non_circulating"
            self.station.answer_unfilled()
        self.refresh()

    def _request_changed(self, _request_id: int) -> None:
        self.refresh()

    def _scanned(self, performed: Performed) -> None:
        self.show_changed(performed.detail)
