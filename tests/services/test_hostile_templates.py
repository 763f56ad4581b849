"""Staff-editable notice templates that try to hang or flood the desk: each is
refused in words when saved, and one already stored delays only its own notice."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import State
from illdesk.persistence import orm
from illdesk.persistence.database import open_database
from illdesk.services.library_settings import LibrarySettingsService
from illdesk.services.notice_templates import SAMPLE_FIELDS, render
from illdesk.services.notices import NoticeService
from tests.services.test_notices import received_request, smtp_server  # noqa: F401

NESTED_LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"
HOSTILE = {
    "nested loop": (NESTED_LOOP, "range() may give at most"),
    "nested loop under the range limit": (
        "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
        "longer than",
    ),
    "loop over long text": (
        "{% for a in 'x' * 90000 %}{% for b in 'x' * 90000 %}{% endfor %}{% endfor %}",
        "took longer than",
    ),
    "100 MB of x": ("{{ 'x' * 10**8 }}", "repeats text"),
    "include": ("{% include 'other' %}", "include, import and extends are not available"),
    "import": ("{% import 'other' as o %}", "include, import and extends are not available"),
    "extends": ("{% extends 'other' %}", "include, import and extends are not available"),
    "huge range": ("{{ range(10**9) }}", "a number above 100000"),
    "recursive macro": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself"),
    "doubling macro": (
        "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('x') }}",
        "was handed to a function",
    ),
    "wide format": ("{{ '{:>100000000}'.format(title) }}", "huge width"),
    "wide %-format": ("{{ '%0100000000d' % 1 }}", "huge width"),
    "wide filter": ("{{ title|center(100000000) }}", "filter center"),
    "long ljust": ("{{ title.ljust(10**8) }}", "a number above 100000"),
    "python internals": ("{{ title.__class__.__mro__ }}", "may not do"),
    "changing data": ("{{ [1, 2].append(3) }}", "may not do"),
    "syntax error": ("Dear {{ patron_name ", "line 1"),
    "unknown field": ("Dear {{ patrons_name }}", "is undefined"),
    "division by zero": ("{{ 1 / 0 }}", "ZeroDivisionError"),
    "output too long": ("{{ 'x' * 60000 }}{{ 'x' * 60000 }}", "longer than 100000"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_template_is_refused_in_words(name: str) -> None:
    template, words = HOSTILE[name]
    with pytest.raises(ValidationFailed) as refused:
        render("Subject", template, SAMPLE_FIELDS)
    assert words in refused.value.message
    assert refused.value.message.startswith("The notice template cannot be used: ")


@pytest.mark.parametrize("name", ["nested loop", "100 MB of x", "include", "syntax error"])
def test_saving_a_hostile_template_is_refused_and_keeps_the_old_one(
    sqlite_db, settings, name: str
) -> None:
    service = LibrarySettingsService(sqlite_db, settings)
    old = settings.get_str("notices.ready_for_pickup.body")
    with pytest.raises(ValidationFailed) as refused:
        service.change("notices.ready_for_pickup.body", HOSTILE[name][0])
    assert "“Ready for pickup” template was not saved" in refused.value.message
    assert settings.get_str("notices.ready_for_pickup.body") == old


def test_a_good_template_is_saved(sqlite_db, settings) -> None:
    service = LibrarySettingsService(sqlite_db, settings)
    text = (
        "Dear {{ patron_name }}, {{ title }} is here."
        "{% if conditions %} {{ conditions }}{% endif %}"
    )
    service.change("notices.ready_for_pickup.body", text)
    assert settings.get_str("notices.ready_for_pickup.body") == text


def test_stored_hostile_template_delays_the_notice_not_the_receive(
    db,
    settings,
    clock,
    requests_service,
    patron,
    partners,
    smtp_server,  # noqa: F811
) -> None:
    """A template stored before templates were checked: the receive commits first; the
    template is filled in afterwards, fails in words on the notice, which stays queued."""
    settings.set("notices.ready_for_pickup.body", HOSTILE["loop over long text"][0])
    other_desk = open_database(db.url)
    outcome: list[object] = []

    def receive() -> None:
        try:
            outcome.append(received_request(requests_service, patron, partners, clock))
        except Exception as exc:  # noqa: BLE001 - reported to the test thread
            outcome.append(exc)

    scan = threading.Thread(target=receive)
    scan.start()
    try:
        # while the template still runs, the receive is committed and the database is free
        while True:
            with other_desk.reading() as session:
                received = session.scalar(
                    select(orm.Request.id).where(orm.Request.state == State.RECEIVED.value)
                )
                pending = session.scalar(
                    select(orm.Notice.id).where(orm.Notice.kind == "ready_for_pickup")
                )
            if received is not None and pending is not None:
                break
            assert scan.is_alive() or outcome, "the receive ended without committing"
            if outcome and not scan.is_alive():
                break
        with other_desk.transaction() as session:  # another desk can write meanwhile
            session.add(orm.StaffMember(name="Other Desk", initials="OD", active=True))
    finally:
        scan.join()
        other_desk.dispose()
    [rid] = outcome
    assert isinstance(rid, int)
    assert requests_service.detail(rid).row.state is State.RECEIVED
    notices = NoticeService(db, settings, clock)
    [notice] = notices.list(request_id=rid)
    assert notice.status == "queued" and notice.body == ""
    assert "took longer than" in notice.last_error
    assert "Fix the “Ready for pickup” template in Settings" in notice.last_error

    mailbox, port = smtp_server
    from illdesk.interop.smtp_sender import SmtpSender

    sender = SmtpSender("127.0.0.1", port, sender="ill@millbrook.example.org")
    assert notices.send_due(sender).sent == 0, "still broken: it stays queued"
    assert notices.get(notice.id).status == "queued"
    settings.set("notices.ready_for_pickup.body", "Dear {{ patron_name }}, {{ title }} is here.")
    clock.advance(hours=7)
    assert notices.send_due(sender).sent == 1
    assert mailbox.messages[-1]["Subject"] == "Ready for pickup: Der Zauberberg"
    assert requests_service.detail(rid).row.state is State.AWAITING_PICKUP


def test_printed_notice_with_a_failed_template_is_filled_in_once_fixed(
    db,
    settings,
    clock,
    requests_service,
    patrons,
    partners,
    smtp_server,  # noqa: F811
) -> None:
    from illdesk.interop.smtp_sender import SmtpSender
    from illdesk.services.patrons import PatronInput

    paper = patrons.save(
        PatronInput(barcode="P200002", name="Kowalski, Jan", notice_channel="print")
    )
    settings.set("notices.ready_for_pickup.body", "{% include 'letterhead' %}")
    rid = received_request(requests_service, paper, partners, clock)
    notices = NoticeService(db, settings, clock)
    [notice] = notices.list(request_id=rid)
    assert notice.status == "to_print" and notice.body == ""
    assert "include, import and extends are not available" in notice.last_error
    settings.set("notices.ready_for_pickup.body", "Dear {{ patron_name }}, it is here.")
    mailbox, port = smtp_server
    notices.send_due(SmtpSender("127.0.0.1", port, sender="ill@millbrook.example.org"))
    assert mailbox.messages == [], "a notice on paper is never e-mailed"
    filled = notices.get(notice.id)
    assert filled.body == "Dear Jan Kowalski, it is here." and filled.last_error == ""
