"""Find lenders: ask the partners' catalogues and the union catalogues who holds a work.

Each catalogue (a partner's SRU/Z39.50 address from the directory, or a union catalogue
from the ``catalogue.sru_targets`` setting) is asked on its own thread with its own
timeout, by standard number first and then by title and author; one that is down is
reported in words and the others still answer.  The hits staff tick become the request's
rota, in the rota policy's order, each entry keeping the lender's record id (sent to the
lender as ISO 18626 ``supplierUniqueRecordId``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.matching import match_confidence
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.words import N_, Sentence
from illdesk.interop.catalogue_settings import targets_from
from illdesk.interop.marc.records import CatalogueRecord, HoldingItem
from illdesk.interop.sru.targets import Target
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.requests import RequestService
from illdesk.services.rota import RotaService
from illdesk.services.rows import RequestDetail

log = logging.getLogger(__name__)

MAX_PARALLEL = 8
AVAILABLE_WORDS = ("available", "on shelf", "in", "0", "-", "check shelf")


@dataclass(frozen=True)
class CatalogueSource:
    """One catalogue to ask: a partner's own, or a union catalogue (``partner_id`` None)."""

    name: str
    target: Target
    partner_id: int | None = None
    partner_symbol: str = ""
    partner_name: str = ""


@dataclass(frozen=True)
class LenderHit:
    """One record one catalogue returned, tied to the partner that would lend it."""

    source: str
    partner_id: int | None
    partner_symbol: str
    partner_name: str
    record_id: str
    title: str
    author: str
    year: str
    call_number: str
    availability: str
    confidence: float
    how: str
    holder: str = ""
    """The holding library as the catalogue names it (852/952 location)."""

    @property
    def can_be_asked(self) -> bool:
        return self.partner_id is not None

    def note(self) -> str:
        """What the rota entry remembers of the hit, for staff."""
        parts = [p for p in (self.call_number, self.availability) if p]
        return " · ".join([self.source, *parts])[:300]


@dataclass(frozen=True)
class SourceOutcome:
    source: CatalogueSource
    hits: tuple[LenderHit, ...] = ()
    total: int = 0
    error: str = ""
    """Why this catalogue gave no answer, in words ("" when it answered)."""


def _availability(item: HoldingItem) -> str:
    return item.status.strip()


