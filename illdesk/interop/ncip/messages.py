"""What the desk sends to and gets back from the ILS over NCIP, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from illdesk.domain.errors import DeskError


@dataclass(frozen=True)
class NcipEndpoint:
    """One ILS: where to POST and which agencies the messages name."""

    url: str
    from_agency: str  # us (the ILL desk)
    to_agency: str  # the ILS
    item_agency: str = ""  # AgencyId put in ItemId/UserId; defaults to to_agency
    timeout: float = 15.0

    @property
    def agency_for_ids(self) -> str:
        return self.item_agency or self.to_agency


@dataclass(frozen=True)
class TemporaryItem:
    """A borrowed item being received: the ILS creates a temporary item and a hold for it."""

    request_id: str  # our ILL request number
    item_barcode: str  # the barcode we stuck on the item (book band)
    user_id: str  # patron barcode / id in the ILS
    title: str
    author: str = ""
    isbn: str = ""
    call_number: str = ""
    pickup_location: str = ""
    date_for_return: datetime | None = None  # when the lender wants it back
    requested_action: str = "Hold For Pickup"


@dataclass(frozen=True)
class BibliographicRef:
    """What an ILL message names of the work: our request number and the citation."""

    request_id: str
    title: str
    author: str = ""
    isbn: str = ""
    issn: str = ""
    pickup_location: str = ""


@dataclass(frozen=True)
class NcipProblem:
    problem_type: str
    detail: str = ""
    element: str = ""
    value: str = ""

    def words(self) -> str:
        text = self.problem_type or "Unknown problem"
        if self.detail:
            text += f" – {self.detail}"
        if self.element or self.value:
            text += (
                f" ({self.element or 'value'}: {self.value})"
                if self.value
                else f" ({self.element})"
            )
        return text


@dataclass(frozen=True)
class CheckOutResult:
    item_id: str
    user_id: str
    date_due: datetime | None = None


@dataclass(frozen=True)
class CheckInResult:
    item_id: str
    user_id: str = ""


@dataclass(frozen=True)
class UserInfo:
    user_id: str
    name: str = ""
    email: str = ""
    privileges: tuple[str, ...] = ()
    blocks: tuple[str, ...] = ()
    valid_to: datetime | None = None
    """The earliest ValidToDate of the patron's privileges (the card's expiry), if given."""

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


class NcipError(DeskError):
    """Talking to the ILS over NCIP failed; the message says why in words."""


class NcipInvalidMessage(NcipError):
    """A message we built does not match the NCIP 2.02 schema (a bug or bad data); not sent."""


class NcipUnreachable(NcipError):
    """The ILS's NCIP address does not answer."""


class NcipTimeout(NcipError):
    """The ILS accepted the connection but did not answer in time."""


class NcipBadResponse(NcipError):
    """The ILS answered with something that is not an NCIP response."""


class NcipRefused(NcipError):
    """The ILS answered with one or more NCIP Problems."""

    def __init__(self, message: str, problems: list[NcipProblem] | None = None) -> None:
        super().__init__(message)
        self.problems: list[NcipProblem] = list(problems or [])


@dataclass
class Exchange:
    """One request/response pair, kept for the log and for support."""

    operation: str
    sent: bytes
    received: bytes = b""
    problems: list[NcipProblem] = field(default_factory=list)
