"""Keeping our own library system (ILS) in step over NCIP, so no loan is entered twice.

After a desk action commits, :meth:`IlsSyncService.after_action` queues the NCIP calls the
ILS's profile wants for it (its own small transaction, never the action's); the worker
thread sends them in order, one request's messages strictly one after the other, with
retries.  A failed call never blocks the desk: it waits in the queue, is shown on the
request, and staff retry or dismiss it.

Profiles (setting ``ncip.profile``):

* ``circulation`` (Alma, FOLIO, Sierra, Polaris): AcceptItem on receive (temporary item and
  hold), CheckOutItem on check-out, CheckInItem on check-in, DeleteItem (or CheckInItem,
  setting ``ncip.return_action``) on return to the lender; lending: CheckOutItem to the
  borrowing library's account on ship, CheckInItem when it comes back.
* ``koha_ill`` (Koha's NCIP server): ItemRequested when the request goes to a lender,
  ItemShipped when the lender ships and when we send it back, ItemReceived on receive,
  CheckOutItem / CheckInItem, RenewItem on a renewal, CancelRequestItem on cancel;
  lending: RequestItem (hold our copy), ItemShipped, RenewItem, ItemReceived on return.

LookupUser (both profiles) runs when a borrowing request is taken in, so an ILS block or
an expired card shows before the request is made.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from illdesk.domain.errors import DeskError, NotFound
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, Side
from illdesk.domain.words import N_, Sentence
from illdesk.interop.catalogue_settings import ncip_endpoint_from
from illdesk.interop.ncip.messages import (
    BibliographicRef,
    NcipError,
    TemporaryItem,
    UserInfo,
)
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.services.rows import Performed, RequestDetail

if TYPE_CHECKING:
    from illdesk.interop.ncip.client import NcipClient, Transport

log = logging.getLogger(__name__)

UtcClock = Callable[[], dt.datetime]
PROFILES = ("circulation", "koha_ill")
RETRY_MINUTES = (1, 5, 15, 60, 240)
"""Wait after the 1st, 2nd, ... failed attempt; the last one repeats."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class IlsNotConfigured(DeskError):
    """NCIP is switched off or has no address."""


@dataclass(frozen=True)
class NcipRow:
    """One queued or sent NCIP call, for the request's pane and the queue window."""

    id: int
    request_id: int | None
    request_ref: str
    service: str
    state: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    next_attempt_at: dt.datetime
    sent_at: dt.datetime | None

    def describe(self) -> str:
        if self.state == "sent":
            return f"{self.service}: sent"
        if self.state == "dismissed":
            return f"{self.service}: dismissed"
        if self.state == "failed":
            return f"{self.service}: failed {self.attempts}× — {self.last_error}"
        return f"{self.service}: waiting to be sent"


def _row(m: orm.NcipMessage) -> NcipRow:
    return NcipRow(
        m.id,
        m.request_id,
        m.request_ref,
        m.service,
        m.state,
        m.attempts,
        m.last_error,
        m.created_at,
        m.next_attempt_at,
        m.sent_at,
    )


Message = tuple[str, dict[str, str]]


