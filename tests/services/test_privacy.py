"""Retention, erasure and export of a patron's data, on SQLite and PostgreSQL: finished
requests past the retention period forget their patron, statistics stay as they were,
open requests are untouched."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from illdesk.domain.citation import Citation
from illdesk.domain.errors import NotAllowed
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence import orm
from illdesk.printing.renderer import PdfRenderer
from illdesk.services.audit import AuditFilter, AuditService
from illdesk.services.copyright import CopyrightService
from illdesk.services.patrons import PatronInput
from illdesk.services.privacy import PrivacyService
from illdesk.services.requests import ActionInput, RequestService

NAME, EMAIL = "Nakamura, Hana", "hana@example.org"


def _book(title: str) -> Citation:
    return Citation(title=title, author="Mann, Thomas", isbn="9783596294336")


def _borrow(requests: RequestService, patron_id: int, title: str) -> int:
    detail = requests.create_borrowing(
        patron_id=patron_id,
        citation=_book(title),
        service_type=ServiceType.LOAN,
        staff="Dana",
        note=f"{NAME} needs it for her thesis; call {EMAIL}.",
        allow_duplicate=True,
    )
    return detail.row.id


def _cancel(requests: RequestService, rid: int) -> None:
    requests.perform(
        rid, Action.CANCEL, staff="Dana", given=ActionInput(note=f"{NAME} no longer needs it")
    )


@pytest.fixture
def people(patrons):
    hana = patrons.save(PatronInput(barcode="P100001", name=NAME, email=EMAIL, category="faculty"))
    other = patrons.save(
        PatronInput(barcode="P100002", name="Okafor, Ada", email="ada@example.org")
    )
    return hana, other


def _patron_words_in(db, rid: int) -> list[str]:
    """Every place a request's patron could still be read, that holds her name or e-mail."""
    found = []
    with db.reading() as session:
        request = session.get(orm.Request, rid)
        assert request is not None
        texts = [request.search_text, request.partner_patron_id, request.delivery_address]
        texts += [e.note for e in request.events]
        for notice in session.scalars(select(orm.Notice).where(orm.Notice.request_id == rid)):
            texts += [notice.recipient, notice.subject, notice.body]
        for text in texts:
            for word in ("nakamura", "hana@example.org"):
                if word in (text or "").casefold():
                    found.append(text)
    return found


def test_retention_forgets_finished_patrons_and_keeps_statistics(
    db, settings, clock, people
) -> None:
    hana, other = people
    requests = RequestService(db, settings, clock)
    old_done = _borrow(requests, hana.id, "Der Zauberberg")
    _cancel(requests, old_done)
    old_open = _borrow(requests, hana.id, "Buddenbrooks")
    requests.perform(old_open, Action.VERIFY_CITATION, staff="Dana")
    clock.advance(days=80)
    recent_done = _borrow(requests, other.id, "Doktor Faustus")
    _cancel(requests, recent_done)
    clock.advance(days=15)  # the first is 95 days finished, the last 15
    privacy = PrivacyService(db, settings, clock)
    assert privacy.retention_days() == 90
    before = privacy.statistics()
    assert _patron_words_in(db, old_done)

    report = privacy.run_retention()

    assert (report.requests, report.cutoff) == (1, (clock.now - dt.timedelta(days=90)).date())
    assert "1 finished requests" in report.words and report.notices >= 1
    assert privacy.statistics() == before  # category, side, service, state, month: the same
    assert _patron_words_in(db, old_done) == []
    with db.reading() as session:
        done = session.get(orm.Request, old_done)
        still_open = session.get(orm.Request, old_open)
        recent = session.get(orm.Request, recent_done)
        assert done is not None and still_open is not None and recent is not None
        assert (done.patron_id, done.patron_category, done.state) == (
            None,
            "faculty",
            State.CANCELLED.value,
        )
        assert done.events[-1].action == "anonymised"
        # open requests and requests finished within the period are never touched
        assert still_open.patron_id == hana.id and still_open.anonymised_at is None
        assert NAME.casefold() in " ".join(e.note for e in still_open.events).casefold()
        assert recent.patron_id == other.id and recent.anonymised_at is None
        assert session.get(orm.Patron, hana.id) is not None  # she still has an open request
    # a second run has nothing more to do, and says so
    assert privacy.run_retention().requests == 0
    entries = AuditService(db).rows(AuditFilter(text="retention"))
    runs = [e for e in entries if e.action == "retention"]
    assert sorted(r.subject for r in runs) == ["0 requests", "1 requests"]
    assert any(e.action == "anonymised" and e.subject.startswith("B-") for e in entries)


