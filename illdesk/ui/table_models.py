"""Qt table models over the immutable rows the services return."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from illdesk.domain.errors import DeskError
from illdesk.domain.state_groups import StateGroup, group_of
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import describe_action, describe_state
from illdesk.services.rows import HistoryRow, PatronRow, RequestRow
from illdesk.ui import i18n

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_UNASKED = object()
log = logging.getLogger(__name__)


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


def _sort_value(value: object) -> object:
    """What a column sorts by: dates as ISO text, nothing as empty text."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value if value is not None else ""


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
        self._painted: dict[int, tuple[Row, list[str], dict[int, Any]]] = {}
        """Each painted row's cell texts and its answers for the other roles asked of it
        (background, tooltip, ...), by the row (its ``id``; the row itself kept to tell it
        from a later one with the same ``id``): every repaint of the list asks for every
        cell again, and formatting its dates and words each time was most of it."""

    def beginResetModel(self) -> None:  # noqa: N802
        super().beginResetModel()
        self._painted.clear()  # rows gone: none of their texts is asked for again

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def replace_row(self, row: Row, same: Callable[[Row, Row], bool]) -> bool:
        """Put ``row`` where the row ``same`` as it is; only that line is redrawn."""
        for number, old in enumerate(self._rows):
            if same(old, row):
                self._rows[number] = row
                last = self.index(number, len(self._columns) - 1)
                self.dataChanged.emit(self.index(number, 0), last)
                return True
        return False

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
            return i18n.translate(self._columns[section].title)  # marked with N_()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._answer(self._rows[index.row()], index.column(), role)

    def _answer(self, row: Row, column: int, role: int) -> Any:
        """What the cell of ``row`` in ``column`` holds for ``role``: the column's value
        only for the roles that show it (a painted cell asks for half a dozen roles, most
        of them answered None)."""
        if role == SORT_ROLE:
            return _sort_value(self._columns[column].value(row))
        _row, texts, extras = self._painted_row(row)
        if role == _DISPLAY:
            return texts[column]
        value = extras.get(role, _UNASKED)
        if value is _UNASKED:
            value = extras[role] = self.extra_data(row, role)
        return value

    def multiData(  # noqa: N802
        self,
        index: Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """Every role a painted cell asks for, in one call (as Qt's item delegates ask):
        the same answers as :meth:`data`, from the row's made once (:meth:`_painted_row`).
        A list repaints some 160 cells of seven roles each: this loop is the Python part
        of every one of them, so it reads the cached answers itself (0.7 of the 5.3 ms a
        page of the request list took to paint)."""
        roles: Iterable[QModelRoleData] = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QModelRoleData)
            else cast("Iterable[QModelRoleData]", roleDataSpan)  # iterable; not in the stubs
        )
        if not index.isValid():
            for wanted in roles:
                wanted.clearData()
            return
        row, column = self._rows[index.row()], index.column()
        _row, texts, extras = self._painted_row(row)
        for wanted in roles:
            role = wanted.role()
            if role == _DISPLAY:
                wanted.setData(texts[column])
                continue
            value = extras.get(role, _UNASKED)
            if value is _UNASKED:  # the sort role, or the first ask of another
                value = self._answer(row, column, role)
            if value is None:
                wanted.clearData()
            else:
                wanted.setData(value)

    def texts_of(self, row: Row) -> list[str]:
        """The texts of ``row``'s cells, made when it is first painted."""
        return self._painted_row(row)[1]

    def _painted_row(self, row: Row) -> tuple[Row, list[str], dict[int, Any]]:
        """``row``, its cells' texts and its answers so far for the other roles (but the
        sort role, which depends on the column)."""
        known = self._painted.get(id(row))
        if known is not None and known[0] is row:
            return known
        texts = [self.cell_text(row, number) for number in range(len(self._columns))]
        made = self._painted[id(row)] = (row, texts, {})
        return made

    def cell_text(self, row: Row, column: int) -> str:
        """The text ``row`` shows in ``column`` (:meth:`data` and :meth:`multiData` both
        answer it): its value in words."""
        return _fmt(self._columns[column].value(row))

    def extra_data(self, row: Row, role: int) -> Any:
        return None


GROUP_COLOURS = {
    StateGroup.NEEDS_ACTION: QColor("#fffaeb"),
    StateGroup.OVERDUE: QColor("#fde2e1"),
    StateGroup.IN_TRANSIT: QColor("#e6f0ff"),
}


@functools.cache
def _group_brush(side: Side, state: State) -> QBrush | None:
    """The background of a request's line: its group's colour (one brush per state)."""
    colour = GROUP_COLOURS.get(group_of(side, state))  # type: ignore[arg-type]
    return QBrush(colour) if colour is not None else None


