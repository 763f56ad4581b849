"""What the desk prints, built from the database as the printing layer's document data:
book bands on receipt, pull slips for new lending requests, return labels."""

from __future__ import annotations

from sqlalchemy import select

from illdesk.domain.errors import NotFound
from illdesk.domain.lending_policy import refuses_location
from illdesk.domain.printed import BookBand, PullSlip
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Side
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import Capability, states_where
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.catalogue import CatalogueService, LocalCopy
from illdesk.services.mapping import citation_from_orm


def _slip_states() -> list[str]:
    return [s.value for s in states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)]


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
            return BookBand(
                request_number=request.number,
                patron_name=patron.name if patron else "",
                patron_id=patron.barcode if patron else "",
                due_date=request.due_date,
                lender=request.partner.name if request.partner else "",
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
