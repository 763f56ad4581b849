"""The scan stations: one scan takes the mode's action; every bad scan changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from illdesk.domain.barcodes import WrongKindOfScan
from illdesk.domain.citation import Citation
from illdesk.domain.errors import IllegalTransition, NotFound
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.services.requests import ActionInput
from illdesk.services.scanning import ScanMode, ScanService

ITEM = "31234000056789"


@pytest.fixture
def scans(db, requests_service) -> ScanService:
    return ScanService(db, requests_service)


def test_receive_checkout_checkin_return_by_scan(scans, shipped, requests_service) -> None:
    number = shipped.row.number
    out = scans.scan(
        ScanMode.RECEIVE,
        f" {number.lower()}\r\n",
        staff="Luis",
        given=ActionInput(item_barcode=ITEM),
    )
    assert out.performed.detail.row.state is State.RECEIVED
    assert out.performed.detail.row.due_date == dt.date(2026, 3, 27)  # 28 days less 3
    assert {"print_book_band", "notice_ready_for_pickup"} <= set(out.performed.effects)
    assert (
        scans.scan(ScanMode.CHECK_OUT, ITEM, staff="Luis").performed.detail.row.state
        is State.CHECKED_OUT
    )
    assert (
        scans.scan(ScanMode.CHECK_IN, ITEM, staff="Luis").performed.detail.row.state
        is State.RETURNED_BY_PATRON
    )
    back = scans.scan(ScanMode.RETURN_TO_LENDER, f"A{ITEM}B", staff="Luis")  # Codabar
    assert back.performed.detail.row.state is State.RETURNED_TO_LENDER
    assert "print_return_label" in back.performed.effects
    assert [h.staff for h in requests_service.detail(shipped.row.id).history][-4:] == ["Luis"] * 4


def test_a_scan_shows_its_own_history_row_and_fills_its_notice(
    scans, shipped, requests_service, db
) -> None:
    """The detail a scan hands back is read after its commit: it holds the row the scan
    wrote (the history is not read before), and the notice it queued gets its text."""
    before = len(shipped.history)
    out = scans.scan(ScanMode.RECEIVE, shipped.row.number, staff="Luis")
    shown = out.performed.detail
    assert len(shown.history) == before + 1
    assert (shown.history[-1].staff, shown.history[-1].action) == ("Luis", "receive")
    assert shown.history == requests_service.detail(shipped.row.id).history
    assert shown.row.version == shipped.row.version + 1
    with db.reading() as session:
        notice = session.scalars(
            select(orm.Notice).where(orm.Notice.request_id == shipped.row.id)
        ).one()
        assert notice.kind == "ready_for_pickup"
        assert shipped.row.number in notice.body


def test_unknown_scan_changes_nothing(scans, shipped, requests_service) -> None:
    with pytest.raises(NotFound, match="No open borrowing request has item 39999000000001"):
        scans.scan(ScanMode.CHECK_OUT, "39999000000001", staff="L")
    with pytest.raises(NotFound, match="No request has the number B-2026-999999"):
        scans.scan(ScanMode.RECEIVE, "B-2026-999999", staff="L")
    assert requests_service.detail(shipped.row.id).row.version == shipped.row.version


def test_patron_card_where_an_item_belongs_is_named(scans, shipped) -> None:
    with pytest.raises(WrongKindOfScan, match="That is a patron card, not"):
        scans.scan(ScanMode.CHECK_IN, "P100001", staff="L")


def test_illegal_in_this_state_says_why(scans, shipped, requests_service) -> None:
    with pytest.raises(IllegalTransition, match="“Shipped by lender”.*Nothing was changed"):
        scans.scan(ScanMode.CHECK_IN, shipped.row.number, staff="L")
    assert requests_service.detail(shipped.row.id).row.state is State.SHIPPED_BY_LENDER


def test_lending_request_scanned_at_borrowing_station_is_refused(
    scans, requests_service, partners
) -> None:
    lending = requests_service.create_lending(
        partner_id=partners[0],
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="D",
    )
    with pytest.raises(NotFound, match="lending request; this is the borrowing scan station"):
        scans.scan(ScanMode.RECEIVE, lending.row.number, staff="L")


def test_lending_ship_and_return_by_item_scan(scans, requests_service, partners) -> None:
    rid = requests_service.create_lending(
        partner_id=partners[1],
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    requests_service.perform(rid, Action.PULL, staff="D", given=ActionInput(item_barcode=ITEM))
    assert scans.scan(ScanMode.SHIP, ITEM, staff="D").performed.detail.row.state is State.SHIPPED
    done = scans.scan(ScanMode.RETURN_RECEIVED, ITEM, staff="D")
    assert done.performed.detail.row.state is State.COMPLETE


@pytest.fixture
def catalogue_scans(db, requests_service, settings):
    from illdesk.persistence import orm
    from illdesk.services.catalogue import CatalogueService

    with db.transaction() as session:
        record = orm.CatalogueRecord(
            control_number="001:ocm1",
            title="Middlemarch",
            author="Eliot, George",
            isbn="9780141439549",
            match_key="middlemarch|eliot",
        )
        record.items = [
            orm.CatalogueItem(
                barcode="31234000000011",
                call_number="PR4662 .A1 2003",
                location="Stacks",
                status="",
            ),
            orm.CatalogueItem(
                barcode="31234000000029",
                call_number="PR4662 .A1 2003 c.2",
                location="Reference",
                status="",
            ),
        ]
        session.add(record)
    catalogue = CatalogueService(db, settings)
    return ScanService(db, requests_service, catalogue=catalogue, settings=settings)


def _lending(requests_service, partners, title="Middlemarch", isbn="9780141439549"):
    rid = requests_service.create_lending(
        partner_id=partners[1],
        citation=Citation(title=title, author="Eliot, George", isbn=isbn),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    return rid


def test_pull_by_scanning_the_copy_alone(catalogue_scans, requests_service, partners) -> None:
    rid = _lending(requests_service, partners)
    out = catalogue_scans.scan(ScanMode.PULL, "31234000000011", staff="Tom")
    assert out.performed.detail.row.id == rid
    assert out.performed.detail.row.state is State.PULLED
    assert out.performed.detail.item_barcodes == ("31234000000011",)


def test_pull_slip_then_copy_and_do_not_lend_shelf(
    catalogue_scans, requests_service, partners
) -> None:
    rid = _lending(requests_service, partners)
    number = requests_service.detail(rid).row.number
    first = catalogue_scans.scan(ScanMode.PULL, number, staff="Tom")
    assert first.performed is None and first.waiting_for_item.row.id == rid
    with pytest.raises(IllegalTransition, match="Reference, which we do not lend"):
        catalogue_scans.scan(ScanMode.PULL, "31234000000029", staff="Tom", for_request=rid)
    assert requests_service.detail(rid).row.state is State.HOLDINGS_CHECKED
    done = catalogue_scans.scan(ScanMode.PULL, "31234000000011", staff="Tom", for_request=rid)
    assert done.performed.detail.row.state is State.PULLED


def test_pull_wrong_scans_change_nothing(catalogue_scans, requests_service, partners) -> None:
    a = _lending(requests_service, partners)
    b = _lending(requests_service, partners)
    with pytest.raises(IllegalTransition, match="several requests"):
        catalogue_scans.scan(ScanMode.PULL, "31234000000011", staff="Tom")
    with pytest.raises(NotFound, match="not in our catalogue"):
        catalogue_scans.scan(ScanMode.PULL, "39999000000001", staff="Tom")
    catalogue_scans.scan(ScanMode.PULL, "31234000000011", staff="Tom", for_request=a)
    # the same copy again for the other request: it is already tied to the first
    with pytest.raises(IllegalTransition):
        catalogue_scans.scan(ScanMode.SHIP, requests_service.detail(b).row.number, staff="T")
    assert requests_service.detail(b).row.state is State.HOLDINGS_CHECKED


def test_unfilled_reasons_in_iso_words() -> None:
    from illdesk.domain.lending_policy import unfilled_note
    from illdesk.interop.iso18626.status_map import reason_unfilled_code

    assert reason_unfilled_code(unfilled_note("not_on_shelf")) == "NotOnShelf"
    assert reason_unfilled_code(unfilled_note("non_circulating")) == "NonCirculating"
    with pytest.raises(ValueError, match="Say why"):
        unfilled_note("other")
