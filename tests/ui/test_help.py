"""Help menu: the user guide shipped in the package, the keys of the real window, About."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from illdesk.logging_setup import current_log_file
from illdesk.paths import data_dir
from illdesk.ui.help import AboutDialog, ShortcutsDialog, UserGuideDialog, guide_folder
from illdesk.ui.keymap import ALL_KEYS, key_text


def open_from_menu(qtbot, window, object_name: str, dialog_type):
    action = window.findChild(QAction, object_name)
    assert action is not None and action in window.menuBar().actions()[-1].menu().actions()
    action.trigger()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type)]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_help_user_guide_opens_the_manual_from_the_package(qtbot, window) -> None:
    guide = open_from_menu(qtbot, window, "help_guide", UserGuideDialog)
    assert guide.browser.documentTitle() == "illdesk user guide — illdesk"
    assert Path(guide.browser.source().toLocalFile()).parent == guide_folder()
    assert guide_folder().is_relative_to(Path(__import__("illdesk").__file__).parent)
    guide.close()


def test_every_page_of_the_guide_links_and_shows_its_pictures(qtbot, window) -> None:
    guide = open_from_menu(qtbot, window, "help_guide", UserGuideDialog)
    browser = guide.browser
    pages = sorted(guide_folder().glob("*.html"))
    assert len(pages) >= 12
    seen_images: set[str] = set()
    linked: set[str] = set()
    for page in pages:
        browser.setSource(QUrl.fromLocalFile(str(page)))
        html = page.read_text(encoding="utf-8")
        assert "http://" not in html and "https://" not in html  # no network
        for target in re.findall(r'href="([^"#]+)', html):
            assert (guide_folder() / target).is_file(), f"{page.name} links to {target}"
            linked.add(target)
        for source in re.findall(r'src="([^"]+)"', html):
            image = browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(source)
            )
            assert isinstance(image, QImage | QPixmap), f"{page.name}: {source}"
            assert not image.isNull(), f"{page.name}: {source}"
            assert image.width() >= 600
            seen_images.add(source)
    assert linked >= {p.name for p in pages}  # every page is reachable from another
    assert len(seen_images) >= 8
    for png in (guide_folder() / "images").glob("*.png"):
        assert png.stat().st_size < 60_000, f"{png.name} is too big for the package"


def test_following_a_link_in_the_guide_opens_that_page(qtbot, window) -> None:
    guide = open_from_menu(qtbot, window, "help_guide", UserGuideDialog)
    guide.browser.setSource(QUrl("lending-ship.html"))
    assert guide.browser.documentTitle() == "Lending: ship — illdesk"
    assert "CN22" in guide.browser.toPlainText()
    guide.back.click()
    assert guide.browser.documentTitle() == "illdesk user guide — illdesk"


def test_the_shortcuts_list_holds_every_key_of_the_window(qtbot, window) -> None:
    dialog = open_from_menu(qtbot, window, "help_shortcuts", ShortcutsDialog)
    native = QKeySequence.SequenceFormat.NativeText
    listed = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    listed_keys = {key for key, _what in listed}
    expected: set[str] = set()
    for action in window.findChildren(QAction):
        expected.update(s.toString(native) for s in action.shortcuts() if not s.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            expected.add(shortcut.key().toString(native))
    assert expected and expected <= listed_keys
    assert {"F5", "F6", "F7", "F8", "F9", "F11", "F12", "Ctrl+B", "F1"} <= listed_keys
    for key in ALL_KEYS:  # every key of the one key table, in its words
        assert (QKeySequence(key.sequence).toString(native), key_text(key)) in listed
    wheres = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"File", "Scan", "View", "scan box", "detail pane"} <= wheres
    assert all(what and what != key for key, what in listed)


def test_about_shows_version_database_data_folder_and_log(qtbot, window, context) -> None:
    dialog = open_from_menu(qtbot, window, "help_about", AboutDialog)
    shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert shown["about_database"] == context.database_description
    assert shown["about_data"] == str(data_dir())
    log_file = current_log_file() or data_dir() / "logs" / "illdesk.log"
    assert shown["about_log"] == str(log_file)
    assert re.match(r"\d+\.\d+", shown["about_version"])


def test_the_guide_writes_down_the_whole_keyboard_model() -> None:
    """The guide's keyboard page is made from the key table (tools/help_pages.py)."""
    import html as html_module
    from pathlib import Path

    import illdesk

    page = Path(illdesk.__file__).parent / "resources" / "help" / "keyboard.html"
    text = html_module.unescape(page.read_text(encoding="utf-8"))
    for key in ALL_KEYS:
        assert f'<td class="key">{key.sequence}</td><td>{key.text}' in text, key.name
    index = (page.parent / "index.html").read_text(encoding="utf-8")
    assert 'href="keyboard.html"' in index
