"""The citation of a request (what is wanted), shared by the borrowing and lending forms."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.intake import read_openurl
from illdesk.ui.field_form import FieldForm
from illdesk.ui.forms.ui_citation_form import Ui_CitationForm

CITATION_FIELDS = (
    "title",
    "author",
    "isbn",
    "oclc_number",
    "edition",
    "publisher",
    "year",
    "article_title",
    "journal",
    "issn",
    "volume",
    "issue",
    "pages",
    "doi",
)
"""The fields of ``forms/citation_form.ui``, named like :class:`Citation`'s."""
_COPY_ONLY = {"article_title", "journal", "volume", "issue", "pages", "doi"}
_LOAN_ONLY = {"edition", "oclc_number", "isbn"}


class CitationForm(FieldForm):
    """The citation fields; shows the ones that matter for the chosen service type.

    The rows are laid out in ``forms/citation_form.ui`` (Qt Designer); the service types,
    the OpenURL reading and which rows a loan or a copy shows stay here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CitationForm()
        self.ui.setupUi(self)
        self.adopt_rows()
        self.service: QComboBox = self.ui.service_type
        self.service.addItem(self.tr("Loan (book, item)"), ServiceType.LOAN.value)
        self.service.addItem(self.tr("Copy (article, chapter)"), ServiceType.COPY.value)
        self.openurl: QLineEdit = self.ui.openurl
        self.openurl.editingFinished.connect(self._apply_openurl)
        self.edits: dict[str, QLineEdit] = {
            name: getattr(self.ui, name) for name in CITATION_FIELDS
        }
        self.service.currentIndexChanged.connect(self._service_changed)
        self._service_changed()

    def service_type(self) -> ServiceType:
        return ServiceType(self.service.currentData())

    def citation(self) -> Citation:
        return Citation(**{name: edit.text().strip() for name, edit in self.edits.items()})

    def _service_changed(self) -> None:
        copy = self.service_type() is ServiceType.COPY
        for name in _COPY_ONLY:
            self.set_row_visible(name, copy)
        for name in _LOAN_ONLY:
            self.set_row_visible(name, not copy)

    def _apply_openurl(self) -> None:
        text = self.openurl.text().strip()
        if not text:
            return
        result = read_openurl(text)
        if result.citation.is_empty():
            self.show_problems(
                {"openurl": self.tr("This OpenURL holds no citation: ") + "; ".join(result.notes)}
            )
            return
        self.clear_problems()
        index = self.service.findData(result.service_type.value)
        if index >= 0:
            self.service.setCurrentIndex(index)
        for name, edit in self.edits.items():
            value = getattr(result.citation, name, "")
            if value:
                edit.setText(value)
