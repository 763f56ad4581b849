"""The Patrons tab: find by name, card or e-mail; see and edit a patron and all their requests."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.vocabulary import Side
from illdesk.domain.words import N_
from illdesk.services.rows import PatronRow
from illdesk.ui import i18n
from illdesk.ui.dialogs.patron_dialog import PatronDialog
from illdesk.ui.services_context import DeskContext
from illdesk.ui.staff.privacy_actions import erase_patron, export_patron
from illdesk.ui.table_models import SORT_ROLE, PatronTableModel, RequestTableModel


class PatronsTab(QWidget):
    open_request = Signal(int)
    """Staff double-clicked one of the patron's requests (its id)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrons_tab")
        self.context = context
        self.current: PatronRow | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a patron by name, card barcode or e-mail…"))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(120)
        timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New patron…"), self)
        self.new_button.setObjectName("new_patron")
        self.new_button.clicked.connect(self.new_patron)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.model = PatronTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.table = QTableView(self)
        self.table.setObjectName("patrons")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        for column, width in enumerate((200, 100, 250, 110, 130, 110, 200)):
            # never narrower than the column's own title ("Active requests" at 150%)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_patron())

        self.info = QLabel(self)
        self.info.setObjectName("patron_info")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit_button = QPushButton(self.tr("Edit patron…"), self)
        self.edit_button.setObjectName("edit_patron")
        self.edit_button.clicked.connect(self.edit_patron)
        # a person's data, exported (JSON + PDF) or erased
        self.export_button = QPushButton(self.tr("E&xport this patron's data…"), self)
        self.export_button.setObjectName("export_patron")
        self.export_button.clicked.connect(self.export_patron)
        self.erase_button = QPushButton(self.tr("Erase this patron…"), self)
        self.erase_button.setObjectName("erase_patron")
        self.erase_button.clicked.connect(self.erase_patron)
        self.renew_button = QPushButton(self.tr("Renew card"), self)
        self.renew_button.setObjectName("renew_card")
        self.renew_button.setToolTip(self.tr("Renew the patron's card for another year"))
        self.renew_button.clicked.connect(self.renew_card)
        self.requests_model = RequestTableModel(self.tr("Patron"), self)
        self.requests = QTableView(self)
        self.requests.setObjectName("patron_requests")
        self.requests.setModel(self.requests_model)
        self.requests.verticalHeader().hide()
        self.requests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests.doubleClicked.connect(
            lambda index: self.open_request.emit(self.requests_model.row_at(index.row()).id)
        )
        for column in (5, 6, 9):
            self.requests.hideColumn(column)
        side = QWidget(self)
        column_layout = QVBoxLayout(side)
        column_layout.addWidget(self.info)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        column_layout.addLayout(buttons)
        box = QGroupBox(self.tr("This patron's requests (double-click to open)"), side)
        QVBoxLayout(box).addWidget(self.requests)
        column_layout.addWidget(box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.show_patron(None)

    def refresh(self) -> None:
        try:
            rows = self.context.patrons.search(self.search.text())
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Search failed"), i18n.words(exc))
            return
        self.model.set_rows(rows)
        if self.current is not None:
            self.select_patron(self.current.id)

    def select_patron(self, patron_id: int) -> bool:
        for row, patron in enumerate(self.model.rows()):
            if patron.id == patron_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def show_patron(self, patron: PatronRow | None) -> None:
        self.current = patron
        self.edit_button.setEnabled(patron is not None)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(patron is not None and self.context.privacy is not None)
        self.renew_button.setEnabled(patron is not None and patron.expires_on is not None)
        if patron is None:
            self.info.setText(f"<i>{self.tr('Choose a patron to see them here.')}</i>")
            self.requests_model.set_rows([])
            return
        lines = [
            (N_("Card"), patron.barcode),
            (N_("E-mail"), patron.email),
            (N_("Phone"), patron.phone),
            (N_("Category"), patron.category),
            (
                N_("Card expires"),
                i18n.date_text(patron.expires_on) if patron.expires_on else self.tr("never"),
            ),
            (
                N_("Request limit"),
                str(patron.request_limit)
                if patron.request_limit is not None
                else self.tr("library default"),
            ),
            (N_("Pickup at"), patron.pickup_location),
            (N_("Notices by"), patron.notice_channel),
            (N_("Active requests"), str(patron.active_requests)),
            (N_("Notes"), patron.notes),
        ]
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(i18n.words(k))}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in lines
            if v
        )
        blocked = (
            f"<p style='color:#b00020;font-weight:600'>"
            f"{html.escape(self.tr('Blocked'))}: {html.escape(patron.blocked_reason)}</p>"
            if patron.blocked_reason
            else ""
        )
        expired = (
            "<p style='color:#b00020;font-weight:600'>"
            + html.escape(
                self.tr("Card expired on {0}: renew it before a new request.").format(
                    i18n.date_text(patron.expires_on)
                )
            )
            + "</p>"
            if patron.card_expired
            else ""
        )
        self.info.setText(
            f"<h2 style='margin:0'>{html.escape(patron.name)}</h2>{blocked}{expired}"
            f"<table>{table}</table>"
        )
        self.requests_model.set_rows(
            self.context.requests.search(Side.BORROWING, patron_id=patron.id)
        )

    def new_patron(self) -> None:
        dialog = PatronDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.search.setText(dialog.saved.barcode)
            self.refresh()
            self.show_patron(dialog.saved)

    def edit_patron(self) -> None:
        if self.current is None:
            return
        dialog = PatronDialog(self.context, self, patron=self.current)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.current = dialog.saved
            self.refresh()
            self.show_patron(dialog.saved)

    def export_patron(self) -> None:
        if self.current is not None and self.context.privacy is not None:
            export_patron(self, self.context.privacy, self.current, self.context.current_staff())

    def erase_patron(self) -> None:
        if self.current is None or self.context.privacy is None:
            return
        if erase_patron(self, self.context.privacy, self.current, self.context.current_staff()):
            self.current = None
            self.refresh()
            self.show_patron(None)

    def renew_card(self) -> None:
        if self.current is None:
            return
        patron_id = self.current.id
        try:
            renewed = self.context.patrons.renew_card(patron_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Renew card"), i18n.words(exc))
            return
        self.current = renewed
        self.refresh()
        self.show_patron(renewed)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_patron(self.model.row_at(self.proxy.mapToSource(indexes[0]).row()))
