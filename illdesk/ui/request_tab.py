"""The Borrowing and Lending tabs: search-as-you-type, state-group chips, a sortable table
and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
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
from illdesk.services.rows import PartnerRow, Performed, RequestDetail
from illdesk.ui import i18n
from illdesk.ui.detail_pane import DetailPane
from illdesk.ui.partners.partners_dialog import PartnersDialog
from illdesk.ui.print_dispatch import PrintDispatcher
from illdesk.ui.printing.batch import print_pull_slips
from illdesk.ui.scan_station import ScanStation
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import SORT_ROLE, RequestTableModel

SEARCH_DELAY_MS = 120


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
        self._search_timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)

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
        chip_row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        chip_row.addWidget(self.count_label)

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
            self.import_button = QPushButton(self.tr("Import ISO 18626 file…"), self)
            self.import_button.setObjectName("import_iso18626")
            self.import_button.clicked.connect(self.import_message)
            top.addWidget(self.import_button)
        top.addWidget(self.new_button)

        who = self.tr("Patron") if side is Side.BORROWING else self.tr("Borrowing library")
        self.model = RequestTableModel(who, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("requests")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(9, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
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
        layout.addWidget(splitter, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
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

    def set_group(self, group: StateGroup | None) -> None:
        name = f"chip_{group.value if group else 'all'}"
        for button in self.chips.buttons():
            if button.objectName() == name:
                button.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        self._search_timer.stop()
        selected = self.detail.detail.row.id if self.detail.detail else None
        try:
            rows = self.context.requests.search(self.side, self.search.text(), self.current_group())
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Search failed"), i18n.words(exc))
            return
        self.model.set_rows(rows)
        limit = self.context.settings.get_int("search.max_rows")
        shown = len(rows)
        self.count_label.setText(
            self.tr("{0} shown (first {1}; refine the search)").format(shown, limit)
            if shown >= limit
            else self.tr("{0} shown").format(shown)
        )
        if selected is not None:
            self.select_request(selected)

    def select_request(self, request_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == request_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    def show_request(self, detail: RequestDetail) -> None:
        """Show ``detail`` even if it is outside the current filter."""
        if not self.select_request(detail.row.id):
            self.detail.show_detail(detail)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(self.proxy.mapToSource(indexes[0]).row())
        if (
            self.detail.detail is not None
            and self.detail.detail.row.id == row.id
            and self.detail.detail.row.version == row.version
        ):
            return
        try:
            self.detail.show_detail(self.context.requests.detail(row.id))
        except DeskError as exc:
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
        self.station.result.setText(
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
            dialog = PartnersDialog(self.context, self)
            dialog.partners.reload(select_id=partner.id)
            dialog.exec()
            self.refresh()

    def print_pull_slips(self) -> None:
        """All waiting lending loans on one PDF in shelf order, drawn in the background."""
        ids = self.context.printouts.waiting_for_slips()
        if not ids:
            QMessageBox.information(
                self, self.tr("Pull slips"), self.tr("No lending request is waiting to be pulled.")
            )
            return
        slips = self.context.printouts.pull_slips(ids)
        staff = self.context.current_staff()

        def printed(_preview: object) -> None:
            count = self.context.requests.record_pull_slips(ids, staff=staff)
            self.refresh()
            self.station.result.setText(self.tr("{0} pull slips ready to print.").format(count))

        self._slip_task = print_pull_slips(
            self,
            slips,
            None,
            self.context.settings,
            store=self.printer.store if self.printer is not None else None,
            on_preview=printed,
        )

    def _request_changed(self, _request_id: int) -> None:
        self.refresh()

    def _scanned(self, performed: Performed) -> None:
        self.refresh()
        self.show_request(performed.detail)
