"""A borrowing request brought to the lender, the way most borrowing tests begin."""

from __future__ import annotations

from collections.abc import Sequence

from illdesk.domain.vocabulary import Action
from illdesk.services.requests import RequestService


def send_to_lender(
    requests: RequestService, rid: int, lenders: Sequence[int], *, staff: str
) -> None:
    """The new request ``rid`` verified, sourced from ``lenders`` (its rota, in order) and
    sent to the first of them."""
    for action in (Action.VERIFY_CITATION, Action.START_SOURCING):
        requests.perform(rid, action, staff=staff)
    requests.set_rota(rid, list(lenders), staff=staff)
    requests.perform(rid, Action.SEND_TO_LENDER, staff=staff)
