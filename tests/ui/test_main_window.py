"""The main window under pytest-qt: search, chips, detail actions, forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import Side, State
from illdesk.ui.dialogs.patron_dialog import PatronDialog
from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog, LendingRequestDialog


def test_tabs_and_status_bar(window) -> None:
    assert [window.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Borrowing",
        "Lending",
        "Patrons",
    ]
    assert "SQLite" in window.database_label.text()
    assert window.current_staff() in {"Dana Whitfield", "Luis Ortega", "Priya Raman", "Tom Baker"}
    assert window.borrowing.model.rowCount() > 0


def test_search_as_you_type_filters_rows(window, qtbot) -> None:
    tab = window.borrowing
    tab.set_group(None)
    everything = tab.model.rowCount()
    qtbot.keyClicks(tab.search, "zauberberg")
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < everything)
    assert all(r.title == "Der Zauberberg" for r in tab.model.rows())
    tab.search.clear()
    qtbot.keyClicks(tab.search, "no such thing anywhere")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count_label.text().startswith("0 shown")


def test_chips_filter_by_state_group(window) -> None:
    tab = window.lending
    window.tabs.setCurrentWidget(tab)
    tab.set_group(StateGroup.COMPLETE)
    assert tab.model.rowCount() > 0
    assert {r.state for r in tab.model.rows()} <= {
        State.COMPLETE,
        State.CANCELLED,
        State.UNFILLED,
        State.DEFLECTED_LOCAL,
    }


def test_columns_sort(window) -> None:
    tab = window.borrowing
    tab.set_group(None)
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [tab.model.index(i, 0).data() for i in range(tab.model.rowCount())]
    assert numbers == sorted(numbers)


def test_action_changes_state_and_history(window, qtbot, context) -> None:
    tab = window.borrowing
    tab.set_group(None)
    new_rows = [r for r in tab.model.rows() if r.state is State.NEW]
    assert new_rows
    target = new_rows[0]
    assert tab.select_request(target.id)
    pane = tab.detail
    assert pane.detail is not None and pane.detail.row.id == target.id
    buttons = {b.objectName() for b in pane.actions_box.findChildren(QPushButton)}
    assert "action_verify_citation" in buttons and "action_check_out" not in buttons
    button = pane.actions_box.findChild(QPushButton, "action_verify_citation")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    after = context.requests.detail(target.id)
    assert after.row.state is State.CITATION_VERIFIED
    assert after.history[-1].staff == window.current_staff()
    assert pane.detail.row.state is State.CITATION_VERIFIED
    assert pane.history_model.rowCount() == len(after.history)


def test_action_needing_a_reason_asks_for_it(window, qtbot, context, monkeypatch) -> None:
    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.NEW)
    tab.select_request(target.id)
    from illdesk.ui.dialogs.action_dialog import ActionDialog

    def answer(dialog) -> int:
        dialog.note.setText("Patron bought it.")
        dialog.check()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ActionDialog, "exec", answer)
    button = tab.detail.actions_box.findChild(QPushButton, "action_cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    after = context.requests.detail(target.id)
    assert after.row.state is State.CANCELLED
    assert after.history[-1].note == "Patron bought it."


def test_conflict_from_another_desk_is_shown_and_reloaded(
    window, qtbot, context, monkeypatch
) -> None:
    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.NEW)
    tab.select_request(target.id)
    from illdesk.domain.vocabulary import Action

    context.requests.perform(target.id, Action.VERIFY_CITATION, staff="Other Desk")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    button = tab.detail.actions_box.findChild(QPushButton, "action_verify_citation")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown and "changed by Other Desk" in shown[0]
    assert tab.detail.detail.row.state is State.CITATION_VERIFIED


def test_borrowing_form_rejects_bad_input_next_to_fields(qtbot, context) -> None:
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.patron_barcode.setText("P999999999")
    dialog.citation.edits["isbn"].setText("978-3-596-29433-7")
    dialog.max_cost.setText("lots")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "known patron" in dialog.who.error_text("patron")
    assert "amount" in dialog.who.error_text("max_cost")
    from illdesk.services.patrons import PatronInput

    patron = context.patrons.save(
        PatronInput(barcode="P888888", name="Takahashi, Kenji", email="kenji@example.org")
    )
    dialog.patron_barcode.setText(patron.barcode)
    dialog.max_cost.setText("12.50")
    dialog.save()
    assert dialog.citation.error_text("title")
    assert dialog.citation.error_text("isbn")
    dialog.citation.edits["title"].setText("Der Zauberberg")
    dialog.citation.edits["isbn"].setText("978-3-596-29433-6")
    dialog.save()
    assert dialog.created is not None
    assert dialog.created.row.side is Side.BORROWING
    assert dialog.created.patron_barcode == patron.barcode


def test_openurl_fills_the_citation(qtbot, context) -> None:
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.citation.openurl.setText(
        "https://resolver.example.org/?url_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:"
        "journal&rft.atitle=Deep+learning&rft.jtitle=Nature&rft.issn=0028-0836&rft.volume=521"
        "&rft.spage=436&rft.epage=444&rft.date=2015&rft.aulast=LeCun"
    )
    dialog.citation.openurl.editingFinished.emit()
    assert dialog.citation.edits["article_title"].text() == "Deep learning"
    assert dialog.citation.edits["journal"].text() == "Nature"
    assert dialog.citation.service_type().value == "copy"


def test_lending_form_needs_a_partner(qtbot, context) -> None:
    dialog = LendingRequestDialog(context)
    qtbot.addWidget(dialog)
    dialog.citation.edits["title"].setText("Middlemarch")
    dialog.save()
    assert "Choose the library" in dialog.who.error_text("partner")
    dialog.partner.setCurrentIndex(1)
    dialog.save()
    assert dialog.created is not None and dialog.created.row.side is Side.LENDING


def test_patron_form_validates_and_saves(qtbot, context) -> None:
    dialog = PatronDialog(context)
    qtbot.addWidget(dialog)
    dialog.form.barcode.setText("P777777")
    dialog.form.email.setText("not an address")
    dialog.save()
    assert "Enter the patron's name" in dialog.form.error_text("name")
    assert "not an e-mail address" in dialog.form.error_text("email")
    dialog.form.name.setText("Ivanova, Nadia")
    dialog.form.email.setText("nadia@example.org")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.name == "Ivanova, Nadia"


def test_patrons_tab_shows_patron_and_requests(window, qtbot) -> None:
    window.tabs.setCurrentWidget(window.patrons)
    tab = window.patrons
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    busy = max(tab.model.rows(), key=lambda p: p.active_requests)
    tab.search.setText(busy.barcode)
    tab.refresh()
    tab.select_patron(busy.id)
    assert busy.name in tab.info.text()
    assert tab.requests_model.rowCount() >= busy.active_requests


def test_staff_picker_adds_a_member(window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kim Novak", True)))
    picker = window.staff_picker
    picker.setCurrentIndex(picker.count() - 1)
    window._staff_chosen(picker.currentIndex())
    assert window.current_staff() == "Kim Novak"
    assert window.desk_settings.value("desk/staff") == "Kim Novak"


def test_new_request_menu_opens_form(window, qtbot, monkeypatch) -> None:
    opened: list[str] = []

    def fake_exec(self) -> int:
        opened.append(self.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(BorrowingRequestDialog, "exec", fake_exec)
    qtbot.mouseClick(window.borrowing.new_button, Qt.MouseButton.LeftButton)
    assert opened == ["New borrowing request"]


def test_duplicate_is_asked_about_not_silently_entered(qtbot, context, monkeypatch) -> None:
    from illdesk.services.patrons import PatronInput

    patron = context.patrons.save(
        PatronInput(barcode="P888889", name="Yilmaz, Farah", email="farah@example.org")
    )
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    for expected_new in (True, False, True):
        dialog = BorrowingRequestDialog(context)
        qtbot.addWidget(dialog)
        dialog.patron_barcode.setText(patron.barcode)
        dialog.citation.edits["title"].setText("Middlemarch")
        dialog.save()
        assert (dialog.created is not None) is expected_new
    assert len(asked) == 2 and "already has an open request" in asked[0]


def test_rota_dialog_suggests_and_saves(window, qtbot, context, monkeypatch) -> None:
    from illdesk.ui.dialogs.rota_dialog import RotaDialog

    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.CITATION_VERIFIED)
    tab.select_request(target.id)
    assert tab.detail.actions_box.findChild(QPushButton, "edit_rota") is not None
    dialog = RotaDialog(context, tab.detail.detail, window)
    qtbot.addWidget(dialog)
    dialog.chosen.clear()
    dialog.suggest()
    assert dialog.chosen.count() == 4
    first = dialog.chosen_ids()[0]
    assert context.directory.partners()  # the demo has partners
    reciprocal = {p.id for p in context.directory.partners() if p.reciprocal}
    assert first in reciprocal
    dialog.save()
    saved = context.requests.detail(target.id)
    assert [e.partner_id for e in saved.rota if e.status == "waiting"] == dialog.chosen_ids()


def test_lost_asks_for_reason_and_charge(window, qtbot, context, monkeypatch) -> None:
    from illdesk.ui.dialogs.action_dialog import ActionDialog

    tab = window.borrowing
    tab.set_group(None)
    target = next(r for r in tab.model.rows() if r.state is State.CHECKED_OUT)
    tab.select_request(target.id)
    choice = next(c for c in tab.detail.detail.actions if c.action.value == "mark_lost")
    dialog = ActionDialog(choice, window)
    qtbot.addWidget(dialog)
    dialog.amount.setText("lots")
    dialog.check()
    assert "Give a reason" in dialog.form.error_text("note")
    assert dialog.form.error_text("amount") == "“lots” is not an amount."
    dialog.note.setText("Dog ate it.")
    dialog.amount.setText("60")
    dialog.check()
    assert dialog.value is not None and str(dialog.value.amount) == "60.00"


def test_desk_menu_windows_open(window, qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    from illdesk.ui.printing.printers_page import PrintersPage

    window.show_printers()
    dialogs = [d for d in window.findChildren(QDialog) if d.findChild(PrintersPage)]
    assert dialogs and dialogs[0].isVisible()
    window.show_outbox()
    dialogs[0].close()


def test_lending_form_fills_from_a_pasted_email(qtbot, context) -> None:
    dialog = LendingRequestDialog(context)
    qtbot.addWidget(dialog)
    left = dialog.fill_from_email(
        "Title: Middlemarch\nAuthor: Eliot, George\nSymbol: DE-1\nRequest number: SBB-4711\n"
        "Need before: 2026-12-20\nColour: blue\n"
    )
    assert dialog.citation.edits["title"].text() == "Middlemarch"
    assert dialog.partner.currentText().endswith("(DE-1)")
    assert dialog.external_id.text() == "SBB-4711"
    assert left == ["Colour: blue"]
    dialog.save()
    assert dialog.created is not None and dialog.created.row.side is Side.LENDING
    assert dialog.created.row.needed_by.isoformat() == "2026-12-20"


def test_borrowing_form_shows_the_purchase_rule_as_staff_type(qtbot, context) -> None:
    from illdesk.services.patrons import PatronInput

    patron = context.patrons.save(
        PatronInput(
            barcode="P777777", name="Okafor, Adaeze", email="ada@example.org", category="faculty"
        )
    )
    dialog = BorrowingRequestDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.suggestion.text().startswith("Suggest: borrow.")
    dialog.patron_barcode.setText(patron.barcode)
    dialog.look_up_patron()
    this_year = str(context.purchasing.fiscal_year())  # recent enough by any fiscal start
    dialog.citation.edits["year"].setText(this_year)
    dialog.price.setText("19,95")
    assert dialog.suggestion.text().startswith("Suggest: buy.")
    assert "19.95 is within the limit" in dialog.suggestion.text()
    dialog.price.setText("a lot")
    assert "like 24.95" in dialog.suggestion.text()
    dialog.price.setText("450")
    assert dialog.suggestion.text().startswith("Suggest: borrow.")
