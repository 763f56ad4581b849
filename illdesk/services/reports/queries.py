"""The SQL aggregates behind every report, one builder per figure.

Each builder returns a statement; :mod:`illdesk.services.reports.service` runs it and
shapes the few rows it returns.  The benchmarks run the same statements bare.
No statement reads a patron: reports stay right after patron data is anonymised.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.sql import Subquery

from illdesk.domain.report_table import ReportFilter
from illdesk.domain.state_groups import FINISHED
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_
from illdesk.domain.workflow import Capability, states_where
from illdesk.persistence import orm
from illdesk.persistence.orm_lending import LendingCharge
from illdesk.services.reports.sql import (
    bucket_counts,
    first_at,
    hours_between,
    month_of,
    ranked_percentile,
)

Statement = Any
"""A SELECT (or UNION) ready for ``session.execute``."""

R = orm.Request
E = orm.RequestEvent

FILLED_BORROWING = (Action.RECEIVE.value,)
"""A borrowing request is filled when what it asked for was received from a lender."""
FILLED_LENDING = (Action.SHIP.value, Action.SEND_COPY.value)
"""A lending request is filled when we shipped the item or sent the copy."""
UNFILLED_ANSWERS = (Action.LENDER_UNFILLED.value, Action.ANSWER_UNFILLED.value)
FINISHED_STATES = tuple(sorted(s.value for s in FINISHED))
STEP_ACTIONS = (
    *FILLED_BORROWING,
    *FILLED_LENDING,
    Action.NOTIFY_PATRON.value,
    Action.SEND_TO_LENDER.value,
    Action.MARK_OPEN_ACCESS.value,
)

STEP_REQUEST_RECEIVED = N_("request → received")
STEP_RECEIVED_NOTIFIED = N_("received → patron notified")
STEP_LENDING_SHIPPED = N_("lending request → shipped")
STEPS = (STEP_REQUEST_RECEIVED, STEP_RECEIVED_NOTIFIED, STEP_LENDING_SHIPPED)


def _created_in(flt: ReportFilter) -> Any:
    return and_(R.created_at >= flt.start_at, R.created_at < flt.end_before)


def _side(flt: ReportFilter) -> Any:
    return R.side == flt.side if flt.side else literal(True)


def steps(flt: ReportFilter) -> Subquery:
    """Per request, when each milestone first happened (one row per request with any).

    Only events from the period's start on are read: every report looks at requests
    created (or finished) in the period, whose milestones cannot come before it."""
    return (
        select(
            E.request_id.label("request_id"),
            first_at(E.action, E.at, FILLED_BORROWING).label("received_at"),
            first_at(E.action, E.at, FILLED_LENDING).label("shipped_at"),
            first_at(E.action, E.at, (Action.NOTIFY_PATRON.value,)).label("notified_at"),
            first_at(E.action, E.at, (Action.MARK_OPEN_ACCESS.value,)).label("open_access_at"),
            func.min(case((E.to_state == State.UNFILLED.value, E.at))).label("unfilled_at"),
        )
        .where(
            or_(E.action.in_(STEP_ACTIONS), E.to_state == State.UNFILLED.value),
            E.at >= flt.start_at,
        )
        .group_by(E.request_id)
        .subquery("steps")
    )


# -- volume --------------------------------------------------------------------------------
def volume_new(flt: ReportFilter) -> Statement:
    month = month_of(R.created_at)
    return (
        select(month, R.side, R.service_type, R.material, func.count())
        .where(_created_in(flt), _side(flt))
        .group_by(month, R.side, R.service_type, R.material)
    )


def volume_finished(flt: ReportFilter) -> Statement:
    """Requests that reached a finished state in the period, by the month they did."""
    month = month_of(E.at)
    return (
        select(month, R.side, R.service_type, R.material, func.count(func.distinct(R.id)))
        .select_from(E)
        .join(R, R.id == E.request_id)
        .where(
            E.to_state.in_(FINISHED_STATES),
            E.at >= flt.start_at,
            E.at < flt.end_before,
            _side(flt),
        )
        .group_by(month, R.side, R.service_type, R.material)
    )


# -- fill rate -----------------------------------------------------------------------------
def _filled_case(s: Subquery) -> Any:
    return case(
        (and_(R.side == Side.BORROWING.value, s.c.received_at.is_not(None)), 1),
        (and_(R.side == Side.LENDING.value, s.c.shipped_at.is_not(None)), 1),
        else_=0,
    )


def _unfilled_case(s: Subquery) -> Any:
    return case((and_(R.state == State.UNFILLED.value, _filled_case(s) == 0), 1), else_=0)


def fill_rate(flt: ReportFilter) -> Statement:
    """Per month and side: requests, filled, unfilled (the month created, or finished)."""
    s = steps(flt)
    filled, unfilled = _filled_case(s), _unfilled_case(s)
    if flt.by_finished:
        finished_at = case(
            (and_(R.side == Side.BORROWING.value, s.c.received_at.is_not(None)), s.c.received_at),
            (and_(R.side == Side.LENDING.value, s.c.shipped_at.is_not(None)), s.c.shipped_at),
            else_=s.c.unfilled_at,
        )
        month = month_of(finished_at)
        where: Any = and_(
            finished_at >= flt.start_at,
            finished_at < flt.end_before,
            or_(filled == 1, unfilled == 1),
        )
    else:
        month = month_of(R.created_at)
        where = _created_in(flt)
    return (
        select(month, R.side, func.count(), func.sum(filled), func.sum(unfilled))
        .select_from(R)
        .outerjoin(s, s.c.request_id == R.id)
        .where(where, _side(flt))
        .group_by(month, R.side)
        .order_by(month, R.side)
    )


def unfilled_reasons(flt: ReportFilter) -> Statement:
    """Every "unfilled" answer given or received, by side and the reason in its note."""
    return (
        select(R.side, E.note, func.count())
        .select_from(E)
        .join(R, R.id == E.request_id)
        .where(E.action.in_(UNFILLED_ANSWERS), _created_in(flt), _side(flt))
        .group_by(R.side, E.note)
        .order_by(func.count().desc())
    )


# -- turnaround ----------------------------------------------------------------------------
def _durations(flt: ReportFilter) -> Subquery:
    """One row per (step, partner, hours): the milestones of the period's requests are
    read once (a materialised CTE) and unpivoted."""
    s = steps(flt)
    m = (
        select(
            R.side.label("side"),
            R.partner_id.label("partner_id"),
            R.created_at.label("created_at"),
            s.c.received_at,
            s.c.notified_at,
            s.c.shipped_at,
        )
        .select_from(R)
        .join(s, s.c.request_id == R.id)
        .where(_created_in(flt), _side(flt))
        .cte("milestones")
        .prefix_with("MATERIALIZED")
    )
    borrowing = m.c.side == Side.BORROWING.value
    parts = [
        select(
            literal(step).label("step"), m.c.partner_id, hours_between(first, second).label("hours")
        ).where(*where)
        for step, first, second, where in (
            (
                STEP_REQUEST_RECEIVED,
                m.c.created_at,
                m.c.received_at,
                (borrowing, m.c.received_at.is_not(None)),
            ),
            (
                STEP_RECEIVED_NOTIFIED,
                m.c.received_at,
                m.c.notified_at,
                (borrowing, m.c.received_at.is_not(None), m.c.notified_at.is_not(None)),
            ),
            (
                STEP_LENDING_SHIPPED,
                m.c.created_at,
                m.c.shipped_at,
                (m.c.side == Side.LENDING.value, m.c.shipped_at.is_not(None)),
            ),
        )
    ]
    return union_all(*parts).subquery("durations")


def turnaround(flt: ReportFilter, *, per_partner: bool) -> Statement:
    """Per step (and partner): count, median, 90th percentile (nearest rank), buckets."""
    d = _durations(flt)
    keys = [d.c.step, d.c.partner_id] if per_partner else [d.c.step]
    ranked = select(
        *keys,
        d.c.hours,
        func.row_number().over(partition_by=keys, order_by=d.c.hours).label("rank"),
        func.count().over(partition_by=keys).label("n"),
    ).subquery("ranked")
    rkeys = [ranked.c.step, ranked.c.partner_id] if per_partner else [ranked.c.step]
    return (
        select(
            *rkeys,
            func.count(),
            ranked_percentile(ranked.c.hours, ranked.c.rank, ranked.c.n, 0.5),
            ranked_percentile(ranked.c.hours, ranked.c.rank, ranked.c.n, 0.9),
            *bucket_counts(ranked.c.hours),
        )
        .group_by(*rkeys)
        .order_by(*rkeys)
    )


# -- partners ------------------------------------------------------------------------------
def partner_exchange(flt: ReportFilter) -> Statement:
    """Per partner: items lent to them, borrowed from them (filled requests created in
    the period)."""
    s = steps(flt)
    lent = func.sum(
        case((and_(R.side == Side.LENDING.value, s.c.shipped_at.is_not(None)), 1), else_=0)
    )
    borrowed = func.sum(
        case((and_(R.side == Side.BORROWING.value, s.c.received_at.is_not(None)), 1), else_=0)
    )
    return (
        select(R.partner_id, lent, borrowed)
        .select_from(R)
        .join(s, s.c.request_id == R.id)
        .where(_created_in(flt), R.partner_id.is_not(None))
        .group_by(R.partner_id)
    )


def partner_answers(flt: ReportFilter) -> Statement:
    """Per lender: borrowing requests it was asked for and those it said unfilled to
    (the rota of requests created in the period)."""
    rota = orm.RotaEntry
    return (
        select(
            rota.partner_id,
            func.sum(case((rota.status.in_(("unfilled", "declined")), 1), else_=0)),
        )
        .select_from(rota)
        .join(R, R.id == rota.request_id)
        .where(_created_in(flt), rota.status != "waiting")
        .group_by(rota.partner_id)
    )


def partner_names() -> Statement:
    return select(orm.Partner.id, orm.Partner.symbol, orm.Partner.name)


# -- money ---------------------------------------------------------------------------------
def money(flt: ReportFilter) -> Statement:
    """What was paid and billed in the period, per kind and currency."""

    def part(kind: str, amount: Any, currency: Any, at: Any, *extra: Any) -> Statement:
        return (
            select(literal(kind).label("kind"), currency, func.count(), func.sum(amount))
            .where(at >= flt.start_at, at < flt.end_before, *extra)
            .group_by(currency)
        )

    cc = orm.CopyrightClearance
    return union_all(
        part("charges_paid", orm.IllCharge.amount, orm.IllCharge.currency, orm.IllCharge.at),
        part("purchases", orm.Purchase.cost, orm.Purchase.currency, orm.Purchase.ordered_at),
        part("royalties", cc.amount, cc.currency, cc.at, cc.amount.is_not(None)),
        part("billed", LendingCharge.amount, LendingCharge.currency, LendingCharge.billed_at),
        part(
            "received",
            LendingCharge.amount,
            LendingCharge.currency,
            LendingCharge.paid_at,
            LendingCharge.paid.is_(True),
        ),
    )


def budget(fiscal_year: int) -> Statement:
    return select(orm.Budget.amount, orm.Budget.currency).where(
        orm.Budget.fiscal_year == fiscal_year
    )


def filled_borrowing(flt: ReportFilter) -> Statement:
    """Borrowing requests received from a lender in the period."""
    return select(func.count(func.distinct(E.request_id))).where(
        E.action.in_(FILLED_BORROWING), E.at >= flt.start_at, E.at < flt.end_before
    )


# -- borrow or buy -------------------------------------------------------------------------
def _title_key() -> Any:
    c = orm.Citation
    return case(
        (
            R.service_type == ServiceType.COPY.value,
            func.coalesce(func.nullif(c.issn, ""), func.lower(c.journal)),
        ),
        else_=func.coalesce(func.nullif(c.isbn, ""), func.lower(c.title)),
    )


def repeated_titles(flt: ReportFilter) -> Statement:
    """Borrowing titles (books by ISBN or title, journals by ISSN or name) requested more
    than ``repeat_times`` in the ``repeat_years`` up to the period's end."""
    c = orm.Citation
    since = flt.end_before.replace(year=flt.end_before.year - flt.repeat_years)
    key = _title_key()
    count = func.count()
    return (
        select(
            func.max(case((R.service_type == ServiceType.COPY.value, c.journal), else_=c.title)),
            func.max(case((R.service_type == ServiceType.COPY.value, c.issn), else_=c.isbn)),
            func.max(R.service_type),
            count,
            func.sum(case((R.purchased.is_(True), 1), else_=0)),
        )
        .select_from(R)
        .join(c, c.id == R.citation_id)
        .where(
            R.side == Side.BORROWING.value,
            R.created_at >= since,
            R.created_at < flt.end_before,
        )
        .group_by(key)
        .having(count > flt.repeat_times)
        .order_by(count.desc(), func.max(c.title))
        .limit(100)
    )


