"""Copyright compliance for copy requests: CCG/CCL, the rule of five, clearance, report."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.copyright_rules import (
    COMPLIANCE_CHOICES,
    CountedRequest,
    RuleOfFive,
    Verdict,
    journal_key,
    judge,
    publication_year,
    within_window,
)
from illdesk.domain.errors import IllegalTransition, NotFound, ValidationFailed
from illdesk.domain.settings import Settings
from illdesk.domain.staff_roles import Permission
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence, joined
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.ports import FactSubject
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rows import RequestDetail
from illdesk.services.staff_access import StaffAccess
from illdesk.services.stored_facts import NOT_COUNTED_STATES, counted_copies

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class CopyrightStatus:
    key: str
    journal: str
    verdict: Verdict
    compliance: str
    cleared: bool
    clearance_words: str

    @property
    def hold(self) -> bool:
        return self.verdict.over_limit and not self.cleared

    def words(self) -> str:
        text = self.verdict.words()
        if self.cleared:
            return joined(text, self.clearance_words)
        return text


@dataclass(frozen=True)
class ReportRow:
    journal: str
    issn: str
    requests: int
    over_limit: int
    royalties: Decimal


def _rule(settings: Settings) -> RuleOfFive:
    return RuleOfFive(settings.get_int("copyright.limit"), settings.get_int("copyright.years"))


def status_in(session: Session, request: orm.Request, settings: Settings) -> CopyrightStatus:
    c = request.citation
    key = journal_key(c.issn, c.journal)
    rule = _rule(settings)
    this = CountedRequest(request.id, request.created_at, publication_year(c.year))
    others = counted_copies(session, key, request.created_at.year) if key else []
    verdict = judge(this, others, rule)
    clearances = list(
        session.scalars(
            select(orm.CopyrightClearance)
            .where(orm.CopyrightClearance.request_id == request.id)
            .order_by(orm.CopyrightClearance.id)
        )
    )
    words = ""
    if clearances:
        last = clearances[-1]
        words = (
            f"Royalty {last.amount:.2f} {last.currency} paid to {last.paid_to}."
            if last.amount is not None
            else f"Override: {last.override_reason}"
        )
    return CopyrightStatus(
        key, c.journal or c.issn, verdict, request.copyright_compliance, bool(clearances), words
    )


class CopyrightFacts:
    """FactSource: ``copyright_hold`` for a borrowing copy over the rule and not cleared."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def facts_for(self, subject: FactSubject) -> dict[str, bool | int]:
        if (
            subject.id is None
            or subject.side is not Side.BORROWING
            or subject.service_type is not ServiceType.COPY
        ):
            return {}
        c = subject.citation
        key = journal_key(c.issn, c.journal)
        this = CountedRequest(subject.id, subject.created_at, publication_year(c.year))
        others = subject.stored.counted_copies(key, subject.created_at.year) if key else []
        over = judge(this, others, _rule(self._settings)).over_limit
        return {"copyright_hold": over and not subject.stored.copyright_cleared()}


