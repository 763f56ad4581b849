"""Qt table models over the immutable rows the services return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from illdesk.domain.state_groups import StateGroup, group_of
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import describe_action, describe_state
from illdesk.services.rows import HistoryRow, PatronRow, RequestRow
from illdesk.ui import i18n

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return i18n.translate(text)


SERVICE_WORDS = {ServiceType.LOAN: N_("loan"), ServiceType.COPY: N_("copy")}
"""The request list's words for the service type."""


def _state_words(value: str) -> str:
    """A recorded state in words (translated when shown); an unknown one as it was stored."""
    try:
        return describe_state(State(value))
    except ValueError:
        return value.replace("_", " ")


def _action_words(value: str) -> str:
    try:
        return describe_action(Action(value))
    except ValueError:
        return value.replace("_", " ")


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return i18n.datetime_text(value)
    if isinstance(value, dt.date):
        return i18n.date_text(value)
    return i18n.words(value) if isinstance(value, Sentence) else str(value)


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


GROUP_COLOURS = {
    StateGroup.NEEDS_ACTION: QColor("#fffaeb"),
    StateGroup.OVERDUE: QColor("#fde2e1"),
    StateGroup.IN_TRANSIT: QColor("#e6f0ff"),
}


class RequestTableModel(RowTableModel[RequestRow]):
    def __init__(self, who_title: str, parent: Any = None) -> None:
        super().__init__(
            [
                Column(N_("Number"), lambda r: r.number),
                Column(N_("State"), lambda r: r.state_label),
                Column(N_("Type"), lambda r: Sentence(SERVICE_WORDS[r.service_type])),
                Column(N_("Title"), lambda r: r.title),
                Column(N_("Author"), lambda r: r.author),
                Column(who_title, lambda r: r.who),
                Column(N_("Partner"), lambda r: r.partner),
                Column(N_("Need by"), lambda r: r.needed_by),
                Column(N_("Due"), lambda r: r.due_date),
                Column(N_("Updated"), lambda r: r.updated_at),
            ],
            parent,
        )

    def extra_data(self, row: RequestRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = GROUP_COLOURS.get(group_of(row.side, row.state))  # type: ignore[arg-type]
            return QBrush(colour) if colour is not None else None
        return None


class PatronTableModel(RowTableModel[PatronRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(N_("Name"), lambda p: p.name),
                Column(N_("Card"), lambda p: p.barcode),
                Column(N_("E-mail"), lambda p: p.email),
                Column(N_("Category"), lambda p: p.category),
                Column(N_("Expires"), lambda p: p.expires_on),
                Column(N_("Active requests"), lambda p: p.active_requests),
                Column(N_("Blocked"), lambda p: p.blocked_reason),
            ],
            parent,
        )

    def extra_data(self, row: PatronRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.blocked_reason:
            return QBrush(QColor("#fde2e1"))
        return None


class HistoryTableModel(RowTableModel[HistoryRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(N_("When"), lambda h: h.at),
                Column(N_("Who"), lambda h: h.staff),
                Column(N_("Action"), lambda h: _action_words(h.action)),
                Column(N_("From"), lambda h: _state_words(h.from_state)),
                Column(N_("To"), lambda h: _state_words(h.to_state)),
                Column(N_("Note"), lambda h: h.note),
            ],
            parent,
        )