def requested_classes(flt: ReportFilter) -> Statement:
    """Requests by the class of our own copy (the first letters of its call number), for
    requests whose ISBN is in our catalogue (one class per ISBN, however many copies)."""
    c, rec, item = orm.Citation, orm.CatalogueRecord, orm.CatalogueItem
    classes = (
        select(rec.isbn.label("isbn"), func.min(func.substr(item.call_number, 1, 2)).label("cls"))
        .select_from(rec)
        .join(item, item.record_id == rec.id)
        .where(rec.isbn != "", item.call_number != "")
        .group_by(rec.isbn)
        .subquery("classes")
    )
    return (
        select(classes.c.cls, func.count())
        .select_from(R)
        .join(c, c.id == R.citation_id)
        .join(classes, classes.c.isbn == c.isbn)
        .where(_created_in(flt), _side(flt))
        .group_by(classes.c.cls)
    )


def requested_journals(flt: ReportFilter) -> Statement:
    """Copy requests by journal, from the citation."""
    c = orm.Citation
    return (
        select(func.max(c.journal), func.count())
        .select_from(R)
        .join(c, c.id == R.citation_id)
        .where(_created_in(flt), _side(flt), R.service_type == ServiceType.COPY.value)
        .group_by(func.lower(c.journal))
        .order_by(func.count().desc())
        .limit(20)
    )


