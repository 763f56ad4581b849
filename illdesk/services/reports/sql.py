"""Portable SQL pieces for the reports: the month of a timestamp, hours between two
timestamps, and nearest-rank percentiles with window functions (SQLite 3.25+ and
PostgreSQL both have them), so every figure is computed by the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String, and_, case, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class month_of(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """'YYYY-MM' of a timestamp."""

    type = String()
    inherit_cache = True


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(element.clauses, **kw)
    return f"strftime('%Y-%m', {inner})"


@compiles(month_of, "postgresql")
def _month_pg(element: month_of, compiler: Any, **kw: Any) -> str:
    inner = compiler.process(element.clauses, **kw)
    return f"to_char({inner}, 'YYYY-MM')"


class hours_between(FunctionElement[float]):  # noqa: N801
    """Hours from the first timestamp to the second."""

    type = Float()
    inherit_cache = True


@compiles(hours_between, "sqlite")
def _hours_sqlite(element: hours_between, compiler: Any, **kw: Any) -> str:
    first, second = list(element.clauses)
    a, b = compiler.process(first, **kw), compiler.process(second, **kw)
    return f"((julianday({b}) - julianday({a})) * 24.0)"


@compiles(hours_between, "postgresql")
def _hours_pg(element: hours_between, compiler: Any, **kw: Any) -> str:
    first, second = list(element.clauses)
    a, b = compiler.process(first, **kw), compiler.process(second, **kw)
    return f"(EXTRACT(EPOCH FROM ({b} - {a})) / 3600.0)"


def first_at(action_column: Any, at_column: Any, actions: tuple[str, ...]) -> ColumnElement[Any]:
    """The earliest time one of ``actions`` happened (an aggregate; NULL when never)."""
    return func.min(case((action_column.in_(actions), at_column)))


def ranked_percentile(value: Any, rank: Any, count: Any, share: float) -> ColumnElement[Any]:
    """Nearest-rank percentile over rows ranked 1..count by ``value`` (an aggregate):
    the smallest value whose rank reaches ``share`` of the count."""
    return func.min(case((rank >= count * share, value)))


def bucket_counts(hours: Any) -> tuple[ColumnElement[Any], ...]:
    """Counts under 48 h, 48–72 h and over 72 h (aggregates)."""
    return (
        func.sum(case((hours < 48, 1), else_=0)),
        func.sum(case((and_(hours >= 48, hours <= 72), 1), else_=0)),
        func.sum(case((hours > 72, 1), else_=0)),
    )
