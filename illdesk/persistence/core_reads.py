"""A request with what a scan asks of it (citation, patron, partner, items, rota and the
rota's partners), read for the desk's hot path as one plain Core statement and set in the
session as the ORM's own load leaves it: persistent, clean, its relationships loaded.

The ORM's load of the same joined statement spends more time building its row processors
(one per entity and eager join, anew on every execution) than the database spends
answering; here the rows' columns go straight into new objects.  Only a session that holds
nothing yet is read this way (a scan's own unit of work): an object the session already
holds is the ORM's to refresh or keep, so such a session gets ``None`` and the caller loads
with the ORM as before.  The mapped classes have no load events, reconstructors or mutable
column types that a load would have to run (see ``orm.py``); a new one of those would need
this module to follow it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, bindparam, inspect, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.orm.util import identity_key

from illdesk.persistence import orm

_REQUEST = orm.Request.__table__
_CITATION = orm.Citation.__table__.alias("c")
_PATRON = orm.Patron.__table__.alias("p")
_PARTNER = orm.Partner.__table__.alias("pa")
_ITEM = orm.RequestItem.__table__.alias("i")
_ROTA = orm.RotaEntry.__table__.alias("ro")
_ROTA_PARTNER = orm.Partner.__table__.alias("rp")

_PARTS: tuple[tuple[type[Any], Any], ...] = (
    (orm.Request, _REQUEST),
    (orm.Citation, _CITATION),
    (orm.Patron, _PATRON),
    (orm.Partner, _PARTNER),
    (orm.RequestItem, _ITEM),
    (orm.RotaEntry, _ROTA),
    (orm.Partner, _ROTA_PARTNER),
)


def _layout() -> tuple[list[Any], list[tuple[Mapper[Any], tuple[str, ...], int, int, int]]]:
    """The statement's columns, and per part its mapper, attribute keys, column slice and
    the position of its primary key in that slice."""
    columns: list[Any] = []
    layout = []
    for cls, table in _PARTS:
        mapper: Mapper[Any] = inspect(cls)
        keys = tuple(
            mapper.get_property_by_column(mapper.local_table.c[c.name]).key for c in table.c
        )
        (key_column,) = mapper.primary_key
        start = len(columns)
        columns += list(table.c)
        layout.append((mapper, keys, start, len(columns), keys.index(key_column.key)))
    return columns, layout


_COLUMNS, _LAYOUT = _layout()
_WHOLE = (
    select(*_COLUMNS)
    .select_from(
        _REQUEST.join(_CITATION, _CITATION.c.id == _REQUEST.c.citation_id)
        .outerjoin(_PATRON, _PATRON.c.id == _REQUEST.c.patron_id)
        .outerjoin(_PARTNER, _PARTNER.c.id == _REQUEST.c.partner_id)
        .outerjoin(_ITEM, _ITEM.c.request_id == _REQUEST.c.id)
        .outerjoin(_ROTA, _ROTA.c.request_id == _REQUEST.c.id)
        .outerjoin(_ROTA_PARTNER, _ROTA_PARTNER.c.id == _ROTA.c.partner_id)
    )
    .order_by(_ITEM.c.id, _ROTA.c.position)  # the order the ORM's eager loads keep
)
BY_ID: Select[Any] = _WHOLE.where(_REQUEST.c.id == bindparam("id"))
BY_NUMBER: Select[Any] = _WHOLE.where(_REQUEST.c.number == bindparam("number"))
BY_ITEM: Select[Any] = _WHOLE.where(
    _REQUEST.c.id.in_(
        select(orm.RequestItem.request_id).where(orm.RequestItem.barcode == bindparam("barcode"))
    ),
    _REQUEST.c.side == bindparam("side"),
)
"""The requests of ``side`` an item with ``barcode`` is tied to."""


def whole_requests(
    session: Session, statement: Select[Any], params: Mapping[str, Any]
) -> list[orm.Request] | None:
    """The requests ``statement`` (one of the above) finds, with their citation, patron,
    partner, items and rota, in the order the ORM's load gives them; None when ``session``
    already holds objects (then the caller loads with the ORM)."""
    if len(session.identity_map) or session.new or session.deleted:
        return None
    rows = session.connection().execute(statement, dict(params)).all()
    made: dict[Any, Any] = {}
    found: dict[int, tuple[Any, list[Any], list[Any], Sequence[Any]]] = {}
    for row in rows:
        request, citation, patron, partner, item, rota, rota_partner = (
            _object(session, mapper, keys, row[start:end], at, made)
            for mapper, keys, start, end, at in _LAYOUT
        )
        assert request is not None
        held = found.setdefault(request.id, (request, [], [], (citation, patron, partner)))
        if item is not None and item not in held[1]:
            held[1].append(item)
        if rota is not None and rota not in held[2]:
            held[2].append(rota)
            set_committed_value(rota, "partner", rota_partner)
    out = []
    for request, items, rota, (citation, patron, partner) in found.values():
        set_committed_value(request, "citation", citation)
        set_committed_value(request, "patron", patron)
        set_committed_value(request, "partner", partner)
        set_committed_value(request, "items", items)
        set_committed_value(request, "rota", rota)
        out.append(request)
    return out


def _object(
    session: Session,
    mapper: Mapper[Any],
    keys: tuple[str, ...],
    values: Sequence[Any],
    at: int,
    made: dict[Any, Any],
) -> Any:
    """The object of one part of a row (None for an outer join that found nothing), made
    once per identity, persistent in ``session`` and clean, as the ORM's load leaves it."""
    if values[at] is None:
        return None
    key = identity_key(mapper.class_, values[at])
    known = made.get(key)
    if known is not None:
        return known
    obj = mapper.class_manager.new_instance()
    state = instance_state(obj)
    state.dict.update(zip(keys, values, strict=True))
    state.key = key
    state.session_id = session.hash_key
    session.identity_map._add_unpresent(state, key)
    state._commit_all(state.dict, session.identity_map)
    made[key] = obj
    return obj
