"""Copy requests end to end: attach a real PDF, e-mail it through a real SMTP server
(aiosmtpd) and check it arrives intact, resend, purge with a settable clock, bad input."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import socket
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from illdesk.domain.errors import DeskError, IllegalTransition
from illdesk.domain.mail import DeliveryFailed
from illdesk.domain.vocabulary import Action, State
from illdesk.interop.smtp_sender import SmtpSender
from illdesk.persistence import orm
from illdesk.persistence.pdf_store import BadDocument, DocumentMissing, check_pdf
from illdesk.services.notices import NoticeService
from illdesk.services.patrons import PatronInput
from tests.services.copies_support import build_copies, copies_settings, make_pdf, requested_copy


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield mailbox, SmtpSender("127.0.0.1", controller.port, sender="ill@millbrook.example.org")
    controller.stop()


@pytest.fixture
def copies(db, clock, tmp_path):
    return build_copies(
        db,
        copies_settings(
            copies__link_folder=str(tmp_path / "share"),
            copies__link_base_url="https://lib.example.org/ill/",
        ),
        clock,
    )


@pytest.fixture
def received(copies, patron, partners, tmp_path):
    rid = requested_copy(copies, patron.id, partners[0])
    pdf = make_pdf(tmp_path / "Okafor 2024.pdf", pages=3)
    copies.documents.attach(rid, pdf, staff="Dana")
    return rid, pdf


def _pdf_parts(message: Message) -> list[bytes]:
    return [
        part.get_payload(decode=True)
        for part in message.walk()
        if part.get_content_type() == "application/pdf"
    ]


def test_attach_stores_the_file_with_its_checksum_and_receives(copies, received) -> None:
    rid, pdf = received
    doc = copies.documents.current(rid)
    assert doc is not None
    assert doc.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert doc.path.read_bytes() == pdf.read_bytes()
    assert doc.path.parent.name == copies.requests.detail(rid).row.number
    assert doc.path.is_relative_to(copies.documents.root / "documents")
    assert doc.pages == 3
    detail = copies.requests.detail(rid)
    assert detail.row.state is State.RECEIVED
    assert [h.action for h in detail.history][-2:] == ["attach_document", "receive"]


def test_email_delivery_arrives_intact_and_is_recorded(
    db, settings, clock, copies, received, smtp_server
) -> None:
    rid, pdf = received
    mailbox, sender = smtp_server
    done = copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert done is not None and done.detail.row.state is State.DELIVERED
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert message["To"] == "hana@example.org"
    assert message["Subject"] == "Your article: Interlending in small libraries"
    [content] = _pdf_parts(message)
    assert hashlib.sha256(content).hexdigest() == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert [(d.channel, d.recipient) for d in copies.documents.deliveries(rid)] == [
        ("attachment", "hana@example.org")
    ]
    # the notice the "Deliver" action queued was this very e-mail: nothing more goes out
    notices = NoticeService(db, copies.settings, clock)
    assert notices.list(request_id=rid) == []
    assert notices.send_due(sender).sent == 0
    assert len(mailbox.messages) == 1


def test_resend_until_purged_then_clear_refusal(copies, received, smtp_server, clock) -> None:
    rid, _pdf = received
    mailbox, sender = smtp_server
    copies.documents.deliver_by_email(rid, sender, staff="Dana")
    copies.requests.perform(rid, Action.COMPLETE, staff="Dana")
    clock.advance(days=29)
    assert copies.documents.purge_due() == []
    assert copies.documents.deliver_by_email(rid, sender, staff="Dana") is None  # resend
    assert len(mailbox.messages) == 2
    assert copies.requests.detail(rid).row.state is State.COMPLETE
    assert copies.requests.detail(rid).history[-1].action == "resend_document"
    clock.advance(days=1)
    number = copies.requests.detail(rid).row.number
    assert copies.documents.purge_due() == [number]
    doc = copies.documents.current(rid)
    assert doc is not None and doc.purged_at == clock.now and not doc.path.exists()
    assert copies.requests.detail(rid).history[-1].action == "purge_document"
    with pytest.raises(IllegalTransition, match="removed"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert len(mailbox.messages) == 2
    assert copies.documents.purge_due() == []  # purged once, recorded once


def test_purge_days_setting_and_undelivered_files_are_kept(
    db, clock, patron, partners, tmp_path
) -> None:
    copies = build_copies(db, copies_settings(copies__purge_days=3), clock)
    rid = requested_copy(copies, patron.id, partners[0])
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    clock.advance(days=100)
    assert copies.documents.purge_due() == []  # never delivered: kept
    copies.documents.mark_printed(rid, staff="Dana")
    clock.advance(days=3)
    assert len(copies.documents.purge_due()) == 1
    assert [d.channel for d in copies.documents.deliveries(rid)] == ["print"]


def test_large_pdf_is_sent_as_a_link(db, clock, patron, partners, tmp_path, smtp_server) -> None:
    mailbox, sender = smtp_server
    share = tmp_path / "share"
    copies = build_copies(
        db,
        copies_settings(
            copies__email_attachment_max_mb=0,
            copies__link_folder=str(share),
            copies__link_base_url="https://lib.example.org/ill",
        ),
        clock,
    )
    rid = requested_copy(copies, patron.id, partners[0])
    pdf = make_pdf(tmp_path / "big one.pdf")
    copies.documents.attach(rid, pdf, staff="Dana")
    copies.documents.deliver_by_email(rid, sender, staff="Dana")
    number = copies.requests.detail(rid).row.number
    [message] = mailbox.messages
    assert _pdf_parts(message) == []
    body = message.get_payload(decode=True).decode()
    assert f"https://lib.example.org/ill/{number}/big%20one.pdf" in body
    assert (share / number / "big one.pdf").read_bytes() == pdf.read_bytes()
    assert copies.documents.deliveries(rid)[0].channel == "link"


def test_large_pdf_without_link_folder_is_refused_in_words(
    db, clock, patron, partners, tmp_path, smtp_server
) -> None:
    mailbox, sender = smtp_server
    copies = build_copies(db, copies_settings(copies__email_attachment_max_mb=0), clock)
    rid = requested_copy(copies, patron.id, partners[0])
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    with pytest.raises(DeliveryFailed, match="no link folder"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert mailbox.messages == []
    assert copies.requests.detail(rid).row.state is State.RECEIVED


def test_missing_file_on_disk_leaves_request_unchanged(copies, received, smtp_server) -> None:
    rid, _pdf = received
    mailbox, sender = smtp_server
    before = copies.requests.detail(rid)
    doc = copies.documents.current(rid)
    assert doc is not None
    doc.path.unlink()
    with pytest.raises(DocumentMissing, match="missing from disk"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    with pytest.raises(DocumentMissing):
        copies.documents.mark_printed(rid, staff="Dana")
    after = copies.requests.detail(rid)
    assert (after.row.state, after.row.version, len(after.history)) == (
        before.row.state,
        before.row.version,
        len(before.history),
    )
    assert mailbox.messages == [] and copies.documents.deliveries(rid) == []


def test_file_changed_on_disk_is_caught_by_the_checksum(copies, received, smtp_server) -> None:
    rid, _pdf = received
    mailbox, sender = smtp_server
    doc = copies.documents.current(rid)
    assert doc is not None
    data = bytearray(doc.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    doc.path.write_bytes(bytes(data))
    with pytest.raises(DocumentMissing, match="checksum"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    assert mailbox.messages == []


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("letter.pdf", b"Dear colleague,\nplease find attached\n", "not a PDF"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a PDF"),
        ("empty.pdf", b"", "not a PDF"),
    ],
)
def test_non_pdf_is_refused(copies, patron, partners, tmp_path, name, content, words) -> None:
    rid = requested_copy(copies, patron.id, partners[0])
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadDocument, match=words):
        copies.documents.attach(rid, path, staff="Dana")
    assert copies.documents.current(rid) is None
    assert copies.requests.detail(rid).row.state is State.REQUESTED


def test_truncated_and_corrupt_pdfs_are_refused(copies, patron, partners, tmp_path) -> None:
    rid = requested_copy(copies, patron.id, partners[0])
    good = make_pdf(tmp_path / "good.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(BadDocument, match="cut short"):
        copies.documents.attach(rid, cut, staff="Dana")
    garbled = tmp_path / "garbled.pdf"
    garbled.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(BadDocument, match="damaged"):
        copies.documents.attach(rid, garbled, staff="Dana")
    assert copies.documents.current(rid) is None
    assert not (copies.documents.root / "documents").exists() or not any(
        (copies.documents.root / "documents").rglob("*.pdf")
    )


def test_too_large_and_missing_source_files(db, clock, patron, partners, tmp_path) -> None:
    copies = build_copies(db, copies_settings(copies__max_pdf_mb=0), clock)
    rid = requested_copy(copies, patron.id, partners[0])
    with pytest.raises(BadDocument, match="accepts PDFs up to"):
        copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    with pytest.raises(BadDocument, match="cannot be found"):
        check_pdf(tmp_path / "nowhere.pdf", 10**6)
    assert copies.requests.detail(rid).row.state is State.REQUESTED


def test_patron_without_email_gets_a_clear_message(
    copies, patrons, partners, tmp_path, smtp_server
) -> None:
    _mailbox, sender = smtp_server
    walk_in = patrons.save(PatronInput(barcode="P200", name="Ruiz, Tomás", notice_channel="print"))
    rid = requested_copy(copies, walk_in.id, partners[0])
    copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    with pytest.raises(DeliveryFailed, match="no e-mail address"):
        copies.documents.deliver_by_email(rid, sender, staff="Dana")
    copies.documents.mark_printed(rid, staff="Dana")
    assert copies.requests.detail(rid).row.state is State.DELIVERED


def test_attach_replaces_an_earlier_pdf(copies, received, tmp_path) -> None:
    rid, _pdf = received
    first = copies.documents.current(rid)
    second_pdf = make_pdf(tmp_path / "corrected.pdf", pages=1, text="Corrected")
    second = copies.documents.attach(rid, second_pdf, staff="Dana")
    assert first is not None and not first.path.exists()
    assert second.path.exists() and second.sha256 != first.sha256
    assert copies.requests.detail(rid).row.state is State.RECEIVED


def test_attach_refused_before_sourcing(copies, patron, tmp_path) -> None:
    from tests.services.copies_support import new_copy

    rid = new_copy(copies, patron.id)
    with pytest.raises(DeskError, match="cannot be attached"):
        copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    assert copies.documents.current(rid) is None


def test_has_document_fact_guards_receive(db, copies, patron, partners) -> None:
    rid = requested_copy(copies, patron.id, partners[0])
    assert Action.RECEIVE not in {a.action for a in copies.requests.detail(rid).actions}
    with db.reading() as session:
        assert session.query(orm.StoredDocument).count() == 0


def test_clock_controls_attach_time(copies, patron, partners, tmp_path, clock) -> None:
    clock.now = dt.datetime(2026, 5, 5, 9, 30)
    rid = requested_copy(copies, patron.id, partners[0])
    doc = copies.documents.attach(rid, make_pdf(tmp_path / "a.pdf"), staff="Dana")
    assert doc.attached_at == dt.datetime(2026, 5, 5, 9, 30)


# -- open access ---------------------------------------------------------------------------
def test_open_access_lookups_fill_the_citation_url_encoded(copies) -> None:
    from tests.services.copies_support import article

    urls = dict(copies.open_access.urls_for(article(title="Fish & chips: a 100% survey?")))
    assert urls["DOI resolver"] == "https://doi.org/10.1108%2FJD-01-2024-0001"
    assert urls["Google Scholar"] == (
        "https://scholar.google.com/scholar?q=Fish%20%26%20chips%3A%20a%20100%25%20survey%3F"
    )
    no_doi = dict(copies.open_access.urls_for(article().__class__(article_title="Only a title")))
    assert "DOI resolver" not in no_doi and "CORE" in no_doi


def test_bad_lookup_lines_are_reported_not_used() -> None:
    from illdesk.services.open_access import parse_lookups

    found, problems = parse_lookups(
        "# comment\nGood|https://x.example/?q={article_title}\nno bar here\n"
        "Ftp|ftp://x/{doi}\nUnknown|https://x/{shoe_size}\nBraces|https://x/{doi\n"
    )
    assert [f.name for f in found] == ["Good"]
    assert [p.line for p in problems] == [3, 4, 5, 6]
    assert "unknown fields: shoe_size" in problems[2].message


def test_found_open_access_completes_and_sends_the_link(
    db, clock, copies, patron, smtp_server
) -> None:
    from tests.services.copies_support import new_copy

    mailbox, sender = smtp_server
    rid = new_copy(copies, patron.id)
    with pytest.raises(DeskError, match="web address"):
        copies.open_access.mark_found(rid, "not a link", staff="Dana")
    assert copies.requests.detail(rid).row.state is State.CITATION_VERIFIED
    done = copies.open_access.mark_found(rid, "https://europepmc.org/article/PMC123", staff="Dana")
    assert done.detail.row.state is State.COMPLETE
    assert [(d.channel, d.link) for d in copies.documents.deliveries(rid)] == [
        ("open_access", "https://europepmc.org/article/PMC123")
    ]
    assert NoticeService(db, copies.settings, clock).send_due(sender).sent == 1
    body = mailbox.messages[0].get_payload(decode=True).decode()
    assert "https://europepmc.org/article/PMC123" in body


def test_the_delivered_copy_carries_the_copyright_warning_staff_can_reword(
    copies, received, smtp_server
) -> None:
    rid, _pdf = received
    mailbox, sender = smtp_server
    copies.documents.deliver_by_email(rid, sender, staff="Dana")
    body = _text_body(mailbox.messages[0])
    assert "WARNING CONCERNING COPYRIGHT RESTRICTIONS" in body
    assert "Title 17, United States Code" in body and "“fair use,”" in body
    copies.settings.set("notices.copyright_warning", "Nur zum privaten Studium (§ 60e UrhG).")
    copies.documents.deliver_by_email(rid, sender, staff="Dana")
    resent = _text_body(mailbox.messages[1])
    assert "§ 60e UrhG" in resent and "Title 17" not in resent


def _text_body(message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            return payload.decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text part in the e-mail")
