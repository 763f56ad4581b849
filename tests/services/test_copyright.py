"""Copyright through the services: CCG/CCL, the rule of five with year and window
boundaries, royalty and override clearance, the yearly report and its CSV."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from illdesk.domain.errors import IllegalTransition, ValidationFailed
from illdesk.domain.vocabulary import Action, State
from illdesk.services.patrons import PatronInput
from illdesk.services.requests import ActionInput
from tests.services.copies_support import article, build_copies, copies_settings, new_copy


@pytest.fixture
def copies(db, clock):
    return build_copies(db, copies_settings(), clock)


@pytest.fixture
def reader(patrons):
    return patrons.save(
        PatronInput(
            barcode="P300", name="Lindqvist, Mia", email="mia@example.org", request_limit=100
        )
    )


def _many(copies, patron_id, count, clock, citation=None) -> list[int]:
    made = []
    for _ in range(count):
        made.append(new_copy(copies, patron_id, citation))
        clock.advance(hours=1)
    return made


def _actions(copies, rid) -> set[Action]:
    return {a.action for a in copies.requests.detail(rid).actions}


def test_sixth_request_is_held_until_a_royalty_is_recorded(copies, reader, clock) -> None:
    rids = _many(copies, reader.id, 6, clock)
    fifth, sixth = copies.copyright.status(rids[4]), copies.copyright.status(rids[5])
    assert (fifth.verdict.position, fifth.hold) == (5, False)
    assert (sixth.verdict.position, sixth.hold) == (6, True)
    assert Action.START_SOURCING in _actions(copies, rids[4])
    assert Action.START_SOURCING not in _actions(copies, rids[5])
    with pytest.raises(IllegalTransition, match="rule of five"):
        copies.requests.perform(rids[5], Action.START_SOURCING, staff="Dana")
    assert copies.copyright.hold_if_needed(rids[5], staff="Dana")
    assert not copies.copyright.hold_if_needed(rids[4], staff="Dana")
    assert copies.requests.detail(rids[5]).row.state is State.AWAITING_COPYRIGHT
    detail = copies.copyright.record_royalty(
        rids[5], Decimal("35.00"), "Copyright Clearance Center", staff="Dana"
    )
    assert detail.row.state is State.CITATION_VERIFIED
    assert detail.history[-1].note == "Royalty 35.00 USD paid to Copyright Clearance Center."
    assert Action.START_SOURCING in {a.action for a in detail.actions}
    assert (
        copies.copyright.status(rids[5])
        .words()
        .endswith("Royalty 35.00 USD paid to Copyright Clearance Center.")
    )
    copies.requests.perform(rids[5], Action.START_SOURCING, staff="Dana")


def test_override_needs_a_reason_and_clears(copies, reader, clock) -> None:
    rids = _many(copies, reader.id, 7, clock)
    copies.copyright.hold_if_needed(rids[6], staff="Dana")
    with pytest.raises(ValidationFailed, match="needs a reason"):
        copies.copyright.record_override(rids[6], "  ", staff="Dana")
    assert copies.requests.detail(rids[6]).row.state is State.AWAITING_COPYRIGHT
    detail = copies.copyright.record_override(
        rids[6], "Journal subscribed; print copy missing", staff="Dana"
    )
    assert detail.row.state is State.CITATION_VERIFIED
    assert copies.copyright.status(rids[6]).verdict.position == 7


def test_royalty_input_is_checked(copies, reader, clock) -> None:
    rids = _many(copies, reader.id, 6, clock)
    with pytest.raises(ValidationFailed) as caught:
        copies.copyright.record_royalty(rids[5], Decimal("-1"), "", staff="Dana")
    assert set(caught.value.problems) == {"amount", "paid_to"}


def test_calendar_year_boundary(copies, reader, clock) -> None:
    clock.now = dt.datetime(2025, 12, 31, 18, 0)
    _many(copies, reader.id, 5, clock)  # the last one at 22:00 on 31 December
    clock.now = dt.datetime(2026, 1, 1, 0, 0)
    first_of_year = new_copy(copies, reader.id)
    assert copies.copyright.status(first_of_year).verdict.position == 1
    clock.now = dt.datetime(2025, 12, 31, 23, 59)
    sixth_of_2025 = new_copy(copies, reader.id)
    assert copies.copyright.status(sixth_of_2025).hold


def test_five_year_window_boundary(copies, reader, clock) -> None:
    clock.now = dt.datetime(2026, 3, 2, 9, 0)
    _many(copies, reader.id, 5, clock, article(year="2021"))  # inside: 2026 - 5
    inside = new_copy(copies, reader.id, article(year="2021"))
    assert copies.copyright.status(inside).hold
    outside = new_copy(copies, reader.id, article(year="2020"))
    status = copies.copyright.status(outside)
    assert (status.verdict.counted, status.hold) == (False, False)
    assert status.verdict.suggested_compliance() == "CCL"


def test_count_is_per_journal_by_issn_or_title(copies, reader, clock) -> None:
    _many(copies, reader.id, 5, clock, article(issn="0022-0418"))
    other = new_copy(copies, reader.id, article(journal="Library Trends", issn="0024-2594"))
    assert copies.copyright.status(other).verdict.position == 1
    same_by_issn = new_copy(copies, reader.id, article(journal="J. Doc.", issn="00220418"))
    assert copies.copyright.status(same_by_issn).hold
    by_title = [
        new_copy(copies, reader.id, article(journal="The Serials Librarian", issn=""))
        for _ in range(2)
    ]
    assert copies.copyright.status(by_title[1]).verdict.position == 2


def test_cancelled_purchased_and_open_access_requests_are_not_counted(
    copies, reader, clock
) -> None:
    rids = _many(copies, reader.id, 6, clock)
    copies.requests.perform(
        rids[0], Action.CANCEL, staff="Dana", given=ActionInput(note="Duplicate.")
    )
    assert not copies.copyright.status(rids[5]).hold
    seventh = new_copy(copies, reader.id)
    assert copies.copyright.status(seventh).hold
    copies.open_access.mark_found(rids[1], "https://doi.org/10.1108/JD-01-2024-0001", staff="Dana")
    copies.purchasing.order(
        rids[2], supplier="GET IT NOW", order_number="G1", cost=Decimal("12"), staff="Dana"
    )
    assert copies.copyright.status(seventh).verdict.position == 4


def test_compliance_choice_is_recorded(copies, reader) -> None:
    rid = new_copy(copies, reader.id)
    detail = copies.copyright.set_compliance(rid, "ccg", staff="Dana")
    assert detail.history[-1].note == "Copyright compliance: CCG."
    assert copies.copyright.status(rid).compliance == "CCG"
    with pytest.raises(ValidationFailed, match="CCG"):
        copies.copyright.set_compliance(rid, "fair use", staff="Dana")


def test_yearly_report_and_csv(copies, reader, clock, tmp_path) -> None:
    rids = _many(copies, reader.id, 7, clock)
    for rid in rids[5:]:
        copies.copyright.hold_if_needed(rid, staff="Dana")
        copies.copyright.record_royalty(rid, Decimal("20.50"), "CCC", staff="Dana")
    _many(copies, reader.id, 2, clock, article(journal="Library Trends", issn="0024-2594"))
    new_copy(copies, reader.id, article(year="2001"))  # older than the window
    rows = copies.copyright.report(2026)
    assert [(r.journal, r.issn, r.requests, r.over_limit, r.royalties) for r in rows] == [
        ("Journal of Documentation", "0022-0418", 7, 2, Decimal("41.00")),
        ("Library Trends", "0024-2594", 2, 0, Decimal("0")),
    ]
    assert copies.copyright.report(2025) == []
    path = tmp_path / "copyright-2026.csv"
    assert copies.copyright.export_report(2026, path) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table == [
        ["Journal", "ISSN", "Requests", "Over 5", "Royalties paid"],
        ["Journal of Documentation", "0022-0418", "7", "2", "41.00"],
        ["Library Trends", "0024-2594", "2", "0", "0.00"],
    ]


def test_settings_change_the_rule(db, clock, reader) -> None:
    copies = build_copies(db, copies_settings(copyright__limit=2), clock)
    rids = _many(copies, reader.id, 3, clock)
    assert copies.copyright.status(rids[2]).hold
    assert not copies.copyright.status(rids[1]).hold
