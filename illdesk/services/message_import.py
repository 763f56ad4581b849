"""A partner's ISO 18626 message arriving as a file (e-mailed, saved from a portal): the same
checks and the same handling as a message received by the listener."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings
from illdesk.domain.words import N_, Sentence, as_sentence
from illdesk.interop.iso18626.messages import Request
from illdesk.services.directory import DirectoryService
from illdesk.services.peer_incoming import IncomingHandler
from illdesk.services.rows import PartnerRow


class MessageNotTaken(DeskError):
    """The message file was refused; nothing was written."""


@dataclass(frozen=True)
class Imported:
    their_request_id: str
    is_request: bool
    notes: tuple[str, ...]
    """What the message bent and we tolerated, in words."""
    new_partner: PartnerRow | None = None
    """The library the message came from, when it was not in the directory and was added
    from what its request said (staff should fill in the rest)."""
    partner_arrived: tuple[str, ...] = ()
    """The new partner's fields its request gave (names from ``PARTNER_FIELDS``)."""
    partner_missing: tuple[str, ...] = ()
    """The new partner's fields still empty: staff are asked to fill them in."""


class MessageImportService:
    def __init__(
        self,
        handler: IncomingHandler,
        settings: Settings,
        directory: DirectoryService | None = None,
    ) -> None:
        self._handler = handler
        self._settings = settings
        self._directory = directory

    def import_file(self, path: str | Path) -> Imported:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise MessageNotTaken(
                Sentence(
                    N_("The file {path} cannot be read: {strerror}."),
                    path=path,
                    strerror=exc.strerror,
                )
            ) from exc
        return self.import_bytes(data, Path(path).name)

    def import_bytes(self, data: bytes, name: str = "message") -> Imported:
        # the reader, the XSD and the HTTP stack (lxml): with the first file taken in
        from illdesk.interop.iso18626.parse import MessageRejected, parse_message
        from illdesk.interop.iso18626.schema import load_schema
        from illdesk.interop.iso18626.transport.server import Peer

        schema = load_schema(settings=self._settings)
        if not schema.available:
            raise MessageNotTaken(
                Sentence(
                    N_("ISO 18626 messages cannot be checked: {schema}"), schema=schema.describe()
                )
            )
        now = dt.datetime.now(dt.UTC)
        try:
            message, notes = parse_message(data, schema, received_at=now)
        except MessageRejected as exc:
            raise MessageNotTaken(
                Sentence(N_("{name} was refused: {reason}"), name=name, reason=exc.reason)
            ) from exc
        header = message.header
        agency = (
            header.requesting_agency_id
            if isinstance(message, Request)
            else header.supplying_agency_id
        )
        sender = Peer(
            address=f"file:{name}",
            agency=agency,
            authenticated_by="file",
            received_at=now,
            body=data,
        )
        known = {p.id for p in self._directory.partners()} if self._directory else set()
        answer = self._handler.handle(message, list(notes), sender)
        if answer.error_data is not None:
            error = answer.error_data
            raise MessageNotTaken(
                Sentence(
                    N_("{name} was refused ({error_type}): {error_value}"),
                    name=name,
                    error_type=error.error_type.value,
                    error_value=error.error_value or as_sentence(N_("no reason given")),
                )
            )
        added = (
            [p for p in self._directory.partners() if p.id not in known] if self._directory else []
        )
        arrived, missing = self._handler.new_partner_facts(added[0].id) if added else ([], [])
        return Imported(
            header.requesting_agency_request_id or "",
            isinstance(message, Request),
            tuple(notes),
            added[0] if added else None,
            tuple(arrived),
            tuple(missing),
        )
