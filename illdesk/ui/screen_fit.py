"""Windows and dialogs that fit the screen they are on, at any scaling (150 % included).

A size asked for in code is in logical pixels; at QT_SCALE_FACTOR=1.5 a 1600x1000 screen
is 1066x666 of them, so "1500x900" would run off it.  :func:`fit_size` asks for at most
what the screen has, :func:`keep_on_screen` moves and shrinks a window that has grown past
it (again once the window manager has framed it), and the dialogs that ask for a size
ask through :func:`fit_size`.  The main
window's saved geometry is restored through :func:`restore_geometry`, clamped the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QInputDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SCREEN_SHARE = 0.94
"""At most this share of the screen's free width and height."""


def available(widget: QWidget) -> QRect:
    """The free part (without panels and task bars) of the screen the widget is on."""
    # the screen under the window's middle, looked up in the application's list: asking it
    # of the widget (QWidget.screen(), or its QWindow's) for a dialog Qt made and deletes
    # itself (QInputDialog.getText's) left Qt's screen list pointing at freed memory
    # (PySide 6.11, offscreen; valgrind), and the next window crashed in QWidget::screen()
    parent = widget.parentWidget()
    host = parent if parent is not None and not widget.isVisible() else widget
    middle = host.window().frameGeometry().center()
    screen = QGuiApplication.screenAt(middle) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(widget: QWidget) -> QSize:
    """What the window manager adds around the widget (title bar, borders)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def largest(widget: QWidget) -> QSize:
    free = available(widget)
    extra = _frame(widget)
    return QSize(
        int(free.width() * SCREEN_SHARE) - extra.width(),
        int(free.height() * SCREEN_SHARE) - extra.height(),
    )


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or as much of it as the screen has room for."""
    room = largest(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink the window to the screen and move it wholly onto it."""
    free = available(widget)
    room = largest(widget)
    size = widget.size()
    if size.width() > room.width() or size.height() > room.height():
        widget.resize(min(size.width(), room.width()), min(size.height(), room.height()))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), free.x()), free.right() - frame.width() + 1)
    y = min(max(frame.y(), free.y()), free.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, free.x()), max(y, free.y()))


def restore_geometry(widget: QWidget, settings: QSettings, key: str) -> bool:
    """The geometry saved under ``key``, kept on today's screen; False if none was saved."""
    saved = settings.value(key)
    restored = isinstance(saved, QByteArray | bytes) and widget.restoreGeometry(QByteArray(saved))
    keep_on_screen(widget)
    return bool(restored)


def save_geometry(widget: QWidget, settings: QSettings, key: str) -> None:
    settings.setValue(key, widget.saveGeometry())


def keep_on_screen_when_framed(widget: QWidget) -> None:
    """Once more after the window manager has framed a window just shown."""
    QTimer.singleShot(0, widget, lambda: keep_on_screen(widget))


def fit_title(dialog: QWidget) -> None:
    """Wide enough for its title, which a narrow dialog cuts ("Add s… ember")."""
    room = largest(dialog)
    wanted = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    if dialog.width() < wanted:
        dialog.resize(min(wanted, room.width()), dialog.height())


TITLE_BAR_EXTRA = 160
"""Room a title bar takes besides the title: the icon and the window buttons."""


def get_text(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    """QInputDialog.getText in a dialog wide enough for its title."""

    def widen() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            fit_title(dialog)

    QTimer.singleShot(0, widen)
    return QInputDialog.getText(parent, title, label)


def scrolling(parent: QWidget, *parts: QWidget) -> QScrollArea:
    """``parts`` one under the other in a page that scrolls when the screen is short, so
    the dialog's buttons below it stay in reach."""
    page = QWidget(parent)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        column.addWidget(part)
    column.addStretch(1)
    area = QScrollArea(parent)
    area.setObjectName("form_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
