"""A unit of work's writes as plain SQLAlchemy Core statements, for the desk's hot path.

A scan changes a few columns of one request, adds its history row and a queued notice or
peer message or two.  The ORM's flush does that through its general machinery (a
dependency sort over every mapper, per-attribute history, events); here the same writes go
out as one ``UPDATE`` per changed row (guarded by its version counter, as the ORM guards
it) and one ``INSERT`` per new row, and the objects are then set in the session as if
flushed: persistent, their primary keys known, no history left.

Only a unit of work of that plain shape is written this way: changed columns and rows
added to one-to-many collections of rows already stored, new rows whose many-to-one links
point at rows already stored.  Anything else (a deletion, a link changed, a new row that
points at another new row) goes through :meth:`Session.flush` as before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Integer, bindparam, insert, inspect, update
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.base import PASSIVE_NO_INITIALIZE
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import MANYTOONE, ONETOMANY
from sqlalchemy.orm.state import InstanceState


class _NotPlain(Exception):
    """The unit of work is not of the plain shape: the ORM flushes it."""


def write_changes(session: Session) -> None:
    """Write what ``session`` holds unwritten: as Core statements when the unit of work is
    plain (see the module), else through :meth:`Session.flush`.

    Raises :class:`StaleDataError` when a versioned row was changed by someone else since
    it was read (nothing of this unit of work is kept: the caller's transaction rolls back).
    """
    if session.deleted:
        session.flush()
        return
    try:
        plan = _plan(session)
    except _NotPlain:
        session.flush()
        return
    _execute(session, *plan)


_Update = tuple[InstanceState[Any], dict[str, Any]]
_Insert = tuple[InstanceState[Any], dict[str, Any]]


def _plan(session: Session) -> tuple[list[InstanceState[Any]], list[_Update], list[_Insert]]:
    new_states = {id(inspect(obj)): inspect(obj) for obj in session.new}
    links: dict[int, dict[str, Any]] = {key: {} for key in new_states}
    dirty: list[InstanceState[Any]] = []
    updates: list[_Update] = []
    for obj in session.dirty:
        state: InstanceState[Any] = inspect(obj)
        dirty.append(state)
        mapper = state.mapper
        if len(mapper.tables) != 1 or len(mapper.primary_key) != 1:
            raise _NotPlain  # a row over several tables, or with a key of several columns
        columns: dict[str, Any] = {}
        for key in list(state.committed_state):
            history = get_history(obj, key, passive=PASSIVE_NO_INITIALIZE)
            if key in mapper.column_attrs:
                if history.has_changes():
                    if key in _key_columns(mapper) or key == _version_key(mapper):
                        raise _NotPlain  # a primary key or version set by hand
                    columns[key] = history.added[0] if history.added else None
                continue
            relationship = mapper.relationships.get(key)
            if relationship is not None and relationship.direction is MANYTOONE:
                _link(state, relationship, history.added, new_states, columns)
                continue
            if relationship is None or relationship.direction is not ONETOMANY:
                raise _NotPlain
            if history.deleted or relationship.secondary is not None:
                raise _NotPlain
            for child in history.added:
                child_state = inspect(child)
                if id(child_state) not in new_states:
                    raise _NotPlain  # a stored row moved from one parent to another
                for local, remote in relationship.local_remote_pairs:
                    value = state.dict.get(mapper.get_property_by_column(local).key)
                    if value is None:
                        raise _NotPlain
                    links[id(child_state)][_attr_key(child_state.mapper, remote)] = value
        if columns:
            updates.append((state, columns))
    inserts: list[_Insert] = []
    for number, state in sorted(new_states.items(), key=lambda kv: kv[1].insert_order or 0):
        inserts.append((state, _row_of(state, links[number], new_states)))
    return dirty, updates, inserts


def _link(
    state: InstanceState[Any],
    relationship: Any,
    added: Any,
    new_states: dict[int, Any],
    columns: dict[str, Any],
) -> None:
    """A many-to-one link set on a stored row: its foreign key, when that changes."""
    target = added[0] if added else None
    target_state = None if target is None else inspect(target)
    if target_state is not None and (target_state.key is None or id(target_state) in new_states):
        raise _NotPlain  # points at a row not stored yet
    mapper = state.mapper
    for local, remote in relationship.local_remote_pairs:
        local_key = _attr_key(mapper, local)
        value = (
            None
            if target_state is None
            else target_state.dict.get(_attr_key(target_state.mapper, remote))
        )
        if target_state is not None and value is None:
            raise _NotPlain
        if state.dict.get(local_key) != value:
            columns[local_key] = value


def _row_of(
    state: InstanceState[Any], linked: dict[str, Any], new_states: dict[int, Any]
) -> dict[str, Any]:
    mapper = state.mapper
    if len(mapper.tables) != 1 or len(mapper.primary_key) != 1:
        raise _NotPlain
    (key_column,) = mapper.primary_key
    if not isinstance(key_column.type, Integer) or mapper.version_id_col is not None:
        raise _NotPlain  # only rows numbered by the database and not versioned
    for relationship in mapper.relationships:
        if relationship.key not in state.dict:
            continue
        value = state.dict[relationship.key]
        if relationship.direction is MANYTOONE:
            if value is None:
                continue
            target = inspect(value)
            if target.key is None or id(target) in new_states:
                raise _NotPlain  # points at a row not stored yet
            for local, remote in relationship.local_remote_pairs:
                remote_value = target.dict.get(_attr_key(target.mapper, remote))
                if remote_value is None:
                    raise _NotPlain
                linked[_attr_key(mapper, local)] = remote_value
        elif value:  # a new row with rows of its own
            raise _NotPlain
    row = {
        prop.key: state.dict[prop.key]
        for prop in mapper.column_attrs
        if prop.key in state.dict and prop.key != mapper.get_property_by_column(key_column).key
    }
    row.update(linked)
    for prop in mapper.column_attrs:  # the column defaults, set on the object as a flush does
        (column,) = prop.columns
        default = getattr(column, "default", None)
        if prop.key in row or column is key_column or default is None:
            continue
        if default.is_scalar:
            row[prop.key] = default.arg
        elif default.is_callable:
            row[prop.key] = default.arg(None)  # ours take no context (utcnow)
        else:
            raise _NotPlain  # a SQL expression: the ORM fetches what it made
    return row


def _execute(
    session: Session,
    dirty: list[InstanceState[Any]],
    updates: list[_Update],
    inserts: list[_Insert],
) -> None:
    connection = session.connection()
    versions: dict[int, int] = {}
    for state, columns in updates:  # a stale row refuses before any insert
        version = _update(connection, state, columns)
        if version is not None:
            versions[id(state)] = version
    for state, row in inserts:
        mapper = state.mapper
        (key_column,) = mapper.primary_key
        table = mapper.local_table
        values = {_column(mapper, key).key: value for key, value in row.items()}
        result = connection.execute(_insert_of(table), values)
        primary_key = result.inserted_primary_key
        assert primary_key is not None
        row[mapper.get_property_by_column(key_column).key] = primary_key[0]
    # the rows are stored: the objects become what a flush leaves, persistent and clean,
    # by the step a flush ends with (numbered, in the identity map, new in this
    # transaction, so that a rollback takes them out again); a column the database filled
    # in itself (a server default) is read when first asked for, as after a flush
    for state, row in inserts:
        # straight into the object's dict: a column (even a foreign key) fires no
        # relationship event when set, and its history is reset with the rest
        state.dict.update(row)
    if inserts:
        session._register_persistent({state for state, _row in inserts})
        for state, _row in inserts:
            filled = [p.key for p in state.mapper.column_attrs if p.key not in state.dict]
            if filled:
                state._expire_attributes(state.dict, filled)
    for state in dirty:
        # as a flush leaves a row it wrote: what it holds now is what is stored (a
        # collection not loaded yet reads the new rows when next asked for)
        if version_key := _version_key(state.mapper):
            state.dict[version_key] = versions.get(id(state), state.dict.get(version_key))
        state._commit_all(state.dict, session.identity_map)


def _update(connection: Any, state: InstanceState[Any], columns: dict[str, Any]) -> int | None:
    """One row's changed columns in one UPDATE; its new version, when it has one."""
    mapper = state.mapper
    (key_column,) = mapper.primary_key
    params = {"v_" + _column(mapper, key).key: value for key, value in columns.items()}
    params["k_key"] = state.dict[mapper.get_property_by_column(key_column).key]
    version_key = _version_key(mapper)
    if version_key is not None:
        old = state.dict[version_key]
        new = old + 1  # as the ORM counts
        params["k_version"] = old
    statement = _update_of(mapper, tuple(sorted(columns)))
    result = connection.execute(statement, params)
    if result.rowcount != 1:
        raise StaleDataError(
            f"UPDATE statement on table '{mapper.local_table}' expected to update 1 row(s); "
            f"{result.rowcount} were matched."
        )
    return new if version_key is not None else None


_STATEMENTS: dict[tuple[object, ...], Any] = {}
"""The statements written so far, built once each (a built statement keeps its compiled
form in the engine's cache without being looked at again)."""


def _insert_of(table: Any) -> Any:
    statement = _STATEMENTS.get((table,))
    if statement is None:
        statement = _STATEMENTS[(table,)] = insert(table)
    return statement


def _update_of(mapper: Mapper[Any], keys: tuple[str, ...]) -> Any:
    """UPDATE of ``keys`` on the row with the primary key ``k_key`` (and the version
    ``k_version``, set one higher, on a versioned mapper)."""
    statement = _STATEMENTS.get((mapper, keys))
    if statement is not None:
        return statement
    (key_column,) = mapper.primary_key
    values: dict[Any, Any] = {}
    for key in keys:
        column = _column(mapper, key)
        values[column] = bindparam("v_" + column.key, type_=column.type)
    table: Any = mapper.local_table
    statement = update(table).where(key_column == bindparam("k_key"))
    version_column = mapper.version_id_col
    if version_column is not None:
        values[version_column] = version_column + 1
        statement = statement.where(version_column == bindparam("k_version"))
    statement = _STATEMENTS[(mapper, keys)] = statement.values(values)
    return statement


def _key_columns(mapper: Mapper[Any]) -> set[str]:
    return {mapper.get_property_by_column(c).key for c in mapper.primary_key}


def _version_key(mapper: Mapper[Any]) -> str | None:
    column = mapper.version_id_col
    return None if column is None else mapper.get_property_by_column(column).key


def _attr_key(mapper: Mapper[Any], column: Any) -> str:
    return mapper.get_property_by_column(column).key


def _column(mapper: Mapper[Any], key: str) -> Column[Any]:
    prop = mapper.column_attrs[key]
    (column,) = prop.columns
    return column  # type: ignore[return-value]
