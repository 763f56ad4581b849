"""Screenshots of the desk in German (resources/screenshots/de_*.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_de.py [NAME ...]

A demo database in a temporary folder; the desk loads its German translation the way the
start does (the desk setting ``desk.language`` = ``de``), then the main window, a refused
scan (the patron's card before the item, a refusal of the scanning service), the partner
form, the patron form (a Designer form, ``forms/patron_form.ui``) and the settings (the
generated pages) are saved.  With names (``de_settings``) only those pictures are written.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots"


ONLY = set(sys.argv[1:])


def save(widget: QWidget, name: str) -> None:
    if ONLY and name not in ONLY:
        return
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG")
    print(path.name)


def main() -> int:
    app = QApplication(sys.argv[:1])
    from illdesk.composition import build_context
    from illdesk.demo.data import add_todays_arrivals, generate
    from illdesk.persistence.database import open_database
    from illdesk.services.scanning import ScanMode
    from illdesk.ui import i18n, look
    from illdesk.ui.main_window import MainWindow
    from illdesk.ui.partners.partners_dialog import PartnersDialog
    from illdesk.ui.settings_dialog import SettingsDialog

    folder = Path(tempfile.mkdtemp(prefix="illdesk-shots-de-"))
    desk = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    desk.setValue(i18n.SETTING_KEY, "de")
    i18n.install_for_desk(app, desk)
    app.setPalette(look.desk_palette(app.palette()))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    generate(db, 300, today=dt.date.today())
    context = build_context(db)
    add_todays_arrivals(db, context.settings, 8)
    window = MainWindow(context, desk)
    window.resize(1400, 860)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    window.borrowing.refresh()
    window.borrowing.table.selectRow(0)
    window.borrowing.station.box.setFocus()
    if window.today is not None:  # today's counts, from a background task as at the desk
        window.today.start()
        for _ in range(100):
            if window.today.dashboard is not None:
                break
            QTest.qWait(100)
    save(window, "de_main_window")
    station = window.borrowing.station
    station.set_mode(ScanMode.CHECK_OUT)
    station.box.setFocus()
    QTest.keyClicks(station.box, context.patrons.search("")[0].barcode)
    QTest.keyClick(station.box, Qt.Key.Key_Return)
    save(window, "de_refusal")
    partners = PartnersDialog(context, window)
    partners.resize(1400, 720)
    partners.show()
    partners.findChild(QListWidget, "partner_list").setCurrentRow(0)
    save(partners, "de_partner_form")
    partners.close()
    settings = SettingsDialog(context.library_settings, desk, window)
    settings.resize(1300, 820)
    settings.show()
    [borrowing] = settings.groups.findItems("Nehmende Fernleihe", Qt.MatchFlag.MatchExactly)
    settings.groups.setCurrentItem(borrowing)  # titles and help lines in German
    save(settings, "de_settings")
    settings.close()
    from illdesk.ui.dialogs.patron_dialog import PatronDialog

    patron = PatronDialog(context, window, patron=context.patrons.search("")[0])
    patron.show()
    save(patron, "de_patron_form")
    patron.close()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
