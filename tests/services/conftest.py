from __future__ import annotations

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.services.directory import DirectoryService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import RequestService
from tests.services.borrowing_support import send_to_lender


@pytest.fixture
def requests_service(db, settings, clock) -> RequestService:
    return RequestService(db, settings, clock)


@pytest.fixture
def patrons(db) -> PatronService:
    return PatronService(db)


@pytest.fixture
def directory(db) -> DirectoryService:
    return DirectoryService(db)


@pytest.fixture
def patron(patrons):
    return patrons.save(
        PatronInput(barcode="P100001", name="Nakamura, Hana", email="hana@example.org")
    )


@pytest.fixture
def partners(db) -> list[int]:
    with db.transaction() as session:
        made = [
            orm.Partner(
                name="Hudson Valley College",
                symbol="US-NPHVC",
                country="US",
                default_loan_days=28,
                reciprocal=True,
            ),
            orm.Partner(
                name="Staatsbibliothek zu Berlin", symbol="DE-1", country="DE", default_loan_days=35
            ),
        ]
        session.add_all(made)
        session.flush()
        return [p.id for p in made]


@pytest.fixture(params=["sqlite", "postgresql"])
def peers(request: pytest.FixtureRequest, tmp_path, clock):
    """A borrower and a lender library (both SQLite, or both PostgreSQL), listening."""
    from tests.services.partner_support import running_pair

    with running_pair(request, tmp_path, clock) as pair:
        yield pair


@pytest.fixture
def shipped(requests_service, patron, partners):
    """A borrowed loan the lender has shipped: the next receive scan takes it in."""
    rid = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Silent Spring", author="Carson, Rachel"),
        service_type=ServiceType.LOAN,
        staff="D",
    ).row.id
    send_to_lender(requests_service, rid, partners, staff="D")
    requests_service.perform(rid, Action.LENDER_SHIPPED, staff="D")
    return requests_service.detail(rid)
