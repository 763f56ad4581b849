"""The rota says which lender supplied the item: "supplied" from its shipping on, not
"asked" after the request is complete."""

from __future__ import annotations

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType, State


def test_the_lender_that_sent_it_is_supplied_through_to_complete(
    requests_service, patron, partners
) -> None:
    rid = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Der Zauberberg"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row.id
    do = requests_service.perform
    do(rid, Action.VERIFY_CITATION, staff="Dana")
    do(rid, Action.START_SOURCING, staff="Dana")
    requests_service.set_rota(rid, partners, staff="Dana")
    done = do(rid, Action.SEND_TO_LENDER, staff="Dana")
    assert [e.status for e in done.detail.rota] == ["asked", "waiting"]
    done = do(rid, Action.LENDER_SHIPPED, staff="Dana")
    assert [e.status for e in done.detail.rota] == ["supplied", "waiting"]
    for action in (
        Action.RECEIVE,
        Action.NOTIFY_PATRON,
        Action.CHECK_OUT,
        Action.CHECK_IN,
        Action.RETURN_TO_LENDER,
        Action.LENDER_CHECKED_IN,
    ):
        done = do(rid, action, staff="Dana")
    assert done.detail.row.state is State.COMPLETE
    assert [e.status for e in done.detail.rota] == ["supplied", "waiting"]
    assert done.detail.partner_name == "Hudson Valley College"


def test_received_without_a_shipping_message_is_supplied_too(
    requests_service, patron, partners
) -> None:
    rid = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Silent Spring"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    ).row.id
    do = requests_service.perform
    do(rid, Action.VERIFY_CITATION, staff="Dana")
    do(rid, Action.START_SOURCING, staff="Dana")
    requests_service.set_rota(rid, partners[1:], staff="Dana")
    do(rid, Action.SEND_TO_LENDER, staff="Dana")
    done = do(rid, Action.RECEIVE, staff="Dana")
    assert [e.status for e in done.detail.rota] == ["supplied"]
