"""Forms to enter a borrowing request (patron + citation) and a lending request
(partner + citation).  Problems are shown next to the fields, in words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from illdesk.domain.email_request import read_emailed_request
from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.lending_policy import MATERIAL_WORDS, Material
from illdesk.domain.money import parse_amount
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.requests import DuplicateRequest
from illdesk.services.rows import PatronRow, RequestDetail
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.dialogs.citation_form import CitationForm
from illdesk.ui.field_form import FieldForm, submit
from illdesk.ui.forms.ui_borrowing_request import Ui_BorrowingRequestDialog
from illdesk.ui.forms.ui_lending_request import Ui_LendingRequestDialog
from illdesk.ui.partners.partner_choice import fill_partner_choice
from illdesk.ui.partners.partners_dialog import PartnersDialog
from illdesk.ui.screen_fit import fit_size
from illdesk.ui.services_context import DeskContext
from illdesk.ui.wrap_label import WrapLabel


def _optional_date(edit: QDateEdit) -> dt.date | None:
    if edit.date() == edit.minimumDate():
        return None
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


class BorrowingRequestDialog(QDialog):
    """A patron wants something from elsewhere."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BorrowingRequestDialog()  # the layout: forms/borrowing_request.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.context = context
        self.created: RequestDetail | None = None
        self._patron: PatronRow | None = None

        self.who: FieldForm = ui.who
        self.who.adopt_rows()
        self.patron_barcode: ScanBox = ui.patron_barcode  # a card scan + Enter: next field
        self.patron_barcode.editingFinished.connect(self.look_up_patron)
        self.patron_label: WrapLabel = ui.patron_label
        self.renew_card: QPushButton = ui.renew_card
        self.renew_card.clicked.connect(self._renew_card)
        self.renew_card.hide()
        # LookupUser over NCIP: the ILS's own block or expiry, before the request
        self.ils_label: WrapLabel = ui.ils_label
        self.ils_block = ""
        self._ils_asked = ""
        self._ils_task: BackgroundTask | None = None
        self.new_patron: QPushButton = ui.new_patron
        self.new_patron.clicked.connect(self._create_patron)
        self.needed_by: QDateEdit = ui.needed_by
        self.needed_by.setSpecialValueText(" ")  # no date: blank (a .ui drops a lone space)
        self.max_cost: QLineEdit = ui.max_cost
        self.price: QLineEdit = ui.price
        self.record_id: QLineEdit = ui.supplier_record_id
        self.note_to_lender: QLineEdit = ui.note_to_lender
        self.suggestion: WrapLabel = ui.purchase_suggestion

        self.citation: CitationForm = ui.citation
        for changed in (
            self.price.textChanged,
            self.citation.edits["year"].textChanged,
            self.citation.service.currentIndexChanged,
            self.needed_by.dateChanged,
        ):
            changed.connect(self.show_suggestion)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_size(self, 640, 760)
        self.show_suggestion()

    def look_up_patron(self) -> PatronRow | None:
        barcode = self.patron_barcode.text().strip()
        self._patron = self.context.patrons.find_by_barcode(barcode) if barcode else None
        self.renew_card.setVisible(self._patron is not None and self._patron.card_expired)
        self.patron_label.setStyleSheet("")
        if self._patron is None:
            self.patron_label.setText(
                self.tr("No patron has card “{0}”. Use “New patron…” to add one.").format(barcode)
                if barcode
                else ""
            )
            return None
        text = f"{self._patron.name} · {self._patron.category}"
        if self._patron.blocked_reason:
            text += " · " + self.tr("BLOCKED: {0}").format(self._patron.blocked_reason)
        if self._patron.card_expired and self._patron.expires_on is not None:
            text += " · " + self.tr("CARD EXPIRED on {0}").format(
                i18n.date_text(self._patron.expires_on)
            )
        if self._patron.blocked_reason or self._patron.card_expired:
            self.patron_label.setStyleSheet("color:#b00020;font-weight:600;")
        self.patron_label.setText(text)
        self.show_suggestion()
        self._ask_ils(self._patron.barcode)
        return self._patron

    def _renew_card(self) -> None:
        if self._patron is None:
            return
        try:
            self.context.patrons.renew_card(self._patron.id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Renew card"), i18n.words(exc))
            return
        self.look_up_patron()

    def _ask_ils(self, barcode: str) -> None:
        """LookupUser off the GUI thread; what the ILS says shows under the patron."""
        ils = self.context.ils
        if ils is None or not ils.enabled() or barcode == self._ils_asked:
            return
        self._ils_asked = barcode
        self.ils_block = ""
        self.ils_label.setStyleSheet("color:#555;")
        self.ils_label.setText(self.tr("Asking our library system…"))
        task = BackgroundTask(lambda _p: ils.standing_words(ils.lookup_user(barcode)), self)
        self._ils_task = task

        def answered(info: object) -> None:
            if self._ils_asked != barcode:
                return
            words = str(info or "")
            self.ils_block = words
            if words:
                self.ils_label.setStyleSheet("color:#c53030;font-weight:600;")
                self.ils_label.setText(self.tr("Library system: {0}").format(words))
            else:
                self.ils_label.setStyleSheet("color:#2f855a;")
                self.ils_label.setText(self.tr("Library system: no block."))

        def failed(error: object) -> None:
            if self._ils_asked != barcode:
                return
            words = i18n.words(error)
            self.ils_label.setStyleSheet("color:#b7791f;")
            self.ils_label.setText(self.tr("Library system did not answer: {0}").format(words))

        def ended() -> None:
            if self._ils_task is task:
                self._ils_task = None
            task.release()

        task.succeeded.connect(answered)
        task.failed.connect(failed)
        task.finished.connect(ended)
        task.start()

    def ils_busy(self) -> bool:
        return self._ils_task is not None

    def show_suggestion(self) -> None:
        """The library's purchase rule on what is typed so far (the request is still made
        as a loan or copy; "Order purchase" on it buys)."""
        try:
            price = parse_amount(self.price.text(), "price", what="price")
        except ValidationFailed as exc:
            self.suggestion.setText(
                self.tr("{0} Enter the price like 24.95.").format(i18n.words(exc))
            )
            return
        suggestion = self.context.purchasing.suggestion_for_new(
            self.citation.service_type(),
            year=self.citation.edits["year"].text(),
            price=price,
            patron_category=self._patron.category if self._patron else "",
            needed_by=_optional_date(self.needed_by),
        )
        self.suggestion.setStyleSheet(
            "color:#1b5e20;font-weight:600;" if suggestion.buy else "color:#444;"
        )
        self.suggestion.setText(i18n.words(suggestion.words()))

    def _create_patron(self) -> None:
        from illdesk.ui.dialogs.patron_dialog import PatronDialog

        dialog = PatronDialog(self.context, parent=self, barcode=self.patron_barcode.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.patron_barcode.setText(dialog.saved.barcode)
            self.look_up_patron()

    def save(self) -> None:
        problems: dict[str, str] = {}
        patron = self.look_up_patron()
        if patron is None:
            problems["patron"] = self.tr("Scan the card of a known patron, or add the patron.")
        max_cost: Decimal | None = None
        try:
            max_cost = parse_amount(self.max_cost.text(), "max_cost")
        except ValidationFailed as exc:
            problems.update(exc.problems)
        if problems:
            self.who.show_problems(problems)
            return
        assert patron is not None
        if self.ils_block:
            answer = QMessageBox.question(
                self,
                self.tr("Blocked in the library system"),
                self.tr("Our library system says: {0}. Make the request anyway?").format(
                    self.ils_block
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def create(allow_duplicate: bool) -> RequestDetail:
            return self.context.requests.create_borrowing(
                patron_id=patron.id,
                citation=self.citation.citation(),
                service_type=self.citation.service_type(),
                staff=self.context.current_staff(),
                needed_by=_optional_date(self.needed_by),
                max_cost=max_cost,
                allow_duplicate=allow_duplicate,
                supplier_record_id=self.record_id.text(),
                note_to_lender=self.note_to_lender.text(),
            )

        def create_asking() -> RequestDetail | None:
            try:
                return create(False)
            except DuplicateRequest as exc:
                answer = QMessageBox.question(
                    self,
                    self.tr("Possible duplicate"),
                    i18n.words(exc) + "\n\n" + self.tr("Enter this request anyway?"),
                )
                return create(True) if answer == QMessageBox.StandardButton.Yes else None

        self.created = submit(self, (self.citation, self.who), create_asking)
        if self.created is not None:
            self.accept()


class LendingRequestDialog(QDialog):
    """Another library wants something of ours."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LendingRequestDialog()  # the layout: forms/lending_request.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.context = context
        self.created: RequestDetail | None = None
        self.unknown_symbol = ""
        self.who: FieldForm = ui.who
        self.who.adopt_rows()
        self.partner: QComboBox = ui.partner
        fill_partner_choice(
            self.partner, context.directory.partners(), self.tr("— choose the borrowing library —")
        )
        self.new_partner_button: QPushButton = ui.new_partner
        self.new_partner_button.clicked.connect(lambda: self.add_partner())
        self.material: QComboBox = ui.material
        for material, material_words in MATERIAL_WORDS.items():
            self.material.addItem(i18n.translate(material_words), material.value)
        self.terms: WrapLabel = ui.terms
        self.partner.currentIndexChanged.connect(self.show_terms)
        self.material.currentIndexChanged.connect(self.show_terms)
        self.external_id: QLineEdit = ui.external_id
        self.needed_by: QDateEdit = ui.needed_by
        self.needed_by.setSpecialValueText(" ")  # no date: blank (a .ui drops a lone space)
        self.paste_button: QPushButton = ui.paste_email
        self.paste_button.clicked.connect(self.ask_for_email)
        self.citation: CitationForm = ui.citation
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.citation.service.currentIndexChanged.connect(self._service_changed)
        fit_size(self, 640, 760)
        self.show_terms()

    def ask_for_email(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Paste from e-mail"),
            self.tr(
                "Paste the partner's e-mail (labelled lines such as “Title:”, “ISBN:”, "
                "“Symbol:”, “Request number:”):"
            ),
        )
        if ok:
            self.fill_from_email(text)

    def fill_from_email(self, text: str) -> list[str]:
        """Fill the form from a pasted e-mail; returns what staff should still look at."""
        got = read_emailed_request(text)
        for name, edit in self.citation.edits.items():
            value = getattr(got.citation, name, "")
            if value:
                edit.setText(value)
        if got.citation.article_title or got.citation.journal:
            self.citation.service.setCurrentIndex(
                self.citation.service.findData(ServiceType.COPY.value)
            )
        if got.their_request_id:
            self.external_id.setText(got.their_request_id)
        if got.material is not None:
            self.material.setCurrentIndex(self.material.findData(got.material.value))
        if got.needed_by is not None:
            need = got.needed_by
            self.needed_by.setDate(QDate(need.year, need.month, need.day))
        left = list(got.unread)
        if got.library_symbol:
            wanted = got.library_symbol.casefold()
            index = next(
                (
                    i
                    for i in range(self.partner.count())
                    if self.partner.itemText(i).casefold().endswith(f"({wanted})")
                ),
                -1,
            )
            if index >= 0:
                self.partner.setCurrentIndex(index)
            else:
                self.unknown_symbol = got.library_symbol
                left.insert(
                    0,
                    self.tr(
                        "No partner has the symbol {0}: press “New partner…” "
                        "to add it, or choose the library by hand."
                    ).format(got.library_symbol),
                )
        if left:
            self.who.show_problems({"partner": "\n".join(left)})
        return left

    def _service_changed(self) -> None:
        """An article is (nearly always) from a journal: offer that as the material."""
        if (
            self.citation.service_type() is ServiceType.COPY
            and self.material.currentData() == Material.BOOK.value
        ):
            self.material.setCurrentIndex(self.material.findData(Material.SERIAL.value))

    def show_terms(self) -> None:
        """The lending policy for the chosen library and material, before anything is saved."""
        terms = self.context.policy.terms(
            self.partner.currentData(), Material(self.material.currentData())
        )
        self.terms.setText(i18n.words(terms.summary()))

    def add_partner(self, dialog: PartnersDialog | None = None) -> None:
        """Add the library that asks to the directory, then choose it here."""
        dialog = dialog or PartnersDialog(self.context, self)
        dialog.partners.new_partner(self.unknown_symbol)
        dialog.exec()
        saved = dialog.partners.saved
        fill_partner_choice(
            self.partner,
            self.context.directory.partners(),
            self.tr("— choose the borrowing library —"),
        )
        if saved is not None:
            self.partner.setCurrentIndex(self.partner.findData(saved.id))
            self.who.clear_problems()

    def save(self) -> None:
        partner_id = self.partner.currentData()
        if partner_id is None:
            self.who.show_problems({"partner": self.tr("Choose the library that asks.")})
            return
        self.created = submit(
            self,
            (self.citation, self.who),
            lambda: self.context.requests.create_lending(
                partner_id=int(partner_id),
                citation=self.citation.citation(),
                service_type=self.citation.service_type(),
                staff=self.context.current_staff(),
                needed_by=_optional_date(self.needed_by),
                external_id=self.external_id.text().strip(),
                material=Material(self.material.currentData()),
            ),
        )
        if self.created is not None:
            self.accept()
