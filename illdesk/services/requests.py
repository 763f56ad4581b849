"""Request use cases: create, search, show, and perform one workflow action.

One public method is one user action and one transaction; every state change
writes one history row (who, when, from, to, why).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Select, event, func, select, tuple_
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from illdesk.domain.citation import Citation, check_citation, match_key, normalise_isbn
from illdesk.domain.due_dates import DuePeriods, next_due_date
from illdesk.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    DeskError,
    IllegalTransition,
    NotFound,
    ValidationFailed,
)
from illdesk.domain.lending_policy import Material, Terms, material_words
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.routing import first_match
from illdesk.domain.settings import Settings
from illdesk.domain.state_groups import FINISHED, StateGroup, states_in
from illdesk.domain.vocabulary import Action, Delivery, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import (
    Effect,
    RequestFacts,
    Transition,
    asks_for,
    describe_state,
    workflow_for,
)
from illdesk.persistence import orm, search_index
from illdesk.persistence.core_writes import write_changes
from illdesk.persistence.database import AFTER_COMMIT, Database, run_all
from illdesk.services import mapping
from illdesk.services.billing import bill_policy_charge
from illdesk.services.lending_policy import catalogue_material, terms_in
from illdesk.services.notices import (
    EFFECT_KINDS,
    PARTNER_KINDS,
    queue_notice,
    queue_partner_notice,
)
from illdesk.services.numbering import may_be_request_number, next_number
from illdesk.services.peer_outbox import peer_request, queue_outgoing
from illdesk.services.ports import FactSource, FactSubject, PeerMessenger, PeerNews
from illdesk.services.request_effects import Change, change_record, current_lender, next_waiting
from illdesk.services.rota_templates import fill_rota
from illdesk.services.routing import RULES_STAFF, carry_out, profile_of, rules_in
from illdesk.services.rows import (
    ActionChoice,
    Performed,
    RequestDetail,
    RequestRow,
)
from illdesk.services.stored_facts import SessionFacts

Clock = Callable[[], dt.datetime]
log = logging.getLogger(__name__)

HINT_CAP = 100
"""Most requests a chip's hint counts per other group ("more than 100 in Complete")."""
_FACTS_MEMO = "illdesk.stored_facts"
"""Key in ``Session.info``: the fact sources' answers per (request id, state), until a
flush (see :meth:`RequestService._stored_facts`)."""


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
    """Requests: create, find, show, and take one workflow action in one transaction."""

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
        self.after_commit: list[Callable[[Action, Performed], object]] = []
        """Run after an action's transaction committed (NCIP to our ILS); never inside it,
        and a listener that fails is logged, never undoing or blocking the action."""

    # -- reading ---------------------------------------------------------------------------
    def search(
        self,
        side: Side,
        text: str = "",
        group: StateGroup | None = None,
        limit: int | None = None,
        patron_id: int | None = None,
        queue: str | None = None,
    ) -> list[RequestRow]:
        """Requests of one side whose record contains every word of ``text``, newest first
        (in ``group``'s states, or in the named ``queue``, when given)."""
        return self.search_page(side, text, group, limit=limit, patron_id=patron_id, queue=queue)

    def search_page(
        self,
        side: Side,
        text: str = "",
        group: StateGroup | None = None,
        *,
        after: RequestRow | None = None,
        limit: int | None = None,
        patron_id: int | None = None,
        queue: str | None = None,
    ) -> list[RequestRow]:
        """One page of :meth:`search`: the ``limit`` rows that come after ``after`` (a row
        of the previous page) in its order, newest first.  Lists fetch page by page as
        staff scroll; each page is one indexed query."""
        limit = limit or self._settings.get_int("search.max_rows")
        words = text.casefold().split()
        with self._db.reading() as session:
            number = self._is_request_number(session, side, text)
            narrow = _Narrowing(session, words, limit)
            return self._page_in(
                session, side, text, group, number, narrow, after, limit, patron_id, queue
            )

    def _page_in(
        self,
        session: Session,
        side: Side,
        text: str,
        group: StateGroup | None,
        number: bool,
        narrow: _Narrowing,
        after: RequestRow | None,
        limit: int,
        patron_id: int | None,
        queue: str | None,
    ) -> list[RequestRow]:
        words = text.casefold().split()
        # a request number finds its request whatever the chip says
        states = sorted(states_in(side, group)) if group is not None and not number else None
        walk_open = (
            states is not None
            and patron_id is None
            and queue is None
            and search_index.walks_open_index(session, states)
        )
        # an open chip's states are each walked to a page on the open requests' index
        # (it holds their text); otherwise the trigram index is asked whether few hold
        # the words
        walk_side = (
            states is None
            and patron_id is None
            and queue is None
            and bool(words)
            and search_index.walks_newest_index(session)
        )
        # where the walks go on from: the last row of the page before
        later = (after.updated_at, after.id) if after is not None else None
        if walk_side:  # PostgreSQL: the newest rows walked before the trigram index is asked
            newest = search_index.page_in_newest_rows(session, side.value, words, later, limit)
            if newest is not None:
                return _rows_of(session, newest)
        if walk_open:
            candidates = None
        elif walk_side:  # the side's walk reads an index alone: fewer are worth sorting
            candidates = search_index.candidates(session, words, limit, covered=True)
        else:
            candidates = narrow.candidates()
        conditions: list[ColumnElement[bool]] = []
        if not walk_open:
            conditions += _text_matches(text, session if candidates is not None else None)
            if patron_id is not None:
                conditions.append(orm.Request.patron_id == patron_id)
            if queue is not None:
                conditions.append(orm.Request.queue == queue)
            if after is not None:
                conditions.append(
                    tuple_(orm.Request.updated_at, orm.Request.id) < (after.updated_at, after.id)
                )
        newest_first = (orm.Request.updated_at.desc(), orm.Request.id.desc())
        ids: Select[Any] | None = None
        found: list[int] = []
        if candidates is not None:  # few records hold the words: those alone are sorted
            # (side wrapped so that SQLite does not walk the side index instead)
            conditions += [
                candidates,
                func.coalesce(orm.Request.side, "") == side.value,
            ]
            if states is not None:
                conditions.append(orm.Request.state.in_(states))
            ids = select(orm.Request.id).where(*conditions).order_by(*newest_first)
        elif states is not None and patron_id is None and queue is None:
            # each of the chip's states walked newest first on its own index, each
            # stopping at a page; the newest of those make the page
            found = search_index.newest_of_each_state(
                session,
                side.value,
                [s.value for s in states],
                words,
                later,
                limit,
            )
        elif walk_side:  # many records hold the words: the side walked newest first on
            # the index that holds every record's text, to the page
            found = search_index.newest_of_side(
                session,
                side.value,
                words,
                later,
                limit,
            )
        else:  # the side's requests walked newest first until a page is found
            first, wide = None, None
            if states is None and patron_id is None and queue is None and words:
                # many records hold the words: the newest rows walked first; when hardly
                # any of them hold the words, the matches sorted if they are not too many
                first = search_index.newest_in_first_rows(
                    session, side.value, words, later, limit, search_index.FIRST_WALK
                )
                if len(first) * search_index.THIN < limit:  # hardly any new ones hold them
                    wide = search_index.candidates(
                        session, words, limit, most=search_index.SORTABLE
                    )
            if first is not None and len(first) >= limit:
                found = first
            elif wide is not None:
                conditions += [wide, func.coalesce(orm.Request.side, "") == side.value]
                ids = select(orm.Request.id).where(*conditions).order_by(*newest_first)
            else:
                conditions.append(orm.Request.side == side.value)
                ids = select(orm.Request.id).where(*conditions).order_by(*newest_first)
        if ids is not None:
            found = list(session.scalars(ids.limit(limit)))
        return _rows_of(session, found)

    def hidden_by_group(
        self, side: Side, text: str, group: StateGroup | None
    ) -> list[tuple[StateGroup, int]]:
        """How many requests matching ``text`` the chip ``group`` hides, per other group
        ("1 more in Complete"); empty without text, without a chip, or for a request number
        (which :meth:`search` finds in any state).  Counting stops above
        :data:`HINT_CAP`: a count over it means "more than that" (no keystroke counts
        every match of a word many records hold)."""
        if group is None or not text.strip():
            return []
        words = text.casefold().split()
        with self._db.reading() as session:
            if self._is_request_number(session, side, text):
                return []
            narrow = _Narrowing(session, words, HINT_CAP)
            return self._hidden_in(session, side, text, group, narrow)

    def _hidden_in(
        self,
        session: Session,
        side: Side,
        text: str,
        group: StateGroup,
        narrow: _Narrowing,
    ) -> list[tuple[StateGroup, int]]:
        words = text.casefold().split()
        others = [g for g in StateGroup if g is not group]
        counts: dict[StateGroup, int] = {}
        # with the open requests' index every group's count stops early or reads little;
        # otherwise the trigram index is asked whether few hold the words
        candidates = None if search_index.counts_on_open_index(session) else narrow.candidates()
        if candidates is not None:  # few records hold the words: counted exactly
            by_state = dict(
                session.execute(
                    select(orm.Request.state, func.count())
                    .where(
                        candidates,
                        func.coalesce(orm.Request.side, "") == side.value,
                        *_text_matches(text, session),
                    )
                    .group_by(orm.Request.state)
                ).all()
            )
            for other in others:
                counts[other] = sum(int(by_state.get(s.value, 0)) for s in states_in(side, other))
        else:  # many do: each group counted up to just past the cap, in one statement
            capped = search_index.capped_counts(
                session,
                side.value,
                [sorted(s.value for s in states_in(side, other)) for other in others],
                words,
                HINT_CAP + 1,
            )
            counts = dict(zip(others, capped, strict=True))
        return [(other, counts[other]) for other in others if counts[other]]

    @staticmethod
    def _is_request_number(session: Session, side: Side, text: str) -> bool:
        words = text.split()
        if len(words) != 1 or not may_be_request_number(words[0]):
            return False
        return (
            session.scalar(
                select(orm.Request.id).where(
                    orm.Request.side == side.value, orm.Request.number == words[0].upper()
                )
            )
            is not None
        )

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

    def detail_found(self, locate: Callable[[Session], orm.Request]) -> RequestDetail:
        """The request ``locate`` finds, as shown, in the same reading (a scan that only
        looks: the pull slip, the item before the patron's card)."""
        with self._db.reading() as session:
            return self._detail(session, locate(session))

    def find_by_number(self, number: str) -> RequestDetail:
        with self._db.reading() as session:
            request = session.scalars(
                select(orm.Request).where(orm.Request.number == number.strip().upper())
            ).first()
            if request is None:
                raise NotFound(Sentence(N_("No request has the number {number}."), number=number))
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
        supplier_record_id: str = "",
        note_to_lender: str = "",
    ) -> RequestDetail:
        problems = {p.field: p.message for p in check_citation(citation, service_type)}
        if needed_by is not None and needed_by < self._clock().date():
            problems["needed_by"] = N_("The need-by date is already past.")
        if max_cost is not None and max_cost < 0:
            problems["max_cost"] = N_("The most the patron will pay cannot be negative.")
        if len(supplier_record_id.strip()) > 100:
            problems["supplier_record_id"] = N_("A record id is at most 100 characters.")
        if len(note_to_lender.strip()) > 500:
            problems["note_to_lender"] = N_("Keep the note to the lender under 500 characters.")
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            patron = session.get(orm.Patron, patron_id)
            if patron is None:
                raise NotFound(N_("That patron no longer exists."))
            standing = self._standing_problem(session, patron)
            if standing:
                raise ValidationFailed({"patron": standing})
            if not allow_duplicate:
                twins = self._duplicates(session, patron.id, citation)
                if twins:
                    raise DuplicateRequest(
                        Sentence(
                            N_("{name} already has an open request for this: {items}."),
                            name=patron.name,
                            items=", ".join(twins),
                        ),
                        twins,
                    )
            request = self._new_request(session, Side.BORROWING, service_type, citation, staff)
            request.patron = patron
            request.needed_by = needed_by
            request.max_cost = max_cost
            request.supplier_record_id = supplier_record_id.strip()
            request.note_to_lender = note_to_lender.strip()
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
                    orm.Request.state.not_in([s.value for s in FINISHED]),
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
                orm.Request.state.not_in([s.value for s in FINISHED]),
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
        delivery_address: str = "",
        partner_patron_id: str = "",
    ) -> RequestDetail:
        problems = {p.field: p.message for p in check_citation(citation, service_type)}
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            partner = session.get(orm.Partner, partner_id)
            if partner is None:
                raise NotFound(N_("That partner library no longer exists."))
            request = self._new_request(session, Side.LENDING, service_type, citation, staff)
            request.partner = partner
            request.needed_by = needed_by
            request.external_id = external_id
            request.delivery_address = delivery_address
            request.partner_patron_id = partner_patron_id
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
        request.state_since = request.created_at
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
        self._route(session, request)
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
        check: Callable[[Session, orm.Request], None] | None = None,
    ) -> Performed:
        """Take ``action`` on the request, after checking nobody changed it meanwhile.

        ``also`` records what belongs to the action in the same transaction (a shipment);
        ``check`` may refuse the action (raise a :class:`DeskError`) before anything is
        written, looking at the request as this transaction read it.
        """
        return self.perform_found(
            lambda session: self._load(session, request_id),
            action,
            staff=staff,
            expected_version=expected_version,
            given=given,
            also=also,
            check=check,
        )

    def perform_found(
        self,
        locate: Callable[[Session], orm.Request],
        action: Action,
        *,
        staff: str,
        expected_version: int | None = None,
        given: ActionInput | None = None,
        also: Callable[[Session, orm.Request], None] | None = None,
        check: Callable[[Session, orm.Request], None] | None = None,
    ) -> Performed:
        """:meth:`perform` on the request ``locate`` finds in the action's own transaction
        (a scan: the barcode is looked up, checked and acted on with one read of the row)."""
        given = given or ActionInput()
        found: int | None = None
        try:
            with self._db.transaction() as session:
                request = locate(session)
                found = request.id
                if expected_version is not None and request.version != expected_version:
                    raise _conflict(request)
                if check is not None:
                    check(session, request)
                effects = self._apply(session, request, action, staff, given)
                if also is not None:
                    also(session, request)
                # committed here: the request shown after it is read with the write lock
                # already given back (its history, its charges, the actions it offers now)
                self._db.commit_now(session)
                detail = self._detail(session, request)
                message = f"{detail.row.number}: {detail.row.state_label}."
                done = Performed(detail, effects, message)
                if self.after_commit:  # handed on with the unit of work's own follow-ups
                    tells = [partial(tell, action, done) for tell in self.after_commit]
                    session.info.setdefault(AFTER_COMMIT, []).append(lambda _db: run_all(tells))
        except StaleDataError as exc:
            assert found is not None  # the row was read before anything was written
            raise self._conflict_after_race(found) from exc
        return done

    def _apply(
        self,
        session: Session,
        request: orm.Request,
        action: Action,
        staff: str,
        given: ActionInput,
        aside: str = "",
    ) -> tuple[str, ...]:
        # one flush at the end: the transition, its history row and its queued effects go
        # to the database together (a query on the way does not write half of them first)
        with session.no_autoflush:
            workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
            learned = aside
            if given.item_barcode and not request.items:
                request.items.append(orm.RequestItem(barcode=given.item_barcode.strip()))
                learned = _material_from_catalogue(session, request, given.item_barcode.strip())
            transition = workflow.decide(State(request.state), action, self.facts(request))
            if transition.needs_reason and not given.note.strip():
                raise ValidationFailed(
                    {"note": Sentence(N_("“{label}” needs a reason."), label=transition.label)}
                )
            effects = list(self._record(session, request, transition, staff, given, aside=learned))
            if transition.then is not None:
                follow = [
                    t
                    for t in workflow.legal_actions(State(request.state), self.facts(request))
                    if t.action == transition.then
                ]
                if follow:
                    effects += self._record(session, request, follow[0], staff, ActionInput())
            bill_policy_charge(session, self._settings, request, staff=staff, now=self._clock())
            self._route(session, request)
            request.search_text = mapping.search_text(request)
        write_changes(session)  # the UPDATE (version-guarded) and INSERTs, in plain Core
        session.info.pop(_FACTS_MEMO, None)  # what was written may change the facts
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
        request.state_since, request.timer_stage = now, 0  # the timers start again
        if before != request.state:
            request.queue = ""  # a queue holds a request until it moves; the rules re-decide
        note = " ".join(part for part in (given.note.strip(), extra) if part)
        # tied from the row's side: the history is not read to add one line to it (a
        # collection not loaded yet takes the new row in when it is read)
        session.add(
            orm.RequestEvent(
                request=request,
                at=now,
                staff=staff,
                action=transition.action.value,
                from_state=before,
                to_state=transition.target.value,
                note=note,
            )
        )
        if self._peer is not None and Effect.TELL_PEER in transition.effects:
            charge = None
            if request.side == Side.LENDING.value:
                terms = self._terms(request)
                charge = terms.charge if terms.lendable else None
            news = PeerNews(
                peer_request(request, charge, before), transition.action, given.note.strip(), now
            )
            queue_outgoing(session, self._peer.messages_for(news), self._peer.queued)
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

    def act_in(
        self,
        session: Session,
        request: orm.Request,
        action: Action,
        *,
        staff: str,
        note: str,
        aside: str = "",
    ) -> tuple[str, ...]:
        """Take ``action`` inside a transaction the caller holds (the timers' job, which
        locked the row first); the same checks, history row and effects as :meth:`perform`.
        ``aside`` goes to the history only, not to the partner."""
        return self._apply(session, request, action, staff, ActionInput(note=note), aside)

    def _route(self, session: Session, request: orm.Request) -> None:
        """The first routing rule that matches the request now does its action."""
        rules = rules_in(session)
        if not rules:
            return
        now = self._clock()
        rule = first_match(rules, profile_of(request, now.date()))
        if rule is None:
            return
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))

        def take(action: Action, reason: str) -> bool:
            try:
                transition = workflow.decide(State(request.state), action, self.facts(request))
            except IllegalTransition:
                return False
            self._record(session, request, transition, RULES_STAFF, ActionInput(note=reason))
            if action is Action.DEFLECT_LOCAL and request.side == Side.BORROWING.value:
                # the workflow tells no one of a deflection staff make at the desk; a rule's
                # happens unseen, so the patron gets the reason (a cancel already notifies)
                queue_notice(session, request, "cancelled", self._settings, now, reason=reason)
            return True

        carry_out(
            request, rule, now, take, lambda name: fill_rota(session, self._settings, request, name)
        )

    def _carry_out(
        self,
        request: orm.Request,
        transition: Transition,
        given: ActionInput,
        now: dt.datetime,
    ) -> str:
        """The effects that change the record itself; returns words for the history."""
        return change_record(
            Change(
                request,
                transition,
                given.note.strip(),
                given.amount,
                lambda: self._due_date(request, transition.action, given, now.date()),
                given_due_date=given.due_date,
                currency=_currency_of(request, self._settings),
            )
        )

    def _due_date(
        self,
        request: orm.Request,
        action: Action,
        given: ActionInput,
        today: dt.date,
    ) -> dt.date:
        s = self._settings
        lending = request.side == Side.LENDING.value
        needs_policy = lending and action is not Action.RECALL and given.due_date is None
        periods = DuePeriods(
            loan_days=(
                self._terms(request).loan_days
                if needs_policy
                else s.get_int("borrowing.default_loan_days")
            ),
            recall_days=s.get_int("borrowing.recall_days"),
            buffer_days=s.get_int("borrowing.due_buffer_days"),
        )
        return next_due_date(
            Side(request.side),
            action,
            today,
            periods,
            current=request.due_date,
            lender_due=request.lender_due_date,
            given=given.due_date,
        )

    def facts(self, request: orm.Request, terms: Terms | None = None) -> RequestFacts:
        """What the guards need; ``terms`` is the lending policy when the caller has it."""
        current = current_lender(request)
        waiting = next_waiting(request)
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
        if not self.fact_sources:
            return facts
        session = object_session(request)
        if session is None:
            return facts
        stored = self._stored_facts(session, request)
        return replace(facts, **stored) if stored else facts  # type: ignore[arg-type]

    def _stored_facts(self, session: Session, request: orm.Request) -> dict[str, bool | int]:
        """What the fact sources say of ``request``, read once per state of it while the
        session holds nothing unwritten (a scan's find, its check and the step it takes ask
        the same); a flush or a pending row reads them again."""
        memo: dict[tuple[int | None, str], dict[str, bool | int]] = session.info.setdefault(
            _FACTS_MEMO, {}
        )
        key = (request.id, request.state)
        if key in memo and not session.new and not session.deleted:
            return memo[key]
        subject = FactSubject(
            id=request.id,
            side=Side(request.side),
            service_type=ServiceType(request.service_type),
            created_at=request.created_at,
            stored=SessionFacts(session, request.id),
            citation_of=lambda: mapping.citation_from_orm(request.citation),
        )
        found: dict[str, bool | int] = {}
        for source in self.fact_sources:
            found.update(source.facts_for(subject))
        if not session.new and not session.deleted:
            memo[key] = found
        return found

    def add_note(self, request_id: int, note: str, *, staff: str) -> RequestDetail:
        """Write a note in the request's history (the state stays as it is): the condition
        of a returned item, a phone call, anything staff want the next person to read."""
        text = note.strip()
        if not text:
            raise ValidationFailed({"note": N_("Write the note first.")})
        if len(text) > 2000:
            raise ValidationFailed({"note": N_("A note fits in 2000 characters.")})
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
    def mark_overdues(
        self, staff: str = "overdue check", progress: Progress = NO_PROGRESS
    ) -> list[str]:
        """Raise the overdue level of loans past due by the configured day thresholds.

        One action (one notice or reminder) per request per run; returns the numbers.
        Each request is its own transaction, so a cancelled ``progress`` stops the round
        between two of them and the next round goes on from there.
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
        for done_count, (request_id, due_date, level) in enumerate(due):
            progress.step(done_count, len(due), "overdue check")
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
        records: Mapping[int, tuple[str, str]] | None = None,
    ) -> RequestDetail:
        """Replace the lenders not yet asked with ``partner_ids``, in that order.

        ``records`` gives, per partner id, the lender's record id and a note of what its
        catalogue said (from Find lenders); the record id goes to the lender with the request.
        """
        try:
            with self._db.transaction() as session:
                request = self._load(session, request_id)
                if expected_version is not None and request.version != expected_version:
                    raise _conflict(request)
                if request.side != Side.BORROWING.value:
                    raise IllegalTransition(N_("Only borrowing requests have a lender rota."))
                kept = [e for e in request.rota if e.status != "waiting"]
                request.rota[:] = kept
                session.flush()  # drop the old waiting entries before numbering new ones
                position = max((e.position for e in kept), default=0)
                names = []
                for partner_id in partner_ids:
                    partner = session.get(orm.Partner, partner_id)
                    if partner is None:
                        raise NotFound(N_("A chosen lender no longer exists."))
                    position += 1
                    record_id, record_note = (records or {}).get(partner_id, ("", ""))
                    request.rota.append(
                        orm.RotaEntry(
                            partner=partner,
                            position=position,
                            record_id=record_id[:120],
                            record_note=record_note[:300],
                        )
                    )
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
        request = mapping.whole_request(session, request_id)
        if request is None:
            raise NotFound(N_("That request no longer exists."))
        return request

    def _detail(self, session: Session, request: orm.Request) -> RequestDetail:
        workflow = workflow_for(Side(request.side), ServiceType(request.service_type))
        terms = self._terms(request) if request.side == Side.LENDING.value else None
        choices = tuple(
            ActionChoice(t.action, t.label, t.needs_reason, asks_for(t.action))
            for t in workflow.legal_actions(State(request.state), self.facts(request, terms))
        )
        charges: list[orm.IllCharge] = []
        if request.side == Side.BORROWING.value and request.id is not None:
            charges = list(
                session.scalars(
                    select(orm.IllCharge)
                    .where(orm.IllCharge.request_id == request.id)
                    .order_by(orm.IllCharge.id)
                )
            )
        return mapping.request_detail(request, choices, terms, charges)

    def _terms(self, request: orm.Request) -> Terms:
        """The lending policy's terms for this request, read in the request's own session."""
        session = object_session(request)
        assert session is not None
        return terms_in(session, self._settings, request.partner, request.material)

    def _conflict_after_race(self, request_id: int) -> ConflictError:
        with self._db.reading() as session:
            return _conflict(self._load(session, request_id))


@event.listens_for(Session, "after_flush")
def _forget_stored_facts(session: Session, _context: object) -> None:
    """What was written may change what the fact sources say."""
    session.info.pop(_FACTS_MEMO, None)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_stored_facts_at_end(session: Session) -> None:
    """Another desk may write between two transactions of one session."""
    session.info.pop(_FACTS_MEMO, None)


def _conflict(request: orm.Request) -> ConflictError:
    return ConflictError(
        Sentence(
            N_(
                "Request {number} was changed by {value} at {updated_at:%H:%M} "
                "(now “{state}”). Reload it and try again; nothing was changed."
            ),
            number=request.number,
            value=request.updated_by or "another desk",
            updated_at=request.updated_at,
            state=describe_state(State(request.state)),
        )
    )


def _currency_of(request: orm.Request, settings: Settings) -> str:
    """The currency of an amount typed with an action: the partner's (what we charge it in)
    on a lending request, else the library's."""
    partner = request.partner
    if request.side == Side.LENDING.value and partner is not None and partner.currency.strip():
        return partner.currency.strip().upper()[:3]
    return settings.get_str("purchase.currency").strip().upper()[:3]


