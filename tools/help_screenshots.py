"""Screenshots of the real window for the user guide (illdesk/resources/help/images).

Run under a real X server, e.g.
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/help_screenshots.py
It makes a demo database in a temporary folder, opens the window as staff see it, puts each
station in front and saves a small PNG (900 pixels wide, 256 colours) of the window.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[1] / "illdesk" / "resources" / "help" / "images"
WIDTH = 900


def save(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
        # widgets replaced with deleteLater go, as in the running program's event loop
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    image = widget.grab().toImage()
    image = image.scaledToWidth(
        min(WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation
    )
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    path = OUT / f"{name}.png"
    image.save(str(path), "PNG", 9)
    print(f"{path.name}: {path.stat().st_size // 1024} KB")


def main() -> int:
    QApplication(sys.argv)
    from illdesk.composition import build_context
    from illdesk.demo.data import add_todays_arrivals, generate
    from illdesk.persistence.database import open_database
    from illdesk.services.scanning import ScanMode
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.partners.partners_dialog import PartnersDialog

    folder = Path(tempfile.mkdtemp(prefix="illdesk-shots-"))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    generate(db, 300, today=dt.date.today())
    context = build_context(db)
    add_todays_arrivals(db, context.settings, 8)
    desk = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, desk)
    window.resize(1400, 860)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    shots = {
        "borrowing_receive": (window.borrowing, ScanMode.RECEIVE),
        "borrowing_check_out": (window.borrowing, ScanMode.CHECK_OUT),
        "borrowing_check_in": (window.borrowing, ScanMode.CHECK_IN),
        "borrowing_return_to_lender": (window.borrowing, ScanMode.RETURN_TO_LENDER),
        "lending_pull": (window.lending, ScanMode.PULL),
        "lending_ship": (window.lending, ScanMode.SHIP),
        "lending_returns": (window.lending, ScanMode.RETURN_RECEIVED),
    }
    for name, (tab, mode) in shots.items():
        window.tabs.setCurrentWidget(tab)
        tab.refresh()
        tab.station.set_mode(mode)
        tab.table.selectRow(0)
        tab.station.box.setFocus()
        save(window, name)
    from sqlalchemy import select

    from illdesk.persistence import orm

    with db.reading() as session:
        article = session.scalar(
            select(orm.Request.id)
            .where(orm.Request.side == "lending", orm.Request.service_type == "copy")
            .order_by(orm.Request.state.in_(("holdings_checked", "scanned", "new")).desc())
            .limit(1)
        )
    if article is not None:
        window.tabs.setCurrentWidget(window.lending)
        window.lending.show_request(context.requests.detail(article))
        save(window, "lending_articles")
    window.tabs.setCurrentWidget(window.patrons)
    window.patrons.refresh()
    save(window, "patrons")
    partners = PartnersDialog(context, window)
    partners.resize(1100, 700)
    partners.show()
    save(partners, "partners")
    partners.close()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
