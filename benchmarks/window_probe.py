"""Started as a child process by bench_window: prints seconds from interpreter start to a
usable window (the desk's, or a bare QMainWindow as the baseline)."""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    started = float(sys.argv[2])
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
    else:
        from illdesk.composition import build_context
        from illdesk.persistence.database import open_database
        from illdesk.ui.main_window import MainWindow

        db = open_database(sys.argv[1])
        # a file of its own: QSettings saves by renaming a new file over the old one, which
        # over os.devnull (as root) replaces /dev/null with a plain file
        folder = tempfile.mkdtemp(prefix="illdesk-probe-")
        desk = QSettings(os.path.join(folder, "desk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(build_context(db), desk)
    window.show()

    def done() -> None:
        print(time.time() - started, flush=True)
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


main()