def _material_from_catalogue(session: Session, request: orm.Request, barcode: str) -> str:
    """Take the tied copy's material from our catalogue; words for the history if it moved."""
    if request.side != Side.LENDING.value:
        return ""
    known = catalogue_material(session, barcode)
    if not known or known == request.material:
        return ""
    request.material = known
    return f"Our catalogue records this copy as: {material_words(known)}."


class _Narrowing:
    """:func:`search_index.candidates` for one reading, asked at most once and only by
    the way that needs it (the trigram index's count is a keystroke's dearest query)."""

    def __init__(self, session: Session, words: Sequence[str], page: int) -> None:
        self._session, self._words, self._page = session, words, page
        self._asked = False
        self._found: ColumnElement[bool] | None = None

    def candidates(self) -> ColumnElement[bool] | None:
        if not self._asked:
            self._found = search_index.candidates(self._session, self._words, self._page)
            self._asked = True
        return self._found


def _rows_of(session: Session, ids: list[int]) -> list[RequestRow]:
    """The list's rows of the requests ``ids``, in that order (one prepared statement)."""
    if not ids:
        return []
    statement = mapping.rows_of_ids(session.get_bind().dialect.name)
    rows = search_index.prepared_rows(session, statement, {"ids": ids})
    return [mapping.row_from_columns(r) for r in rows]


def _text_matches(text: str, session: Session | None = None) -> list[ColumnElement[bool]]:
    """Every word of ``text`` somewhere in the request's search text.  With ``session``
    the rows are the trigram index's few candidates already: on PostgreSQL the words are
    then tested with ``strpos`` (the same test, see ``search_index._likes``), which its
    planner does not answer by asking the trigram index for the words a second time
    instead of looking the candidates up."""
    by_position = session is not None and session.get_bind().dialect.name == "postgresql"
    conditions: list[ColumnElement[bool]] = []
    for word in text.casefold().split():
        if by_position:
            conditions.append(func.strpos(orm.Request.search_text, word) > 0)
        else:
            pattern = search_index.like_pattern(word)
            conditions.append(orm.Request.search_text.like(pattern, escape="\\"))
    return conditions


def is_active(state: State) -> bool:
    return state not in FINISHED
