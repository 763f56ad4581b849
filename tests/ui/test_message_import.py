"""Importing a partner's ISO 18626 request saved as a file, in the Lending tab."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from illdesk.domain.vocabulary import Side
from tests.corpus_path import CORPUS

SAMPLES = CORPUS / "iso18626" / "modrs-samples"


def test_request_file_becomes_a_lending_request(window, context, monkeypatch) -> None:
    """The sender is not in the directory: it is added by its symbol, and staff are asked
    to fill in the rest, in the partner form opened on it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from illdesk.ui.partners.partners_dialog import PartnersDialog

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes),
    )
    before = len(context.requests.search(Side.LENDING, limit=10000))
    partners_before = len(context.directory.partners())

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PartnersDialog):
            QTimer.singleShot(10, fill_in)
            return
        form = dialog.partners.form
        assert form.edits["name"].text() == "name1"  # what its requestingAgencyInfo says
        form.edits["name"].setText("Example University Library")
        dialog.partners.save()
        assert "two-letter country code" in form.who.error_text("country")  # not known yet
        form.edits["country"].setText("US")
        dialog.partners.save()
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.tabs.setCurrentWidget(window.lending)
    window.lending.import_message(str(SAMPLES / "request.xml"))
    after = context.requests.search(Side.LENDING, limit=10000)
    assert len(after) == before + 1
    assert window.lending.station.result.text().startswith("Imported ")
    assert window.lending.model.rowCount() >= 1
    assert asked and "was not in the partner directory" in asked[0]
    partners = context.directory.partners()
    assert len(partners) == partners_before + 1
    assert "Example University Library" in [p.name for p in partners]


def test_bad_file_is_refused_in_words_and_writes_nothing(
    window, context, tmp_path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<ISO18626Message>&e;</ISO18626Message>"
    )
    before = len(context.requests.search(Side.LENDING, limit=10000))
    window.lending.import_message(str(bad))
    assert shown and "bad.xml was refused" in shown[0]
    window.lending.import_message(str(tmp_path / "missing.xml"))
    assert "cannot be read" in shown[1]
    assert len(context.requests.search(Side.LENDING, limit=10000)) == before