class IlsSyncService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        clock: UtcClock = utc_now,
        transport: Transport | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._transport = transport
        """How a message goes to the ILS; None: by HTTP POST (``ncip.client.http_post``)."""
        self._wake: list[Callable[[], None]] = []

    # -- configuration -----------------------------------------------------------------------
    def enabled(self) -> bool:
        return self._settings.get_bool("ncip.enabled") and bool(
            self._settings.get_str("ncip.endpoint_url").strip()
        )

    @property
    def profile(self) -> str:
        value = self._settings.get_str("ncip.profile")
        return value if value in PROFILES else "circulation"

    def on_queued(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs after calls were queued (wakes the worker)."""
        self._wake.append(callback)

    def _client(self) -> NcipClient:
        # the NCIP client (lxml, urllib) is imported with the first call to the ILS, not
        # with the desk: most desks never turn NCIP on
        from illdesk.interop.ncip.client import NcipClient, http_post

        if not self.enabled():
            raise IlsNotConfigured(
                N_("NCIP to our library system is off, or has no address (Settings → NCIP).")
            )
        xsd = self._settings.get_str("ncip.xsd_path").strip()
        if not xsd or not Path(xsd).is_file():
            raise IlsNotConfigured(
                N_(
                    "The NCIP 2.02 schema file is not set or not found (Settings → NCIP → schema "
                    "path); no message is sent unchecked."
                )
            )
        return NcipClient(ncip_endpoint_from(self._settings), xsd, self._transport or http_post)

    # -- at intake -----------------------------------------------------------------------------
    def lookup_user(self, patron_barcode: str) -> UserInfo:
        """The patron as the ILS knows them (blocks, privileges); blocks for up to the NCIP
        timeout, so call it off the GUI thread.  Raises NcipError / IlsNotConfigured."""
        return self._client().lookup_user(patron_barcode)

    @staticmethod
    def standing_words(info: UserInfo, today: dt.date | None = None) -> str:
        """What the desk must know before taking the request ("" when all is well)."""
        problems = [f"blocked in the library system: {b}" for b in info.blocks if b]
        expired = [p for p in info.privileges if "expired" in p.casefold()]
        problems += [f"privilege {p}" for p in expired]
        if info.valid_to is not None:
            ends = info.valid_to.date()
            if ends < (today or dt.date.today()):
                problems.append(f"card expired on {ends.isoformat()}")
        return "; ".join(problems)

    def check_connection(self) -> str:
        """LookupAgency: the ILS's name, or NcipError in words."""
        return self._client().lookup_agency()

    # -- after an action -----------------------------------------------------------------------
    def after_action(self, action: Action, done: Performed) -> int:
        """Queue what ``action`` owes the ILS (called after the action committed); returns
        how many calls were queued.  Never raises: a queueing problem is logged."""
        if not self.enabled():
            return 0
        try:
            with self._db.transaction() as session:
                earlier = {
                    m.service
                    for m in session.scalars(
                        select(orm.NcipMessage).where(
                            orm.NcipMessage.request_id == done.detail.row.id
                        )
                    )
                    if m.state != "dismissed"
                }
                messages = self.messages_for(action, done.detail, earlier)
                now = self._clock()
                for service, params in messages:
                    session.add(
                        orm.NcipMessage(
                            request_id=done.detail.row.id,
                            request_ref=done.detail.row.number,
                            profile=self.profile,
                            service=service,
                            params=json.dumps(params, sort_keys=True),
                            state="queued",
                            attempts=0,
                            last_error="",
                            created_at=now,
                            next_attempt_at=now,
                        )
                    )
        except Exception:
            log.exception("queueing NCIP calls for %s failed", done.detail.row.number)
            return 0
        if messages:
            for callback in self._wake:
                try:
                    callback()
                except Exception:
                    log.exception("waking the NCIP worker failed")
        return len(messages)

    def messages_for(
        self, action: Action, d: RequestDetail, earlier: set[str] | None = None
    ) -> list[Message]:
        """The NCIP calls (service, values) the profile wants for ``action`` on ``d``."""
        earlier = earlier or set()
        r = d.row
        item = d.item_barcodes[0] if d.item_barcodes else ""
        c = d.citation
        due = dt.datetime.combine(r.due_date, dt.time(23, 59)).isoformat() if r.due_date else ""
        base = {
            "request_id": r.number,
            "title": c.title or c.article_title or c.journal,
            "author": c.author,
            "isbn": c.isbn,
            "issn": c.issn if not c.isbn else "",
            "pickup_location": self._settings.get_str("ncip.pickup_location"),
        }
        now = self._clock().isoformat()
        if r.side is Side.BORROWING:
            patron = d.patron_barcode
            ours = {"user_id": patron, "item_id": item}
            if self.profile == "circulation":
                if action is Action.RECEIVE:
                    return [
                        (
                            "AcceptItem",
                            {**base, **ours, "call_number": f"ILL {r.number}", "due": due},
                        )
                    ]
                if action is Action.CHECK_OUT:
                    return [("CheckOutItem", {**ours, "due": due})]
                if action is Action.CHECK_IN:
                    return [("CheckInItem", ours)]
                if action is Action.RETURN_TO_LENDER:
                    if self._settings.get_str("ncip.return_action") == "check_in":
                        return [("CheckInItem", ours)]
                    return [("DeleteItem", ours)]
                return []
            if action is Action.SEND_TO_LENDER and "ItemRequested" not in earlier:
                return [("ItemRequested", {**base, "user_id": patron})]
            if action is Action.LENDER_SHIPPED:
                return [("ItemShipped", {**ours, **base, "when": now, "to": self._our_address()})]
            if action is Action.RECEIVE:
                return [("ItemReceived", {**ours, "request_id": r.number, "when": now})]
            if action is Action.CHECK_OUT:
                return [("CheckOutItem", {**ours, "due": due})]
            if action is Action.CHECK_IN:
                return [("CheckInItem", ours)]
            if action is Action.RENEWAL_GRANTED:
                return [("RenewItem", {**ours, "due": due})]
            if action is Action.RETURN_TO_LENDER:
                to = d.partner_name or r.partner
                return [("ItemShipped", {**ours, "request_id": r.number, "when": now, "to": to})]
            if action is Action.CANCEL and "ItemRequested" in earlier:
                return [("CancelRequestItem", {"user_id": patron, "request_id": r.number})]
            return []
        # lending: the borrowing library's account in our ILS is its symbol
        account = {"user_id": r.partner, "item_id": item}
        if self.profile == "circulation":
            if action is Action.SHIP:
                return [("CheckOutItem", {**account, "due": due})]
            if action is Action.RECEIVE_RETURN:
                return [("CheckInItem", account)]
            return []
        if action is Action.PULL:
            return [("RequestItem", {**base, **account})]
        if action is Action.SHIP:
            to = f"{d.partner_name} ({r.partner})"
            return [("ItemShipped", {**account, "request_id": r.number, "when": now, "to": to})]
        if action is Action.GRANT_RENEWAL:
            return [("RenewItem", {**account, "due": due})]
        if action is Action.RECEIVE_RETURN:
            return [("ItemReceived", {**account, "request_id": r.number, "when": now})]
        if action in (Action.CANCEL, Action.ANSWER_UNFILLED) and "RequestItem" in earlier:
            return [("CancelRequestItem", {"user_id": r.partner, "request_id": r.number})]
        return []

    def _our_address(self) -> str:
        s = self._settings
        lines = [
            s.get_str("library.name"),
            s.get_str("library.street"),
            " ".join(p for p in (s.get_str("library.postal_code"), s.get_str("library.city")) if p),
            s.get_str("library.country"),
        ]
        return "\n".join(line for line in lines if line.strip()) or "Interlibrary loan desk"

    # -- sending -------------------------------------------------------------------------------
    def deliver_due(self) -> int:
        """Send every call that is due, oldest first; a request's later calls wait while an
        earlier one is unsent.  Returns how many were sent."""
        now = self._clock()
        with self._db.reading() as session:
            due = [
                (m.id, m.request_id, m.service, m.params)
                for m in session.scalars(
                    select(orm.NcipMessage)
                    .where(orm.NcipMessage.state.in_(("queued", "failed")))
                    .order_by(orm.NcipMessage.id)
                )
                if m.next_attempt_at <= now or m.state == "queued"
            ]
            waiting = {
                (m.request_id, m.id)
                for m in session.scalars(
                    select(orm.NcipMessage).where(orm.NcipMessage.state.in_(("queued", "failed")))
                )
            }
        if not due:
            return 0
        try:
            client = self._client()
        except DeskError as exc:
            for message_id, *_ in due:
                self._failed(message_id, exc.message)
            return 0
        sent = 0
        held: set[int | None] = set()
        for message_id, request_id, service, params in due:
            if request_id in held or any(
                rid == request_id and mid < message_id and rid is not None for rid, mid in waiting
            ):
                held.add(request_id)
                continue
            try:
                self._send(client, service, json.loads(params))
            except (NcipError, DeskError) as exc:
                self._failed(message_id, exc.message)
                held.add(request_id)
                continue
            except Exception as exc:  # a bug must not stop the queue either
                log.exception("NCIP %s failed", service)
                self._failed(message_id, f"{type(exc).__name__}: {exc}")
                held.add(request_id)
                continue
            self._mark(message_id, "sent")
            waiting.discard((request_id, message_id))
            sent += 1
        return sent

    def _send(self, client: NcipClient, service: str, p: dict[str, str]) -> None:
        def when(key: str) -> dt.datetime | None:
            return dt.datetime.fromisoformat(p[key]) if p.get(key) else None

        bib = BibliographicRef(
            request_id=p.get("request_id", ""),
            title=p.get("title", ""),
            author=p.get("author", ""),
            isbn=p.get("isbn", ""),
            issn=p.get("issn", ""),
            pickup_location=p.get("pickup_location", ""),
        )
        if service == "AcceptItem":
            client.accept_item(
                TemporaryItem(
                    request_id=p["request_id"],
                    item_barcode=p["item_id"],
                    user_id=p["user_id"],
                    title=p["title"],
                    author=p.get("author", ""),
                    isbn=p.get("isbn", ""),
                    call_number=p.get("call_number", ""),
                    pickup_location=p.get("pickup_location", ""),
                    date_for_return=when("due"),
                )
            )
        elif service == "CheckOutItem":
            client.check_out_item(p["user_id"], p["item_id"], when("due"))
        elif service == "CheckInItem":
            client.check_in_item(p["item_id"])
        elif service == "DeleteItem":
            client.delete_item(p["item_id"])
        elif service == "ItemRequested":
            client.item_requested(p["user_id"], bib)
        elif service == "RequestItem":
            client.request_item(p["user_id"], p["item_id"], bib)
        elif service == "ItemShipped":
            shipped = when("when") or self._clock()
            client.item_shipped(p["request_id"], p.get("item_id", ""), shipped, p["to"])
        elif service == "ItemReceived":
            received = when("when") or self._clock()
            client.item_received(p["item_id"], p["request_id"], received, p.get("user_id", ""))
        elif service == "RenewItem":
            client.renew_item(p["user_id"], p["item_id"], when("due"))
        elif service == "CancelRequestItem":
            client.cancel_request_item(p["user_id"], p["request_id"])
        else:
            raise DeskError(Sentence(N_("No NCIP call is called {service}."), service=service))

    def _failed(self, message_id: int, error: str) -> None:
        with self._db.transaction() as session:
            m = session.get(orm.NcipMessage, message_id)
            if m is None:
                return
            m.attempts += 1
            m.state = "failed"
            m.last_error = error[:1000]
            wait = RETRY_MINUTES[min(m.attempts, len(RETRY_MINUTES)) - 1]
            m.next_attempt_at = self._clock() + dt.timedelta(minutes=wait)

    def _mark(self, message_id: int, state: str) -> None:
        with self._db.transaction() as session:
            m = session.get(orm.NcipMessage, message_id)
            if m is not None:
                m.state = state
                m.attempts += 1 if state == "sent" else 0
                m.last_error = "" if state == "sent" else m.last_error
                m.sent_at = self._clock() if state == "sent" else m.sent_at

    # -- what staff see and do -------------------------------------------------------------------
    def for_request(self, request_id: int) -> list[NcipRow]:
        with self._db.reading() as session:
            return [
                _row(m)
                for m in session.scalars(
                    select(orm.NcipMessage)
                    .where(orm.NcipMessage.request_id == request_id)
                    .order_by(orm.NcipMessage.id)
                )
            ]

    def unsent(self) -> list[NcipRow]:
        """Every call not sent yet (queued or failed), oldest first."""
        with self._db.reading() as session:
            return [
                _row(m)
                for m in session.scalars(
                    select(orm.NcipMessage)
                    .where(orm.NcipMessage.state.in_(("queued", "failed")))
                    .order_by(orm.NcipMessage.id)
                )
            ]

    def retry(self, message_id: int) -> None:
        """Send it at the next round (now, when the worker is woken)."""
        with self._db.transaction() as session:
            m = session.get(orm.NcipMessage, message_id)
            if m is None:
                raise NotFound(N_("That NCIP message no longer exists."))
            if m.state in ("failed", "dismissed"):
                m.state = "queued"
                m.next_attempt_at = self._clock()
        for callback in self._wake:
            callback()

    def dismiss(self, message_id: int, staff: str) -> None:
        """Give up on it (staff will enter it in the ILS by hand); later calls go ahead."""
        with self._db.transaction() as session:
            m = session.get(orm.NcipMessage, message_id)
            if m is None:
                raise NotFound(N_("That NCIP message no longer exists."))
            m.state = "dismissed"
            m.last_error = (f"Dismissed by {staff}. " + m.last_error)[:1000]
            if m.request_id is not None:
                request = session.get(orm.Request, m.request_id)
                if request is not None:
                    request.events.append(
                        orm.RequestEvent(
                            at=dt.datetime.now().replace(microsecond=0),
                            staff=staff,
                            action="ncip_dismissed",
                            from_state=request.state,
                            to_state=request.state,
                            note=f"NCIP {m.service} to our library system dismissed; "
                            "enter it there by hand.",
                        )
                    )
        for callback in self._wake:
            callback()


class IlsWorker:
    """Sends due NCIP calls on its own thread: every ``poll_seconds``, or at once when woken."""

    def __init__(self, service: IlsSyncService, poll_seconds: float = 30.0) -> None:
        self._service = service
        self._poll = poll_seconds
        self._event = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ncip-worker", daemon=True)
        service.on_queued(self.wake)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._event.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._event.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self._service.enabled():
                    self._service.deliver_due()
            except Exception:
                log.exception("the NCIP worker's round failed")
            self._event.wait(self._poll)
            self._event.clear()