class FindLendersService:
    def __init__(
        self, db: Database, settings: Settings, requests: RequestService, rota: RotaService
    ) -> None:
        self._db = db
        self._settings = settings
        self._requests = requests
        self._rota = rota

    # -- which catalogues --------------------------------------------------------------------
    def sources(self) -> list[CatalogueSource]:
        """Partners with a catalogue, then the union catalogues; raises DeskError in words
        when the union catalogue setting cannot be read."""
        found: list[CatalogueSource] = []
        with self._db.reading() as session:
            for partner in session.scalars(
                select(orm.Partner)
                .where(orm.Partner.catalogue_url != "")
                .order_by(orm.Partner.name)
            ):
                target = Target(
                    name=f"{partner.name} ({partner.symbol})",
                    base_url=partner.catalogue_url.strip(),
                    database=partner.catalogue_database.strip(),
                )
                found.append(
                    CatalogueSource(target.name, target, partner.id, partner.symbol, partner.name)
                )
        for target in targets_from(self._settings):
            found.append(CatalogueSource(target.name, target))
        return found

    # -- searching ---------------------------------------------------------------------------
    def search(
        self,
        citation: Citation,
        progress: Progress = NO_PROGRESS,
        on_outcome: Callable[[SourceOutcome], None] | None = None,
        sources: Sequence[CatalogueSource] | None = None,
    ) -> list[SourceOutcome]:
        """Ask every catalogue at once; each answers (or fails) within the search timeout.

        ``on_outcome`` runs (in this thread) as each catalogue answers; ``progress`` counts
        the answers and stops the wait with Cancelled when staff press Cancel (the searches
        still running end at their timeout, their answers unused).
        """
        chosen = list(self.sources() if sources is None else sources)
        if not chosen:
            raise ValidationFailed(
                {
                    "catalogues": N_(
                        "No catalogue to search: enter a partner's catalogue address in "
                        "Partner libraries, or union catalogues in Settings."
                    )
                }
            )
        partners = self._partners()
        timeout = self._settings.get_float("catalogue.search_timeout_seconds")
        most = self._settings.get_int("catalogue.max_records")
        outcomes: list[SourceOutcome] = []
        total = len(chosen)
        progress.step(0, total, f"Asking {total} catalogues…")
        pool = ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, total))
        try:
            pending: dict[Future[SourceOutcome], CatalogueSource] = {
                pool.submit(self._ask, source, citation, partners, most, timeout): source
                for source in chosen
            }
            while pending:
                done, _ = wait(list(pending), timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    pending.pop(future)
                    outcome = future.result()
                    outcomes.append(outcome)
                    if on_outcome is not None:
                        on_outcome(outcome)
                progress.step(len(outcomes), total, f"{len(outcomes)} of {total} answered")
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        order = {source.name: i for i, source in enumerate(chosen)}
        outcomes.sort(key=lambda o: order[o.source.name])
        return outcomes

    def _partners(self) -> dict[str, tuple[int, str, str]]:
        """symbol or name, casefolded -> (id, symbol, name): to tie union holdings to partners."""
        with self._db.reading() as session:
            known: dict[str, tuple[int, str, str]] = {}
            for p in session.scalars(select(orm.Partner)):
                known[p.symbol.casefold()] = (p.id, p.symbol, p.name)
                known.setdefault(p.name.casefold(), (p.id, p.symbol, p.name))
            return known

    def _ask(
        self,
        source: CatalogueSource,
        citation: Citation,
        partners: dict[str, tuple[int, str, str]],
        most: int,
        timeout: float,
    ) -> SourceOutcome:
        try:
            from illdesk.interop.sru.search import find_work  # lxml and pymarc

            result = find_work(source.target, citation, maximum_records=most, timeout=timeout)
        except DeskError as exc:
            return SourceOutcome(source, error=exc.message)
        except Exception as exc:  # a catalogue must never take the search down
            log.exception("searching %s failed", source.name)
            return SourceOutcome(source, error=f"{source.name} could not be searched ({exc}).")
        hits: list[LenderHit] = []
        for record in result.records:
            hits.extend(self._hits(source, citation, record, partners))
        hits.sort(key=lambda h: (-h.confidence, h.partner_symbol, h.call_number))
        return SourceOutcome(source, tuple(hits), result.total)

    def _hits(
        self,
        source: CatalogueSource,
        wanted: Citation,
        record: CatalogueRecord,
        partners: dict[str, tuple[int, str, str]],
    ) -> list[LenderHit]:
        confidence, how = match_confidence(wanted, record.citation, record.isbns, record.issns)
        c = record.citation

        def hit(partner: tuple[int, str, str] | None, item: HoldingItem) -> LenderHit:
            return LenderHit(
                source=source.name,
                partner_id=partner[0] if partner else None,
                partner_symbol=partner[1] if partner else "",
                partner_name=partner[2] if partner else "",
                record_id=record.control_number,
                title=c.title,
                author=c.author,
                year=c.year,
                call_number=item.call_number,
                availability=_availability(item),
                confidence=confidence,
                how=how,
                holder=item.location,
            )

        items = record.items or (HoldingItem(),)
        if source.partner_id is not None:
            partner = (source.partner_id, source.partner_symbol, source.partner_name)
            return [hit(partner, item) for item in items]
        # a union catalogue: each holding names its library (852 $a or $b)
        out: list[LenderHit] = []
        for item in items:
            out.append(hit(_holder(item, partners), item))
        return out

    # -- building the rota -------------------------------------------------------------------
    def build_rota(
        self,
        request_id: int,
        chosen: Sequence[LenderHit],
        *,
        staff: str,
        expected_version: int | None = None,
    ) -> RequestDetail:
        """The ticked hits become the lenders not yet asked, in the rota policy's order;
        each entry keeps its record id.  One partner ticked twice is asked once (best hit)."""
        best: dict[int, LenderHit] = {}
        for hit in chosen:
            if hit.partner_id is None:
                raise ValidationFailed(
                    {
                        "hits": Sentence(
                            N_(
                                "“{source}” holding {value} belongs to no partner in the "
                                "directory; add the library first."
                            ),
                            source=hit.source,
                            value=hit.call_number or hit.record_id,
                        )
                    }
                )
            if hit.partner_id not in best or best[hit.partner_id].confidence < hit.confidence:
                best[hit.partner_id] = hit
        if not best:
            raise ValidationFailed({"hits": N_("Tick at least one library to ask.")})
        rank = {c.partner_id: i for i, c in enumerate(self._rota.ranked())}
        ordered = sorted(best, key=lambda pid: rank.get(pid, len(rank)))
        return self._requests.set_rota(
            request_id,
            ordered,
            staff=staff,
            expected_version=expected_version,
            records={pid: (best[pid].record_id, best[pid].note()) for pid in ordered},
        )


def _holder(
    item: HoldingItem, partners: dict[str, tuple[int, str, str]]
) -> tuple[int, str, str] | None:
    for text in (item.location, item.barcode):
        key = text.strip().casefold()
        if key in partners:
            return partners[key]
        for word in key.replace(",", " ").split():
            if word in partners:
                return partners[word]
    return None
