"""The Qt Designer forms: compiled modules match their .ui files, Tab (real key presses)
follows the order each form declares, and every control of each form has a name a screen
reader reads."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from illdesk.domain.vocabulary import ServiceType, Side, State
from tests.ui.test_accessibility import _unnamed, walk_tab_order

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import compile_forms  # noqa: E402  (tools/compile_forms.py)


@pytest.mark.parametrize("form", compile_forms.forms(), ids=lambda p: p.name)
def test_the_compiled_module_is_current(form: Path) -> None:
    target = compile_forms.target(form)
    assert target.read_text(encoding="utf-8") == compile_forms.compiled(form), (
        f"{target.name} is stale: run python tools/compile_forms.py"
    )


def _tabstops(name: str) -> list[str]:
    root = ET.parse(ROOT / "forms" / name).getroot()
    return [t.text or "" for t in root.iter("tabstop")]


def _patron_form(context, desk_settings):
    from illdesk.ui.dialogs.patron_dialog import PatronForm

    return PatronForm()


def _citation_for(service: ServiceType):
    def build(context, desk_settings):
        from illdesk.ui.dialogs.citation_form import CitationForm

        form = CitationForm()
        form.service.setCurrentIndex(form.service.findData(service.value))
        return form

    return build


def _borrowing_request(context, desk_settings):
    from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

    return BorrowingRequestDialog(context)


def _borrowing_request_expired_card(context, desk_settings):
    """The card typed is expired: the Renew card button is in the row below it."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from illdesk.services.patrons import PatronInput
    from illdesk.ui.dialogs.request_dialogs import BorrowingRequestDialog

    patron = context.patrons.save(
        PatronInput(
            barcode="P565656",
            name="Okafor, Pia",
            email="pia@example.org",
            expires_on=dt.date.today() - dt.timedelta(days=3),
        )
    )
    dialog = BorrowingRequestDialog(context)
    dialog.show()
    dialog.patron_barcode.setFocus()
    QTest.keyClicks(dialog.patron_barcode, patron.barcode)
    QTest.keyClick(dialog.patron_barcode, Qt.Key.Key_Return)
    assert dialog.renew_card.isVisible()
    return dialog


def _lending_request(context, desk_settings):
    from illdesk.ui.dialogs.request_dialogs import LendingRequestDialog

    return LendingRequestDialog(context)


def _sign_in_dialog(context, desk_settings):
    from illdesk.domain.staff_roles import Role
    from illdesk.ui.staff.sign_in_dialog import SignInDialog

    context.access.add_account("Ann Admin", Role.ADMIN, "9042")
    return SignInDialog(context.access)


def _partner_form(context, desk_settings):
    from illdesk.ui.partners.partner_form import PartnerForm

    return PartnerForm()


def _rule_dialog(context, desk_settings):
    from illdesk.ui.partners.rule_dialog import RuleDialog

    return RuleDialog(context.policy, context.directory.partners(), "Dana")


def _ship_dialog(context, desk_settings):
    from illdesk.ui.dialogs.ship_dialog import ShipDialog

    abroad = next(
        r
        for r in context.requests.search(Side.LENDING, limit=2000)
        if r.state in (State.PULLED, State.PULL_SLIP_PRINTED, State.HOLDINGS_CHECKED, State.NEW)
        and r.service_type is ServiceType.LOAN
        and context.shipping.defaults(r.id).abroad
    )
    return ShipDialog(context, abroad.id, abroad.version)


def _welcome_page(context, desk_settings):
    from illdesk.ui.setup_wizard.wizard import WelcomePage

    return WelcomePage(offer_demo=True)


def _library_page(context, desk_settings):
    from illdesk.ui.setup_wizard.wizard import LibraryPage

    return LibraryPage()


def _settings_dialog(context, desk_settings):
    from illdesk.ui.settings_dialog import SettingsDialog

    return SettingsDialog(context.library_settings, desk_settings)


def _address_page(context, desk_settings):
    from illdesk.ui.setup_wizard.wizard import AddressPage

    return AddressPage()


def _mail_page(context, desk_settings):
    from illdesk.ui.setup_wizard.wizard import MailPage

    return MailPage(context.settings)


def _printers_wizard_page(context, desk_settings):
    from illdesk.ui.setup_wizard.wizard import PrintersWizardPage

    return PrintersWizardPage(context.settings, desk_settings)


def _scanner_page(serial: bool):
    def build(context, desk_settings):
        from illdesk.ui.setup_wizard.wizard import ScannerPage

        page = ScannerPage(context.settings)
        (page.serial if serial else page.keyboard).setChecked(True)
        return page

    return build


def _peers_page(listening: bool):
    def build(context, desk_settings):
        from illdesk.ui.setup_wizard.wizard import PeersPage

        page = PeersPage(context.settings)
        page.listen.setChecked(listening)
        return page

    return build