def test_erase_patron_refuses_while_a_request_is_open_then_erases(
    db, settings, clock, people
) -> None:
    hana, _other = people
    requests = RequestService(db, settings, clock)
    done = _borrow(requests, hana.id, "Der Zauberberg")
    _cancel(requests, done)
    still = _borrow(requests, hana.id, "Buddenbrooks")
    privacy = PrivacyService(db, settings, clock)
    before = privacy.statistics()
    with pytest.raises(NotAllowed, match="still has open requests"):
        privacy.erase_patron(hana.id, staff="Dana")
    assert _patron_words_in(db, done)  # nothing was removed
    _cancel(requests, still)
    before = privacy.statistics()

    report = privacy.erase_patron(hana.id, staff="Dana")

    assert report.patrons_erased == 1 and report.requests == 2
    assert privacy.statistics() == before
    assert _patron_words_in(db, done) == [] and _patron_words_in(db, still) == []
    with db.reading() as session:
        assert session.get(orm.Patron, hana.id) is None
    (entry,) = AuditService(db).rows(AuditFilter(text="patron_erased"))
    assert entry.subject == f"patron #{hana.id}" and "Nakamura" not in entry.note


def test_export_patron_writes_json_and_pdf(db, settings, clock, people, tmp_path) -> None:
    hana, _other = people
    requests = RequestService(db, settings, clock)
    _borrow(requests, hana.id, "Der Zauberberg")
    privacy = PrivacyService(db, settings, clock, renderer=PdfRenderer())

    done = privacy.export_patron(hana.id, tmp_path / "out", staff="Dana")

    data = json.loads(done.json_path.read_text(encoding="utf-8"))
    assert data["patron"]["name"] == NAME and data["patron"]["email"] == EMAIL
    assert [r["title"] for r in data["requests"]] == ["Der Zauberberg"]
    text = " ".join(page.extract_text() for page in PdfReader(done.pdf_path).pages)
    assert "Nakamura, Hana" in text and "Der Zauberberg" in text
    assert AuditService(db).rows(AuditFilter(text="patron_exported"))[0].staff == "Dana"


def test_a_desk_role_may_not_erase_a_patron_or_override_copyright(
    db, settings, clock, people, directory
) -> None:
    from illdesk.domain.staff_roles import Role
    from illdesk.services.staff_access import StaffAccess

    hana, _other = people
    access = StaffAccess(db, settings, clock)
    access.add_account("Ann Admin", Role.ADMIN, "9042")
    access.add_account("Dee Desk", Role.DESK, "1111")
    access.set_sign_in(True)
    access.sign_in("Dee Desk", "1111")
    privacy = PrivacyService(db, settings, clock, access)
    with pytest.raises(NotAllowed, match="Dee Desk may not erase a patron's data.*supervisor"):
        privacy.erase_patron(hana.id, staff=access.current_name())
    copyright_ = CopyrightService(db, settings, RequestService(db, settings, clock), clock, access)
    with pytest.raises(NotAllowed, match="may not override a copyright limit"):
        copyright_.record_override(1, "The patron's thesis", staff=access.current_name())
    with db.reading() as session:
        assert session.get(orm.Patron, hana.id) is not None
