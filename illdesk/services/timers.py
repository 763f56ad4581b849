"""The timers' job: requests that waited too long are moved on, one transaction and one
history row per move.

The rows (which states, how many working days, what then) are the domain's
(``domain.timers``); the days and the library's closed days are settings.  The job runs
beside the overdue check, off the GUI thread, on every desk that is open.  Two desks
running it at once move a request once: each request is locked (``SELECT … FOR UPDATE``
on PostgreSQL; SQLite writes one transaction at a time) and looked at again before it is
moved, so the second desk finds it already moved and leaves it; the version counter
refuses any write that raced past that.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from illdesk.domain.errors import DatabaseUnavailable, DeskError, IllegalTransition
from illdesk.domain.progress import Progress
from illdesk.domain.routing import STAFF_QUEUE
from illdesk.domain.settings import Settings
from illdesk.domain.timers import (
    TIMER_STATES,
    Calendar,
    Step,
    Timer,
    due_timer,
    parse_days,
    parse_weekdays,
)
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import workflow_for
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.notices import queue_notice
from illdesk.services.peer_messaging import Iso18626Peer
from illdesk.services.peer_outbox import peer_partner, peer_request, queue_outgoing
from illdesk.services.requests import Clock, RequestService, local_now
from illdesk.services.routing import note_event

log = logging.getLogger(__name__)
TIMERS_STAFF = "timers"
"""Who the history names for a timer's move."""


def calendar_from(settings: Settings) -> Calendar:
    """The library's open days from the settings (what cannot be read is left out;
    Settings refuses it when it is typed)."""
    weekdays, _ = parse_weekdays(settings.get_str("timers.closed_weekdays"))
    days, _ = parse_days(settings.get_str("timers.closed_days"))
    return Calendar(weekdays, days)


def calendar_problem(key: str, raw: object) -> str | None:
    """Why a closed-days setting cannot be saved, in words; None when it can."""
    if key == "timers.closed_weekdays":
        weekdays, problem = parse_weekdays(str(raw))
        if not problem and len(weekdays) >= 7:
            problem = "The library must be open on at least one weekday."
        return problem or None
    if key == "timers.closed_days":
        return parse_days(str(raw))[1] or None
    return None


@dataclass(frozen=True)
class TimerMove:
    """One request a timer moved, for the status bar and the tests."""

    number: str
    timer: str
    words: str


class TimerService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        requests: RequestService,
        clock: Clock = local_now,
        peer: Iso18626Peer | None = None,
    ) -> None:
        self._peer = peer
        self._db = db
        self._settings = settings
        self._requests = requests
        self._clock = clock

    def run(self, staff: str = TIMERS_STAFF, progress: Progress | None = None) -> list[TimerMove]:
        """Every timer whose time is up, one request at a time; what was moved.

        With ``progress``, each request is a step, and a cancel (the desk closing) stops
        the round between two requests (raises ``Cancelled``)."""
        with self._db.reading() as session:
            ids = list(
                session.scalars(
                    select(orm.Request.id)
                    .where(orm.Request.state.in_(sorted(s.value for s in TIMER_STATES)))
                    .order_by(orm.Request.id)
                )
            )
        moves: list[TimerMove] = []
        for done, request_id in enumerate(ids):
            if progress is not None:
                progress.step(done, len(ids), "Timers")
            try:
                move = self._one(request_id, staff)
            except DatabaseUnavailable:
                raise  # locked or gone: stop the round, the next one starts over
            except DeskError as exc:
                log.info("timer left request %s alone: %s", request_id, exc.message)
                continue
            if move is not None:
                moves.append(move)
        return moves

    def _days(self, timer: Timer) -> int:
        return self._settings.get_int(timer.days_setting)

    def _one(self, request_id: int, staff: str) -> TimerMove | None:
        try:
            with self._db.transaction() as session:
                # lock the row first, then read it as it is now (another desk may have
                # moved it since the list above was read)
                locked = session.execute(
                    select(orm.Request.id).where(orm.Request.id == request_id).with_for_update()
                ).first()
                if locked is None:
                    return None
                request = session.get(orm.Request, request_id, populate_existing=True)
                if request is None:
                    return None
                now = self._clock()
                due = due_timer(
                    Side(request.side),
                    ServiceType(request.service_type),
                    State(request.state),
                    (request.state_since or request.updated_at).date(),
                    request.created_at.date(),
                    request.timer_stage,
                    now.date(),
                    calendar_from(self._settings),
                    self._days,
                )
                if due is None:
                    return None
                timer, days = due
                words = timer.note.format(days=days)
                self._carry_out(session, request, timer, words, now, staff)
                return TimerMove(request.number, timer.name, words)
        except StaleDataError:
            return None  # another desk moved it between our read and our write

    def _carry_out(
        self,
        session: Session,
        request: orm.Request,
        timer: Timer,
        words: str,
        now: dt.datetime,
        staff: str,
    ) -> None:
        if timer.step is Step.ACTION and timer.action is not None:
            automatic = not timer.automatic_setting or self._settings.get_bool(
                timer.automatic_setting
            )
            if automatic:
                try:
                    self._act(session, request, timer.action, timer.reason or words, words, staff)
                    return
                except IllegalTransition as exc:  # a guard said no: staff decide
                    self._to_queue(
                        session, request, STAFF_QUEUE, f"{words} {exc.message}", now, staff
                    )
                    return
            offered = f"{words} Offered: answer “{timer.reason or 'unfilled'}”."
            self._to_queue(session, request, timer.queue or STAFF_QUEUE, offered, now, staff)
            return
        if timer.step is Step.PATRON_REMINDER:
            queue_notice(session, request, "ready_for_pickup", self._settings, now, reason=words)
            request.timer_stage += 1
            note_event(request, now, staff, "timer", words)
            return
        self._to_queue(session, request, timer.queue or STAFF_QUEUE, words, now, staff)

    def _act(
        self,
        session: Session,
        request: orm.Request,
        action: Action,
        reason: str,
        words: str,
        staff: str,
    ) -> None:
        aside = "" if reason == words else words
        silent = request.partner if action is Action.LENDER_UNFILLED else None
        workflow_for(Side(request.side), ServiceType(request.service_type)).decide(
            State(request.state), action, self._requests.facts(request)
        )  # a guard that says no says it before anything is queued
        # the lender that kept silent is told we no longer want it (ISO 18626 Cancel)
        if silent is not None and self._peer is not None:
            cancel = self._peer.cancel_messages(peer_request(request), peer_partner(silent), words)
            if queue_outgoing(session, cancel, self._peer.queued):
                aside = f"{aside} Cancel sent to {silent.symbol} over ISO 18626.".strip()
        self._requests.act_in(session, request, action, staff=staff, note=reason, aside=aside)

    def _to_queue(
        self,
        session: Session,
        request: orm.Request,
        queue: str,
        words: str,
        now: dt.datetime,
        staff: str,
    ) -> None:
        request.queue = queue
        request.timer_stage += 1
        request.updated_at = now
        note_event(request, now, staff, "timer", f"{words} Put in the queue {queue}.")
        session.flush()