FORMS = {
    "patron_form.ui": _patron_form,
    "borrowing_request.ui": (_borrowing_request, _borrowing_request_expired_card),
    "lending_request.ui": _lending_request,
    "citation_form.ui": (_citation_for(ServiceType.LOAN), _citation_for(ServiceType.COPY)),
    "sign_in_dialog.ui": _sign_in_dialog,
    "settings_dialog.ui": _settings_dialog,
    "library_page.ui": _library_page,
    "address_page.ui": _address_page,
    "mail_page.ui": _mail_page,
    "printers_wizard_page.ui": _printers_wizard_page,
    "scanner_page.ui": (_scanner_page(serial=False), _scanner_page(serial=True)),
    "peers_page.ui": (_peers_page(listening=False), _peers_page(listening=True)),
    "welcome_page.ui": _welcome_page,
    "partner_form.ui": _partner_form,
    "rule_dialog.ui": _rule_dialog,
    "ship_dialog.ui": _ship_dialog,
}


def test_every_form_is_walked() -> None:
    assert sorted(FORMS) == sorted(p.name for p in compile_forms.forms())


def _states(name: str) -> list:
    """The builders of a form: one per state that shows different rows (the citation of
    a loan and of a copy), so every declared stop is shown in one of them."""
    made = FORMS[name]
    return list(made) if isinstance(made, tuple) else [made]


@pytest.mark.parametrize("name", FORMS)
def test_tab_follows_the_order_the_form_declares(name, qtbot, context, desk_settings) -> None:
    declared = _tabstops(name)
    reached: set[str] = set()
    for build in _states(name):
        widget = build(context, desk_settings)
        qtbot.addWidget(widget)
        shown = [n for n in declared if _shown(widget, n)]
        start = widget.findChild(QWidget, shown[0]) if shown else None  # where staff begin
        met = [w.objectName() for w in walk_tab_order(qtbot, widget, start)]
        assert [n for n in shown if n in met] == shown  # every shown stop is reached …
        assert [n for n in met if n in shown] == shown  # … in the declared order
        reached.update(shown)
        widget.close()
    assert [n for n in declared if n not in reached] == []  # each stop, in some state


def _shown(root, name: str) -> bool:
    """The declared stop is one Tab goes to now: shown, enabled, and (a radio button) the
    chosen one of its group (Tab enters a group at its chosen button; arrows move on)."""
    from PySide6.QtWidgets import QRadioButton

    found = root.findChild(QWidget, name)
    assert found is not None, f"the form declares a tab stop {name!r} it does not have"
    if isinstance(found, QRadioButton) and found.autoExclusive() and not found.isChecked():
        return False
    return found.isVisibleTo(root) and found.isEnabled()


@pytest.mark.parametrize("name", FORMS)
def test_every_control_of_the_form_has_a_name(name, qtbot, context, desk_settings) -> None:
    for build in _states(name):
        widget = build(context, desk_settings)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert _unnamed(widget) == []
        widget.close()


def _buddies(name: str) -> dict[str, str]:
    """label → the field it names, as the form's .ui declares them."""
    root = ET.parse(ROOT / "forms" / name).getroot()
    return {
        label.get("name", ""): buddy.findtext("cstring") or ""
        for label in root.iter("widget")
        for buddy in label.findall("property[@name='buddy']")
    }


@pytest.mark.parametrize("name", FORMS)
def test_each_label_names_the_field_the_form_gives_it(name, qtbot, context, desk_settings):
    """Alt + the label's letter goes to the field Designer's buddy names, after the form's
    class has added its error lines."""
    from PySide6.QtWidgets import QLabel

    widget = _states(name)[0](context, desk_settings)
    qtbot.addWidget(widget)
    for label_name, field in _buddies(name).items():
        label = widget.findChild(QLabel, label_name)
        assert label is not None and label.buddy() is not None, label_name
        assert label.buddy().objectName() == field, label_name


def test_rows_added_in_code_to_a_form_have_labels_that_name_their_field(
    qtbot, context, desk_settings
) -> None:
    """The address lines follow the country chosen (added to the Designer form in code):
    each label's buddy is its line, not the row widget around it."""
    from PySide6.QtWidgets import QLabel

    page = _address_page(context, desk_settings)
    qtbot.addWidget(page)
    page.show()
    page.country.lineEdit().setFocus()
    qtbot.keyClicks(page.country.lineEdit(), "Germany (DE)")
    qtbot.keyClick(page.country.lineEdit(), Qt.Key.Key_Tab)
    assert set(page.editors) == {"library.street", "library.city", "library.postal_code"}
    for editor in page.editors.values():
        [label] = [w for w in page.form.findChildren(QLabel) if w.buddy() is editor and w.text()]
        assert editor.accessibleName() == label.text()
