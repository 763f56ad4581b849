"""Library-wide settings shared by every desk, kept in the ``setting`` table."""

from __future__ import annotations

from sqlalchemy import select

from illdesk.domain.settings import SettingDef, Settings, SettingValue
from illdesk.persistence import orm
from illdesk.persistence.database import Database


def load_settings(db: Database, defs: tuple[SettingDef, ...]) -> Settings:
    with db.reading() as session:
        stored = {row.key: row.value for row in session.scalars(select(orm.SettingRow))}
    values: dict[str, object] = {}
    for definition in defs:
        if definition.scope == "desk":
            continue  # a desk's own value never comes from the shared table
        if definition.key in stored:
            try:
                values[definition.key] = definition.coerce(stored[definition.key])
            except ValueError:
                continue  # a bad stored value falls back to the default
    return Settings(defs, values)


def save_setting(db: Database, settings: Settings, key: str, raw: object) -> SettingValue:
    """Check and store one library-wide value; raises ValueError in words when it is wrong."""
    settings.set(key, raw)
    value = settings[key]
    with db.transaction() as session:
        session.merge(orm.SettingRow(key=key, value=str(value)))
    return value


def take_desk_values(db: Database, defs: tuple[SettingDef, ...]) -> dict[str, str]:
    """Desk-only values an older version kept in the shared table (the mail password):
    removed from the table and returned, for the desk to keep them itself."""
    desk_keys = [d.key for d in defs if d.scope == "desk"]
    with db.transaction() as session:
        rows = list(
            session.scalars(select(orm.SettingRow).where(orm.SettingRow.key.in_(desk_keys)))
        )
        found = {row.key: row.value for row in rows}
        for row in rows:
            session.delete(row)
    return found
