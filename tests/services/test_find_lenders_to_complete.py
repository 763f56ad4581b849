"""Issue 17's "done when": a borrowing loan from Find lenders to complete, the ILS told of
each step over NCIP, on both profiles (two real Zebra catalogues, the NCIP responder)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.services.find_lenders import FindLendersService
from illdesk.services.ils_sync import IlsSyncService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rota import RotaService
from tests.interop.test_ncip_responder import NcipResponder
from tests.services.test_find_lenders import LOOM
from tests.services.test_ils_sync import CIRCULATION, KOHA, XSD, _configure
from tests.services.zebra_lenders import Catalogues, two_catalogues


@pytest.fixture
def catalogues(tmp_path: Path) -> Iterator[Catalogues]:
    yield from two_catalogues(tmp_path)


@pytest.mark.parametrize(
    ("profile", "accepts", "expected"),
    [
        ("circulation", CIRCULATION, ["AcceptItem", "CheckOutItem", "CheckInItem", "DeleteItem"]),
        (
            "koha_ill",
            KOHA,
            [
                "ItemRequested",
                "ItemShipped",
                "ItemReceived",
                "CheckOutItem",
                "CheckInItem",
                "ItemShipped",
            ],
        ),
    ],
)
def test_find_lenders_to_complete(
    db, settings, clock, catalogues, profile, accepts, expected
) -> None:
    with db.transaction() as session:
        session.add(
            orm.Partner(
                name="Hudson Valley College",
                symbol="US-NPHVC",
                country="US",
                catalogue_url=catalogues.hudson_url,
                catalogue_database="Default",
            )
        )
    settings.set("catalogue.sru_targets", f"Union | {catalogues.union_url} | Default")
    requests = RequestService(db, settings, clock)
    ils = IlsSyncService(db, settings, clock=lambda: clock().replace(microsecond=0))
    requests.after_commit.append(ils.after_action)
    finder = FindLendersService(db, settings, requests, RotaService(db))
    patron = PatronService(db).save(
        PatronInput(barcode="8377630", name="Öberg, Åsa", email="asa.oberg@example.org")
    )
    with NcipResponder(XSD, accepts=accepts) as responder:
        _configure(settings, responder.url, profile)
        rid = requests.create_borrowing(
            patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="Dana"
        ).row.id
        requests.perform(rid, Action.VERIFY_CITATION, staff="Dana")
        requests.perform(rid, Action.START_SOURCING, staff="Dana")
        hits = [h for o in finder.search(LOOM) for h in o.hits if h.partner_symbol == "US-NPHVC"]
        detail = finder.build_rota(rid, hits, staff="Dana")
        assert [(e.symbol, e.record_id) for e in detail.rota] == [("US-NPHVC", "00000074")]
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
            done = requests.perform(rid, action, staff="Priya", given=given)
            ils.deliver_due()
        assert done.detail.row.state is State.COMPLETE
        assert responder.state.invalid == []
        assert responder.state.services == expected
        assert all(r.state == "sent" for r in ils.for_request(rid))
