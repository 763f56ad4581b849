"""The right-hand pane: the whole request, its lender rota, its history, and exactly
the actions the state machine allows now."""

from __future__ import annotations

import html

from PySide6.QtCore import SIGNAL, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import ConflictError, DeskError
from illdesk.domain.lending_policy import material_words
from illdesk.domain.vocabulary import Action, ServiceType, Side
from illdesk.domain.words import N_
from illdesk.domain.workflow import Capability, next_step
from illdesk.services.catalogue import LocalCopy
from illdesk.services.ils_sync import NcipRow
from illdesk.services.requests import ActionInput
from illdesk.services.rows import ActionChoice, RequestDetail
from illdesk.services.scanning import CARD_NOT_ASKED
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.copies import CopiesContext, copy_actions_widget
from illdesk.ui.copies.lender_charge_dialog import lender_charge_button
from illdesk.ui.dialogs.action_dialog import ActionDialog
from illdesk.ui.dialogs.find_lenders_dialog import FIND_LENDERS_KEY, FindLendersDialog
from illdesk.ui.dialogs.note_dialog import add_note
from illdesk.ui.dialogs.rota_dialog import RotaDialog
from illdesk.ui.flow_layout import FlowLayout
from illdesk.ui.services_context import DeskContext
from illdesk.ui.table_models import HistoryTableModel

#: Actions the copy panel takes after really sending the PDF (e-mail or print); a bare
#: button would record a delivery that never happened.
_SENT_BY_THE_PANEL = {Action.DELIVER, Action.SEND_COPY}

SERVICE_WORDS = {"loan": N_("loan"), "copy": N_("copy")}
DELIVERY_WORDS = {"physical": N_("physical"), "electronic": N_("electronic")}
ROTA_WORDS = {
    "waiting": N_("not asked yet"),
    "asked": N_("asked"),
    "supplied": N_("supplied"),
    "unfilled": N_("unfilled"),
    "declined": N_("declined"),
}
"""A request's service and delivery in words (translated where they are shown)."""


NEXT_STEP_COLOURS = ("#ffffff", "#2b6cb0")
"""Text and background of the next-step button (contrast checked in the tests)."""
NEXT_STEP_STYLE = (
    f"QPushButton{{background:{NEXT_STEP_COLOURS[1]};color:{NEXT_STEP_COLOURS[0]};"
    "font-weight:600;padding:4px 12px;}"
    "QPushButton:focus{border:2px solid #1a365d;}"
)


