"""Partner libraries and the lending policy (Desk menu): the directory staff keep up to date,
and the rules for what we lend, to whom, for how long and on which conditions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.partner_record import PartnerRecord
from illdesk.services.rows import PartnerRow
from illdesk.ui.field_form import submit
from illdesk.ui.partners.partner_form import PartnerForm
from illdesk.ui.partners.policy_page import PolicyPage
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.services_context import DeskContext


class PartnerPage(QWidget):
    """The list of partners on the left, the chosen one's form on the right."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: PartnerRow | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("partner_filter")
        self.filter.setAccessibleName(self.tr("Find a partner library"))
        self.filter.setPlaceholderText(self.tr("Find a library by name or symbol"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("partner_list")
        self.list.setAccessibleName(self.tr("Partner libraries"))
        self.list.setMinimumWidth(320)
        self.list.currentItemChanged.connect(self._chosen)
        new = QPushButton(self.tr("New partner"), self)
        new.setObjectName("new_partner")
        new.clicked.connect(self.new_partner)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        left.addWidget(new)
        self.form = PartnerForm(self)
        self.status = QLabel(self)
        self.status.setObjectName("partner_status")
        save = QPushButton(self.tr("Save partner"), self)
        save.setObjectName("save_partner")
        save.setDefault(True)
        save.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(save)
        right = QVBoxLayout()
        right.addWidget(self.form, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.context.directory.partners():
            item = QListWidgetItem(f"{p.name} ({p.symbol})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._filter(self.filter.text())
        if self.list.currentItem() is not None:
            self._chosen(self.list.currentItem())
        elif self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.form.load(self.context.directory.partner(int(item.data(Qt.ItemDataRole.UserRole))))
        self.status.clear()

    def new_partner(self, symbol: str = "") -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)  # type: ignore[call-overload]  # Qt accepts None
        self.form.load(
            PartnerRecord(
                name="", symbol=symbol, country=self.context.settings.get_str("library.country")
            )
        )
        self.status.setText(self.tr("New partner: fill in the form and save."))
        self.form.edits["name"].setFocus()

    def save(self) -> None:
        saved = submit(
            self, self.form.forms(), lambda: self.context.directory.save_partner(self.form.record())
        )
        if saved is None:
            return
        self.saved = saved
        self.reload(select_id=saved.id)
        self.status.setText(self.tr("Saved {0} ({1}).").format(saved.name, saved.symbol))


class PartnersDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partner libraries and lending policy"))
        self.tabs = QTabWidget(self)
        self.partners = PartnerPage(context, self.tabs)
        self.policy = PolicyPage(context, self.tabs)
        self.tabs.addTab(self.partners, self.tr("Partner libraries"))
        self.tabs.addTab(self.policy, self.tr("Lending policy"))
        self.tabs.currentChanged.connect(lambda i: self.policy.reload() if i == 1 else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_size(self, 1280, 640)
