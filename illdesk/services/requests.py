"""Request use cases: create, search, show, and perform one workflow action.

One public method is one user action and one transaction; every state change
writes one history row (who, when, from, to, why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from illdesk.domain.citation import Citation, check_citation, match_key, normalise_isbn
from illdesk.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    DeskError,
    IllegalTransition,
    NotFound,
    ValidationFailed,
)
from illdesk.domain.lending_policy import Material, Terms, material_words
from illdesk.domain.settings import Settings
from illdesk.domain.state_groups import StateGroup, states_in
from illdesk.domain.vocabulary import Action, Delivery, ServiceType, Side, State
from illdesk.domain.workflow import (
    Effect,
    RequestFacts,
    Transition,
    describe_state,
    workflow_for,
)
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services import mapping
from illdesk.services.lending_policy import catalogue_material, terms_in
from illdesk.services.notices import (
    EFFECT_KINDS,
    PARTNER_KINDS,
    queue_notice,
    queue_partner_notice,
)
from illdesk.services.ports import FactSource, PeerMessenger
from illdesk.services.rows import (
    ActionChoice,
    Performed,
    RequestDetail,
    RequestRow,
)

Clock = Callable[[], dt.datetime]

_FINISHED = frozenset({State.COMPLETE, State.CANCELLED, State.UNFILLED, State.DEFLECTED_LOCAL})


def local_now() -> dt.datetime:
    """The desk's wall clock, to the second (what staff see in the history)."""
    return dt.datetime.now().replace(microsecond=0)


class DuplicateRequest(DeskError):
    """The patron already has an open request for the same work; staff may go ahead."""

    def __init__(self, message: str, numbers: list[str]) -> None:
        super().__init__(message)
        self.numbers = numbers


@dataclass(frozen=True)
class ActionInput:
    """What staff typed with an action: a reason, a date, an item barcode."""

    note: str = ""
    due_date: dt.date | None = None
    item_barcode: str = ""
    amount: Decimal | None = None
    """A charge that comes with the action (a lost item's replacement charge)."""


