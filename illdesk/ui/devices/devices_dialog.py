"""The devices dialog: choose the scanner's and RFID pad's ports and see scans arrive live."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.barcodes import BarcodeRules, read_scan
from illdesk.domain.settings import Settings, SettingValue
from illdesk.hardware.config import barcode_rules
from illdesk.hardware.ports import list_serial_ports
from illdesk.hardware.rfid.readings import PadSnapshot
from illdesk.hardware.rfid.security import describe_afi
from illdesk.hardware.settings_defs import BYTESIZES, PARITIES, STOPBITS, TERMINATORS
from illdesk.hardware.sim.pty_device import SIMULATION_AVAILABLE
from illdesk.ui.devices.bridge import DeviceBridge
from illdesk.ui.devices.tag_writer import Confirm, TagWriter

log = logging.getLogger(__name__)

BAUD_RATES = ("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200")
MAX_LIVE_LINES = 200


class DevicesDialog(QDialog):
    """Edits the ``hardware.scanner.*`` and ``hardware.rfid.*`` settings of this desk.

    "Apply and test" opens the chosen ports through the same bridge the desk
    uses, so what shows in the live view is exactly what the stations get.
    On OK the settings are updated (see :meth:`changed_values` to persist them);
    on Cancel the bridge goes back to the settings it had.
    """

    def __init__(
        self,
        settings: Settings,
        bridge: DeviceBridge,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanners and RFID pads"))
        self._settings = settings
        self._bridge = bridge
        self._demo = demo
        self._changed: dict[str, SettingValue] = {}
        try:
            self._rules: BarcodeRules = barcode_rules(settings)
        except Exception:  # a bad pattern is reported where patterns are edited
            self._rules = BarcodeRules()

        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        left.addWidget(self._build_scanner_group())
        left.addWidget(self._build_rfid_group())
        self.tag_writer = TagWriter(
            bridge, settings.get_str("hardware.rfid.isil"), self, confirm=confirm
        )
        left.addWidget(self.tag_writer)
        left.addStretch(1)

        self.simulated = QCheckBox(self.tr("Use simulated devices (demo mode)"))
        self.simulated.setVisible(demo and SIMULATION_AVAILABLE)
        self.simulated.toggled.connect(self._toggle_simulated)
        layout.addWidget(self.simulated)
        self._sim_row = self._build_simulation_row()
        self._sim_row.setVisible(False)
        layout.addWidget(self._sim_row)

        buttons_row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Look for ports again"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.test_button = QPushButton(self.tr("Apply and test"))
        self.test_button.clicked.connect(self.apply_for_test)
        buttons_row.addWidget(self.refresh_button)
        buttons_row.addWidget(self.test_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)

        right.addWidget(QLabel(self.tr("Scans and tags as they arrive:")))
        self.live = QListWidget()
        self.live.setMinimumHeight(160)
        self.live.setWordWrap(True)
        right.addWidget(self.live, 1)
        self.status_line = QLabel(self.tr("Scan something to test the scanner."))
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

        bridge.scanned.connect(self._show_scan)
        bridge.rfid_tags.connect(self._show_tags)
        bridge.status_changed.connect(self._show_status)
        self.setMinimumWidth(900)
        self.refresh_ports()
        self._load(settings)

    # building -------------------------------------------------------------
    def _combo(self, values: tuple[str, ...], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.addItems(list(values))
        combo.setEditable(editable)
        return combo

    @staticmethod
    def _choice_combo(choices: list[tuple[str, str]]) -> QComboBox:
        """A fixed list showing words, holding the stored values as item data."""
        combo = QComboBox()
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    @staticmethod
    def _set_choice(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _choice(combo: QComboBox) -> str:
        return str(combo.currentData())

    def _build_scanner_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Serial barcode scanner"))
        form = QFormLayout(group)
        self.scanner_port = self._combo((), editable=True)
        self.scanner_port.setToolTip(
            self.tr("Leave empty for a keyboard-wedge (USB keyboard) scanner; it needs no setting.")
        )
        self.scanner_baud = self._combo(BAUD_RATES, editable=True)
        self.scanner_bytesize = self._combo(BYTESIZES)
        parity_names = (
            self.tr("None"),
            self.tr("Even"),
            self.tr("Odd"),
            self.tr("Mark"),
            self.tr("Space"),
        )
        self.scanner_parity = self._choice_combo(list(zip(parity_names, PARITIES, strict=True)))
        self.scanner_stopbits = self._combo(STOPBITS)
        terminator_names = (
            self.tr("Any of CR, LF, Tab, ETX"),
            self.tr("CR"),
            self.tr("LF"),
            self.tr("CR LF"),
            self.tr("Tab"),
            self.tr("ETX"),
        )
        self.scanner_terminator = self._choice_combo(
            list(zip(terminator_names, TERMINATORS, strict=True))
        )
        form.addRow(self.tr("Port"), self.scanner_port)
        form.addRow(self.tr("Baud rate"), self.scanner_baud)
        form.addRow(self.tr("Data bits"), self.scanner_bytesize)
        form.addRow(self.tr("Parity"), self.scanner_parity)
        form.addRow(self.tr("Stop bits"), self.scanner_stopbits)
        form.addRow(self.tr("End of scan"), self.scanner_terminator)
        return group

    def _build_rfid_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("RFID pad"))
        form = QFormLayout(group)
        self.rfid_port = self._combo((), editable=True)
        self.rfid_baud = self._combo(BAUD_RATES, editable=True)
        form.addRow(self.tr("Port"), self.rfid_port)
        form.addRow(self.tr("Baud rate"), self.rfid_baud)
        return group

    def _build_simulation_row(self) -> QWidget:
        row = QGroupBox(self.tr("Simulated devices"))
        line = QHBoxLayout(row)
        self.sim_barcode = QLineEdit("30000012345678")
        self.sim_scan_button = QPushButton(self.tr("Send as a scan"))
        self.sim_scan_button.clicked.connect(self._send_simulated_scan)
        self.sim_unplug_button = QPushButton(self.tr("Unplug scanner"))
        self.sim_unplug_button.setCheckable(True)
        self.sim_unplug_button.toggled.connect(self._toggle_unplugged)
        line.addWidget(QLabel(self.tr("Barcode:")))
        line.addWidget(self.sim_barcode, 1)
        line.addWidget(self.sim_scan_button)
        line.addWidget(self.sim_unplug_button)
        self.sim_blank_button = QPushButton(self.tr("Blank tag on pad"))
        self.sim_blank_button.setToolTip(
            self.tr("Take every tag off the simulated pad and put one blank tag on it.")
        )
        self.sim_blank_button.clicked.connect(self._simulate_blank_tag)
        line.addWidget(self.sim_blank_button)
        return row

    # data ------------------------------------------------------------------
    def _load(self, settings: Settings) -> None:
        self.scanner_port.setCurrentText(settings.get_str("hardware.scanner.port"))
        self.scanner_baud.setCurrentText(str(settings.get_int("hardware.scanner.baud")))
        self.scanner_bytesize.setCurrentText(settings.get_str("hardware.scanner.bytesize"))
        self._set_choice(self.scanner_parity, settings.get_str("hardware.scanner.parity"))
        self.scanner_stopbits.setCurrentText(settings.get_str("hardware.scanner.stopbits"))
        self._set_choice(self.scanner_terminator, settings.get_str("hardware.scanner.terminator"))
        self.rfid_port.setCurrentText(settings.get_str("hardware.rfid.port"))
        self.rfid_baud.setCurrentText(str(settings.get_int("hardware.rfid.baud")))

    def form_values(self) -> dict[str, SettingValue]:
        """The settings as the form shows them (keys of ``hardware.settings_defs``)."""
        return {
            "hardware.scanner.port": self._port(self.scanner_port),
            "hardware.scanner.baud": self._baud(self.scanner_baud, 9600),
            "hardware.scanner.bytesize": self.scanner_bytesize.currentText(),
            "hardware.scanner.parity": self._choice(self.scanner_parity),
            "hardware.scanner.stopbits": self.scanner_stopbits.currentText(),
            "hardware.scanner.terminator": self._choice(self.scanner_terminator),
            "hardware.rfid.port": self._port(self.rfid_port),
            "hardware.rfid.baud": self._baud(self.rfid_baud, 115200),
        }

    @staticmethod
    def _port(combo: QComboBox) -> str:
        """The device path: a listed port shows a description, typed text is used as is."""
        index = combo.currentIndex()
        text = combo.currentText().strip()
        data = combo.itemData(index) if index >= 0 else None
        if data and combo.itemText(index) == combo.currentText():
            return str(data)
        return text

    def _baud(self, combo: QComboBox, fallback: int) -> int:
        text = combo.currentText().strip()
        if text.isdigit() and int(text) > 0:
            return int(text)
        self.status_line.setText(
            self.tr("“{0}” is not a baud rate; using {1}.").format(text, fallback)
        )
        return fallback

    def changed_values(self) -> dict[str, SettingValue]:
        """After OK: the settings that differ from before, for the caller to persist."""
        return dict(self._changed)

    # actions ---------------------------------------------------------------
    @Slot()
    def refresh_ports(self) -> None:
        ports = list_serial_ports()
        for combo in (self.scanner_port, self.rfid_port):
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            for port in ports:
                combo.addItem(port.label(), port.device)
            combo.setCurrentText(current)
        if ports:
            self.status_line.setText(self.tr("{0} serial port(s) found.").format(len(ports)))
        else:
            self.status_line.setText(
                self.tr(
                    "No serial ports found. A keyboard-wedge scanner "
                    "needs none; plug in a serial scanner or pad "
                    "and look again."
                )
            )

    @Slot()
    def apply_for_test(self) -> None:
        values = self.form_values()
        trial = Settings(self._settings.definitions(), self._settings.as_dict())
        for key, value in values.items():
            trial.set(key, value)
        self._bridge.apply_settings(trial)
        self.live.addItem(self.tr("Testing with the settings above..."))

    def accept(self) -> None:
        values = self.form_values()
        for key, value in values.items():
            if self._settings[key] != value:
                self._changed[key] = value
                self._settings.set(key, value)
        if self.simulated.isChecked() and self._bridge.simulated is not None:
            # demo devices live on temporary paths: keep them out of stored settings
            for key in ("hardware.scanner.port", "hardware.rfid.port"):
                self._changed.pop(key, None)
        else:
            self._bridge.apply_settings(self._settings)
        super().accept()

    def reject(self) -> None:
        if not self.simulated.isChecked():
            self._bridge.apply_settings(self._settings)
        super().reject()

    @Slot(bool)
    def _toggle_simulated(self, on: bool) -> None:
        self._sim_row.setVisible(on)
        if on:
            from illdesk.hardware.sim.demo import DEMO_ISIL

            try:
                demo = self._bridge.start_simulated()
            except OSError as exc:
                self.status_line.setText(
                    self.tr("Simulated devices could not start: {0}").format(exc)
                )
                return
            self.scanner_port.setCurrentText(str(demo.scanner.path))
            self.rfid_port.setCurrentText(str(demo.pad.path))
            if not self._settings.get_str("hardware.rfid.isil"):
                self.tag_writer.set_isil(DEMO_ISIL)
            self.live.addItem(self.tr("Simulated scanner and RFID pad started."))
        else:
            self._bridge.shutdown()
            self.tag_writer.set_isil(self._settings.get_str("hardware.rfid.isil"))
            self._load(self._settings)
            self._bridge.apply_settings(self._settings)

    @Slot()
    def _send_simulated_scan(self) -> None:
        demo = self._bridge.simulated
        if demo is None:
            return
        try:
            demo.scanner.scan(self.sim_barcode.text().strip())
        except (OSError, UnicodeEncodeError) as exc:
            self.status_line.setText(
                self.tr("The simulated scanner could not send: {0}").format(exc)
            )

    @Slot()
    def _simulate_blank_tag(self) -> None:
        demo = self._bridge.simulated
        if demo is None:
            return
        from illdesk.hardware.sim.rfid_pad_sim import SimTag, make_uid

        demo.pad.clear()
        demo.pad.place(SimTag(make_uid(0xB1A4C)))

    @Slot(bool)
    def _toggle_unplugged(self, unplugged: bool) -> None:
        demo = self._bridge.simulated
        if demo is None:
            return
        if unplugged:
            demo.scanner.unplug()
            self.sim_unplug_button.setText(self.tr("Plug scanner in"))
        else:
            demo.scanner.plug()
            self.sim_unplug_button.setText(self.tr("Unplug scanner"))

    # live view --------------------------------------------------------------
    def _add_line(self, text: str) -> None:
        self.live.addItem(text)
        while self.live.count() > MAX_LIVE_LINES:
            self.live.takeItem(0)
        self.live.scrollToBottom()

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.status_line.setText(text)
        self._add_line(text)

    @Slot(str)
    def _show_scan(self, raw: str) -> None:
        scan = read_scan(raw, self._rules)
        self._add_line(self.tr("Scan: {0} ({1})").format(scan.text or raw, scan.kind.value))

    @Slot(object)
    def _show_tags(self, snap: object) -> None:
        if not isinstance(snap, PadSnapshot):
            return
        if not snap.readings:
            self._add_line(self.tr("RFID pad: no tags."))
            return
        for reading in snap.readings:
            if reading.decoded is not None:
                tag = reading.decoded.tag
                self._add_line(
                    self.tr("Tag {0}: item {1}, part {2} of {3}, {4}, {5}").format(
                        reading.uid_hex,
                        tag.item_id or "-",
                        tag.part_number,
                        tag.parts_in_item,
                        tag.owner or "-",
                        describe_afi(reading.afi),
                    )
                )
            else:
                self._add_line(
                    self.tr("Tag {0}: {1}").format(reading.uid_hex, reading.problem or "")
                )
        for warning in snap.warnings:
            self._add_line(self.tr("Warning: {0}").format(warning))
