"""Pull-slip rounds on both databases: the demo's morning batch, with the policy's refusals
left out and named, printed only once recorded, and "again" only for slips not pulled."""

from __future__ import annotations

import datetime as dt

from illdesk.demo.data import add_todays_arrivals, generate
from illdesk.domain.vocabulary import State
from illdesk.printing.renderer import PdfRenderer
from illdesk.services.catalogue import CatalogueService
from illdesk.services.charges import ChargeService
from illdesk.services.paper import PaperService
from illdesk.services.printouts import PrintoutService, SlipRound
from illdesk.services.requests import RequestService
from tests.printing.pdf_tools import pdf_text

DAY = dt.date(2026, 3, 2)


def test_rounds_leave_out_refusals_and_print_again_only_what_is_not_pulled(db, settings) -> None:
    generate(db, 40, today=DAY)
    add_todays_arrivals(db, settings, 8, today=DAY)
    printouts = PrintoutService(db, settings, CatalogueService(db, settings))
    requests = RequestService(db, settings)
    paper = PaperService(settings, printouts, ChargeService(db, settings), PdfRenderer())

    drawn = paper.pull_slip_batch(SlipRound.NEW)
    batch = drawn.batch
    assert batch.refused, "the demo's policy lends no theses to some partners"
    assert all("do not lend" in r.reason for r in batch.refused)
    refused = {r.request_id for r in batch.refused}
    assert not refused & set(batch.request_ids)
    text = pdf_text(drawn.pdf)
    assert all(s.request_number in text for s in batch.slips)
    assert not any(r.number in text for r in batch.refused)
    # drawing changed nothing; the round is the same until it is recorded as printed
    assert paper.pull_slip_batch(SlipRound.NEW).batch.request_ids == batch.request_ids
    assert paper.pull_slip_batch(SlipRound.AGAIN).batch.request_ids == ()

    assert requests.record_pull_slips(list(batch.request_ids), staff="Tom") == len(
        batch.request_ids
    )
    assert {requests.detail(i).row.state for i in batch.request_ids} == {State.PULL_SLIP_PRINTED}
    assert set(paper.pull_slip_batch(SlipRound.NEW).batch.request_ids).isdisjoint(batch.request_ids)
    again = paper.pull_slip_batch(SlipRound.AGAIN)
    assert set(again.batch.request_ids) >= set(batch.request_ids) and again.pdf
