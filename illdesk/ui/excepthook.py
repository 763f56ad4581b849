"""The global exception hook: log the traceback, show staff a dialog, keep running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from illdesk.domain.errors import DeskError
from illdesk.ui import i18n

log = logging.getLogger("illdesk.crash")


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        return
    if isinstance(value, DeskError):
        text = i18n.words(value)
    else:
        text = QCoreApplication.translate(
            "Excepthook",
            "Something went wrong that illdesk did not expect:\n\n{0}\n\n"
            "Your work up to the last saved action is safe. The details are in the log file.",
        ).format(f"{kind.__name__}: {value}")
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Excepthook", "illdesk: unexpected error"),
        text,
    )
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()


def install() -> None:
    sys.excepthook = _hook
