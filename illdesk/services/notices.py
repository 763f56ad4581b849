"""Notices to patrons: queued by workflow effects, sent by e-mail or printed, never lost.

A notice is written in the same transaction as the action that caused it.  Sending is a
separate step: a failure leaves the notice queued with the reason and a next attempt time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.mail import DeliveryFailed
from illdesk.domain.names import display_name
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_
from illdesk.domain.workflow import Effect, RequestFacts, workflow_for
from illdesk.persistence import orm
from illdesk.persistence.database import AFTER_COMMIT, Database
from illdesk.services.notice_templates import KINDS, render_kind
from illdesk.services.ports import NoticeSender

EFFECT_KINDS: dict[Effect, str] = {
    Effect.NOTICE_READY_FOR_PICKUP: "ready_for_pickup",
    Effect.NOTICE_OVERDUE: "overdue",
    Effect.NOTICE_RECALL: "recall",
    Effect.NOTICE_UNFILLED: "unfilled",
    Effect.NOTICE_CANCELLED: "cancelled",
    Effect.NOTICE_RENEWAL_ANSWER: "renewal_answer",
    Effect.NOTICE_DELIVERY: "delivery",
}
MAX_WAIT = dt.timedelta(hours=6)


@dataclass(frozen=True)
class NoticeRow:
    id: int
    request_id: int | None
    request_number: str
    kind: str
    channel: str
    recipient: str
    subject: str
    body: str
    status: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    next_attempt_at: dt.datetime | None
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    to_print: int


def notice_fields(
    request: orm.Request, settings: Settings, reason: str = "", action: Action | None = None
) -> dict[str, object]:
    patron = request.patron
    c = request.citation
    return {
        "patron_name": display_name(patron.name) if patron else "",  # as spoken: Chloé Andersen
        "request_number": request.number,
        "title": c.article_title or c.title,
        "author": c.author,
        "due_date": request.due_date.isoformat() if request.due_date else "",
        "pickup_location": (
            patron.pickup_location
            if patron and patron.pickup_location
            else settings.get_str("library.name")
        ),
        "lender": request.partner.name if request.partner else "",
        "conditions": request.conditions,
        "library_name": settings.get_str("library.name"),
        "library_email": settings.get_str("library.email"),
        "reason": reason,
        "partner_name": request.partner.name if request.partner else "",
        "their_request_id": request.external_id,
        "overdue_level": request.overdue_level,
        "renewal_granted": action is Action.RENEWAL_GRANTED,
        "copyright_warning": settings.get_str("notices.copyright_warning"),
    }


def _render_later(
    session: Session, notice: orm.Notice, kind: str, fields: dict[str, object], settings: Settings
) -> None:
    """Fill the notice's template once the action has committed, outside its transaction:
    a slow or broken template delays one notice, never the scan that caused it."""

    def fill(db: Database) -> None:
        _fill_notice(db, notice.id, kind, fields, settings)  # its id: given by the flush

    session.info.setdefault(AFTER_COMMIT, []).append(fill)


def _fill_notice(
    db: Database, notice_id: int, kind: str, fields: dict[str, object], settings: Settings
) -> bool:
    """Render and store; a template that fails leaves the notice queued with the reason."""
    try:
        rendered = render_kind(settings, kind, fields)
    except ValidationFailed as exc:
        with db.transaction() as session:
            notice = session.get(orm.Notice, notice_id)
            if notice is not None:
                notice.last_error = (
                    f"{exc.message} Fix the “{KINDS.get(kind, kind)}” template in Settings; "
                    "the notice stays queued and is filled in again at the next round."
                )[:500]
        return False
    with db.transaction() as session:
        notice = session.get(orm.Notice, notice_id)
        if notice is not None:
            notice.subject = rendered.subject[:300]
            notice.body = rendered.body
            notice.last_error = ""
    return True


def queue_notice(
    session: Session,
    request: orm.Request,
    kind: str,
    settings: Settings,
    now: dt.datetime,
    reason: str = "",
    action: Action | None = None,
) -> orm.Notice:
    """Write a patron notice for ``request`` into the queue (same transaction as the action);
    its text is filled in right after that transaction commits."""
    patron = request.patron
    fields = notice_fields(request, settings, reason, action)
    channel = patron.notice_channel if patron and patron.notice_channel else "email"
    if channel == "email" and not (patron and patron.email):
        channel = "print"
    notice = orm.Notice(
        request_id=request.id,
        patron_id=patron.id if patron else None,
        kind=kind,
        channel=channel,
        recipient=patron.email if patron and channel == "email" else "",
        subject="",
        body="",
        status="queued" if channel == "email" else "to_print",
        created_at=now,
        next_attempt_at=now,
    )
    session.add(notice)  # written with the action's own flush
    _render_later(session, notice, kind, fields, settings)
    return notice


PARTNER_KINDS: dict[Action, str] = {
    Action.MARK_OVERDUE: "partner_overdue",
    Action.RECALL: "partner_recall",
}


def queue_partner_notice(
    session: Session,
    request: orm.Request,
    kind: str,
    settings: Settings,
    now: dt.datetime,
    reason: str = "",
) -> None:
    """A reminder to a borrowing library that has no ISO 18626 endpoint (those are told by
    message): by e-mail when we have its address, else on paper."""
    partner = request.partner
    if partner is None or partner.iso18626_endpoint:
        return
    by_mail = bool(partner.email)
    notice = orm.Notice(
        request_id=request.id,
        kind=kind,
        channel="email" if by_mail else "print",
        recipient=partner.email,
        subject="",
        body="",
        status="queued" if by_mail else "to_print",
        created_at=now,
        next_attempt_at=now,
    )
    session.add(notice)  # written with the action's own flush
    _render_later(session, notice, kind, notice_fields(request, settings, reason), settings)


def _row(n: orm.Notice, number: str) -> NoticeRow:
    return NoticeRow(
        n.id,
        n.request_id,
        number,
        n.kind,
        n.channel,
        n.recipient,
        n.subject,
        n.body,
        n.status,
        n.attempts,
        n.last_error,
        n.created_at,
        n.next_attempt_at,
        n.sent_at,
    )


class NoticeService:
    def __init__(self, db: Database, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    def list(
        self, statuses: tuple[str, ...] = ("queued", "to_print"), request_id: int | None = None
    ) -> list[NoticeRow]:
        query = select(orm.Notice, orm.Request.number).outerjoin(
            orm.Request, orm.Notice.request_id == orm.Request.id
        )
        if statuses:
            query = query.where(orm.Notice.status.in_(statuses))
        if request_id is not None:
            query = query.where(orm.Notice.request_id == request_id)
        query = query.order_by(orm.Notice.created_at.desc(), orm.Notice.id.desc()).limit(1000)
        with self._db.reading() as session:
            return [_row(n, number or "") for n, number in session.execute(query)]

    def send_due(self, sender: NoticeSender) -> SendReport:
        """Send every queued e-mail notice whose time has come; failures wait and retry."""
        now = self._clock()
        with self._db.reading() as session:
            due = list(
                session.scalars(
                    select(orm.Notice.id).where(
                        orm.Notice.status == "queued",
                        orm.Notice.channel == "email",
                        or_(
                            orm.Notice.next_attempt_at.is_(None), orm.Notice.next_attempt_at <= now
                        ),
                    )
                )
            )
        sent = failed = 0
        for notice_id in due:
            if self._send_one(notice_id, sender):
                sent += 1
            else:
                failed += 1
        self._fill_unfilled_printouts()
        with self._db.reading() as session:
            to_print = (
                session.scalar(
                    select(func.count())
                    .select_from(orm.Notice)
                    .where(orm.Notice.status == "to_print")
                )
                or 0
            )
        return SendReport(sent, failed, to_print)

    def _fill_unfilled_printouts(self) -> None:
        """Notices to print whose template failed: filled in again with today's templates."""
        with self._db.reading() as session:
            waiting = [
                (n.id, n.kind, notice_fields(request, self._settings))
                for n, request in session.execute(
                    select(orm.Notice, orm.Request)
                    .join(orm.Request, orm.Notice.request_id == orm.Request.id)
                    .where(orm.Notice.status == "to_print", orm.Notice.body == "")
                )
            ]
        for notice_id, kind, fields in waiting:
            _fill_notice(self._db, notice_id, kind, fields, self._settings)

    def _send_one(self, notice_id: int, sender: NoticeSender) -> bool:
        with self._db.reading() as session:
            notice = session.get(orm.Notice, notice_id)
            if notice is None or notice.status != "queued":
                return False
            to, subject, body = notice.recipient, notice.subject, notice.body
            unfilled = not body
            if unfilled:
                request = session.get(orm.Request, notice.request_id) if notice.request_id else None
                fields = notice_fields(request, self._settings) if request else None
                kind = notice.kind
        if unfilled:
            if fields is None or not _fill_notice(
                self._db, notice_id, kind, fields, self._settings
            ):
                self._wait_longer(notice_id)
                return False
            with self._db.reading() as session:
                filled = session.get(orm.Notice, notice_id)
                assert filled is not None
                subject, body = filled.subject, filled.body
        try:
            sender.send(to, subject, body)
        except DeliveryFailed as exc:
            self._wait_longer(notice_id, exc.message)
            return False
        self._mark_done(notice_id, "sent")
        return True

    def _wait_longer(self, notice_id: int, error: str | None = None) -> None:
        """One more failed attempt: keep the notice queued and try again later."""
        with self._db.transaction() as session:
            notice = session.get(orm.Notice, notice_id)
            assert notice is not None
            notice.attempts += 1
            if error is not None:
                notice.last_error = error[:500]
            wait = dt.timedelta(minutes=self._settings.get_int("notices.retry_minutes"))
            notice.next_attempt_at = self._clock() + min(
                wait * 2 ** (notice.attempts - 1), MAX_WAIT
            )

    def mark_printed(self, notice_id: int, staff: str) -> NoticeRow:
        self._mark_done(notice_id, "printed", staff)
        return self.get(notice_id)

    def retry_now(self, notice_id: int) -> None:
        with self._db.transaction() as session:
            notice = session.get(orm.Notice, notice_id)
            if notice is None:
                raise NotFound(N_("That notice no longer exists."))
            notice.next_attempt_at = self._clock()

    def get(self, notice_id: int) -> NoticeRow:
        with self._db.reading() as session:
            notice = session.get(orm.Notice, notice_id)
            if notice is None:
                raise NotFound(N_("That notice no longer exists."))
            number = (
                session.scalar(
                    select(orm.Request.number).where(orm.Request.id == notice.request_id)
                )
                or ""
            )
            return _row(notice, number)

    def _mark_done(self, notice_id: int, status: str, staff: str = "") -> None:
        """Record delivery; a ready-for-pickup notice also moves the request to awaiting pickup."""
        now = self._clock()
        with self._db.transaction() as session:
            notice = session.get(orm.Notice, notice_id)
            if notice is None:
                raise NotFound(N_("That notice no longer exists."))
            notice.status = status
            notice.sent_at = now
            notice.last_error = ""
            request = session.get(orm.Request, notice.request_id) if notice.request_id else None
            if request is None:
                return
            how = "e-mailed to " + notice.recipient if status == "sent" else "printed"
            if notice.kind == "ready_for_pickup" and request.state == State.RECEIVED.value:
                workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
                step = workflow.decide(State.RECEIVED, Action.NOTIFY_PATRON, RequestFacts())
                request.state = step.target.value
                request.updated_at = now
                request.updated_by = staff or "notices"
                request.events.append(
                    orm.RequestEvent(
                        at=now,
                        staff=staff or "notices",
                        action=Action.NOTIFY_PATRON.value,
                        from_state=State.RECEIVED.value,
                        to_state=step.target.value,
                        note=f"Ready-for-pickup notice {how}.",
                    )
                )
            else:
                request.events.append(
                    orm.RequestEvent(
                        at=now,
                        staff=staff or "notices",
                        action="notice",
                        from_state=request.state,
                        to_state=request.state,
                        note=f"{notice.subject} — {how}.",
                    )
                )
