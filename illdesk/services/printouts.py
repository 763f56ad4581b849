"""What the desk prints, built from the database as the printing layer's document data:
book bands on receipt, pull slips for new lending requests, return labels."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotFound
from illdesk.domain.lending_policy import material_in_text, refuses_location
from illdesk.domain.printed import BookBand, PullSlip
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import Capability, states_where
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.catalogue import CatalogueService, LocalCopy
from illdesk.services.lending_policy import catalogue_material, terms_in
from illdesk.services.mapping import citation_from_orm


def _slip_states() -> list[str]:
    return [s.value for s in states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)]


class SlipRound(enum.StrEnum):
    """Which waiting requests a pull-slip batch is for."""

    NEW = "new"
    """Requests whose slip was never printed (F9)."""
    AGAIN = "again"
    """Requests whose slip was printed but whose copy is not pulled yet (a lost slip)."""


_ROUND_STATES: dict[SlipRound, tuple[State, ...]] = {
    SlipRound.NEW: (State.NEW, State.HOLDINGS_CHECKED),
    SlipRound.AGAIN: (State.PULL_SLIP_PRINTED,),
}


@dataclass(frozen=True)
class RefusedSlip:
    """A waiting request the lending policy will not lend: no slip, answer it unfilled."""

    request_id: int
    number: str
    reason: str


@dataclass(frozen=True)
class SlipBatch:
    """What a pull-slip batch prints and what it leaves out, and why."""

    round: SlipRound
    request_ids: tuple[int, ...]
    slips: tuple[PullSlip, ...]
    refused: tuple[RefusedSlip, ...]


class PrintoutService:
    def __init__(self, db: Database, settings: Settings, catalogue: CatalogueService) -> None:
        self._db = db
        self._settings = settings
        self._catalogue = catalogue

    def book_band(self, request_id: int) -> BookBand:
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            if request.due_date is None:
                raise NotFound(
                    Sentence(
                        N_("{number} has no due date yet: receive it first."), number=request.number
                    )
                )
            patron = request.patron
            supplier = ""
            if request.purchased:
                supplier = (
                    session.scalar(
                        select(orm.Purchase.supplier)
                        .where(orm.Purchase.request_id == request.id)
                        .order_by(orm.Purchase.id.desc())
                        .limit(1)
                    )
                    or ""
                )
            return BookBand(
                request_number=request.number,
                patron_name=patron.name if patron else "",
                patron_id=patron.barcode if patron else "",
                due_date=request.due_date,
                lender=""
                if request.purchased
                else (request.partner.name if request.partner else ""),
                purchased=request.purchased,
                supplier=supplier,
                title=request.citation.title or request.citation.article_title,
                conditions=request.conditions,
                return_instructions=self._settings.get_str("printing.band_return_instructions"),
                pickup_location=patron.pickup_location if patron else "",
            )

    def waiting_for_slips(self) -> list[int]:
        """Lending loans still to be pulled: new, holdings checked, or slip printed before."""
        with self._db.reading() as session:
            return list(
                session.scalars(
                    select(orm.Request.id).where(
                        orm.Request.side == Side.LENDING.value,
                        orm.Request.service_type == "loan",
                        orm.Request.state.in_(_slip_states()),
                    )
                )
            )

    def _copy_to_pull(self, found: list[LocalCopy]) -> LocalCopy | None:
        """The copy the slip sends staff to: available and on a shelf we lend from, if any."""
        shelves = self._settings.get_str("lending.do_not_lend_locations").split(",")
        ranked = sorted(
            found, key=lambda c: (refuses_location(c.location, shelves), not c.available)
        )
        return ranked[0] if ranked else None

    def slip_batch(self, which: SlipRound) -> SlipBatch:
        """The slips of one round, only for requests the lending policy lets us lend; the
        others are named with the reason, to be answered unfilled instead of fetched."""
        states = [s.value for s in _ROUND_STATES[which]]
        shelves = self._settings.get_str("lending.do_not_lend_locations").split(",")
        with self._db.reading() as session:
            requests = list(
                session.scalars(
                    select(orm.Request)
                    .where(
                        orm.Request.side == Side.LENDING.value,
                        orm.Request.service_type == "loan",
                        orm.Request.state.in_(states),
                    )
                    .order_by(orm.Request.id)
                )
            )
            wanted = [(r, citation_from_orm(r.citation)) for r in requests]
            lendable: list[int] = []
            refused: list[RefusedSlip] = []
            for request, citation in wanted:
                best = self._copy_to_pull(self._catalogue.local_copies(citation))
                reason = self._refusal(session, request, best, shelves)
                if reason:
                    refused.append(RefusedSlip(request.id, request.number, reason))
                else:
                    lendable.append(request.id)
        slips = self.pull_slips(lendable) if lendable else []
        return SlipBatch(which, tuple(lendable), tuple(slips), tuple(refused))

    def slip_refusal(self, request_id: int) -> str:
        """Why the lending policy will not lend this request ("" when its slip may be
        printed), as a batch would leave it out."""
        shelves = self._settings.get_str("lending.do_not_lend_locations").split(",")
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            citation = citation_from_orm(request.citation)
            best = self._copy_to_pull(self._catalogue.local_copies(citation))
            return self._refusal(session, request, best, shelves)

    def _refusal(
        self,
        session: Session,
        request: orm.Request,
        best: LocalCopy | None,
        shelves: list[str],
    ) -> str:
        """Why the policy will not lend this request ("" when it may be lent)."""
        if best is not None and refuses_location(best.location, shelves):
            return f"our only copy is shelved in {best.location}, which we do not lend from"
        found = catalogue_material(session, best.barcode) if best is not None else ""
        material = found or request.material
        terms = terms_in(session, self._settings, request.partner, material)
        if terms.lendable:
            return ""
        who = request.partner.symbol if request.partner else "this library"
        return (
            f"we do not lend {material_in_text(material)} to {who} "
            f"({terms.source.get('lendable', 'lending policy')})"
        )

    def pull_slips(self, request_ids: list[int] | None = None) -> list[PullSlip]:
        """Slips for the given lending requests, or for every one waiting to be pulled."""
        with self._db.reading() as session:
            query = select(orm.Request).where(orm.Request.side == Side.LENDING.value)
            if request_ids is None:
                query = query.where(orm.Request.state.in_(_slip_states()))
            else:
                query = query.where(orm.Request.id.in_(request_ids))
            rows = [
                (
                    r.number,
                    citation_from_orm(r.citation),
                    r.partner.name if r.partner else "",
                    r.needed_by,
                    r.conditions,
                    tuple(i.barcode for i in r.items),
                )
                for r in session.scalars(query)
            ]
        slips = []
        for number, citation, borrower, needed_by, conditions, items in rows:
            best = self._copy_to_pull(self._catalogue.local_copies(citation))
            slips.append(
                PullSlip(
                    request_number=number,
                    call_number=best.call_number if best else "(not in our catalogue)",
                    location=best.location if best else "",
                    title=citation.title or citation.article_title,
                    author=citation.author,
                    edition=citation.edition,
                    borrowing_library=borrower,
                    need_by=needed_by,
                    conditions=conditions,
                    item_barcode=items[0] if items else (best.barcode if best else ""),
                )
            )
        return slips
