"""Started as a child process by bench_start: the floor for a desk start, a bare
QMainWindow shown, painted and its event loop turning, reported on stderr with the same
words ``illdesk --quit-after-start`` uses."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1500, 900)

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print("illdesk: the window is shown and painted; closing", file=sys.stderr, flush=True)
        window.close()
        app.quit()

    watcher = Painted()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


sys.exit(main())
