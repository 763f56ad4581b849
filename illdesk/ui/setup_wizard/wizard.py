"""The first-run assistant: who the library is, mail, printers, scanner, ISO 18626.

Shown by ``illdesk.app.main`` when the database does not know its library yet.  Each page
checks what was typed when staff press Next (problems in words under the field); nothing
is stored until Finish, then everything in one transaction
(:meth:`illdesk.services.library_setup.LibrarySetupService.store`).  Everything stays
editable later in Desk → Settings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.partner_record import symbol_problem
from illdesk.domain.settings import Settings, SettingValue
from illdesk.hardware.config import SerialConfig
from illdesk.hardware.ports import list_serial_ports
from illdesk.services.library_setup import (
    AddressField,
    LibraryIdentity,
    LibrarySetupService,
    MailServer,
    address_fields,
    countries,
    currencies,
    identity_problems,
    send_test_message,
    usual_currency,
)
from illdesk.ui import i18n
from illdesk.ui.background import BackgroundTask
from illdesk.ui.desk_values import protect_desk_store
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.field_form import FieldForm
from illdesk.ui.forms.ui_address_page import Ui_AddressPage
from illdesk.ui.forms.ui_library_page import Ui_LibraryPage
from illdesk.ui.forms.ui_mail_page import Ui_MailPage
from illdesk.ui.forms.ui_peers_page import Ui_PeersPage
from illdesk.ui.forms.ui_printers_wizard_page import Ui_PrintersWizardPage
from illdesk.ui.forms.ui_scanner_page import Ui_ScannerPage
from illdesk.ui.forms.ui_welcome_page import Ui_WelcomePage
from illdesk.ui.printing.printers_page import PrintersPage
from illdesk.ui.screen_fit import fit_size

log = logging.getLogger(__name__)

WELCOME, LIBRARY, ADDRESS, MAIL, PRINTERS, SCANNER, PEERS = range(7)
BAUD_RATES = ("9600", "19200", "38400", "57600", "115200")


def _combo(parent: QWidget, items: list[tuple[str, str]], name: str) -> QComboBox:
    """A combo of (code, name) that staff can also type into (completion by name)."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    _offer(box, items)
    return box


def _offer(box: QComboBox, items: list[tuple[str, str]]) -> None:
    """Fill an editable combo (one of a Designer form, or of :func:`_combo`) with (code,
    name) items, completed by any part of the name; nothing chosen yet."""
    for code, label in items:
        box.addItem(f"{label} ({code})", code)
    completer = box.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCurrentIndex(-1)


def _chosen(box: QComboBox) -> str:
    """The code of the item whose text is in the box ('' when the text matches none)."""
    index = box.findText(box.currentText(), Qt.MatchFlag.MatchFixedString)
    if index < 0:
        text = box.currentText().strip().upper()
        index = box.findData(text)  # a code typed on its own: "DE", "EUR"
    return str(box.itemData(index)) if index >= 0 else ""