Fetch = Callable[[RequestRow | None, int], Sequence[RequestRow]]
"""``fetch(after, n)``: the ``n`` rows after the row ``after`` (None: from the start)."""


class RequestTableModel(RowTableModel[RequestRow]):
    """Rows fetched lazily: the first page when the search changes, the next ones as the
    view scrolls to the end (``canFetchMore``/``fetchMore``), up to ``cap`` rows.

    The model sorts itself (a header click): the rows come newest first, which is the
    list's own order (Updated, descending), so a new search is shown as fetched; another
    column's order is a stable sort of the rows in the order they were fetched."""

    UPDATED = 9

    def __init__(self, who_title: str, parent: Any = None) -> None:
        self._fetch: Fetch | None = None
        self._page = 0
        self._cap = 0
        self._more = False
        self._fetched: list[RequestRow] = []
        """The rows in the order they came (newest first); ``_rows`` is the order shown."""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        """The column and order shown; None for the order the rows came in."""
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

    def set_rows(self, rows: Sequence[RequestRow]) -> None:
        self._fetch, self._more = None, False
        self._fetched = list(rows)
        super().set_rows(self._in_order(self._fetched))

    def set_source(
        self, fetch: Fetch, page: int, cap: int, first: Sequence[RequestRow] | None = None
    ) -> None:
        """Show the first ``page`` rows of ``fetch`` (or ``first``, when the caller has
        them already); the rest come as staff scroll.  Rows equal to those shown change
        nothing on screen (a letter more that finds the same requests)."""
        wanted = min(page, cap)
        rows = list(fetch(None, wanted) if first is None else first)
        self._fetch, self._page, self._cap = fetch, page, cap
        self._more = len(rows) == wanted and len(rows) < cap
        if rows == self._fetched and len(self._rows) == len(rows):
            return
        self.beginResetModel()
        self._fetched = rows
        self._rows = self._in_order(rows)
        self.endResetModel()

    def replace_row(self, row: RequestRow, same: Callable[[RequestRow, RequestRow], bool]) -> bool:
        self._fetched = [row if same(old, row) else old for old in self._fetched]
        return super().replace_row(row, same)

    def has_more(self) -> bool:
        """More rows match than are fetched (and the cap is not reached)."""
        return self._more

    def at_cap(self) -> bool:
        return self._fetch is not None and len(self._rows) >= self._cap

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._fetch is None or not self._fetched:
            return
        wanted = min(self._page, self._cap - len(self._rows))
        try:
            rows = list(self._fetch(self._fetched[-1], wanted))
        except DeskError as exc:  # the database went away meanwhile: keep what is shown
            log.warning("no more rows: %s", exc.message)
            self._more = False
            return
        self._more = len(rows) == wanted and len(self._rows) + len(rows) < self._cap
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._fetched.extend(rows)
            self._rows.extend(rows)
            self.endInsertRows()
            if self._sort is not None:  # the new rows take their places in the order shown
                self._reorder()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the rows fetched so far in ``column``'s order."""
        shown = (column, order)
        self._sort = None if column < 0 or shown == (self.UPDATED, _DESCENDING) else shown
        self._reorder()

    def _in_order(self, rows: list[RequestRow]) -> list[RequestRow]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        value = self._columns[column].value
        return sorted(
            rows,
            key=lambda r: _sort_key(value(r)),
            reverse=order == _DESCENDING,
        )

    def _reorder(self) -> None:
        """Sorted again, the selection and current row staying on their requests."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._in_order(self._fetched)
        place = {id(row): number for number, row in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [
            self.index(place[id(old[i.row()])], i.column()) if i.row() < len(old) else i
            for i in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def extra_data(self, row: RequestRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return _group_brush(row.side, row.state)
        return None


_DESCENDING = Qt.SortOrder.DescendingOrder


def _sort_key(value: object) -> tuple[int, Any]:
    """Text and dates (as ISO text) sort together; anything else after them."""
    sorted_by = _sort_value(value)
    return (0, sorted_by) if isinstance(sorted_by, str) else (1, sorted_by)


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

    EXPIRES = 4

    def cell_text(self, row: PatronRow, column: int) -> str:
        if column == self.EXPIRES and row.card_expired:
            return _tr("{0} expired").format(_fmt(row.expires_on))
        return super().cell_text(row, column)

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
                Column(N_("When"), lambda h: h.at),
                Column(N_("Who"), lambda h: h.staff),
                Column(N_("Action"), lambda h: _action_words(h.action)),
                Column(N_("From"), lambda h: _state_words(h.from_state)),
                Column(N_("To"), lambda h: _state_words(h.to_state)),
                Column(N_("Note"), lambda h: h.note),
            ],
            parent,
        )
