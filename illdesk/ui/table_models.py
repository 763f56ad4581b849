"""Qt table models over the immutable rows the services return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from illdesk.domain.state_groups import StateGroup, group_of
from illdesk.services.rows import HistoryRow, PatronRow, RequestRow

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableModels", text)


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], object]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of frozen dataclasses; replaced wholesale on refresh."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = self._columns[index.column()].value(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return _fmt(value)
        if role == SORT_ROLE:
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            return value if value is not None else ""
        return self.extra_data(row, role)

    def extra_data(self, row: Row, role: int) -> Any:
        return None


_GROUP_COLOURS = {
    StateGroup.NEEDS_ACTION: QColor("#fffaeb"),
    StateGroup.OVERDUE: QColor("#fde2e1"),
    StateGroup.IN_TRANSIT: QColor("#e6f0ff"),
}


class RequestTableModel(RowTableModel[RequestRow]):
    def __init__(self, who_title: str, parent: Any = None) -> None:
        super().__init__(
            [
                Column("Number", lambda r: r.number),
                Column("State", lambda r: r.state_label),
                Column("Type", lambda r: r.service_type.value),
                Column("Title", lambda r: r.title),
                Column("Author", lambda r: r.author),
                Column(who_title, lambda r: r.who),
                Column("Partner", lambda r: r.partner),
                Column("Need by", lambda r: r.needed_by),
                Column("Due", lambda r: r.due_date),
                Column("Updated", lambda r: r.updated_at),
            ],
            parent,
        )

    def extra_data(self, row: RequestRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _GROUP_COLOURS.get(group_of(row.side, row.state))  # type: ignore[arg-type]
            return QBrush(colour) if colour is not None else None
        return None


class PatronTableModel(RowTableModel[PatronRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("Name", lambda p: p.name),
                Column("Card", lambda p: p.barcode),
                Column("E-mail", lambda p: p.email),
                Column("Category", lambda p: p.category),
                Column("Expires", lambda p: p.expires_on),
                Column("Active requests", lambda p: p.active_requests),
                Column("Blocked", lambda p: p.blocked_reason),
            ],
            parent,
        )

    EXPIRES = 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == self.EXPIRES
            and role == Qt.ItemDataRole.DisplayRole
            and self.row_at(index.row()).card_expired
        ):
            return _tr("{0} expired").format(_fmt(self.row_at(index.row()).expires_on))
        return super().data(index, role)

    def extra_data(self, row: PatronRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.blocked_reason:
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.BackgroundRole and row.card_expired:
            return QBrush(QColor("#fff3cd"))
        if role == Qt.ItemDataRole.ToolTipRole and row.card_expired:
            return _tr("The card has expired: renew it before a new request.")
        return None


class HistoryTableModel(RowTableModel[HistoryRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("When", lambda h: h.at),
                Column("Who", lambda h: h.staff),
                Column("Action", lambda h: h.action.replace("_", " ")),
                Column("From", lambda h: h.from_state.replace("_", " ")),
                Column("To", lambda h: h.to_state.replace("_", " ")),
                Column("Note", lambda h: h.note),
            ],
            parent,
        )