class RequestService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Clock = local_now,
        peer: PeerMessenger | None = None,
        fact_sources: Sequence[FactSource] = (),
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._peer = peer
        self.fact_sources = list(fact_sources)

    # -- reading ---------------------------------------------------------------------------
    def search(
        self,
        side: Side,
        text: str = "",
        group: StateGroup | None = None,
        limit: int | None = None,
        patron_id: int | None = None,
    ) -> list[RequestRow]:
        """Requests of one side whose record contains every word of ``text``, newest first."""
        limit = limit or self._settings.get_int("search.max_rows")
        query = mapping.row_query().where(orm.Request.side == side.value)
        if patron_id is not None:
            query = query.where(orm.Request.patron_id == patron_id)
        for word in text.casefold().split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(orm.Request.search_text.like(f"%{escaped}%", escape="\\"))
        if group is not None:
            query = query.where(orm.Request.state.in_(sorted(states_in(side, group))))
        query = query.order_by(orm.Request.updated_at.desc(), orm.Request.id.desc()).limit(limit)
        with self._db.reading() as session:
            return [mapping.row_from_columns(r) for r in session.execute(query)]

    def count(self, side: Side) -> int:
        with self._db.reading() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(orm.Request)
                    .where(orm.Request.side == side.value)
                )
                or 0
            )

    def detail(self, request_id: int) -> RequestDetail:
        with self._db.reading() as session:
            return self._detail(session, self._load(session, request_id))

    def find_by_number(self, number: str) -> RequestDetail:
        with self._db.reading() as session:
            request = session.scalars(
                select(orm.Request).where(orm.Request.number == number.strip().upper())
            ).first()
            if request is None:
                raise NotFound(f"No request has the number {number}.")
            return self._detail(session, request)

    # -- creating --------------------------------------------------------------------------
    def create_borrowing(
        self,
        *,
        patron_id: int,
        citation: Citation,
        service_type: ServiceType,
        staff: str,
        needed_by: dt.date | None = None,
        max_cost: Decimal | None = None,
        note: str = "",
        allow_duplicate: bool = False,
    ) -> RequestDetail:
        problems = {p.field: p.message for p in check_citation(citation, service_type)}
        if needed_by is not None and needed_by < self._clock().date():
            problems["needed_by"] = "The need-by date is already past."
        if max_cost is not None and max_cost < 0:
            problems["max_cost"] = "The most the patron will pay cannot be negative."
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound("That patron no longer exists.")
            standing = self._standing_problem(session, patron)
            if standing:
                raise ValidationFailed({"patron": standing})
            if not allow_duplicate:
                twins = self._duplicates(session, patron.id, citation)
                if twins:
                    raise DuplicateRequest(
                        f"{patron.name} already has an open request for this: {', '.join(twins)}.",
                        twins,
                    )
            request = self._new_request(session, Side.BORROWING, service_type, citation, staff)
            request.patron = patron
            request.needed_by = needed_by
            request.max_cost = max_cost
            request.delivery = (
                Delivery.ELECTRONIC if service_type is ServiceType.COPY else Delivery.PHYSICAL
            ).value
            self._finish_new(session, request, staff, note or "Request entered for patron.")
            return self._detail(session, request)

    def _standing_problem(self, session: Session, patron: orm.Patron) -> str:
        """Why this patron may not ask for more now, in words; "" when in good standing."""
        if patron.blocked_reason:
            return f"{patron.name} is blocked: {patron.blocked_reason}"
        today = self._clock().date()
        if patron.expires_on is not None and patron.expires_on < today:
            return (
                f"{patron.name}'s card expired on {patron.expires_on.isoformat()}; "
                "renew the card first."
            )
        limit = (
            patron.request_limit
            if patron.request_limit is not None
            else self._settings.get_int("borrowing.request_limit")
        )
        active = (
            session.scalar(
                select(func.count())
                .select_from(orm.Request)
                .where(
                    orm.Request.patron_id == patron.id,
                    orm.Request.state.not_in([s.value for s in _FINISHED]),
                )
            )
            or 0
        )
        if active >= limit:
            return f"{patron.name} already has {active} open requests; the limit is {limit}."
        return ""

    def _duplicates(self, session: Session, patron_id: int, citation: Citation) -> list[str]:
        key = match_key(citation.article_title or citation.title, citation.author)
        isbn = normalise_isbn(citation.isbn)
        numbers = []
        for request in session.scalars(
            select(orm.Request).where(
                orm.Request.patron_id == patron_id,
                orm.Request.state.not_in([s.value for s in _FINISHED]),
            )
        ):
            c = request.citation
            same_isbn = bool(isbn) and normalise_isbn(c.isbn) == isbn
            same_work = (
                key.strip("|") != "" and match_key(c.article_title or c.title, c.author) == key
            )
            if same_isbn or same_work:
                numbers.append(request.number)
        return numbers

    def create_lending(
        self,
        *,
        partner_id: int,
        citation: Citation,
        service_type: ServiceType,
        staff: str,
        needed_by: dt.date | None = None,
        external_id: str = "",
        note: str = "",
        material: Material = Material.BOOK,
    ) -> RequestDetail:
        problems = {p.field: p.message for p in check_citation(citation, service_type)}
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            partner = session.get(orm.Partner, partner_id)
            if partner is None:
                raise NotFound("That partner library no longer exists.")
            request = self._new_request(session, Side.LENDING, service_type, citation, staff)
            request.partner = partner
            request.needed_by = needed_by
            request.external_id = external_id
            request.delivery = (
                Delivery.ELECTRONIC if service_type is ServiceType.COPY else Delivery.PHYSICAL
            ).value
            request.material = Material(material).value
            request.conditions = terms_in(
                session, self._settings, partner, request.material
            ).conditions
            self._finish_new(session, request, staff, note or "Request received from partner.")
            return self._detail(session, request)

    def _new_request(
        self,
        session: Session,
        side: Side,
        service_type: ServiceType,
        citation: Citation,
        staff: str,
    ) -> orm.Request:
        now = self._clock()
        request = orm.Request(
            number=next_number(session, side, now.year),
            side=side.value,
            service_type=service_type.value,
            state=State.NEW.value,
            citation=mapping.citation_to_orm(citation),
            created_at=now,
            updated_at=now,
            updated_by=staff,
        )
        session.add(request)
        return request

    def _finish_new(self, session: Session, request: orm.Request, staff: str, note: str) -> None:
        request.search_text = mapping.search_text(request)
        request.events.append(
            orm.RequestEvent(
                at=request.created_at,
                staff=staff,
                action="create",
                from_state="",
                to_state=State.NEW.value,
                note=note,
            )
        )
        session.flush()

    # -- acting ----------------------------------------------------------------------------
    def perform(
        self,
        request_id: int,
        action: Action,
        *,
        staff: str,
        expected_version: int | None = None,
        given: ActionInput | None = None,
        also: Callable[[Session, orm.Request], None] | None = None,
    ) -> Performed:
        """Take ``action`` on the request, after checking nobody changed it meanwhile.

        ``also`` records what belongs to the action in the same transaction (a shipment).
        """
        given = given or ActionInput()
        try:
            with self._db.transaction() as session:
                request = self._load(session, request_id)
                if expected_version is not None and request.version != expected_version:
                    raise _conflict(request)
                effects = self._apply(session, request, action, staff, given)
                if also is not None:
                    also(session, request)
                detail = self._detail(session, request)
        except StaleDataError as exc:
            raise self._conflict_after_race(request_id) from exc
        message = f"{detail.row.number}: {detail.row.state_label}."
        return Performed(detail, effects, message)

    def _apply(
        self,
        session: Session,
        request: orm.Request,
        action: Action,
        staff: str,
        given: ActionInput,
    ) -> tuple[str, ...]:
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
        learned = ""
        if given.item_barcode and not request.items:
            request.items.append(orm.RequestItem(barcode=given.item_barcode.strip()))
            learned = _material_from_catalogue(session, request, given.item_barcode.strip())
        transition = workflow.decide(State(request.state), action, self.facts(request))
        if transition.needs_reason and not given.note.strip():
            raise ValidationFailed({"note": f"“{transition.label}” needs a reason."})
        effects = list(self._record(session, request, transition, staff, given, aside=learned))
        if transition.then is not None:
            follow = [
                t
                for t in workflow.legal_actions(State(request.state), self.facts(request))
                if t.action == transition.then
            ]
            if follow:
                effects += self._record(session, request, follow[0], staff, ActionInput())
        request.search_text = mapping.search_text(request)
        session.flush()
        return tuple(effects)

    def _record(
        self,
        session: Session,
        request: orm.Request,
        transition: Transition,
        staff: str,
        given: ActionInput,
        aside: str = "",
    ) -> list[str]:
        """Carry out one transition; ``aside`` goes to the history only, not to the partner."""
        now = self._clock()
        before = request.state
        extra = " ".join(p for p in (self._carry_out(request, transition, given, now), aside) if p)
        request.state = transition.target.value
        request.updated_at = now
        request.updated_by = staff
        note = " ".join(part for part in (given.note.strip(), extra) if part)
        request.events.append(
            orm.RequestEvent(
                at=now,
                staff=staff,
                action=transition.action.value,
                from_state=before,
                to_state=transition.target.value,
                note=note,
            )
        )
        if self._peer is not None and Effect.TELL_PEER in transition.effects:
            self._peer.tell(session, request, transition.action, given.note.strip(), now)
        if request.side == Side.LENDING.value and transition.action in PARTNER_KINDS:
            queue_partner_notice(
                session,
                request,
                PARTNER_KINDS[transition.action],
                self._settings,
                now,
                reason=given.note.strip(),
            )
        if request.side == Side.BORROWING.value:
            for effect in transition.effects:
                kind = EFFECT_KINDS.get(effect)
                if kind is not None:
                    queue_notice(
                        session,
                        request,
                        kind,
                        self._settings,
                        now,
                        reason=given.note.strip(),
                        action=transition.action,
                    )
        return [effect.value for effect in transition.effects]

    def _carry_out(
        self,
        request: orm.Request,
        transition: Transition,
        given: ActionInput,
        now: dt.datetime,
    ) -> str:
        """The effects that change the record itself; returns words for the history."""
        said: list[str] = []
        action = transition.action
        if action is Action.SEND_TO_LENDER:
            entry = _next_waiting(request)
            assert entry is not None  # the guard saw one
            entry.status = "asked"
            request.partner = entry.partner
            said.append(f"Asked {entry.partner.symbol}.")
        if Effect.ADVANCE_ROTA in transition.effects or transition.target is State.UNFILLED:
            current = _current_lender(request)
            if current is not None:
                current.status = "declined" if action is Action.DECLINE_CONDITIONS else "unfilled"
                current.reason = given.note.strip()
            if Effect.ADVANCE_ROTA in transition.effects:
                entry = _next_waiting(request)
                assert entry is not None
                entry.status = "asked"
                request.partner = entry.partner
                request.conditions = ""
                said.append(f"Moved on to the next lender, {entry.partner.symbol}.")
            elif request.side == Side.BORROWING.value:
                said.append("No lender left in the rota.")
        if action is Action.LENDER_CONDITIONAL or action is Action.ANSWER_CONDITIONAL:
            request.conditions = given.note.strip()
        if action is Action.ORDER_PURCHASE:
            request.purchased = True
        if action is Action.MARK_LOST and given.amount is not None:
            request.replacement_charge = given.amount
            said.append(f"Replacement charge {given.amount:.2f}.")
        if Effect.SET_DUE_DATE in transition.effects:
            request.due_date = self._due_date(request, action, given, now.date())
            said.append(f"Due {request.due_date.isoformat()}.")
        if action is Action.MARK_OVERDUE:
            request.overdue_level += 1
            said.append(f"Overdue level {request.overdue_level}.")
        if action in (Action.RENEWAL_GRANTED, Action.GRANT_RENEWAL):
            request.renewals_used += 1
        if action in (Action.RECEIVE_RETURN, Action.CHECK_IN):
            request.overdue_level = 0
        return " ".join(said)

    def _due_date(
        self,
        request: orm.Request,
        action: Action,
        given: ActionInput,
        today: dt.date,
    ) -> dt.date:
        s = self._settings
        if action is Action.RECALL:
            recall_days = dt.timedelta(days=s.get_int("borrowing.recall_days"))
            recalled = given.due_date or today + recall_days
            return min(request.due_date, recalled) if request.due_date else recalled
        if request.side == Side.LENDING.value:
            if given.due_date:
                return given.due_date
            days = self._terms(request).loan_days
            renewing = action is Action.GRANT_RENEWAL and request.due_date is not None
            base = request.due_date if renewing and request.due_date else today
            return base + dt.timedelta(days=days)
        lender_due = given.due_date or today + dt.timedelta(
            days=s.get_int("borrowing.default_loan_days")
        )
        return lender_due - dt.timedelta(days=s.get_int("borrowing.due_buffer_days"))

    def facts(self, request: orm.Request, terms: Terms | None = None) -> RequestFacts:
        """What the guards need; ``terms`` is the lending policy when the caller has it."""
        current = _current_lender(request)
        waiting = _next_waiting(request)
        today = self._clock().date()
        lendable = True
        if request.side == Side.LENDING.value:
            terms = terms or self._terms(request)
            renewals, lendable = terms.renewals, terms.lendable
        else:
            renewals = request.partner.renewals_allowed if request.partner else 0
        facts = RequestFacts(
            has_lender=waiting is not None,
            has_next_lender=waiting is not None
            and (current is None or waiting.position > current.position),
            purchased=request.purchased,
            copyright_hold=False,
            has_document=False,
            item_tied=bool(request.items),
            renewals_left=max(0, renewals - request.renewals_used),
            past_due=request.due_date is not None and request.due_date < today,
            lendable=lendable,
        )
        for source in self.fact_sources:
            facts = replace(facts, **source.facts_for(request))  # type: ignore[arg-type]
        return facts

    def add_note(self, request_id: int, note: str, *, staff: str) -> RequestDetail:
        """Write a note in the request's history (the state stays as it is): the condition
        of a returned item, a phone call, anything staff want the next person to read."""
        text = note.strip()
        if not text:
            raise ValidationFailed({"note": "Write the note first."})
        if len(text) > 2000:
            raise ValidationFailed({"note": "A note fits in 2000 characters."})
        with self._db.transaction() as session:
            request = self._load(session, request_id)
            request.events.append(
                orm.RequestEvent(
                    at=self._clock(),
                    staff=staff,
                    action="note",
                    from_state=request.state,
                    to_state=request.state,
                    note=text,
                )
            )
            session.flush()
            return self._detail(session, request)

    def record_pull_slips(self, request_ids: Sequence[int], *, staff: str) -> int:
        """Record a printed batch: new requests get their holdings checked, then every one
        is marked "pull slip printed".  Returns how many were recorded."""
        done = 0
        for request_id in request_ids:
            try:
                if self.detail(request_id).row.state is State.NEW:
                    self.perform(
                        request_id,
                        Action.CHECK_HOLDINGS,
                        staff=staff,
                        given=ActionInput(note="Matched for the pull slip batch."),
                    )
                self.perform(request_id, Action.PRINT_PULL_SLIP, staff=staff)
            except DeskError:
                continue  # changed at another desk meanwhile; it keeps its own state
            done += 1
        return done

    # -- scheduled checks ------------------------------------------------------------------
    def mark_overdues(self, staff: str = "overdue check") -> list[str]:
        """Raise the overdue level of loans past due by the configured day thresholds.

        One action (one notice or reminder) per request per run; returns the numbers.
        """
        thresholds = sorted(
            int(p)
            for p in self._settings.get_str("notices.overdue_days").split(",")
            if p.strip().isdigit()
        )
        today = self._clock().date()
        out_states = [
            st.value
            for st in (
                State.CHECKED_OUT,
                State.RECALLED,
                State.OVERDUE,
                State.SHIPPED,
                State.ON_LOAN,
            )
        ]
        with self._db.reading() as session:
            due = list(
                session.execute(
                    select(orm.Request.id, orm.Request.due_date, orm.Request.overdue_level).where(
                        orm.Request.state.in_(out_states), orm.Request.due_date < today
                    )
                )
            )
        marked = []
        for request_id, due_date, level in due:
            if due_date is None:  # the query asks for a due date; keeps the types honest
                continue
            days = (today - due_date).days
            wanted = sum(1 for t in thresholds if days >= t)
            if wanted > level:
                try:
                    done = self.perform(
                        request_id,
                        Action.MARK_OVERDUE,
                        staff=staff,
                        given=ActionInput(note=f"{days} days past due."),
                    )
                except DatabaseUnavailable:
                    raise  # locked or gone: stop the round, the next one starts over
                except DeskError:
                    continue  # changed meanwhile: the next run sees it again
                marked.append(done.detail.row.number)
        return marked

    # -- rota ------------------------------------------------------------------------------
    def set_rota(
        self,
        request_id: int,
        partner_ids: Sequence[int],
        *,
        staff: str,
        expected_version: int | None = None,
    ) -> RequestDetail:
        """Replace the lenders not yet asked with ``partner_ids``, in that order."""
        try:
            with self._db.transaction() as session:
                request = self._load(session, request_id)
                if expected_version is not None and request.version != expected_version:
                    raise _conflict(request)
                if request.side != Side.BORROWING.value:
                    raise IllegalTransition("Only borrowing requests have a lender rota.")
                kept = [e for e in request.rota if e.status != "waiting"]
                request.rota[:] = kept
                session.flush()  # drop the old waiting entries before numbering new ones
                position = max((e.position for e in kept), default=0)
                names = []
                for partner_id in partner_ids:
                    partner = session.get(orm.Partner, partner_id)
                    if partner is None:
                        raise NotFound("A chosen lender no longer exists.")
                    position += 1
                    request.rota.append(orm.RotaEntry(partner=partner, position=position))
                    names.append(partner.symbol)
                now = self._clock()
                request.updated_at = now
                request.updated_by = staff
                request.events.append(
                    orm.RequestEvent(
                        at=now,
                        staff=staff,
                        action="set_rota",
                        from_state=request.state,
                        to_state=request.state,
                        note="Rota: " + (", ".join(names) or "empty") + ".",
                    )
                )
                session.flush()
                return self._detail(session, request)
        except StaleDataError as exc:
            raise self._conflict_after_race(request_id) from exc

    # -- helpers ---------------------------------------------------------------------------
    def _load(self, session: Session, request_id: int) -> orm.Request:
        request = session.get(orm.Request, request_id)
        if request is None:
            raise NotFound("That request no longer exists.")
        return request

    def _detail(self, session: Session, request: orm.Request) -> RequestDetail:
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
        terms = self._terms(request) if request.side == Side.LENDING.value else None
        choices = tuple(
            ActionChoice(t.action, t.label, t.needs_reason)
            for t in workflow.legal_actions(State(request.state), self.facts(request, terms))
        )
        return mapping.request_detail(request, choices, terms)

    def _terms(self, request: orm.Request) -> Terms:
        """The lending policy's terms for this request, read in the request's own session."""
        session = object_session(request)
        assert session is not None
        return terms_in(session, self._settings, request.partner, request.material)

    def _conflict_after_race(self, request_id: int) -> ConflictError:
        with self._db.reading() as session:
            return _conflict(self._load(session, request_id))


