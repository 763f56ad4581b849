"""Timers, as data: what the desk does by itself when a request waits too long.

Like ReShare's timers and the big systems' automated request managers: each row says in
which states of which workflow a request is watched, after how many *working* days (a
setting; 0 switches it off) and what happens then: a workflow action (the next lender,
decline, unfilled, return to lender), a reminder to the patron, or the request put in a
queue for staff.  A state with two rows (remind, then decline) counts its steps in the
request's timer stage, which every state change sets back to 0.

Working days skip the library's closed weekdays and closed days (settings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from illdesk.domain.vocabulary import Action, ServiceType, Side, State


class Step(StrEnum):
    """What a timer does besides a workflow action."""

    ACTION = "action"
    """Take the row's workflow action."""
    PATRON_REMINDER = "patron_reminder"
    """Remind the patron (a notice) and put nothing else in motion."""
    STAFF_QUEUE = "staff_queue"
    """Put the request in the row's queue, for staff to look at."""


@dataclass(frozen=True)
class Timer:
    name: str
    side: Side
    states: frozenset[State]
    days_setting: str
    """The setting that gives the working days; 0 switches the timer off."""
    step: Step
    note: str
    """The history's words; ``{days}`` is the working days waited."""
    action: Action | None = None
    queue: str = ""
    stage: int = 0
    """This row's place among the rows of its states (0 first)."""
    service_types: frozenset[ServiceType] = frozenset(ServiceType)
    automatic_setting: str = ""
    """A yes/no setting: when it is off, the row puts the request in ``queue`` instead of
    taking ``action`` (the action is offered, not taken)."""
    reason: str = ""
    """The reason the action carries to the partner, when not the note itself."""
    from_creation: bool = False
    """Count from the request's arrival, not from when it entered its state (a lending
    loan waits to be pulled whether or not its slip was printed meanwhile)."""


NOT_ANSWERED_QUEUE = "No answer from lender"
CONDITIONS_QUEUE = "Conditions to decide"
NOT_PULLED_QUEUE = "Not pulled"
NOT_RECEIVED_QUEUE = "Check: not received"

TIMERS: tuple[Timer, ...] = (
    Timer(
        "lender_no_answer",
        Side.BORROWING,
        frozenset({State.REQUESTED}),
        "timers.lender_no_answer_days",
        Step.ACTION,
        "No answer from the lender in {days} working days.",
        action=Action.LENDER_UNFILLED,
    ),
    Timer(
        "conditional_reminder",
        Side.BORROWING,
        frozenset({State.CONDITIONAL}),
        "timers.conditional_reminder_days",
        Step.STAFF_QUEUE,
        "The lender's conditions wait for an answer since {days} working days.",
        queue=CONDITIONS_QUEUE,
    ),
    Timer(
        "conditional_decline",
        Side.BORROWING,
        frozenset({State.CONDITIONAL}),
        "timers.conditional_decline_days",
        Step.ACTION,
        "Conditions not decided in {days} working days: declined.",
        action=Action.DECLINE_CONDITIONS,
        stage=1,
    ),
    Timer(
        "not_pulled",
        Side.LENDING,
        frozenset({State.NEW, State.HOLDINGS_CHECKED, State.PULL_SLIP_PRINTED}),
        "timers.not_pulled_days",
        Step.ACTION,
        "Not pulled in {days} working days.",
        action=Action.ANSWER_UNFILLED,
        reason="Not on the shelf",
        queue=NOT_PULLED_QUEUE,
        service_types=frozenset({ServiceType.LOAN}),
        automatic_setting="timers.not_pulled_unfilled_automatically",
        from_creation=True,
    ),
    Timer(
        "pickup_reminder",
        Side.BORROWING,
        frozenset({State.AWAITING_PICKUP}),
        "timers.pickup_reminder_days",
        Step.PATRON_REMINDER,
        "Not collected in {days} working days: the patron was reminded.",
        service_types=frozenset({ServiceType.LOAN}),
    ),
    Timer(
        "pickup_return",
        Side.BORROWING,
        frozenset({State.AWAITING_PICKUP}),
        "timers.pickup_return_days",
        Step.ACTION,
        "Not collected in {days} working days: goes back to the lender.",
        action=Action.RETURN_TO_LENDER,
        stage=1,
        service_types=frozenset({ServiceType.LOAN}),
    ),
    Timer(
        "not_received",
        Side.BORROWING,
        frozenset({State.SHIPPED_BY_LENDER}),
        "timers.not_received_days",
        Step.STAFF_QUEUE,
        "Shipped by the lender {days} working days ago and not received: check with the lender.",
        queue=NOT_RECEIVED_QUEUE,
    ),
)
"""Every timer, in the order of their stages within a state."""

TIMER_STATES: frozenset[State] = frozenset(s for t in TIMERS for s in t.states)


@dataclass(frozen=True)
class Calendar:
    """The library's opening: closed weekdays (0 = Monday) and closed days."""

    closed_weekdays: frozenset[int] = frozenset({5, 6})
    closed_days: frozenset[dt.date] = frozenset()

    def is_open(self, day: dt.date) -> bool:
        return day.weekday() not in self.closed_weekdays and day not in self.closed_days

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Open days after ``start`` up to and including ``end`` (0 when end <= start)."""
        if len(self.closed_weekdays) >= 7 or end <= start:
            return 0
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_open(day)
        return count


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_weekdays(text: str) -> tuple[frozenset[int], str]:
    """ "sat, sun" as weekday numbers, and the words for what could not be read ("")."""
    found: set[int] = set()
    for word in (w.strip().casefold() for w in text.split(",")):
        if not word:
            continue
        if word[:3] not in _WEEKDAYS:
            return frozenset(found), f"“{word}” is not a weekday (mon, tue, … sun)."
        found.add(_WEEKDAYS.index(word[:3]))
    return frozenset(found), ""


def parse_days(text: str) -> tuple[frozenset[dt.date], str]:
    """ "2026-12-24, 2026-12-25" as dates, and the words for what could not be read ("")."""
    found: set[dt.date] = set()
    for word in (w.strip() for w in text.replace(";", ",").split(",")):
        if not word:
            continue
        try:
            found.add(dt.date.fromisoformat(word))
        except ValueError:
            return frozenset(found), f"“{word}” is not a date like 2026-12-24."
    return frozenset(found), ""


def due_timer(
    side: Side,
    service_type: ServiceType,
    state: State,
    entered: dt.date,
    created: dt.date,
    stage: int,
    today: dt.date,
    calendar: Calendar,
    days: Callable[[Timer], int],
    timers: Iterable[Timer] = TIMERS,
) -> tuple[Timer, int] | None:
    """The timer row due now for a request that ``entered`` its state (and was
    ``created``) on those days: the furthest row whose time is up and whose stage is not
    done yet, with its working days; or None."""
    due: tuple[Timer, int] | None = None
    for timer in timers:
        if timer.side is not side or state not in timer.states:
            continue
        if service_type not in timer.service_types or timer.stage < stage:
            continue
        wanted = days(timer)
        since = created if timer.from_creation else entered
        if wanted > 0 and calendar.working_days_between(since, today) >= wanted:
            due = (timer, wanted)
    return due
