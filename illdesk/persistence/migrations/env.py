"""Alembic environment: runs on the engine the app hands over (``config.attributes['engine']``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from illdesk.persistence import orm_lending  # noqa: F401  (registers its tables)
from illdesk.persistence.migrations import include_name
from illdesk.persistence.orm import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=include_name,
        )
        context.run_migrations()


run_migrations_online()
