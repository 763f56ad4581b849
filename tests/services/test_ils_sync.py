"""NCIP to our ILS in the workflow: a whole loan driven through the services (and the scan
station), on both profiles, against a responder that validates every message against the
NCIP 2.02 schema; a down ILS never blocks the desk."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.services.ils_sync import IlsSyncService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import ActionInput, RequestService
from tests.conftest import FixedClock
from tests.corpus_path import CORPUS
from tests.interop.conftest import free_port
from tests.interop.test_ncip_responder import NcipResponder
from tests.services.borrowing_support import send_to_lender

XSD = CORPUS / "ncip" / "ncip_v2_02.xsd"
LOOM = Citation(title="The loom of destiny", author="Stringer, Arthur", isbn="0836932722")
CIRCULATION = frozenset({"LookupUser", "AcceptItem", "CheckOutItem", "CheckInItem", "DeleteItem"})
KOHA = frozenset(
    {
        "LookupUser",
        "LookupAgency",
        "ItemRequested",
        "RequestItem",
        "ItemShipped",
        "ItemReceived",
        "CheckOutItem",
        "CheckInItem",
        "RenewItem",
        "CancelRequestItem",
    }
)


def _configure(settings, url: str, profile: str) -> None:
    settings.set("ncip.enabled", True)
    settings.set("ncip.endpoint_url", url)
    settings.set("ncip.to_agency_id", "MAINILS")
    settings.set("ncip.xsd_path", str(XSD))
    settings.set("ncip.profile", profile)
    settings.set("ncip.timeout_seconds", 5.0)


@pytest.fixture
def desk(db, settings, clock):
    requests = RequestService(db, settings, clock)
    ils = IlsSyncService(db, settings, clock=lambda: clock().replace(microsecond=0))
    requests.after_commit.append(ils.after_action)
    patron = PatronService(db).save(
        PatronInput(barcode="8377630", name="Öberg, Åsa", email="asa.oberg@example.org")
    )
    return requests, ils, patron


def _whole_loan(requests: RequestService, ils: IlsSyncService, patron, partners) -> list[str]:
    """Borrow, receive, check out, check in, return; the ILS worker's rounds in between."""
    rid = requests.create_borrowing(
        patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="Dana"
    ).row.id
    do = requests.perform
    do(rid, Action.VERIFY_CITATION, staff="Dana")
    do(rid, Action.START_SOURCING, staff="Dana")
    requests.set_rota(rid, partners, staff="Dana")
    for action, given in (
        (Action.SEND_TO_LENDER, ActionInput()),
        (Action.LENDER_SHIPPED, ActionInput()),
        (Action.RECEIVE, ActionInput(item_barcode="ILL0042", due_date=dt.date(2026, 4, 10))),
        (Action.NOTIFY_PATRON, ActionInput()),
        (Action.CHECK_OUT, ActionInput()),
        (Action.CHECK_IN, ActionInput()),
        (Action.RETURN_TO_LENDER, ActionInput()),
        (Action.LENDER_CHECKED_IN, ActionInput()),
    ):
        done = do(rid, action, staff="Priya", given=given)
        ils.deliver_due()
    assert done.detail.row.state is State.COMPLETE
    rows = ils.for_request(rid)
    assert [r.state for r in rows] == ["sent"] * len(rows), [r.describe() for r in rows]
    return [r.service for r in rows]


def test_circulation_profile_whole_loan(desk, settings, partners) -> None:
    requests, ils, patron = desk
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        _configure(settings, responder.url, "circulation")
        services = _whole_loan(requests, ils, patron, partners)
        assert responder.state.invalid == []
        assert services == ["AcceptItem", "CheckOutItem", "CheckInItem", "DeleteItem"]
        assert responder.state.services == services
        assert responder.state.items == {}  # the temporary item is gone again
        assert b"<ns0:" not in b"".join(responder.state.received)


def test_circulation_return_by_check_in(desk, settings, partners) -> None:
    requests, ils, patron = desk
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        _configure(settings, responder.url, "circulation")
        settings.set("ncip.return_action", "check_in")
        services = _whole_loan(requests, ils, patron, partners)
        assert services == ["AcceptItem", "CheckOutItem", "CheckInItem", "CheckInItem"]


def test_koha_ill_profile_whole_loan(desk, settings, partners) -> None:
    requests, ils, patron = desk
    with NcipResponder(XSD, accepts=KOHA) as responder:
        _configure(settings, responder.url, "koha_ill")
        assert ils.check_connection() == "Test ILS"
        services = _whole_loan(requests, ils, patron, partners)
        assert responder.state.invalid == []
        assert services == [
            "ItemRequested",
            "ItemShipped",
            "ItemReceived",
            "CheckOutItem",
            "CheckInItem",
            "ItemShipped",
        ]
        assert responder.state.services == ["LookupAgency", *services]


def test_koha_renewal_and_cancel(desk, settings, partners) -> None:
    requests, ils, patron = desk
    with NcipResponder(XSD, accepts=KOHA) as responder:
        _configure(settings, responder.url, "koha_ill")
        rid = requests.create_borrowing(
            patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="D"
        ).row.id
        send_to_lender(requests, rid, partners, staff="D")
        requests.perform(rid, Action.CANCEL, staff="D", given=ActionInput(note="Patron left."))
        ils.deliver_due()
        assert responder.state.services == ["ItemRequested", "CancelRequestItem"]
        assert [r.state for r in ils.for_request(rid)] == ["sent", "sent"]