class DetailPane(QWidget):
    """One request in full, with the buttons for what it allows now."""

    changed = Signal(int)
    """A request was changed here (its id); the list refreshes its row."""
    card_wanted = Signal(object)
    """Check-out from the pane: the station should ask for the patron's card (the detail)."""
    performed = Signal(object)
    """An action was taken here: its :class:`Performed` (the desk prints and mails its
    effects), as the scan station says it."""
    reprint_wanted = Signal(int)
    """Staff asked to print a parcel's label and customs form again (the request's id)."""
    slip_wanted = Signal(object)
    """"Print pull slip" here: the desk prints it and records the action only once the
    printer took the job, as a batch does (the detail)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: RequestDetail | None = None
        self.next_button: QPushButton | None = None
        """The request's usual next step: always the first action, and Enter takes it."""
        self._local: list[LocalCopy] = []
        self._opac_note = ""
        self._opac_task: BackgroundTask | None = None
        self.find_dialog: FindLendersDialog | None = None
        self._ncip: list[NcipRow] = []
        self.ncip_dialog: QDialog | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("detail_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("detail_body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.actions_box = QGroupBox(self.tr("Actions"), self)
        self.actions_layout = FlowLayout(self.actions_box)
        self.history_model = HistoryTableModel(self)
        self.history = QTableView(self)
        self.history.setObjectName("history")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self._column = column
        self._copy_panel: QWidget | None = None
        column.addWidget(self.heading)
        column.addWidget(self.actions_box)
        column.addWidget(self.body)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addWidget(history_box, 2)
        self.show_detail(None)

    # -- showing ---------------------------------------------------------------------------
    def show_detail(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        self._clear_actions()
        self._show_copy_panel(detail)
        if detail is None:
            self.heading.setText(f"<i>{self.tr('Choose a request to see it here.')}</i>")
            self.body.clear()
            self.history_model.set_rows([])
            self.actions_box.hide()
            return
        r = detail.row
        self._local = (
            self.context.catalogue.local_copies(detail.citation)
            if Capability.LOOK_UP_HOLDINGS in detail.can
            else []
        )
        self._ncip = self.context.ils.for_request(r.id) if self.context.ils is not None else []
        self._opac_note = ""
        if Capability.LOOK_UP_HOLDINGS in detail.can and self.context.catalogue.opac_configured():
            self._ask_opac(detail)
        state = html.escape(i18n.words(r.state_label))
        self.heading.setText(
            f"<h2 style='margin:0'>{html.escape(r.number)} · {state}</h2>"
            f"<div>{html.escape(r.title)}</div>"
        )
        self.body.setText(self._body_html(detail))
        self.history_model.set_rows(detail.history)
        self.history.scrollToBottom()
        self.actions_box.show()
        shown = [
            choice
            for choice in detail.actions
            if self._copy_panel is None or choice.action not in _SENT_BY_THE_PANEL
        ]  # the copy panel sends the PDF and then records the action itself
        first = next_step(c.action for c in shown)
        for choice in sorted(shown, key=lambda c: c.action is not first):
            button = QPushButton(i18n.words(choice.label), self.actions_box)
            button.setObjectName(f"action_{choice.action.value}")
            button.clicked.connect(lambda _=False, c=choice: self.perform(c))
            if choice.action is first:
                button.setText(self.tr("{0}  [Enter]").format(i18n.words(choice.label)))
                button.setStyleSheet(NEXT_STEP_STYLE)
                button.setToolTip(self.tr("The usual next step: Enter takes it."))
                self.next_button = button
            self.actions_layout.addWidget(button)
        if Capability.EDIT_ROTA in detail.can:
            rota = QPushButton(self.tr("Lenders…"), self.actions_box)
            rota.setObjectName("edit_rota")
            rota.clicked.connect(self.edit_rota)
            self.actions_layout.addWidget(rota)
            if self.context.find_lenders is not None:
                find = QPushButton(
                    self.tr("Find lenders…  [{0}]").format(FIND_LENDERS_KEY), self.actions_box
                )
                find.setObjectName("find_lenders")
                find.clicked.connect(self.find_lenders)
                self.actions_layout.addWidget(find)
        if Capability.CHARGE in detail.can:
            charge = QPushButton(self.tr("Charge…"), self.actions_box)
            charge.setObjectName("charge")
            charge.clicked.connect(self.charge)
            self.actions_layout.addWidget(charge)
        lender = lender_charge_button(
            CopiesContext.from_desk(self.context),
            detail,
            self.actions_box,
            lambda: self._copy_changed(r.id),
        )
        if lender is not None:
            self.actions_layout.addWidget(lender)
        reprints = self.receivers(SIGNAL("reprint_wanted(int)")) > 0  # a printer listens
        if Capability.REPRINT_SHIPMENT in detail.can and reprints:
            reprint = QPushButton(self.tr("Reprint label"), self.actions_box)
            reprint.setObjectName("reprint_label")
            reprint.clicked.connect(self._reprint)
            self.actions_layout.addWidget(reprint)
        if self._ncip:
            ils_button = QPushButton(self.tr("Library system…"), self.actions_box)
            ils_button.setObjectName("ncip_for_request")
            ils_button.clicked.connect(self.show_ncip)
            self.actions_layout.addWidget(ils_button)
        note_button = QPushButton(self.tr("Add note…"), self.actions_box)
        note_button.setObjectName("add_note")
        note_button.clicked.connect(self.add_note)
        self.actions_layout.addWidget(note_button)
        if not detail.actions:
            note = QLabel(
                self.tr("Nothing more to do: this request is finished."), self.actions_box
            )
            self.actions_layout.addWidget(note)

    def _ask_opac(self, detail: RequestDetail) -> None:
        """Our own OPAC (setting catalogue.own_opac) answers off the GUI thread; its copies
        join the imported ones when it does, and a down OPAC says so in the pane."""
        if self._opac_task is not None:
            self._opac_task.cancel()
        self._opac_note = self.tr("Asking our OPAC…")
        citation = detail.citation
        request_id = detail.row.id
        task = BackgroundTask(lambda _progress: self.context.catalogue.opac_copies(citation), self)
        self._opac_task = task

        def done(copies: object) -> None:
            if self._opac_task is not task or self.detail is None:
                return
            if self.detail.row.id != request_id:
                return
            found = list(copies) if isinstance(copies, list) else []
            self._local = sorted(
                [*self._local, *found], key=lambda c: (-c.confidence, not c.available)
            )
            self._opac_note = "" if found else self.tr("Our OPAC has no copy of this.")
            self.body.setText(self._body_html(self.detail))

        def failed(error: object) -> None:
            if self._opac_task is not task or self.detail is None:
                return
            words = i18n.words(error)
            self._opac_note = self.tr("Our OPAC did not answer: {0}").format(words)
            self.body.setText(self._body_html(self.detail))

        def ended() -> None:
            if self._opac_task is task:
                self._opac_task = None
            task.release()

        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(ended)
        task.start()

    def _show_copy_panel(self, detail: RequestDetail | None) -> None:
        """Articles and purchases: attach/deliver PDFs, copyright, open access, buying."""
        if self._copy_panel is not None:
            self._copy_panel.deleteLater()
            self._copy_panel = None
        if detail is None:
            return
        panel = copy_actions_widget(CopiesContext.from_desk(self.context), detail, self)
        if panel is not None:
            self._column.insertWidget(2, panel)
            panel.changed.connect(lambda: self._copy_changed(detail.row.id))
            self._copy_panel = panel

    def _copy_changed(self, request_id: int) -> None:
        self.reload()
        self.changed.emit(request_id)

    def take_next_step(self) -> bool:
        """Press the next-step button (Enter on the list or in the pane); False if none."""
        if self.next_button is None or not self.next_button.isEnabled():
            return False
        self.next_button.click()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Enter on a focused button presses it; anywhere else in the pane, the next step."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focused = QApplication.focusWidget()
            button = (
                focused
                if isinstance(focused, QPushButton) and self.isAncestorOf(focused)
                else self.next_button
            )
            if button is not None and button.isEnabled():
                event.accept()
                button.click()
                return
        super().keyPressEvent(event)

    def _clear_actions(self) -> None:
        self.next_button = None
        while self.actions_layout.count():
            item = self.actions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _body_html(self, d: RequestDetail) -> str:
        c = d.citation
        detail_side = d.row.side
        rows: list[tuple[str, str]] = []

        def add(label: str, value: object) -> None:
            if value not in (None, ""):
                rows.append((i18n.words(label), i18n.value_text(value)))

        add(
            N_("Service"),
            self.tr("{0} · {1}").format(
                i18n.words(SERVICE_WORDS.get(d.row.service_type.value, d.row.service_type.value)),
                i18n.words(DELIVERY_WORDS.get(d.delivery, d.delivery)),
            ),
        )
        if d.row.side is Side.BORROWING:
            add(N_("Patron"), f"{d.patron_name} ({d.patron_barcode})")
            add(N_("Current lender"), d.partner_name)
            add(N_("Most the patron will pay"), d.max_cost)
            add(N_("Lender's record id"), d.said.supplier_record_id)
            add(N_("Note to the lender"), d.said.note_to_lender)
        else:
            add(N_("Borrowing library"), f"{d.partner_name} ({d.row.partner})")
            add(N_("Material"), i18n.translate(material_words(d.material)))
            if d.terms is not None:
                add(
                    N_("Lending policy"),
                    d.terms.summary(copy=d.row.service_type is ServiceType.COPY),
                )
            add(N_("Deliver to"), " / ".join(d.said.delivery_address.splitlines()))
            add(N_("Their patron"), d.said.partner_patron_id)
        add(N_("Author"), c.author)
        add(N_("Title"), c.title)
        add(N_("Article"), c.article_title)
        add(N_("Journal"), c.journal)
        add(N_("Volume / issue / pages"), " / ".join(p for p in (c.volume, c.issue, c.pages) if p))
        add(N_("Edition"), c.edition)
        add(N_("Publisher"), " ".join(p for p in (c.place, c.publisher) if p))
        add(N_("Year"), c.year)
        add(N_("ISBN"), c.isbn)
        add(N_("ISSN"), c.issn)
        add(N_("OCLC number"), c.oclc_number)
        add(N_("DOI"), c.doi)
        add(N_("Needed by"), d.row.needed_by)
        said = d.said
        red: list[str] = []
        if said.problem:
            red.append(said.problem)
        if d.row.side is Side.BORROWING:
            add(N_("Due (patron)"), d.row.due_date)
            add(N_("Due to the lender"), said.lender_due_date)
            if said.lender_overdue_on is not None:
                red.append(
                    self.tr("The lender says this loan is overdue (told us on {0}).").format(
                        i18n.date_text(said.lender_overdue_on)
                    )
                )
        else:
            add(N_("Due"), d.row.due_date)
        add(N_("Conditions"), d.conditions)
        if said.offer_cost is not None:
            offered = (
                N_("Cost offered by the lender")
                if detail_side is Side.BORROWING
                else N_("Cost we offered")
            )
            add(offered, i18n.money_text(said.offer_cost, said.offer_currency))
        for charged in said.lender_charges:
            add(N_("Charged by the lender"), charged)
        add(N_("Ask again after"), said.retry_after)
        add(N_("Why the lender asks to retry"), said.retry_reason)
        add(N_("Items"), ", ".join(d.item_barcodes))
        if d.overdue_level:
            add(N_("Overdue level"), d.overdue_level)
        add(N_("Renewals used"), d.renewals_used or "")
        add(N_("Created"), i18n.datetime_text(d.created_at))
        add(
            N_("Last change"),
            self.tr("{0} by {1}").format(i18n.datetime_text(d.row.updated_at), d.updated_by),
        )
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        rota = ""
        if d.rota:
            items = "".join(
                f"<li>{html.escape(e.symbol)} — {html.escape(e.partner)}: "
                f"<b>{html.escape(i18n.words(ROTA_WORDS.get(e.status, e.status)))}</b>"
                f"{(' (' + html.escape(e.reason) + ')') if e.reason else ''}"
                + (
                    f"<br><span style='color:#555'>"
                    f"{html.escape(self.tr('record {0}').format(e.record_id))}"
                    f"{(' · ' + html.escape(e.record_note)) if e.record_note else ''}</span>"
                    if e.record_id
                    else ""
                )
                + "</li>"
                for e in d.rota
            )
            rota = f"<h4>{html.escape(self.tr('Lender rota'))}</h4><ol>{items}</ol>"
        own = ""
        if self._local:
            items = "".join(
                f"<li>{html.escape(c.describe())} · {html.escape(c.barcode)} · "
                f"{self.tr('match')} {c.confidence:.0%}</li>"
                for c in self._local[:5]
            )
            offer = ""
            if any(c.available for c in self._local):
                offer = (
                    self.tr("An available copy is on our shelf: consider “Deflect to local copy”.")
                    if detail_side is Side.BORROWING
                    else self.tr("Pull one of these copies: scan its barcode at the Pull station.")
                )
            own = (
                f"<h4 style='color:#2f855a'>{html.escape(self.tr('In our catalogue'))}</h4>"
                f"<ul>{items}</ul><p><b>{html.escape(offer)}</b></p>"
            )
        if self._opac_note:
            own += f"<p><i>{html.escape(self._opac_note)}</i></p>"
        if self._ncip:
            colour = {"failed": "#c53030", "queued": "#b7791f", "dismissed": "#777"}
            items = "".join(
                f"<li style='color:{colour.get(m.state, '#2f855a')}'>"
                f"{html.escape(m.describe())}</li>"
                for m in self._ncip
            )
            rota += f"<h4>{html.escape(self.tr('Library system (NCIP)'))}</h4><ul>{items}</ul>"
        alarms = "".join(f"<p style='color:#c53030'><b>{html.escape(line)}</b></p>" for line in red)
        return f"{alarms}{own}<table>{table}</table>{rota}"

    # -- acting ----------------------------------------------------------------------------
    def perform(self, choice: ActionChoice) -> None:
        if self.detail is None:
            return
        if choice.action is Action.CHECK_OUT and self.context.scans.card_policy() != CARD_NOT_ASKED:
            self.card_wanted.emit(self.detail)  # the station asks for the patron's card
            return
        if (
            choice.action is Action.PRINT_PULL_SLIP
            and self.receivers(SIGNAL("slip_wanted(PyObject)")) > 0  # a printer listens
        ):
            self.slip_wanted.emit(self.detail)  # recorded once the printer took it
            return
        given = self._ask_input(choice)
        if given is None:
            return
        try:
            done = self.context.requests.perform(
                self.detail.row.id,
                choice.action,
                staff=self.context.current_staff(),
                expected_version=self.detail.row.version,
                given=given,
            )
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Changed at another desk"), i18n.words(exc))
            self.reload()
            return
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Not done"), i18n.words(exc))
            return
        self.show_detail(done.detail)
        self.performed.emit(done)
        self.changed.emit(done.detail.row.id)

    def _ask_input(self, choice: ActionChoice) -> ActionInput | None:
        if not choice.needs_input:
            return ActionInput()
        suggested = ""
        if choice.action is Action.DEFLECT_LOCAL and self._local:
            best = self._local[0]
            suggested = self.tr("Owned: {0}").format(best.describe())
        if choice.action is Action.ANSWER_CONDITIONAL and self.detail is not None:
            suggested = self.detail.conditions  # the lending policy's conditions
        dialog = ActionDialog(choice, self, suggested_note=suggested)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value

    def _reprint(self) -> None:
        if self.detail is not None:
            self.reprint_wanted.emit(self.detail.row.id)

    def add_note(self) -> None:
        if self.detail is None:
            return
        noted = add_note(self, self.context, self.detail.row)
        if noted is not None:
            self.show_detail(noted)

    def charge(self) -> None:
        from illdesk.ui.charges_dialog import ChargeRequestDialog

        if self.detail is None:
            return
        dialog = ChargeRequestDialog(self.context, self.detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_rota(self) -> None:
        if self.detail is None:
            return
        dialog = RotaDialog(self.context, self.detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_detail(dialog.saved)
            self.changed.emit(dialog.saved.row.id)

    def can_find_lenders(self) -> bool:
        d = self.detail
        return (
            d is not None
            and self.context.find_lenders is not None
            and d.row.side is Side.BORROWING
            and Capability.EDIT_ROTA in d.can
        )

    def find_lenders(self) -> None:
        """Search the partners' and union catalogues; the ticked hits become the rota."""
        if not self.can_find_lenders() or self.detail is None:
            return
        assert self.context.find_lenders is not None
        if self.find_dialog is not None:
            self.find_dialog.raise_()
            return
        dialog = FindLendersDialog(
            self.context.find_lenders, self.detail, self.context.current_staff(), self
        )
        self.find_dialog = dialog

        def closed(_code: int) -> None:
            self.find_dialog = None
            dialog.cancel_search()
            if dialog.saved is not None:
                self.show_detail(dialog.saved)
                self.changed.emit(dialog.saved.row.id)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        dialog.start()

    def show_ncip(self) -> None:
        """This request's NCIP calls, with Retry and Dismiss."""
        if self.detail is None or self.context.ils is None:
            return
        from illdesk.ui.interop.ncip_queue import NcipQueueDialog

        if self.ncip_dialog is not None:
            self.ncip_dialog.raise_()
            return
        dialog = NcipQueueDialog(
            self.context.ils, self.context.current_staff(), self.detail.row.id, self
        )
        self.ncip_dialog = dialog

        def closed(_code: int) -> None:
            self.ncip_dialog = None
            dialog.deleteLater()
            self.reload()

        dialog.finished.connect(closed)
        dialog.show()

    def reload(self) -> None:
        if self.detail is not None:
            try:
                self.show_detail(self.context.requests.detail(self.detail.row.id))
            except DeskError:
                self.show_detail(None)
