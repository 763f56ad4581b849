"""PDFs for copy requests: attach (checked), deliver by e-mail or print, resend, purge.

Both sides: a borrowing copy request gets the PDF from the lender and delivers it to the
patron; a lending copy request gets our scan (or download) and sends it to the borrowing
library's e-mail address (an ISO 18626 partner is told through the peer hook as well).
The files live under ``data_dir()/documents/<request number>/`` (the adapter
``persistence.pdf_store`` checks, writes, verifies and deletes them), their SHA-256 in the
database.  Nothing here changes a request's state when something is wrong: a bad file, a
missing file or a failed e-mail leaves the request as it was, with the reason in words.
"""

from __future__ import annotations

import datetime as dt
import logging
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from illdesk.domain.errors import IllegalTransition, NotFound
from illdesk.domain.mail import Attachment, DeliveryFailed
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.words import N_, Sentence
from illdesk.domain.workflow import Capability, describe_state, states_where
from illdesk.paths import data_dir
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.pdf_store import (
    MB,
    CheckedPdf,
    PdfStore,
    check_pdf,
)
from illdesk.services.notice_templates import render_kind
from illdesk.services.notices import notice_fields
from illdesk.services.ports import FactSubject, NoticeSender
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rows import Performed

log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]
_AFTER_ATTACH: dict[Side, tuple[Action, str]] = {
    Side.BORROWING: (Action.RECEIVE, "PDF received."),
    Side.LENDING: (Action.MARK_SCANNED, "Scanned or downloaded: {0}."),
}
"""The action an attached PDF completes when the request waits for it, and its note."""
_DELIVER_ACTION = {Side.BORROWING: Action.DELIVER, Side.LENDING: Action.SEND_COPY}
_TEMPLATE = {Side.BORROWING: "delivery", Side.LENDING: "copy_supplied"}


@dataclass(frozen=True)
class DocumentRow:
    id: int
    request_id: int
    filename: str
    path: Path
    sha256: str
    size: int
    pages: int
    attached_at: dt.datetime
    attached_by: str
    delivered_at: dt.datetime | None
    purged_at: dt.datetime | None
    purge_due: dt.date | None

    @property
    def available(self) -> bool:
        return self.purged_at is None


@dataclass(frozen=True)
class DeliveryRow:
    channel: str
    recipient: str
    link: str
    at: dt.datetime
    staff: str


@dataclass(frozen=True)
class Recipient:
    """Where a copy request's PDF goes by e-mail: ``address``, or ``missing`` words why not."""

    address: str
    missing: str
    who: str
    """The patron's name, or the borrowing library's symbol."""


@dataclass(frozen=True)
class _Ready:
    doc: orm.StoredDocument
    number: str
    state: State
    side: Side
    recipient: Recipient


class DocumentFacts:
    """FactSource: ``has_document`` when the request has a stored, unpurged PDF."""

    def facts_for(self, subject: FactSubject) -> dict[str, bool | int]:
        if subject.id is None or subject.service_type is not ServiceType.COPY:
            return {}  # only a copy request is ever given a PDF (see _copy_request)
        return {"has_document": subject.stored.has_document()}