def test_lending_on_both_profiles(desk, settings, partners, requests_service) -> None:
    requests, ils, _patron = desk
    for profile, accepts, expected in (
        ("circulation", CIRCULATION, ["CheckOutItem", "CheckInItem"]),
        ("koha_ill", KOHA, ["RequestItem", "ItemShipped", "ItemReceived"]),
    ):
        with NcipResponder(XSD, accepts=accepts, shelf={"31234000012345"}) as responder:
            _configure(settings, responder.url, profile)
            rid = requests.create_lending(
                partner_id=partners[1], citation=LOOM, service_type=ServiceType.LOAN, staff="D"
            ).row.id
            requests.perform(rid, Action.CHECK_HOLDINGS, staff="D")
            requests.perform(
                rid, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000012345")
            )
            requests.perform(rid, Action.SHIP, staff="D")
            ils.deliver_due()
            requests.perform(rid, Action.RECEIVE_RETURN, staff="D")
            ils.deliver_due()
            assert responder.state.invalid == []
            assert responder.state.services == expected, profile
            assert [r.state for r in ils.for_request(rid)] == ["sent"] * len(expected)


def test_a_down_ils_never_blocks_the_desk(desk, settings, partners, clock: FixedClock) -> None:
    requests, ils, patron = desk
    down = f"http://127.0.0.1:{free_port()}/ncip"
    _configure(settings, down, "circulation")
    rid = requests.create_borrowing(
        patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="D"
    ).row.id
    send_to_lender(requests, rid, partners, staff="D")
    requests.perform(rid, Action.RECEIVE, staff="D", given=ActionInput(item_barcode="ILL0042"))
    assert ils.deliver_due() == 0
    done = requests.perform(rid, Action.NOTIFY_PATRON, staff="D")
    done = requests.perform(rid, Action.CHECK_OUT, staff="D")
    assert done.detail.row.state is State.CHECKED_OUT  # the desk went on
    assert ils.deliver_due() == 0
    rows = ils.for_request(rid)
    assert [(r.service, r.state) for r in rows] == [
        ("AcceptItem", "failed"),
        ("CheckOutItem", "queued"),  # waits for the AcceptItem before it: order is kept
    ]
    assert "refused the connection" in rows[0].last_error
    assert rows[0].describe().startswith("AcceptItem: failed 1×")
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        settings.set("ncip.endpoint_url", responder.url)
        assert ils.deliver_due() == 0  # not due yet: the retry waits a minute
        clock.advance(minutes=2)
        assert ils.deliver_due() == 2
        assert responder.state.services == ["AcceptItem", "CheckOutItem"]
    assert ils.unsent() == []


def test_retry_and_dismiss(desk, settings, partners, clock: FixedClock) -> None:
    requests, ils, patron = desk
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        _configure(settings, responder.url, "circulation")
        rid = requests.create_borrowing(
            patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="D"
        ).row.id
        send_to_lender(requests, rid, partners, staff="D")
        # no item barcode at receive: the AcceptItem cannot be built and is refused in words
        requests.perform(rid, Action.RECEIVE, staff="D")
        ils.deliver_due()
        failed = ils.unsent()[0]
        assert failed.state == "failed" and "item barcode is empty" in failed.last_error
        ils.retry(failed.id)
        assert ils.unsent()[0].state == "queued"
        ils.dismiss(failed.id, staff="Priya")
        assert ils.unsent() == []
        history = requests.detail(rid).history
        assert history[-1].action == "ncip_dismissed" and history[-1].staff == "Priya"
        assert responder.state.services == []


def test_lookup_user_shows_blocks(desk, settings) -> None:
    _requests, ils, _patron = desk
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        _configure(settings, responder.url, "circulation")
        fine = ils.lookup_user("8377630")
        assert (fine.name, ils.standing_words(fine)) == ("Åsa Öberg", "")
        blocked = ils.lookup_user("blocked1")
        assert ils.standing_words(blocked) == "blocked in the library system: Overdue items"
        expired = ils.lookup_user("expired1")
        assert ils.standing_words(expired, today=dt.date(2026, 3, 2)) == (
            "card expired on 2025-06-30"
        )
        assert ils.standing_words(expired, today=dt.date(2025, 6, 1)) == ""


def test_nothing_is_queued_when_ncip_is_off(desk, partners) -> None:
    requests, ils, patron = desk
    rid = requests.create_borrowing(
        patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="D"
    ).row.id
    requests.perform(rid, Action.VERIFY_CITATION, staff="D")
    assert ils.for_request(rid) == []


def test_the_worker_thread_sends_when_an_action_queues(desk, settings, partners) -> None:
    import threading

    from illdesk.services.ils_sync import IlsWorker

    requests, ils, patron = desk
    sent = threading.Event()
    with NcipResponder(XSD, accepts=CIRCULATION) as responder:
        _configure(settings, responder.url, "circulation")
        worker = IlsWorker(ils, poll_seconds=3600)  # only a wake makes it send
        worker.start()
        try:
            rid = requests.create_borrowing(
                patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="D"
            ).row.id
            send_to_lender(requests, rid, partners, staff="D")
            requests.perform(
                rid, Action.RECEIVE, staff="D", given=ActionInput(item_barcode="ILL0042")
            )
            for _ in range(200):
                if [r.state for r in ils.for_request(rid)] == ["sent"]:
                    sent.set()
                    break
                threading.Event().wait(0.05)
        finally:
            worker.stop()
        assert sent.is_set()
        assert responder.state.services == ["AcceptItem"]
