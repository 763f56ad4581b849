"""A database locked by another program gives a message in words after the busy timeout,
on every path: CLI, services, background jobs, the ISO 18626 listener."""

from __future__ import annotations

import re
import signal

import pytest

from illdesk.cli import main as cli
from illdesk.domain.errors import DatabaseUnavailable
from illdesk.persistence.database import open_database
from illdesk.persistence.settings_store import load_settings, save_setting
from illdesk.services.notices import NoticeService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.settings_registry import all_setting_defs
from tests.locks import write_lock_held
from tests.services.test_notices import received_request, smtp_server  # noqa: F401,F811


def test_saving_a_patron_while_locked_says_so_in_words(db) -> None:
    patrons = PatronService(db)
    with write_lock_held(db.url), pytest.raises(DatabaseUnavailable) as refused:
        patrons.save(
            PatronInput(barcode="P424242", name="Lind, Astrid", email="astrid@example.org")
        )
    assert "locked by another program or desk" in refused.value.message
    assert "nothing was changed" in refused.value.message
    assert [p.barcode for p in patrons.search("P424242")] == []
    assert patrons.save(
        PatronInput(barcode="P424242", name="Lind, Astrid", email="astrid@example.org")
    ).id


def test_demo_data_command_while_locked_ends_in_words(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(sqlite_url).dispose()
    with write_lock_held(sqlite_url):
        code = cli(["demo-data", "--database-url", sqlite_url, "--requests", "5"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is locked by another program or desk" in err
    assert "Traceback" not in err


def test_sending_notices_while_locked_fails_in_words_and_retries_later(
    db,
    settings,
    clock,
    smtp_server,  # noqa: F811
    patron,
    partners,
) -> None:
    from illdesk.interop.smtp_sender import SmtpSender
    from illdesk.services.requests import RequestService

    mailbox, port = smtp_server
    received_request(RequestService(db, settings, clock), patron, partners, clock)
    notices = NoticeService(db, settings, clock)
    sender = SmtpSender("127.0.0.1", port, sender="ill@millbrook.example.org")
    with write_lock_held(db.url, table="notice"), pytest.raises(DatabaseUnavailable):
        notices.send_due(sender)
    report = notices.send_due(sender)
    assert report.failed == 0
    assert [n.status for n in notices.list(statuses=())] == ["sent"]
    assert mailbox.messages, "the notice went out at the next round"


def test_listener_while_locked_answers_try_again_later(tmp_path) -> None:
    from datetime import UTC, datetime

    from illdesk.interop.iso18626.build import build_message
    from illdesk.interop.iso18626.messages import (
        AgencyId,
        BibliographicInfo,
        Header,
        IsoServiceType,
        Request,
        ServiceInfo,
    )
    from tests.services.peer_support import XSD, corpus_schema, post
    from tests.services.test_peer_serve import _serve

    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = open_database(url)
    save_setting(
        db, load_settings(db, all_setting_defs()), "interop.iso18626.allow_list", "127.0.0.1"
    )
    db.dispose()
    process = _serve(url, XSD, "--host", "127.0.0.1", "--port", "0")
    try:
        assert process.stdout is not None
        found = re.search(r"on (http://127\.0\.0\.1:\d+/iso18626)", process.stdout.readline())
        assert found
        body = build_message(
            Request(
                Header(
                    AgencyId.of("ISIL", "US-MbPL"),
                    AgencyId.of("ISIL", "DE-B1"),
                    datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                    "B-2026-000002",
                ),
                BibliographicInfo(title="Der Process"),
                ServiceInfo(IsoServiceType.LOAN),
            ),
            corpus_schema(),
        )
        with write_lock_held(url):
            status, answer = post(found.group(1), body, secret=None)
        assert status == 500
        assert not answer.ok and answer.error_data is not None
        assert "send it again later" in (answer.error_data.error_value or "")
        status, answer = post(found.group(1), body, secret=None)
        assert status == 200 and answer.ok, "the same message is taken once the lock is gone"
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Traceback" not in err