def _conflict(request: orm.Request) -> ConflictError:
    return ConflictError(
        f"Request {request.number} was changed by {request.updated_by or 'another desk'} at "
        f"{request.updated_at:%H:%M} (now “{describe_state(State(request.state))}”). "
        "Reload it and try again; nothing was changed."
    )


def _material_from_catalogue(session: Session, request: orm.Request, barcode: str) -> str:
    """Take the tied copy's material from our catalogue; words for the history if it moved."""
    if request.side != Side.LENDING.value:
        return ""
    known = catalogue_material(session, barcode)
    if not known or known == request.material:
        return ""
    request.material = known
    return f"Our catalogue records this copy as: {material_words(known)}."


def _current_lender(request: orm.Request) -> orm.RotaEntry | None:
    asked = [e for e in request.rota if e.status in ("asked", "supplied")]
    return asked[-1] if asked else None


def _next_waiting(request: orm.Request) -> orm.RotaEntry | None:
    return next((e for e in request.rota if e.status == "waiting"), None)


def next_sequence(session: Session, prefix: str, width: int) -> str:
    """The next number of a counter kept in the database, e.g. ``INV-2026-0007``."""
    row = session.get(orm.NumberSequence, prefix, with_for_update=True)
    if row is None:
        # Two desks starting a new counter (the year's first request) at the same moment:
        # one insert wins, the other waits for it and then takes the next number, instead
        # of failing on the primary key.
        _add_counter_if_missing(session, prefix)
        row = session.get(orm.NumberSequence, prefix, with_for_update=True, populate_existing=True)
        assert row is not None
    row.last += 1
    session.flush()
    return f"{prefix}-{row.last:0{width}d}"


def _add_counter_if_missing(session: Session, prefix: str) -> None:
    inserts: dict[str, Callable[[type[orm.NumberSequence]], PgInsert | SqliteInsert]] = {
        "postgresql": pg_insert,
        "sqlite": sqlite_insert,
    }
    insert = inserts.get(session.get_bind().dialect.name)
    if insert is None:  # no ON CONFLICT here: a plain insert (a race fails on the key)
        session.add(orm.NumberSequence(prefix=prefix, last=0))
        session.flush()
        return
    session.execute(
        insert(orm.NumberSequence)
        .values(prefix=prefix, last=0)
        .on_conflict_do_nothing(index_elements=["prefix"])
    )


def next_number(session: Session, side: Side, year: int) -> str:
    """The next request number of a side and year, e.g. ``B-2026-000123``."""
    return next_sequence(session, f"{'B' if side is Side.BORROWING else 'L'}-{year}", 6)


def is_active(state: State) -> bool:
    return state not in _FINISHED
