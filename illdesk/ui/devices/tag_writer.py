"""Writing the RFID tag of one of our own items: encode, write, read back, never clobber."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from illdesk.domain.errors import DeskError
from illdesk.domain.rfid_model import encode_block, item_tag_for
from illdesk.hardware.rfid.client import RfidError, RfidPadClient
from illdesk.hardware.rfid.readings import TagReading
from illdesk.hardware.rfid.tag_operations import ForeignTag, write_item_tag
from illdesk.ui import i18n
from illdesk.ui.devices.bridge import DeviceBridge

log = logging.getLogger(__name__)

Confirm = Callable[[str], bool]


class TagWriter(QGroupBox):
    """Item id, part and number of parts; "Write tag" writes the single tag on the pad.

    A tag of another library is only overwritten after ``confirm(question)``
    says yes (a message box by default; injectable for tests).
    """

    written = Signal(object)  # TagReading read back from the tag

    def __init__(
        self,
        bridge: DeviceBridge,
        isil: str,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Write an item tag"))
        self._bridge = bridge
        self._isil = isil
        self._confirm = confirm or self._ask
        form = QFormLayout(self)
        self.item_id = QLineEdit()
        self.item_id.setMaxLength(16)
        self.item_id.setPlaceholderText(self.tr("Item barcode, e.g. 30000012345678"))
        self.parts = QSpinBox()
        self.parts.setRange(1, 255)
        self.part = QSpinBox()
        self.part.setRange(1, 255)
        self.write_button = QPushButton(self.tr("Write tag"))
        self.write_button.clicked.connect(lambda: self.write())
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(self.tr("Item id"), self.item_id)
        form.addRow(self.tr("Parts in item"), self.parts)
        form.addRow(self.tr("This part"), self.part)
        form.addRow(self.write_button)
        form.addRow(self.result)

    def set_isil(self, isil: str) -> None:
        self._isil = isil

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Tag of another library"), question)
        return answer == QMessageBox.StandardButton.Yes

    def write(self, overwrite_foreign: bool = False) -> None:
        """Write the form's item to the one tag on the pad; the outcome shows in ``result``."""
        if not self._isil.strip():
            self.result.setText(
                self.tr(
                    "Set this library's ISIL (e.g. DK-710100) in the settings before writing tags."
                )
            )
            return
        try:
            tag = item_tag_for(
                self.item_id.text(), self._isil, self.parts.value(), self.part.value()
            )
            encode_block(tag)  # refuse bad input here, before the pad is asked
        except DeskError as exc:
            self.result.setText(i18n.words(exc))
            return
        isil = self._isil

        def job(client: RfidPadClient) -> TagReading:
            uids = client.inventory()
            if len(uids) != 1:
                raise RfidError(f"Put exactly one tag on the pad ({len(uids)} found).")
            return write_item_tag(client, uids[0], tag, isil, overwrite_foreign=overwrite_foreign)

        self.write_button.setEnabled(False)
        self.result.setText(self.tr("Writing..."))
        self._bridge.rfid_job(job, self._done)

    def _done(self, future: Future[TagReading]) -> None:
        self.write_button.setEnabled(True)
        try:
            reading = future.result()
        except ForeignTag as exc:
            question = self.tr("{0}\n\nOverwrite it with our item?").format(i18n.words(exc))
            if self._confirm(question):
                self.write(overwrite_foreign=True)
            else:
                self.result.setText(
                    self.tr("Not written: the tag belongs to {0}.").format(exc.owner)
                )
            return
        except DeskError as exc:
            self.result.setText(i18n.words(exc))
            return
        except Exception as exc:  # unexpected: logged in full, shown in words
            log.exception("writing an RFID tag failed")
            self.result.setText(self.tr("Writing the tag failed: {0}").format(exc))
            return
        self.result.setText(
            self.tr("Tag {0} written and checked: item {1}.").format(
                reading.uid_hex, reading.item_id
            )
        )
        self.written.emit(reading)