def _select(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    box.setCurrentIndex(index)
    if index < 0:
        box.setEditText("")


class WelcomePage(QWizardPage):
    def __init__(self, offer_demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()  # the layout: forms/welcome_page.ui
        self.ui.setupUi(self)
        self.set_up: QRadioButton = self.ui.choice_set_up
        self.demo: QRadioButton = self.ui.choice_demo
        group = QButtonGroup(self)
        group.addButton(self.set_up)
        group.addButton(self.demo)
        self.demo.setVisible(offer_demo)
        self.ui.not_empty_note.setVisible(not offer_demo)
        self.demo.toggled.connect(lambda _on: self.setFinalPage(self.demo.isChecked()))

    def nextId(self) -> int:  # noqa: N802
        return -1 if self.demo.isChecked() else LIBRARY


class LibraryPage(QWizardPage):
    """Name, symbol, ILL e-mail and currency."""

    KEYS = ("library.name", "library.symbol", "library.email")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryPage()  # the layout: forms/library_page.ui
        self.ui.setupUi(self)
        self.form: FieldForm = self.ui.form
        self.form.adopt_rows()
        self.name: QLineEdit = self.ui.library_name
        self.symbol: QLineEdit = self.ui.library_symbol
        self.email: QLineEdit = self.ui.library_email
        # how long a finished request keeps what identifies its patron
        self.retention: QSpinBox = self.ui.privacy_retention_days

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        problems, _values = identity_problems(wizard.identity())
        mine = {k: v for k, v in problems.items() if k in self.KEYS}
        self.form.show_problems(mine)
        return not mine


class AddressPage(QWizardPage):
    """Country first, then the lines that country's addresses have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddressPage()  # the layout: forms/address_page.ui
        self.ui.setupUi(self)
        self.form: FieldForm = self.ui.form
        self.form.adopt_rows()
        self.country: QComboBox = self.ui.library_country
        _offer(self.country, countries())
        self.currency: QComboBox = self.ui.library_currency
        _offer(self.currency, currencies())
        # the lines of the address follow the country: rows added and taken away here
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.fields: list[AddressField] = []
        self.shown_country = ""
        self.country.currentIndexChanged.connect(lambda _i: self.country_changed())
        line = self.country.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.country_changed)
            line.textChanged.connect(self._typed_country)

    def label_for(self, field: AddressField) -> str:
        words = {
            "street": self.tr("Street address"),
            "city": self.tr("City"),
            "post_town": self.tr("Post town"),
            "suburb": self.tr("Suburb"),
            "district": self.tr("District"),
            "zip": self.tr("ZIP code"),
            "postal": self.tr("Postal code"),
            "pin": self.tr("PIN code"),
            "eircode": self.tr("Eircode"),
            "state": self.tr("State"),
            "province": self.tr("Province"),
            "county": self.tr("County"),
            "prefecture": self.tr("Prefecture"),
            "region": self.tr("Region"),
            "department": self.tr("Department"),
            "island": self.tr("Island"),
            "parish": self.tr("Parish"),
            "emirate": self.tr("Emirate"),
            "oblast": self.tr("Oblast"),
            "area": self.tr("Area"),
            "do_si": self.tr("Do/Si"),
            "canton": self.tr("Canton"),
        }
        label = words.get(field.kind, field.kind.replace("_", " ").capitalize())
        return label if field.required else self.tr("{0} (if any)").format(label)

    def _typed_country(self, text: str) -> None:
        """A country's full name typed or completed: its lines at once."""
        if self.country.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            self.country_changed()

    def country_changed(self) -> None:
        code = _chosen(self.country)
        if not code or code == self.shown_country:
            return
        old = {f.setting: self.value(f.setting) for f in self.fields}
        self.shown_country = code
        for field in self.fields:
            self.form.remove(field.setting)
        self.editors = {}
        self.fields = address_fields(code)
        for field in self.fields:
            editor: QLineEdit | QComboBox
            if field.choices:
                editor = _combo(self, list(field.choices), f"address_{field.name}")
                _select(editor, old.get(field.setting, ""))
            else:
                editor = QLineEdit(self)
                editor.setObjectName(f"address_{field.name}")
                editor.setText(old.get(field.setting, ""))
                if field.example:
                    editor.setPlaceholderText(self.tr("e.g. {0}").format(field.example))
            self.form.add(field.setting, self.label_for(field), editor)
            self.editors[field.setting] = editor
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.country_chosen(code)

    def value(self, setting: str) -> str:
        editor = self.editors.get(setting)
        if editor is None:
            return ""
        if isinstance(editor, QComboBox):
            return _chosen(editor) or editor.currentText().strip()
        return editor.text()

    def address(self) -> dict[str, str]:
        return {f.setting: self.value(f.setting) for f in self.fields}

    def validatePage(self) -> bool:  # noqa: N802
        self.country_changed()
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        problems, _values = identity_problems(wizard.identity())
        order = ["library.country", "currency", *self.editors]
        mine = {k: problems[k] for k in order if k in problems}
        self.form.show_problems(mine)
        return not mine


class MailPage(QWizardPage):
    """The mail server notices go out through, with a test message."""

    test_button_done = Signal(str)
    """The test message went or failed; the words shown."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MailPage()  # the layout: forms/mail_page.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.form: FieldForm = ui.form
        self.form.adopt_rows()
        self.host: QLineEdit = ui.mail_host
        self.port: QSpinBox = ui.mail_port
        self.port.setValue(settings.get_int("mail.port"))
        self.starttls: QCheckBox = ui.mail_starttls
        self.username: QLineEdit = ui.mail_username
        self.password: QLineEdit = ui.mail_password
        self.sender_edit: QLineEdit = ui.mail_sender
        self.test_to: QLineEdit = ui.mail_test_to
        self.test_button: QPushButton = ui.mail_test
        self.test_result: QLabel = ui.mail_test_result
        self.test_button.clicked.connect(self.send_test)
        self._task: BackgroundTask | None = None

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        email = wizard.library.email.text().strip()
        if not self.sender_edit.text():
            self.sender_edit.setText(email)
        if not self.test_to.text():
            self.test_to.setText(email)

    def server_of(self) -> MailServer:
        return MailServer(
            host=self.host.text().strip(),
            port=self.port.value(),
            sender=self.sender_edit.text().strip(),
            starttls=self.starttls.isChecked(),
            username=self.username.text().strip(),
            password=self.password.text(),
        )

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.host.text().strip():
            problems["mail.host"] = self.tr(
                "Enter the mail server's name, e.g. smtp.library.example.org."
            )
        if "@" not in self.sender_edit.text():
            problems["mail.sender"] = self.tr(
                "Enter the address notices come from, e.g. ill@library.example.org."
            )
        return problems

    def send_test(self) -> None:
        problems = self.problems()
        if "@" not in self.test_to.text():
            problems["test_to"] = self.tr("Enter an address to send the test message to.")
        self.form.show_problems(problems)
        if problems or (self._task is not None and self._task.is_running()):
            return
        server, to = self.server_of(), self.test_to.text().strip()
        wizard = self.wizard()
        library = wizard.library.name.text().strip() if isinstance(wizard, SetupWizard) else ""
        subject = self.tr("illdesk test message")
        body = self.tr(
            "This is a test message from the interlibrary-loan desk of {0}.\n"
            "If you can read it, notices from illdesk will reach patrons and partners."
        ).format(library)
        self.test_result.setText(self.tr("Sending to {0}…").format(to))
        self.test_button.setEnabled(False)
        task = BackgroundTask(lambda _p: send_test_message(server, to, subject, body), self)
        task.succeeded.connect(
            lambda _r: self.test_result.setText(
                self.tr("Sent. Look in the mailbox of {0}.").format(to)
            )
        )
        task.failed.connect(lambda exc: self.test_result.setText(self._failure(exc)))
        task.finished.connect(self._test_finished)
        self._task = task
        task.start()

    def _test_finished(self) -> None:
        self.test_button.setEnabled(True)
        self.test_button_done.emit(self.test_result.text())

    def _failure(self, exc: object) -> str:
        words = i18n.words(exc)
        return self.tr("Not sent: {0}").format(words)

    def validatePage(self) -> bool:  # noqa: N802
        problems = self.problems()
        self.form.show_problems(problems)
        return not problems


class PrintersWizardPage(QWizardPage):
    def __init__(self, settings: Settings, desk: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PrintersWizardPage()  # the frame: forms/printers_wizard_page.ui
        self.ui.setupUi(self)
        self.page = PrintersPage(settings, self, desk)  # the printers page of Settings
        self.ui.printers_layout.addWidget(self.page)


class ScannerPage(QWizardPage):
    """Keyboard-wedge or serial scanner, with a field showing what a scan reads."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.ui = Ui_ScannerPage()  # the layout: forms/scanner_page.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.keyboard: QRadioButton = ui.scanner_keyboard
        self.serial: QRadioButton = ui.scanner_serial
        group = QButtonGroup(self)
        group.addButton(self.keyboard)
        group.addButton(self.serial)
        port = settings.get_str("hardware.scanner.port")
        (self.serial if port else self.keyboard).setChecked(True)
        self.form: FieldForm = ui.form
        self.form.adopt_rows()
        self.port: QComboBox = ui.scanner_port
        port_edit = self.port.lineEdit()
        assert port_edit is not None  # an editable combo box has one
        port_edit.setPlaceholderText(self.tr("e.g. /dev/ttyACM0 or COM3"))
        for info in list_serial_ports():
            self.port.addItem(info.label(), info.device)
        self.port.setCurrentIndex(-1)
        self.port.setEditText(port)
        self.baud: QComboBox = ui.scanner_baud
        self.baud.addItems(BAUD_RATES)
        self.baud.setCurrentText(str(settings.get_int("hardware.scanner.baud")))
        self.open_button: QPushButton = ui.scanner_open
        ui.test_form.adopt_rows()
        self.test_field: QLineEdit = ui.scanner_test
        self.read: QLabel = ui.scanner_read
        self.bridge: DeviceBridge | None = None
        self.serial.toggled.connect(self._kind_changed)
        self.open_button.clicked.connect(self.open_port)
        self.test_field.returnPressed.connect(lambda: self.show_read(self.test_field.text()))
        self._kind_changed(self.serial.isChecked())

    def _kind_changed(self, serial: bool) -> None:
        self.form.setVisible(serial)
        if not serial:
            self.close_port()

    def port_name(self) -> str:
        index = self.port.findText(self.port.currentText())
        data = self.port.itemData(index) if index >= 0 else None
        return str(data) if data else self.port.currentText().strip()

    def open_port(self) -> None:
        port = self.port_name()
        if not port:
            self.form.show_problems(
                {"hardware.scanner.port": self.tr("Choose or type the scanner's port.")}
            )
            return
        self.form.clear_problems()
        if self.bridge is None:
            self.bridge = DeviceBridge(parent=self)
            self.bridge.scanned.connect(self.show_read)
            self.bridge.status_changed.connect(self.read.setText)
        self.bridge.start_scanner(SerialConfig(port=port, baud=int(self.baud.currentText())))
        self.test_field.setFocus()

    def close_port(self) -> None:
        if self.bridge is not None:
            self.bridge.shutdown()
            self.bridge.deleteLater()
            self.bridge = None

    def show_read(self, text: str) -> None:
        self.test_field.setText(text)
        self.test_field.selectAll()
        self.read.setText(self.tr("“{0}” ({1} characters)").format(text, len(text)))

    def validatePage(self) -> bool:  # noqa: N802
        if self.serial.isChecked() and not self.port_name():
            self.form.show_problems(
                {"hardware.scanner.port": self.tr("Choose or type the scanner's port.")}
            )
            return False
        self.close_port()
        return True

    def values(self) -> dict[str, object]:
        if not self.serial.isChecked():
            return {"hardware.scanner.port": ""}
        return {
            "hardware.scanner.port": self.port_name(),
            "hardware.scanner.baud": int(self.baud.currentText()),
        }


class PeersPage(QWizardPage):
    """The ISO 18626 listener and our agency id."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeersPage()  # the layout: forms/peers_page.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.listen: QCheckBox = ui.peer_listen
        self.form: FieldForm = ui.form
        self.form.adopt_rows()
        self.port: QSpinBox = ui.peer_port
        self.port.setValue(settings.get_int("interop.iso18626.listener_port"))
        self.agency_type: QComboBox = ui.peer_agency_type
        self.agency_value: QLineEdit = ui.peer_agency_value
        self.listen.toggled.connect(self.form.setEnabled)  # the form is off until it is on

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        if not self.agency_value.text():
            symbol = wizard.library.symbol.text().strip()
            kind, sep, value = symbol.partition(":")
            if sep and kind.upper() in ("ISIL", "OCLC"):
                self.agency_type.setCurrentText(kind.upper())
                symbol = value
            self.agency_value.setText(symbol)

    def validatePage(self) -> bool:  # noqa: N802
        problems: dict[str, str] = {}
        if self.listen.isChecked():
            refused = symbol_problem(self.agency_value.text())
            if refused:
                problems["interop.iso18626.agency_id_value"] = self.tr(
                    "Enter the id partners address you with, e.g. DE-1."
                )
        self.form.show_problems(problems)
        return not problems

    def values(self) -> dict[str, object]:
        return {
            "interop.iso18626.listener_enabled": self.listen.isChecked(),
            "interop.iso18626.listener_port": self.port.value(),
            "interop.iso18626.agency_id_type": self.agency_type.currentText(),
            "interop.iso18626.agency_id_value": self.agency_value.text().strip(),
        }


class SetupWizard(QWizard):
    """Asks, checks, and on Finish stores; ``wants_demo`` when staff chose demo data."""

    def __init__(
        self,
        service: LibrarySetupService,
        settings: Settings,
        desk: QSettings,
        offer_demo: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.desk = desk
        self.wants_demo = False
        self._offered_currency = ""
        self.setWindowTitle(self.tr("Set up illdesk"))
        self.setObjectName("setup_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(offer_demo, self)
        self.library = LibraryPage(self)
        self.address = AddressPage(self)
        self.mail = MailPage(settings, self)
        self.printers = PrintersWizardPage(settings, desk, self)
        self.scanner = ScannerPage(settings, self)
        self.peers = PeersPage(settings, self)
        for page_id, page in (
            (WELCOME, self.welcome),
            (LIBRARY, self.library),
            (ADDRESS, self.address),
            (MAIL, self.mail),
            (PRINTERS, self.printers),
            (SCANNER, self.scanner),
            (PEERS, self.peers),
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        fit_size(self, 820, 640)

    def country_chosen(self, code: str) -> None:
        """A currency the country usually has, unless staff chose one already."""
        usual = usual_currency(code)
        current = _chosen(self.address.currency)
        if usual and current in ("", self._offered_currency):
            _select(self.address.currency, usual)
            self._offered_currency = usual

    def identity(self) -> LibraryIdentity:
        return LibraryIdentity(
            name=self.library.name.text(),
            symbol=self.library.symbol.text(),
            country=_chosen(self.address.country),
            email=self.library.email.text(),
            currency=_chosen(self.address.currency),
            address=self.address.address(),
        )

    def other_values(self) -> dict[str, object]:
        mail = self.mail
        values: dict[str, object] = {
            "mail.host": mail.host.text().strip(),
            "mail.port": mail.port.value(),
            "mail.starttls": mail.starttls.isChecked(),
            "mail.username": mail.username.text().strip(),
            "mail.password": mail.password.text(),
            "mail.sender": mail.sender_edit.text().strip(),
            "privacy.retention_days": self.library.retention.value(),
        }
        values.update(self.scanner.values())
        values.update(self.peers.values())
        return values

    def accept(self) -> None:
        if self.welcome.demo.isChecked():
            self.wants_demo = True
            super().accept()
            return
        try:
            desk_values = self.service.store(self.identity(), self.other_values())
        except ValidationFailed as exc:  # a page let something through: say so, lose nothing
            QMessageBox.warning(self, self.windowTitle(), "\n".join(exc.problems.values()))
            return
        self._keep_on_desk(desk_values)
        super().accept()

    def _keep_on_desk(self, values: dict[str, SettingValue] | dict[str, object]) -> None:
        for key, value in values.items():
            self.desk.setValue(f"settings/{key}", value)
        protect_desk_store(self.desk)

    def done(self, result: int) -> None:
        self.scanner.close_port()
        super().done(result)