def borrowing_shares(flt: ReportFilter) -> Statement:
    """Borrowing requests in the period: all, met by open access, bought."""
    s = steps(flt)
    return (
        select(
            func.count(),
            func.sum(case((s.c.open_access_at.is_not(None), 1), else_=0)),
            func.sum(case((R.purchased.is_(True), 1), else_=0)),
        )
        .select_from(R)
        .outerjoin(s, s.c.request_id == R.id)
        .where(_created_in(flt), R.side == Side.BORROWING.value)
    )


# -- annual statistics ---------------------------------------------------------------------
def annual(flt: ReportFilter) -> Statement:
    """The survey counts, each a sum over the requests created in the period."""
    s = steps(flt)
    lending, borrowing = R.side == Side.LENDING.value, R.side == Side.BORROWING.value
    loan, copy = R.service_type == ServiceType.LOAN.value, R.service_type == ServiceType.COPY.value

    def total(*conditions: Any) -> Any:
        return func.sum(case((and_(*conditions), 1), else_=0))

    return (
        select(
            total(lending),
            total(lending, s.c.shipped_at.is_not(None)),
            total(lending, loan, s.c.shipped_at.is_not(None)),
            total(lending, copy, s.c.shipped_at.is_not(None)),
            total(lending, R.state == State.UNFILLED.value),
            total(borrowing),
            total(borrowing, s.c.received_at.is_not(None)),
            total(borrowing, loan, s.c.received_at.is_not(None)),
            total(borrowing, copy, s.c.received_at.is_not(None)),
            total(borrowing, R.state == State.UNFILLED.value),
        )
        .select_from(R)
        .outerjoin(s, s.c.request_id == R.id)
        .where(_created_in(flt))
    )


# -- dashboard -----------------------------------------------------------------------------
TO_PULL = tuple(
    sorted(
        {s.value for s in states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)}
        - {State.PULLED.value}
    )
)
DASHBOARD_STATES = {
    (Side.LENDING.value, State.PULLED.value): "to_ship",
    (Side.BORROWING.value, State.SHIPPED_BY_LENDER.value): "to_receive",
    (Side.BORROWING.value, State.OVERDUE.value): "overdue",
    (Side.LENDING.value, State.OVERDUE.value): "overdue",
    **{(Side.LENDING.value, state): "to_pull" for state in TO_PULL},
}


def dashboard_counts() -> Statement:
    states = sorted({state for _side, state in DASHBOARD_STATES})
    return (
        select(R.side, R.state, func.count())
        .where(R.side.in_((Side.BORROWING.value, Side.LENDING.value)), R.state.in_(states))
        .group_by(R.side, R.state)
    )


def dashboard_notices() -> Statement:
    return select(func.count()).where(orm.Notice.status.in_(("queued", "to_print")))