class CopyrightService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        requests: RequestService,
        clock: Clock,
        access: StaffAccess | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._requests = requests
        self._clock = clock
        self._access = access
        """Who is signed in; overriding a limit needs a supervisor (None: no check)."""

    def status(self, request_id: int) -> CopyrightStatus:
        with self._db.reading() as session:
            return status_in(session, self._copy_request(session, request_id), self._settings)

    def set_compliance(self, request_id: int, choice: str, *, staff: str) -> RequestDetail:
        """Record CCG (CONTU guidelines) or CCL (copyright law) for the copy request."""
        choice = choice.strip().upper()
        if choice not in COMPLIANCE_CHOICES:
            raise ValidationFailed(
                {"compliance": N_("Choose CCG (CONTU guidelines) or CCL (copyright law).")}
            )
        now = self._clock()
        with self._db.transaction() as session:
            request = self._copy_request(session, request_id)
            if request.copyright_compliance != choice:
                request.copyright_compliance = choice
                request.updated_at = now
                request.updated_by = staff
                request.events.append(
                    orm.RequestEvent(
                        at=now,
                        staff=staff,
                        action="copyright_compliance",
                        from_state=request.state,
                        to_state=request.state,
                        note=f"Copyright compliance: {choice}.",
                    )
                )
        return self._requests.detail(request_id)

    def hold_if_needed(self, request_id: int, *, staff: str) -> bool:
        """Put an over-the-rule request on "awaiting copyright clearance" when it may go there.
        Returns True when it was held."""
        detail = self._requests.detail(request_id)
        if not any(a.action is Action.HOLD_FOR_COPYRIGHT for a in detail.actions):
            return False
        verdict = self.status(request_id).verdict
        self._requests.perform(
            request_id,
            Action.HOLD_FOR_COPYRIGHT,
            staff=staff,
            given=ActionInput(note=verdict.words()),
        )
        return True

    def record_royalty(
        self, request_id: int, amount: Decimal, paid_to: str, *, staff: str, currency: str = ""
    ) -> RequestDetail:
        problems = {}
        if amount < 0:
            problems["amount"] = N_("A royalty cannot be negative.")
        if not paid_to.strip():
            problems["paid_to"] = N_("Say who was paid (a clearance center or the publisher).")
        if problems:
            raise ValidationFailed(problems)
        currency = (currency or self._settings.get_str("copyright.currency")).strip().upper()
        return self._clear(
            request_id,
            orm.CopyrightClearance(amount=amount, currency=currency[:3], paid_to=paid_to.strip()),
            f"Royalty {amount:.2f} {currency} paid to {paid_to.strip()}.",
            staff,
        )

    def record_override(self, request_id: int, reason: str, *, staff: str) -> RequestDetail:
        if self._access is not None:
            self._access.require(Permission.OVERRIDE_COPYRIGHT)
        if not reason.strip():
            raise ValidationFailed({"reason": N_("An override needs a reason.")})
        return self._clear(
            request_id,
            orm.CopyrightClearance(override_reason=reason.strip()),
            f"Override: {reason.strip()}",
            staff,
        )

    def _clear(
        self, request_id: int, clearance: orm.CopyrightClearance, words: str, staff: str
    ) -> RequestDetail:
        now = self._clock()
        clearance.at = now
        clearance.staff = staff

        def add(session: Session, request: orm.Request) -> None:
            clearance.request_id = request.id
            session.add(clearance)

        detail = self._requests.detail(request_id)
        if detail.row.state is State.AWAITING_COPYRIGHT:
            return self._requests.perform(
                request_id,
                Action.CLEAR_COPYRIGHT,
                staff=staff,
                expected_version=detail.row.version,
                given=ActionInput(note=words),
                also=add,
            ).detail
        if detail.row.state not in (State.NEW, State.CITATION_VERIFIED):
            raise IllegalTransition(N_("Copyright is cleared before the copy is sourced."))
        with self._db.transaction() as session:
            request = self._copy_request(session, request_id)
            add(session, request)
            session.add(
                orm.RequestEvent(
                    request_id=request.id,
                    at=now,
                    staff=staff,
                    action="copyright_cleared",
                    from_state=request.state,
                    to_state=request.state,
                    note=words,
                )
            )
        return self._requests.detail(request_id)

    # -- report ----------------------------------------------------------------------------
    def report(self, year: int) -> list[ReportRow]:
        """Per journal title, the year's counted requests, how many went over, royalties."""
        rule = _rule(self._settings)
        start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
        with self._db.reading() as session:
            rows = list(
                session.execute(
                    select(
                        orm.Request.id,
                        orm.Request.created_at,
                        orm.Request.state,
                        orm.Request.purchased,
                        orm.Citation.year,
                        orm.Citation.issn,
                        orm.Citation.journal,
                    )
                    .join(orm.Citation, orm.Citation.id == orm.Request.citation_id)
                    .where(
                        orm.Request.side == Side.BORROWING.value,
                        orm.Request.service_type == ServiceType.COPY.value,
                        orm.Request.created_at >= start,
                        orm.Request.created_at < end,
                    )
                )
            )
            open_access = set(
                session.scalars(
                    select(orm.RequestEvent.request_id).where(
                        orm.RequestEvent.action == Action.MARK_OPEN_ACCESS.value
                    )
                )
            )
            royalties: dict[int, Decimal] = {}
            for rid, amount in session.execute(
                select(orm.CopyrightClearance.request_id, orm.CopyrightClearance.amount).where(
                    orm.CopyrightClearance.amount.is_not(None)
                )
            ):
                royalties[rid] = royalties.get(rid, Decimal("0")) + Decimal(amount or 0)
        groups: dict[str, list[tuple[int, str, str, Decimal]]] = {}
        for rid, created, state, purchased, year_text, issn, journal in rows:
            if (
                state in NOT_COUNTED_STATES
                or purchased
                or rid in open_access
                or not within_window(publication_year(year_text), created.date(), rule)
            ):
                continue
            key = journal_key(issn, journal)
            if key:
                groups.setdefault(key, []).append(
                    (rid, journal, issn, royalties.get(rid, Decimal("0")))
                )
        report = []
        for entries in groups.values():
            journal = next((j for _, j, _, _ in entries if j), "")
            issn = next((i for _, _, i, _ in entries if i), "")
            report.append(
                ReportRow(
                    journal or issn,
                    issn,
                    len(entries),
                    max(0, len(entries) - rule.limit),
                    sum((r for *_, r in entries), Decimal("0")),
                )
            )
        return sorted(report, key=lambda r: (-r.requests, r.journal.casefold()))

    def report_csv(self, year: int) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            ["Journal", "ISSN", "Requests", f"Over {_rule(self._settings).limit}", "Royalties paid"]
        )
        for row in self.report(year):
            writer.writerow(
                [row.journal, row.issn, row.requests, row.over_limit, f"{row.royalties:.2f}"]
            )
        return out.getvalue()

    def export_report(self, year: int, path: Path) -> int:
        """Write the year's report as CSV (UTF-8 with BOM for spreadsheets); returns rows."""
        text = self.report_csv(year)
        path.write_text(text, encoding="utf-8-sig", newline="")
        return text.count("\r\n") - 1

    @staticmethod
    def _copy_request(session: Session, request_id: int) -> orm.Request:
        request = session.get(orm.Request, request_id)
        if request is None:
            raise NotFound(N_("That request no longer exists."))
        if request.side != Side.BORROWING.value or request.service_type != ServiceType.COPY.value:
            raise IllegalTransition(
                Sentence(N_("{number} is not a borrowing copy request."), number=request.number)
            )
        return request
