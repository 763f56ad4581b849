"""Request use cases on SQLite and PostgreSQL: one action, one transaction, one history row."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ConflictError, IllegalTransition, ValidationFailed
from illdesk.domain.state_groups import StateGroup
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.services.requests import ActionInput, RequestService
from tests.services.borrowing_support import send_to_lender

BOOK = Citation(title="Der Zauberberg", author="Mann, Thomas", isbn="978-3-596-29433-6")


def new_loan(service: RequestService, patron, **extra):
    return service.create_borrowing(
        patron_id=patron.id, citation=BOOK, service_type=ServiceType.LOAN, staff="Dana", **extra
    )


def test_create_numbers_and_records_history(requests_service, patron) -> None:
    first = new_loan(requests_service, patron)
    second = new_loan(requests_service, patron, allow_duplicate=True)
    assert first.row.number == "B-2026-000001"
    assert second.row.number == "B-2026-000002"
    assert first.row.state is State.NEW
    assert [(h.action, h.to_state, h.staff) for h in first.history] == [("create", "new", "Dana")]
    assert {a.action for a in first.actions} == {
        Action.VERIFY_CITATION,
        Action.DEFLECT_LOCAL,
        Action.CANCEL,
    }


def test_create_refuses_bad_citation_in_words(requests_service, patron) -> None:
    with pytest.raises(ValidationFailed) as refused:
        requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(isbn="978-3-596-29433-7"),
            service_type=ServiceType.LOAN,
            staff="Dana",
        )
    assert "title" in refused.value.problems
    assert (
        "check digit" in refused.value.problems["isbn"].lower()
        or "checksum" in refused.value.problems["isbn"].lower()
    )


def test_whole_loan_through_the_service(requests_service, patron, partners, clock) -> None:
    detail = new_loan(requests_service, patron)
    rid = detail.row.id
    do = requests_service.perform
    do(rid, Action.VERIFY_CITATION, staff="Dana")
    do(rid, Action.START_SOURCING, staff="Dana")
    requests_service.set_rota(rid, partners, staff="Dana")
    done = do(rid, Action.SEND_TO_LENDER, staff="Dana")
    assert done.detail.partner_name == "Hudson Valley College"
    done = do(rid, Action.LENDER_UNFILLED, staff="Luis", given=ActionInput(note="Not on shelf."))
    assert done.detail.row.state is State.REQUESTED
    assert done.detail.partner_name == "Staatsbibliothek zu Berlin"
    assert "next lender" in done.detail.history[-1].note
    assert [e.status for e in done.detail.rota] == ["unfilled", "asked"]
    do(rid, Action.LENDER_SHIPPED, staff="Luis")
    clock.advance(days=3)
    done = do(rid, Action.RECEIVE, staff="Luis", given=ActionInput(due_date=dt.date(2026, 4, 10)))
    assert done.detail.row.due_date == dt.date(2026, 4, 7)  # three days' buffer
    assert "print_book_band" in done.effects and "notice_ready_for_pickup" in done.effects
    for action in (
        Action.NOTIFY_PATRON,
        Action.CHECK_OUT,
        Action.CHECK_IN,
        Action.RETURN_TO_LENDER,
        Action.LENDER_CHECKED_IN,
    ):
        done = do(rid, action, staff="Priya")
    assert done.detail.row.state is State.COMPLETE
    assert done.detail.actions == ()
    history = done.detail.history
    assert len(history) == 1 + 1 + 11  # create, rota, eleven actions
    assert all(h.staff for h in history)


def test_rota_exhausted_ends_unfilled(requests_service, patron, partners) -> None:
    rid = new_loan(requests_service, patron).row.id
    send_to_lender(requests_service, rid, partners[:1], staff="D")
    done = requests_service.perform(
        rid, Action.LENDER_UNFILLED, staff="D", given=ActionInput(note="Lost.")
    )
    assert done.detail.row.state is State.UNFILLED
    assert "notice_unfilled" in done.effects


def test_illegal_action_changes_nothing(requests_service, patron) -> None:
    detail = new_loan(requests_service, patron)
    with pytest.raises(IllegalTransition, match="not possible"):
        requests_service.perform(detail.row.id, Action.CHECK_OUT, staff="D")
    again = requests_service.detail(detail.row.id)
    assert again.row.state is State.NEW
    assert again.row.version == detail.row.version
    assert len(again.history) == 1


def test_reason_required_where_the_table_says(requests_service, patron) -> None:
    detail = new_loan(requests_service, patron)
    with pytest.raises(ValidationFailed, match="needs a reason"):
        requests_service.perform(detail.row.id, Action.CANCEL, staff="D")
    done = requests_service.perform(
        detail.row.id, Action.CANCEL, staff="D", given=ActionInput(note="Patron left town.")
    )
    assert done.detail.history[-1].note == "Patron left town."


def test_second_desk_gets_a_conflict_not_an_overwrite(requests_service, patron) -> None:
    seen = new_loan(requests_service, patron)
    requests_service.perform(
        seen.row.id, Action.VERIFY_CITATION, staff="Luis", expected_version=seen.row.version
    )
    with pytest.raises(ConflictError, match=r"changed by Luis at \d\d:\d\d.*Reload"):
        requests_service.perform(
            seen.row.id,
            Action.DEFLECT_LOCAL,
            staff="Dana",
            expected_version=seen.row.version,
            given=ActionInput(note="On our shelf."),
        )
    assert requests_service.detail(seen.row.id).row.state is State.CITATION_VERIFIED


def test_search_finds_by_any_field_and_group(requests_service, patron, partners) -> None:
    a = new_loan(requests_service, patron)
    requests_service.create_borrowing(
        patron_id=patron.id,
        service_type=ServiceType.COPY,
        staff="D",
        citation=Citation(
            article_title="Deep learning",
            journal="Nature",
            issn="0028-0836",
            pages="436-444",
            author="LeCun, Yann",
        ),
    )
    assert [r.number for r in requests_service.search(Side.BORROWING, "zauber")] == [a.row.number]
    assert len(requests_service.search(Side.BORROWING, "nakamura")) == 2
    assert len(requests_service.search(Side.BORROWING, "P100001 nature")) == 1
    assert requests_service.search(Side.BORROWING, a.row.number.lower())[0].id == a.row.id
    assert requests_service.search(Side.BORROWING, "100%_") == []
    assert len(requests_service.search(Side.BORROWING, group=StateGroup.NEEDS_ACTION)) == 2
    assert requests_service.search(Side.BORROWING, group=StateGroup.COMPLETE) == []
    assert requests_service.search(Side.LENDING) == []


def test_lending_request_ship_sets_due_date_from_partner(requests_service, partners, clock) -> None:
    detail = requests_service.create_lending(
        partner_id=partners[1],
        citation=BOOK,
        service_type=ServiceType.LOAN,
        staff="D",
        external_id="SBB-77",
    )
    rid = detail.row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(rid, Action.PRINT_PULL_SLIP, staff="D")
    with pytest.raises(IllegalTransition, match="No item has been pulled"):
        requests_service.perform(rid, Action.PULL, staff="D")
    requests_service.perform(
        rid, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000012345")
    )
    done = requests_service.perform(rid, Action.SHIP, staff="D")
    assert done.detail.row.due_date == clock().date() + dt.timedelta(days=35)
    assert requests_service.search(Side.LENDING, "31234000012345")[0].id == rid
    assert requests_service.search(Side.LENDING, "sbb-77")[0].id == rid


def test_patron_standing_is_checked_in_words(requests_service, patrons, clock) -> None:
    from illdesk.services.patrons import PatronInput

    blocked = patrons.save(
        PatronInput(
            barcode="P500001", name="Smith, Ben", email="b@x.org", blocked_reason="Lost two items."
        )
    )
    with pytest.raises(ValidationFailed, match="Smith, Ben is blocked: Lost two items."):
        new_loan(requests_service, blocked)
    expired = patrons.save(
        PatronInput(
            barcode="P500002", name="Evans, Uma", email="u@x.org", expires_on=dt.date(2026, 1, 31)
        )
    )
    with pytest.raises(ValidationFailed, match="card expired on 2026-01-31"):
        new_loan(requests_service, expired)
    limited = patrons.save(
        PatronInput(barcode="P500003", name="Horvat, Ivan", email="i@x.org", request_limit=1)
    )
    new_loan(requests_service, limited)
    with pytest.raises(ValidationFailed, match="already has 1 open requests; the limit is 1"):
        requests_service.create_borrowing(
            patron_id=limited.id,
            citation=Citation(title="Middlemarch"),
            service_type=ServiceType.LOAN,
            staff="D",
        )


def test_duplicate_request_is_named_and_can_be_overridden(requests_service, patron) -> None:
    from illdesk.services.requests import DuplicateRequest

    first = new_loan(requests_service, patron)
    with pytest.raises(DuplicateRequest) as twin:
        requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title="Der Zauberberg.", author="Mann, Thomas"),
            service_type=ServiceType.LOAN,
            staff="D",
        )
    assert twin.value.numbers == [first.row.number]
    again = new_loan(requests_service, patron, allow_duplicate=True)
    assert again.row.number != first.row.number


def test_overdue_levels_follow_the_day_thresholds(
    requests_service, patron, partners, clock, db, settings
) -> None:
    from illdesk.services.notices import NoticeService

    rid = new_loan(requests_service, patron).row.id
    send_to_lender(requests_service, rid, partners, staff="D")
    requests_service.perform(
        rid, Action.RECEIVE, staff="D", given=ActionInput(due_date=dt.date(2026, 3, 13))
    )
    requests_service.perform(rid, Action.CHECK_OUT, staff="D")
    assert requests_service.mark_overdues() == []  # due 2026-03-10, today 2026-03-02
    clock.advance(days=9)  # one day past due
    [number] = requests_service.mark_overdues()
    assert requests_service.mark_overdues() == []  # same level: nothing more
    clock.advance(days=7)  # eight days past due: second notice
    assert requests_service.mark_overdues() == [number]
    detail = requests_service.detail(rid)
    assert detail.row.state is State.OVERDUE and detail.overdue_level == 2
    kinds = [(n.kind, n.subject) for n in NoticeService(db, settings, clock).list()]
    assert ("overdue", "Overdue (reminder 2): Der Zauberberg") in kinds
    assert ("overdue", "Overdue (reminder 1): Der Zauberberg") in kinds


def test_lost_records_the_replacement_charge(requests_service, patron, partners) -> None:
    from decimal import Decimal

    rid = new_loan(requests_service, patron).row.id
    for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
        requests_service.perform(rid, action, staff="D")
    requests_service.set_rota(rid, partners, staff="D")
    for action in (Action.SEND_TO_LENDER, Action.RECEIVE, Action.CHECK_OUT):
        requests_service.perform(rid, action, staff="D")
    done = requests_service.perform(
        rid,
        Action.MARK_LOST,
        staff="D",
        given=ActionInput(note="Patron lost it on the bus.", amount=Decimal("85.00")),
    )
    assert done.detail.row.state is State.LOST
    assert "Replacement charge 85.00." in done.detail.history[-1].note


def test_default_lending_conditions_are_attached(requests_service, partners, settings) -> None:
    settings.set("lending.default_conditions", "Library use only.")
    detail = requests_service.create_lending(
        partner_id=partners[0], citation=BOOK, service_type=ServiceType.LOAN, staff="D"
    )
    assert detail.conditions == "Library use only."


def test_a_note_goes_in_the_history_and_changes_nothing_else(requests_service, partners) -> None:
    made = requests_service.create_lending(
        partner_id=partners[0],
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    )
    noted = requests_service.add_note(
        made.row.id, "  Condition on return: spine cracked ", staff="Tom"
    )
    assert noted.row.state is made.row.state
    last = noted.history[-1]
    assert (last.action, last.staff, last.note) == (
        "note",
        "Tom",
        "Condition on return: spine cracked",
    )
    with pytest.raises(ValidationFailed):
        requests_service.add_note(made.row.id, "   ", staff="Tom")
    assert len(requests_service.detail(made.row.id).history) == len(noted.history)