class DocumentService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        requests: RequestService,
        clock: Clock,
        root: Path | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._requests = requests
        self._clock = clock
        self._root = root

    @property
    def root(self) -> Path:
        return self._root if self._root is not None else data_dir()

    @property
    def _files(self) -> PdfStore:
        return PdfStore(self.root)

    # -- reading ---------------------------------------------------------------------------
    def current(self, request_id: int) -> DocumentRow | None:
        """The request's latest document (purged or not), or None."""
        with self._db.reading() as session:
            doc = session.scalars(
                select(orm.StoredDocument)
                .where(orm.StoredDocument.request_id == request_id)
                .order_by(orm.StoredDocument.id.desc())
                .limit(1)
            ).first()
            return self._row(doc) if doc is not None else None

    def deliveries(self, request_id: int) -> list[DeliveryRow]:
        with self._db.reading() as session:
            return [
                DeliveryRow(d.channel, d.recipient, d.link, d.at, d.staff)
                for d in session.scalars(
                    select(orm.DocumentDelivery)
                    .where(orm.DocumentDelivery.request_id == request_id)
                    .order_by(orm.DocumentDelivery.id)
                )
            ]

    def _row(self, doc: orm.StoredDocument) -> DocumentRow:
        due = None
        if doc.delivered_at is not None and doc.purged_at is None:
            due = (doc.delivered_at + dt.timedelta(days=self._purge_days())).date()
        return DocumentRow(
            doc.id,
            doc.request_id,
            doc.filename,
            self._files.path(doc.path),
            doc.sha256,
            doc.size,
            doc.pages,
            doc.attached_at,
            doc.attached_by,
            doc.delivered_at,
            doc.purged_at,
            due,
        )

    def _purge_days(self) -> int:
        return self._settings.get_int("copies.purge_days")

    # -- attaching -------------------------------------------------------------------------
    def attach(self, request_id: int, source: Path, *, staff: str) -> DocumentRow:
        """Check and store ``source`` for the request; replaces an earlier, unpurged PDF.

        Then, if the request is waiting for it, records "Receive PDF" (borrowing) or
        "Scanned or downloaded" (lending) as well.  A new lending request first gets its
        holdings and licence checked, in the same transaction as the storing.
        """
        checked = check_pdf(Path(source), self._settings.get_int("copies.max_pdf_mb") * MB)
        now = self._clock()
        with self._db.reading() as session:
            request = self._copy_request(session, request_id)
            side, state = Side(request.side), State(request.state)
        stored: list[tuple[DocumentRow, list[Path]]] = []

        def store(session: Session, request: orm.Request) -> None:
            stored.append(self._store(session, request, Path(source), checked, staff, now))

        if side is Side.LENDING and state is State.NEW:
            self._requests.perform(
                request_id,
                Action.CHECK_HOLDINGS,
                staff=staff,
                given=ActionInput(note="Holdings and licence checked."),
                also=store,
            )
        else:
            with self._db.transaction() as session:
                store(session, self._copy_request(session, request_id))
        row, replaced = stored[0]
        for path in replaced:
            path.unlink(missing_ok=True)
        action, note = _AFTER_ATTACH[side]
        detail = self._requests.detail(request_id)
        if any(choice.action is action for choice in detail.actions):
            self._requests.perform(
                request_id, action, staff=staff, given=ActionInput(note=note.format(row.filename))
            )
        return row

    def _store(
        self,
        session: Session,
        request: orm.Request,
        source: Path,
        checked: CheckedPdf,
        staff: str,
        now: dt.datetime,
    ) -> tuple[DocumentRow, list[Path]]:
        """Write the checked PDF and its row; earlier PDFs are marked replaced (their files
        are returned, to delete once the transaction is committed)."""
        state = State(request.state)
        if state not in states_where(Side(request.side), Capability.ATTACH_PDF):
            raise IllegalTransition(
                Sentence(
                    N_("A PDF cannot be attached to {number} now; it is “{lower}”."),
                    number=request.number,
                    lower=describe_state(state).lower(),
                )
            )
        target_name, relative = self._files.write(request.number, source.name, checked, now)
        replaced = []
        for old in session.scalars(
            select(orm.StoredDocument).where(
                orm.StoredDocument.request_id == request.id, orm.StoredDocument.purged_at.is_(None)
            )
        ):
            old.purged_at = now
            old.purge_note = "Replaced by a newer PDF."
            replaced.append(self._files.path(old.path))
        doc = orm.StoredDocument(
            request_id=request.id,
            filename=target_name,
            path=relative,
            sha256=checked.sha256,
            size=len(checked.content),
            pages=checked.pages,
            attached_at=now,
            attached_by=staff,
        )
        session.add(doc)
        session.add(
            orm.RequestEvent(
                request_id=request.id,
                at=now,
                staff=staff,
                action="attach_document",
                from_state=request.state,
                to_state=request.state,
                note=f"PDF attached: {target_name}, {checked.pages} pages, "
                f"{len(checked.content)} bytes, SHA-256 {checked.sha256[:12]}…",
            )
        )
        session.flush()
        return self._row(doc), replaced

    # -- delivering ------------------------------------------------------------------------
    def recipient(self, request_id: int) -> Recipient:
        """Who the PDF is e-mailed to: the patron (borrowing) or the borrowing library."""
        with self._db.reading() as session:
            return _recipient_of(self._copy_request(session, request_id))

    def deliver_by_email(
        self, request_id: int, sender: NoticeSender, *, staff: str
    ) -> Performed | None:
        """E-mail the PDF (attached, or as a link when large) and record it.

        Borrowing: to the patron, then "Deliver".  Lending: to the borrowing library's
        e-mail address, then "Send copy" (which tells an ISO 18626 partner too, and
        completes).  Returns the performed action, or None for a resend after completion.
        """
        ready = self._ready_document(request_id)
        doc, number = ready.doc, ready.number
        recipient = ready.recipient.address
        if not recipient:
            raise DeliveryFailed(ready.recipient.missing)
        content = self._verified_content(doc, number)
        limit = self._settings.get_int("copies.email_attachment_max_mb") * MB
        if len(content) <= limit:
            channel, link = "attachment", ""
            attachments: tuple[Attachment, ...] = (Attachment(doc.filename, content),)
            words = "The PDF is attached to this message."
        else:
            channel, link = "link", self._publish(doc, number, content)
            attachments = ()
            words = f"Download the PDF here (until it is removed): {link}"
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            assert request is not None
            rendered = render_kind(
                self._settings, _TEMPLATE[ready.side], notice_fields(request, self._settings, words)
            )
        sender.send(recipient, rendered.subject, rendered.body, attachments)
        how = f"E-mailed to {recipient}" + (
            " (PDF attached)." if channel == "attachment" else f" (link: {link})."
        )
        return self._record_delivery(
            request_id, ready, channel, recipient, link, how, staff, notice_done="sent"
        )

    def mark_printed(self, request_id: int, *, staff: str) -> Performed | None:
        """Record that the PDF was printed for the patron (the file must still be there)."""
        ready = self._ready_document(request_id)
        if ready.side is not Side.BORROWING:
            raise IllegalTransition(
                Sentence(
                    N_(
                        "{number} is a copy for another library: send it by e-mail "
                        "instead of printing it."
                    ),
                    number=ready.number,
                )
            )
        self._verified_content(ready.doc, ready.number)
        return self._record_delivery(
            request_id, ready, "print", "", "", "Printed for the patron.", staff, notice_done=""
        )

    def _ready_document(self, request_id: int) -> _Ready:
        with self._db.reading() as session:
            request = self._copy_request(session, request_id)
            state, side = State(request.state), Side(request.side)
            doc = session.scalars(
                select(orm.StoredDocument)
                .where(orm.StoredDocument.request_id == request_id)
                .order_by(orm.StoredDocument.id.desc())
                .limit(1)
            ).first()
            if doc is None:
                raise IllegalTransition(
                    Sentence(N_("No PDF is attached to {number}."), number=request.number)
                )
            if doc.purged_at is not None:
                raise IllegalTransition(
                    Sentence(
                        N_(
                            "The PDF of {number} was removed on {purged_at:%Y-%m-%d} "
                            "({value}); it can no longer be sent."
                        ),
                        number=request.number,
                        purged_at=doc.purged_at,
                        value=doc.purge_note or "purged",
                    )
                )
            if state not in states_where(side, Capability.SEND_PDF):
                raise IllegalTransition(
                    f"{request.number} has not been received yet; receive the PDF first."
                    if side is Side.BORROWING
                    else f"The copy for {request.number} cannot be sent now; the request is "
                    f"“{describe_state(state).lower()}”."
                )
            session.expunge(doc)
            return _Ready(doc, request.number, state, side, _recipient_of(request))

    def _verified_content(self, doc: orm.StoredDocument, number: str) -> bytes:
        return self._files.read_verified(doc.path, doc.sha256, number)

    def _publish(self, doc: orm.StoredDocument, number: str, content: bytes) -> str:
        folder = self._settings.get_str("copies.link_folder").strip()
        if not folder:
            raise DeliveryFailed(
                Sentence(
                    N_(
                        "The PDF is {size:.1f} MB, larger than the e-mail limit, and no link "
                        "folder is set (setting copies.link_folder). Print it or set the folder."
                    ),
                    size=len(content) / MB,
                )
            )
        target = self._files.copy_out(Path(folder), number, doc.filename, content)
        base = self._settings.get_str("copies.link_base_url").strip()
        if not base:
            return str(target)
        return (
            base.rstrip("/")
            + "/"
            + urllib.parse.quote(number)
            + "/"
            + urllib.parse.quote(doc.filename)
        )

    def _record_delivery(
        self,
        request_id: int,
        ready: _Ready,
        channel: str,
        recipient: str,
        link: str,
        how: str,
        staff: str,
        notice_done: str,
    ) -> Performed | None:
        now = self._clock()
        doc = ready.doc

        def record(session: Session, request: orm.Request) -> None:
            stored = session.get(orm.StoredDocument, doc.id)
            assert stored is not None
            if stored.delivered_at is None:
                stored.delivered_at = now
            session.add(
                orm.DocumentDelivery(
                    request_id=request.id,
                    document_id=doc.id,
                    channel=channel,
                    recipient=recipient,
                    link=link,
                    at=now,
                    staff=staff,
                )
            )
            if notice_done:
                # the "Deliver" action queued the delivery notice; this e-mail was it
                session.flush()
                for notice in session.scalars(
                    select(orm.Notice).where(
                        orm.Notice.request_id == request.id,
                        orm.Notice.kind == "delivery",
                        orm.Notice.status.in_(("queued", "to_print")),
                    )
                ):
                    notice.status = notice_done
                    notice.sent_at = now
                    notice.recipient = recipient
                    notice.channel = "email"

        if ready.state in states_where(ready.side, Capability.RESEND_PDF):
            with self._db.transaction() as session:
                request = self._copy_request(session, request_id)
                record(session, request)
                session.add(
                    orm.RequestEvent(
                        request_id=request.id,
                        at=now,
                        staff=staff,
                        action="resend_document",
                        from_state=request.state,
                        to_state=request.state,
                        note=f"Sent again. {how}",
                    )
                )
            return None
        return self._requests.perform(
            request_id,
            _DELIVER_ACTION[ready.side],
            staff=staff,
            given=ActionInput(note=how),
            also=record,
        )

    # -- purging ---------------------------------------------------------------------------
    def purge_due(self, staff: str = "purge job") -> list[str]:
        """Delete PDFs delivered ``copies.purge_days`` days ago or more; record each purge.

        Returns the request numbers whose files were purged.
        """
        now = self._clock()
        cutoff = now - dt.timedelta(days=self._purge_days())
        purged: list[str] = []
        with self._db.transaction() as session:
            due = list(
                session.execute(
                    select(orm.StoredDocument, orm.Request.number)
                    .join(orm.Request, orm.Request.id == orm.StoredDocument.request_id)
                    .where(
                        orm.StoredDocument.purged_at.is_(None),
                        orm.StoredDocument.delivered_at.is_not(None),
                        orm.StoredDocument.delivered_at <= cutoff,
                    )
                )
            )
            for doc, number in due:
                existed = self._files.delete(doc.path)
                doc.purged_at = now
                doc.purge_note = (
                    f"Purged {self._purge_days()} days after delivery."
                    if existed
                    else "Purged; the file was already gone."
                )
                request = session.get(orm.Request, doc.request_id)
                assert request is not None
                session.add(
                    orm.RequestEvent(
                        request_id=doc.request_id,
                        at=now,
                        staff=staff,
                        action="purge_document",
                        from_state=request.state,
                        to_state=request.state,
                        note=f"{doc.filename} deleted. {doc.purge_note}",
                    )
                )
                purged.append(number)
        log.info("purged %d stored documents", len(purged))
        return purged

    def delete_now(self, request_id: int, *, staff: str) -> DocumentRow:
        """Delete the request's delivered PDF now, before its purge date (one history row).

        Only a delivered PDF: one not yet sent is replaced with a better scan instead."""
        now = self._clock()
        with self._db.transaction() as session:
            request = self._copy_request(session, request_id)
            doc = session.scalars(
                select(orm.StoredDocument)
                .where(
                    orm.StoredDocument.request_id == request_id,
                    orm.StoredDocument.purged_at.is_(None),
                )
                .order_by(orm.StoredDocument.id.desc())
            ).first()
            if doc is None:
                raise NotFound(
                    Sentence(N_("{number} has no stored PDF to delete."), number=request.number)
                )
            if doc.delivered_at is None:
                raise IllegalTransition(
                    Sentence(
                        N_(
                            "The PDF of {number} has not been delivered yet; attach a better scan "
                            "to replace it instead."
                        ),
                        number=request.number,
                    )
                )
            existed = self._files.delete(doc.path)
            doc.purged_at = now
            doc.purge_note = (
                f"Deleted by {staff} before its purge date."
                if existed
                else "Deleted; the file was already gone."
            )
            request.events.append(
                orm.RequestEvent(
                    at=now,
                    staff=staff,
                    action="purge_document",
                    from_state=request.state,
                    to_state=request.state,
                    note=f"{doc.filename} deleted. {doc.purge_note}",
                )
            )
            session.flush()
            return self._row(doc)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _copy_request(session: Session, request_id: int) -> orm.Request:
        request = session.get(orm.Request, request_id)
        if request is None:
            raise NotFound(N_("That request no longer exists."))
        if request.service_type != ServiceType.COPY.value:
            raise IllegalTransition(
                Sentence(N_("{number} is not a copy request."), number=request.number)
            )
        return request


def _recipient_of(request: orm.Request) -> Recipient:
    """The e-mail address a copy request's PDF goes to, or why there is none, in words."""
    if request.side == Side.BORROWING.value:
        patron = request.patron
        address = patron.email.strip() if patron else ""
        return Recipient(
            address,
            ""
            if address
            else f"The patron of {request.number} has no e-mail address: print the PDF instead.",
            patron.name if patron else "",
        )
    partner = request.partner
    if partner is None:
        return Recipient("", f"{request.number} has no borrowing library to send it to.", "")
    address = partner.email.strip()
    return Recipient(
        address,
        ""
        if address
        else f"{partner.symbol} ({partner.name}) has no e-mail address for copies; "
        "add one in Partner libraries.",
        partner.symbol,
    )
