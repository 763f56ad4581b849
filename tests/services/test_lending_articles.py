"""Lending articles end to end: another library asks for a copy, we attach our scan (which
checks holdings and marks it scanned), e-mail it to the borrowing library through a real
SMTP server (aiosmtpd) and check it arrives intact; resend until purged; refusals in words
that change nothing."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest
from sqlalchemy import select

from illdesk.domain.errors import IllegalTransition
from illdesk.domain.mail import DeliveryFailed
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.pdf_store import BadDocument, DocumentMissing
from illdesk.services.copyright import CopyrightFacts
from illdesk.services.documents import DocumentFacts, DocumentService
from illdesk.services.peer_messaging import Iso18626Peer, PeerAwareRequestService
from illdesk.services.requests import ActionInput
from tests.corpus_path import CORPUS
from tests.services.copies_support import (
    Copies,
    article,
    build_copies,
    copies_settings,
    lending_copy,
    make_pdf,
    pdf_parts,
    running_smtp,
)

PARTNER_MAIL = "ill@hvc.example.edu"
THEIR_ID = "HVC-2026-0042"


@pytest.fixture
def smtp():
    with running_smtp() as (mailbox, sender):
        yield mailbox, sender


@pytest.fixture
def copies(db, clock, tmp_path) -> Copies:
    return build_copies(
        db,
        copies_settings(
            copies__link_folder=str(tmp_path / "share"),
            copies__link_base_url="https://lib.example.org/ill/",
            library__name="Millbrook Public Library",
        ),
        clock,
    )


@pytest.fixture
def borrower(db: Database, partners: list[int]) -> int:
    """The first partner library, with an e-mail address for copies."""
    with db.transaction() as session:
        partner = session.get(orm.Partner, partners[0])
        assert partner is not None
        partner.email = PARTNER_MAIL
    return partners[0]


def _snapshot(copies: Copies, rid: int) -> tuple[State, int, int, int]:
    detail = copies.requests.detail(rid)
    return (
        detail.row.state,
        detail.row.version,
        len(detail.history),
        len(copies.documents.deliveries(rid)),
    )


def test_new_to_complete_by_email_arrives_intact(copies, borrower, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    rid = lending_copy(copies, borrower)
    number = copies.requests.detail(rid).row.number
    pdf = make_pdf(tmp_path / "Okafor scan.pdf", pages=3)

    doc = copies.documents.attach(rid, pdf, staff="Dana")
    assert doc.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert doc.path.read_bytes() == pdf.read_bytes() and doc.pages == 3
    assert doc.path.parent.name == number
    detail = copies.requests.detail(rid)
    assert detail.row.state is State.SCANNED
    assert [h.action for h in detail.history] == [
        "create",
        "check_holdings",
        "attach_document",
        "mark_scanned",
    ]
    assert detail.history[1].note == "Holdings and licence checked."
    assert "Okafor scan.pdf" in detail.history[-1].note
    assert copies.documents.recipient(rid).address == PARTNER_MAIL

    done = copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert done is not None and done.detail.row.state is State.COMPLETE
    [message] = mailbox.messages
    assert message["To"] == PARTNER_MAIL
    subject = " ".join(message["Subject"].split())  # long headers are folded
    assert subject == (
        f"Your request {THEIR_ID}: copy of Interlending in small libraries (our number {number})"
    )
    [content] = pdf_parts(message)
    assert hashlib.sha256(content).hexdigest() == hashlib.sha256(pdf.read_bytes()).hexdigest()
    body = message.get_payload()[0].get_payload(decode=True).decode()
    assert "Dear colleagues at Hudson Valley College" in body
    assert "The PDF is attached to this message." in body
    assert "Millbrook Public Library" in body
    assert [(d.channel, d.recipient) for d in copies.documents.deliveries(rid)] == [
        ("attachment", PARTNER_MAIL)
    ]
    history = copies.requests.detail(rid).history
    assert [h.action for h in history][-2:] == ["send_copy", "complete"]
    assert history[-2].note == f"E-mailed to {PARTNER_MAIL} (PDF attached)."
    stored = copies.documents.current(rid)
    assert stored is not None and stored.delivered_at is not None and stored.purge_due


def test_attach_after_holdings_check_and_replace_before_sending(
    copies, borrower, smtp, tmp_path
) -> None:
    mailbox, sender = smtp
    rid = lending_copy(copies, borrower)
    copies.requests.perform(rid, Action.CHECK_HOLDINGS, staff="Dana")
    first = copies.documents.attach(rid, make_pdf(tmp_path / "first.pdf"), staff="Dana")
    assert copies.requests.detail(rid).row.state is State.SCANNED
    better = make_pdf(tmp_path / "rescan.pdf", pages=1, text="Rescanned, straight")
    second = copies.documents.attach(rid, better, staff="Kim")
    assert not first.path.exists() and second.path.exists()
    detail = copies.requests.detail(rid)
    assert detail.row.state is State.SCANNED
    assert [h.action for h in detail.history].count("mark_scanned") == 1
    assert [h.action for h in detail.history].count("attach_document") == 2
    copies.documents.deliver_by_email(rid, sender, staff="Kim")
    [content] = pdf_parts(mailbox.messages[0])
    assert content == better.read_bytes()


def test_resend_after_completion_until_purged(copies, borrower, smtp, tmp_path, clock) -> None:
    mailbox, sender = smtp
    rid = lending_copy(copies, borrower)
    copies.documents.attach(rid, make_pdf(tmp_path / "scan.pdf"), staff="Dana")
    copies.documents.deliver_by_email(rid, sender, staff="Dana")
    clock.advance(days=29)
    assert copies.documents.purge_due() == []
    assert copies.documents.deliver_by_email(rid, sender, staff="Kim") is None
    assert len(mailbox.messages) == 2
    assert pdf_parts(mailbox.messages[0]) == pdf_parts(mailbox.messages[1])
    detail = copies.requests.detail(rid)
    assert detail.row.state is State.COMPLETE
    assert detail.history[-1].action == "resend_document"
    assert len(copies.documents.deliveries(rid)) == 2
    clock.advance(days=1)
    assert copies.documents.purge_due() == [detail.row.number]
    doc = copies.documents.current(rid)
    assert doc is not None and not doc.available and not doc.path.exists()
    with pytest.raises(IllegalTransition, match="removed"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert len(mailbox.messages) == 2


def test_large_pdf_goes_to_the_library_as_a_link(db, clock, borrower, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    settings = copies_settings(
        copies__email_attachment_max_mb=0,
        copies__link_folder=str(tmp_path / "web"),
        copies__link_base_url="https://lib.example.org/copies",
    )
    copies = build_copies(db, settings, clock)
    rid = lending_copy(copies, borrower)
    scan = make_pdf(tmp_path / "issue 2.pdf", pages=5)
    copies.documents.attach(rid, scan, staff="Dana")
    done = copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert done is not None and done.detail.row.state is State.COMPLETE
    number = done.detail.row.number
    link = f"https://lib.example.org/copies/{number}/issue%202.pdf"
    [delivery] = copies.documents.deliveries(rid)
    assert (delivery.channel, delivery.recipient, delivery.link) == ("link", PARTNER_MAIL, link)
    [message] = mailbox.messages
    assert message["To"] == PARTNER_MAIL and not pdf_parts(message)
    assert f"Download the PDF here (until it is removed): {link}" in (
        message.get_payload(decode=True).decode()
    )
    published = tmp_path / "web" / number / "issue 2.pdf"
    assert (
        hashlib.sha256(published.read_bytes()).digest()
        == hashlib.sha256(scan.read_bytes()).digest()
    )
    assert done.detail.history[-2].note == f"E-mailed to {PARTNER_MAIL} (link: {link})."


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda d: _write(d / "letter.pdf", b"Dear colleague,\nhere it is\n"), "not a PDF"),
        (
            lambda d: _write(d / "cut.pdf", make_pdf(d / "whole.pdf").read_bytes()[:900]),
            "cut short",
        ),
        (
            lambda d: _write(
                d / "garbled.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
            ),
            "damaged",
        ),
        (lambda d: d / "nowhere.pdf", "cannot be found"),
    ],
)
def test_bad_files_are_refused_and_nothing_changes(copies, borrower, tmp_path, make, words) -> None:
    rid = lending_copy(copies, borrower)
    before = _snapshot(copies, rid)
    with pytest.raises(BadDocument, match=words):
        copies.documents.attach(rid, make(tmp_path), staff="Dana")
    assert _snapshot(copies, rid) == before  # holdings not marked checked either
    assert copies.requests.detail(rid).row.state is State.NEW
    assert copies.documents.current(rid) is None


def test_too_large_pdf_is_refused(db, clock, borrower, tmp_path) -> None:
    copies = build_copies(db, copies_settings(copies__max_pdf_mb=0), clock)
    rid = lending_copy(copies, borrower)
    before = _snapshot(copies, rid)
    with pytest.raises(BadDocument, match="accepts PDFs up to"):
        copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    assert _snapshot(copies, rid) == before and copies.documents.current(rid) is None


def test_wrong_states_are_refused_in_words(copies, borrower, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    rid = lending_copy(copies, borrower)
    with pytest.raises(IllegalTransition, match="No PDF is attached"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    copies.requests.perform(
        rid, Action.CANCEL, staff="Dana", given=ActionInput(note="Asked by mistake")
    )
    before = _snapshot(copies, rid)
    with pytest.raises(IllegalTransition, match="cannot be attached .* now; it is “cancelled”"):
        copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    assert _snapshot(copies, rid) == before and copies.documents.current(rid) is None
    assert mailbox.messages == []
    other = lending_copy(copies, borrower)
    copies.documents.attach(other, make_pdf(tmp_path / "b.pdf"), staff="Dana")
    with pytest.raises(IllegalTransition, match="another library"):
        copies.documents.mark_printed(other, staff="Dana")
    assert copies.requests.detail(other).row.state is State.SCANNED


def test_partner_without_email_is_refused_in_words(db, copies, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    with db.transaction() as session:
        partner = orm.Partner(
            name="Bibliothèque Nord",
            symbol="FR-NORD",
            country="FR",
            iso18626_endpoint="https://ill.nord.example.fr/iso18626",
        )
        session.add(partner)
        session.flush()
        partner_id = partner.id
    rid = lending_copy(copies, partner_id)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    before = _snapshot(copies, rid)
    assert copies.documents.recipient(rid).address == ""
    with pytest.raises(DeliveryFailed) as caught:
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert caught.value.message == (
        "FR-NORD (Bibliothèque Nord) has no e-mail address for "
        "copies; add one in Partner libraries."
    )
    assert _snapshot(copies, rid) == before and mailbox.messages == []


def test_smtp_failure_changes_nothing(copies, borrower, tmp_path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = int(s.getsockname()[1])
    sender = SmtpSender("127.0.0.1", closed_port, sender="ill@millbrook.example.org")
    rid = lending_copy(copies, borrower)
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    before = _snapshot(copies, rid)
    with pytest.raises(DeliveryFailed, match="cannot be reached"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert _snapshot(copies, rid) == before
    doc = copies.documents.current(rid)
    assert doc is not None and doc.delivered_at is None


def test_missing_and_changed_stored_files_are_caught(copies, borrower, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    rid = lending_copy(copies, borrower)
    doc = copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    before = _snapshot(copies, rid)
    data = bytearray(doc.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    doc.path.write_bytes(bytes(data))
    with pytest.raises(DocumentMissing, match="checksum"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    doc.path.unlink()
    with pytest.raises(DocumentMissing, match="missing from disk"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert _snapshot(copies, rid) == before and mailbox.messages == []


def test_iso18626_partner_is_told_as_well(db, clock, smtp, tmp_path) -> None:
    mailbox, sender = smtp
    settings = copies_settings(
        interop__iso18626_xsd=str(CORPUS / "iso18626" / "ISO-18626-v1_2.xsd"),
        library__symbol="US-MILL",
        interop__iso18626__agency_id_value="US-MILL",
    )
    requests = PeerAwareRequestService(
        db,
        settings,
        clock,
        peer=Iso18626Peer(settings),
        fact_sources=[DocumentFacts(), CopyrightFacts(settings)],
    )
    documents = DocumentService(db, settings, requests, clock)
    with db.transaction() as session:
        partner = orm.Partner(
            name="Hudson Valley College",
            symbol="US-NPHVC",
            email=PARTNER_MAIL,
            iso18626_endpoint="http://127.0.0.1:9/iso18626",
        )
        session.add(partner)
        session.flush()
        partner_id = partner.id
    rid = requests.create_lending(
        partner_id=partner_id,
        citation=article(),
        service_type=ServiceType.COPY,
        staff="Dana",
        external_id=THEIR_ID,
    ).row.id
    documents.attach(rid, make_pdf(tmp_path / "scan.pdf"), staff="Dana")
    done = documents.deliver_by_email(rid, sender, staff="Dana")
    assert done is not None and done.detail.row.state is State.COMPLETE
    assert [m["To"] for m in mailbox.messages] == [PARTNER_MAIL]
    with db.reading() as session:
        bodies = [
            row.body
            for row in session.scalars(
                select(orm.OutboxMessage).where(orm.OutboxMessage.partner_id == partner_id)
            )
        ]
    assert len(bodies) == 1 and b"CopyCompleted" in bodies[0]
    assert THEIR_ID.encode() in bodies[0]
