"""Partner libraries and the lending policy, as staff edit them (Desk menu)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from illdesk.domain.lending_policy import Material, PolicyRule
from illdesk.ui.dialogs.request_dialogs import LendingRequestDialog
from illdesk.ui.partners.partners_dialog import PartnersDialog
from illdesk.ui.partners.rule_dialog import RuleDialog


def _choose(page, symbol: str) -> None:
    for i in range(page.list.count()):
        if page.list.item(i).text().endswith(f"({symbol})"):
            page.list.setCurrentRow(i)
            return
    raise AssertionError(symbol)


def test_edit_a_partner_and_see_problems_under_the_fields(qtbot, context) -> None:
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    page = dialog.partners
    _choose(page, "DE-1")
    form = page.form
    assert form.edits["name"].text() == "Staatsbibliothek zu Berlin"
    form.edits["country"].setText("Germany")
    form.edits["email"].setText("not an address")
    page.save()
    assert "two-letter country code" in form.who.error_text("country")
    assert "e-mail" in form.who.error_text("email")
    assert context.directory.partner(form.partner_id).country == "DE"  # nothing written
    form.edits["country"].setText("de")
    form.edits["email"].setText("fernleihe@sbb.example.de")
    form.edits["lending_conditions"].setText("Signature required")
    form.loan_days.setValue(60)
    page.save()
    saved = context.directory.partner(form.partner_id)
    assert (saved.country, saved.default_loan_days, saved.lending_conditions) == (
        "DE",
        60,
        "Signature required",
    )
    assert "Saved Staatsbibliothek zu Berlin" in page.status.text()


def test_new_partner_refuses_a_symbol_in_use(qtbot, context) -> None:
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    page = dialog.partners
    before = len(context.directory.partners())
    page.new_partner("DE-1")
    page.form.edits["name"].setText("Somebody else")
    page.save()
    assert "already Staatsbibliothek" in page.form.who.error_text("symbol")
    page.form.edits["symbol"].setText("ES-MaBN")
    page.form.edits["name"].setText("Biblioteca Nacional de España")
    page.form.edits["country"].setText("ES")
    page.save()
    assert len(context.directory.partners()) == before + 1
    assert page.list.currentItem().text() == "Biblioteca Nacional de España (ES-MaBN)"


def test_add_a_rule_and_see_what_applies(qtbot, context) -> None:
    dialog = PartnersDialog(context)
    qtbot.addWidget(dialog)
    policy = dialog.policy
    rules_before = policy.model.rowCount()
    rule = RuleDialog(context.policy, context.directory.partners(), "Dana", parent=policy)
    qtbot.addWidget(rule)
    rule.material.setCurrentIndex(rule.material.findData(Material.MAP.value))
    rule.loan_days.setValue(10)
    rule.save()
    assert rule.saved is not None and rule.saved.material is Material.MAP
    policy.reload()
    assert policy.model.rowCount() == rules_before + 1
    policy.probe_material.setCurrentIndex(policy.probe_material.findData("map"))
    assert "10 days" in policy.probe_result.text()
    assert "rule for every partner, maps" in policy.probe_result.text()
    # the demo's thesis rule for CA-OTU: not lent
    policy.probe_partner.setCurrentIndex(
        policy.probe_partner.findText("University of Toronto Libraries (CA-OTU)")
    )
    policy.probe_material.setCurrentIndex(policy.probe_material.findData("thesis"))
    assert policy.probe_result.text().startswith("<b>Not lent.</b>")


def test_a_rule_that_says_nothing_is_refused_in_words(qtbot, context) -> None:
    rule = RuleDialog(context.policy, context.directory.partners(), "Dana")
    qtbot.addWidget(rule)
    rule.material.setCurrentIndex(rule.material.findData(Material.MAP.value))
    count = len(context.policy.rules())
    rule.save()
    assert "sets nothing" in rule.form.error_text("lendable")
    assert rule.saved is None and len(context.policy.rules()) == count


def test_change_an_existing_rule_keeps_blank_terms_blank(qtbot, context) -> None:
    [av] = [
        r.rule
        for r in context.policy.rules()
        if r.rule.material is Material.AUDIOVISUAL and r.rule.partner_id is None
    ]
    rule = RuleDialog(context.policy, context.directory.partners(), "Dana", av)
    qtbot.addWidget(rule)
    assert rule.loan_days.value() == 14 and rule.charge.text() == ""
    rule.charge.setText("2.50")
    rule.save()
    assert rule.saved == PolicyRule(
        id=av.id, material=Material.AUDIOVISUAL, loan_days=14, renewals=0, charge=Decimal("2.50")
    )


def test_lending_form_shows_the_policy_and_adds_an_unknown_library(qtbot, context) -> None:
    form = LendingRequestDialog(context)
    qtbot.addWidget(form)
    left = form.fill_from_email(
        "Request number: ES-77\nSymbol: ES-MaBN\nTitle: Koyaanisqatsi\nFormat: DVD\n"
    )
    assert "press “New partner…”" in left[0]
    assert form.material.currentData() == "av"

    def add_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartnersDialog)
        page = dialog.partners
        assert page.form.edits["symbol"].text() == "ES-MaBN"
        page.form.edits["name"].setText("Biblioteca Nacional de España")
        page.form.edits["country"].setText("ES")
        page.save()
        dialog.accept()

    QTimer.singleShot(0, add_it)
    form.new_partner_button.click()
    assert form.partner.currentText() == "Biblioteca Nacional de España (ES-MaBN)"
    assert form.terms.text().startswith("14 days, no renewals")
    form.save()
    assert form.created is not None and form.created.material == "av"


def test_answer_with_conditions_starts_from_the_policy(window, qtbot, context) -> None:
    """A thesis goes out on the policy's conditions; the conditional answer offers them."""
    from illdesk.domain.citation import Citation
    from illdesk.domain.vocabulary import Action, ServiceType, State
    from illdesk.ui.dialogs.action_dialog import ActionDialog

    partner = next(p for p in context.directory.partners() if p.symbol == "US-NPHVC")
    made = context.requests.create_lending(
        partner_id=partner.id,
        citation=Citation(title="A thesis on otters"),
        service_type=ServiceType.LOAN,
        staff="Tom",
        material=Material.THESIS,
    )
    assert made.conditions == "Library use only."
    checked = context.requests.perform(made.row.id, Action.CHECK_HOLDINGS, staff="Tom")
    window.tabs.setCurrentWidget(window.lending)
    window.lending.show_request(checked.detail)
    pane = window.lending.detail
    offered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionDialog):
            QTimer.singleShot(10, answer)
            return
        offered.append(dialog.note.text())
        dialog.note.setText(dialog.note.text() + " No photocopying.")
        dialog.check()

    QTimer.singleShot(0, answer)
    pane.findChild(QPushButton, "action_answer_conditional").click()
    assert offered == ["Library use only."]
    after = context.requests.detail(made.row.id)
    assert after.row.state is State.CONDITIONAL
    assert after.conditions == "Library use only. No photocopying."


def test_lending_form_takes_an_article_as_a_journal_copy(qtbot, context) -> None:
    from illdesk.domain.vocabulary import ServiceType

    form = LendingRequestDialog(context)
    qtbot.addWidget(form)
    form.fill_from_email(
        "Symbol: DE-1\nArticle: Deep learning\nJournal: Nature\nYear: 2015\nPages: 436-444\n"
    )
    assert form.citation.service_type() is ServiceType.COPY
    assert form.material.currentData() == Material.SERIAL.value
    form.save()
    assert form.created is not None and form.created.delivery == "electronic"
