"""Find lenders against two real Zebra servers (one a partner's OPAC over SRU or Z39.50,
one a union catalogue), then with the union catalogue stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import ServiceType
from illdesk.persistence import orm
from illdesk.services.find_lenders import FindLendersService
from illdesk.services.patrons import PatronInput, PatronService
from illdesk.services.requests import RequestService
from illdesk.services.rota import RotaService
from tests.services.zebra_lenders import Catalogues, two_catalogues

LOOM = Citation(title="The loom of destiny", author="Stringer, Arthur", isbn="9780836932720")


@pytest.fixture
def catalogues(tmp_path: Path) -> Iterator[Catalogues]:
    yield from two_catalogues(tmp_path)


def _desk(db, settings, clock, catalogues: Catalogues, *, z3950: bool = False):
    with db.transaction() as session:
        hudson = orm.Partner(
            name="Hudson Valley College",
            symbol="US-NPHVC",
            country="US",
            charge=5,
            catalogue_url=(
                catalogues.hudson_url.replace("http://", "z3950://")
                if z3950
                else catalogues.hudson_url
            ),
            catalogue_database="Default",
        )
        berlin = orm.Partner(
            name="Staatsbibliothek zu Berlin", symbol="DE-1", country="DE", reciprocal=True
        )
        session.add_all([hudson, berlin])
        session.flush()
        ids = (hudson.id, berlin.id)
    settings.set(
        "catalogue.sru_targets", f"Union | {catalogues.union_url} | Default | marcxml | 952"
    )
    settings.set("catalogue.search_timeout_seconds", 10.0)
    requests = RequestService(db, settings, clock)
    service = FindLendersService(db, settings, requests, RotaService(db))
    patron = PatronService(db).save(
        PatronInput(barcode="8377630", name="Nakamura, Hana", email="hana@example.org")
    )
    request = requests.create_borrowing(
        patron_id=patron.id, citation=LOOM, service_type=ServiceType.LOAN, staff="Dana"
    )
    return service, requests, request, ids


@pytest.mark.parametrize("z3950", [False, True], ids=["sru", "z3950"])
def test_hits_from_both_catalogues_build_the_rota(db, settings, clock, catalogues, z3950) -> None:
    service, requests, request, (hudson_id, berlin_id) = _desk(
        db, settings, clock, catalogues, z3950=z3950
    )
    seen: list[str] = []
    outcomes = service.search(LOOM, on_outcome=lambda o: seen.append(o.source.name))
    assert sorted(seen) == ["Hudson Valley College (US-NPHVC)", "Union"]
    by_source = {o.source.name: o for o in outcomes}
    hudson = by_source["Hudson Valley College (US-NPHVC)"]
    assert hudson.error == ""
    # the request has the ISBN-13, the record the ISBN-10: still a certain match
    assert [
        (h.partner_symbol, h.record_id, h.call_number, h.availability, h.confidence, h.how)
        for h in hudson.hits
    ] == [("US-NPHVC", "00000074", "PR9199.3.S8 L6", "", 1.0, "same ISBN")]
    union = by_source["Union"]
    assert [
        (h.partner_symbol, h.call_number, h.availability, h.can_be_asked) for h in union.hits
    ] == [
        ("", "823 STR", "available", False),
        ("DE-1", "50 A 1234", "not for loan", True),
    ]
    chosen = [hudson.hits[0], union.hits[1]]
    detail = service.build_rota(request.row.id, chosen, staff="Dana")
    # rota policy: reciprocal Berlin before Hudson Valley (which charges)
    assert [(r.symbol, r.record_id) for r in detail.rota] == [
        ("DE-1", "00000074"),
        ("US-NPHVC", "00000074"),
    ]
    assert detail.rota[0].record_note == "Union · 50 A 1234 · not for loan"
    assert requests.detail(request.row.id).rota[1].record_note.startswith("Hudson Valley")
    with pytest.raises(ValidationFailed, match="no partner in the directory"):
        service.build_rota(request.row.id, [union.hits[0]], staff="Dana")


def test_title_and_author_when_no_number(db, settings, clock, catalogues) -> None:
    service, *_ = _desk(db, settings, clock, catalogues)
    outcomes = service.search(Citation(title="The loom of destiny", author="Stringer, Arthur J."))
    hits = [h for o in outcomes for h in o.hits]
    assert {(h.source.split(" (")[0], h.confidence, h.how) for h in hits} == {
        ("Hudson Valley College", 0.8, "same title and author"),
        ("Union", 0.8, "same title and author"),
    }


def test_a_stopped_catalogue_says_so_and_the_other_answers(db, settings, clock, catalogues) -> None:
    service, *_ = _desk(db, settings, clock, catalogues)
    catalogues.stop_union()
    outcomes = {o.source.name: o for o in service.search(LOOM)}
    assert outcomes["Union"].hits == ()
    assert "refused the connection" in outcomes["Union"].error
    assert outcomes["Hudson Valley College (US-NPHVC)"].hits[0].record_id == "00000074"


def test_no_catalogue_configured(db, settings, clock) -> None:
    requests = RequestService(db, settings, clock)
    service = FindLendersService(db, settings, requests, RotaService(db))
    with pytest.raises(ValidationFailed, match="No catalogue to search"):
        service.search(LOOM)
