"""The lending policy per partner and material, end to end through the services, on both
databases: rules are kept, and they decide conditions, due dates, renewals, charges and
whether a copy may be pulled at all."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import IllegalTransition, NotFound, ValidationFailed
from illdesk.domain.lending_policy import Material, PolicyRule
from illdesk.domain.partner_record import PartnerRecord
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.persistence import orm
from illdesk.services.catalogue import CatalogueService
from illdesk.services.charges import ChargeService, Method
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.requests import ActionInput
from illdesk.services.scanning import ScanMode, ScanService
from tests.corpus_path import CORPUS


@pytest.fixture
def policy(db, settings, clock) -> LendingPolicyService:
    return LendingPolicyService(db, settings, clock)


@pytest.fixture
def shelf(db) -> None:
    """Our catalogue: a thesis and a DVD, as a MARC import would leave them."""
    with db.transaction() as session:
        for number, title, material, barcode in (
            ("001:t1", "Coastal erosion in the Hudson estuary", "thesis", "31234000000101"),
            ("001:v1", "Silent Running", "av", "31234000000202"),
        ):
            record = orm.CatalogueRecord(
                control_number=number, title=title, match_key=title.casefold(), material=material
            )
            record.items = [orm.CatalogueItem(barcode=barcode, call_number="X1", location="Stacks")]
            session.add(record)


def lend(
    requests_service,
    partner_id: int,
    title: str = "Middlemarch",
    material: Material = Material.BOOK,
) -> int:
    rid = requests_service.create_lending(
        partner_id=partner_id,
        citation=Citation(title=title),
        service_type=ServiceType.LOAN,
        staff="D",
        material=material,
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    return rid


def test_rules_are_kept_one_per_scope(policy, partners) -> None:
    av = policy.save_rule(
        PolicyRule(material=Material.AUDIOVISUAL, loan_days=14, renewals=0), staff="Dana"
    )
    policy.save_rule(PolicyRule(partner_id=partners[1], charge=Decimal("5.00")), staff="Dana")
    rows = policy.rules()
    assert [(r.partner, r.material) for r in rows] == [
        ("Every partner", "Audio-visual (DVD, CD, video)"),
        ("Staatsbibliothek zu Berlin (DE-1)", "Every material"),
    ]
    assert rows[0].rule == av and rows[0].updated.endswith("Dana")
    with pytest.raises(ValidationFailed) as refused:
        policy.save_rule(PolicyRule(material=Material.AUDIOVISUAL, loan_days=7), staff="D")
    assert "already a rule" in refused.value.problems["material"]
    changed = policy.save_rule(
        PolicyRule(id=av.id, material=Material.AUDIOVISUAL, loan_days=7), staff="D"
    )
    assert changed.loan_days == 7 and changed.renewals is None
    policy.delete_rule(av.id)
    assert len(policy.rules()) == 1


def test_bad_rule_writes_nothing(policy, partners) -> None:
    with pytest.raises(ValidationFailed) as refused:
        policy.save_rule(
            PolicyRule(material=Material.MAP, loan_days=0, charge=Decimal("-2")), staff="D"
        )
    assert set(refused.value.problems) == {"loan_days", "charge"}
    with pytest.raises(NotFound):
        policy.save_rule(PolicyRule(partner_id=9999, lendable=False), staff="D")
    assert policy.rules() == []


def test_conditions_of_library_partner_and_material_go_on_the_request(
    db, settings, policy, requests_service, partners, directory
) -> None:
    settings.set("lending.default_conditions", "No photocopying")
    berlin = directory.partner(partners[1])
    directory.save_partner(
        PartnerRecord(**{**berlin.__dict__, "lending_conditions": "Signature required"})
    )
    policy.save_rule(PolicyRule(material=Material.THESIS, conditions="Library use only"), staff="D")
    thesis = requests_service.create_lending(
        partner_id=partners[1],
        citation=Citation(title="Coastal erosion"),
        service_type=ServiceType.LOAN,
        staff="D",
        material=Material.THESIS,
    )
    assert thesis.material == "thesis"
    assert thesis.conditions == "No photocopying. Signature required. Library use only."
    book = requests_service.detail(lend(requests_service, partners[0]))
    assert book.conditions == "No photocopying."
    assert book.terms is not None and book.terms.loan_days == 28


def test_due_date_and_renewals_follow_the_material(
    db, policy, requests_service, partners, clock
) -> None:
    policy.save_rule(PolicyRule(material=Material.AUDIOVISUAL, loan_days=14, renewals=0), staff="D")
    policy.save_rule(
        PolicyRule(partner_id=partners[1], material=Material.AUDIOVISUAL, loan_days=21), staff="D"
    )
    rid = lend(requests_service, partners[1], "Silent Running", Material.AUDIOVISUAL)
    requests_service.perform(
        rid, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000999")
    )
    shipped = requests_service.perform(rid, Action.SHIP, staff="D")
    assert shipped.detail.row.due_date == clock().date() + dt.timedelta(days=21)
    with pytest.raises(IllegalTransition, match="No renewals are left"):
        requests_service.perform(rid, Action.GRANT_RENEWAL, staff="D")
    book = lend(requests_service, partners[1])
    requests_service.perform(
        book, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000888")
    )
    requests_service.perform(book, Action.SHIP, staff="D")
    renewed = requests_service.perform(book, Action.GRANT_RENEWAL, staff="D")
    assert renewed.detail.row.due_date == clock().date() + dt.timedelta(days=35 * 2)


def test_policy_refuses_the_pull_in_words_and_nothing_changes(
    db, settings, policy, requests_service, partners, shelf
) -> None:
    policy.save_rule(PolicyRule(material=Material.THESIS, lendable=False), staff="D")
    scans = ScanService(
        db, requests_service, catalogue=CatalogueService(db, settings), settings=settings
    )
    # the request says "book"; our catalogue knows the copy is a thesis
    rid = lend(requests_service, partners[1], "Coastal erosion in the Hudson estuary")
    before = requests_service.detail(rid)
    with pytest.raises(IllegalTransition) as refused:
        scans.scan(ScanMode.PULL, "31234000000101", staff="Tom", for_request=rid)
    assert "we do not lend theses to DE-1 (rule for every partner, theses)" in refused.value.message
    assert "unfilled (non-circulating)" in refused.value.message
    after = requests_service.detail(rid)
    assert after.row.state is State.HOLDINGS_CHECKED and after.item_barcodes == ()
    assert after.material == "book" and len(after.history) == len(before.history)
    # the detail pane's button path is guarded by the workflow as well
    with pytest.raises(IllegalTransition, match="lending policy does not lend"):
        requests_service.perform(
            rid, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000101")
        )
    assert requests_service.detail(rid).item_barcodes == ()


def test_pull_learns_the_material_from_our_catalogue(
    db, settings, policy, requests_service, partners, shelf, clock
) -> None:
    policy.save_rule(PolicyRule(material=Material.AUDIOVISUAL, loan_days=14), staff="D")
    scans = ScanService(
        db, requests_service, catalogue=CatalogueService(db, settings), settings=settings
    )
    rid = lend(requests_service, partners[0], "Silent Running")
    done = scans.scan(ScanMode.PULL, "31234000000202", staff="Tom", for_request=rid)
    detail = done.performed.detail
    assert detail.row.state is State.PULLED and detail.material == "av"
    assert "records this copy as: Audio-visual (DVD, CD, video)" in detail.history[-1].note
    shipped = requests_service.perform(rid, Action.SHIP, staff="D")
    assert shipped.detail.row.due_date == clock().date() + dt.timedelta(days=14)


def test_charge_defaults_to_the_policy_charge(
    db, settings, clock, policy, requests_service, partners
) -> None:
    with db.transaction() as session:
        session.get(orm.Partner, partners[1]).charge = Decimal("8.00")
    policy.save_rule(
        PolicyRule(partner_id=partners[1], material=Material.MICROFORM, charge=Decimal("3.50")),
        staff="D",
    )
    charges = ChargeService(db, settings, clock)
    made = {}
    for material in (Material.BOOK, Material.MICROFORM):
        rid = lend(requests_service, partners[1], f"Reel {material}", material)
        requests_service.perform(
            rid, Action.PULL, staff="D", given=ActionInput(item_barcode=f"3123400000{len(made)}")
        )
        for action in (Action.SHIP, Action.RECEIVE_RETURN):
            requests_service.perform(rid, action, staff="D")
        made[material] = charges.charge(rid, Method.INVOICE, staff="D").amount
    assert made == {Material.BOOK: Decimal("8.00"), Material.MICROFORM: Decimal("3.50")}


def test_partner_directory_saves_checks_and_renames(directory, requests_service, partners) -> None:
    new = directory.save_partner(
        PartnerRecord(
            name="Biblioteca Nacional",
            symbol="es-mabn",
            country="es",
            currency="eur",
            email="pib@example.es",
        )
    )
    assert (new.symbol, new.country, new.currency) == ("es-mabn", "ES", "EUR")
    with pytest.raises(ValidationFailed) as refused:
        directory.save_partner(PartnerRecord(name="Another", symbol="DE-1"))
    assert refused.value.problems == {"symbol": "DE-1 is already Staatsbibliothek zu Berlin."}
    with pytest.raises(ValidationFailed) as refused:
        directory.save_partner(
            PartnerRecord(
                name="",
                symbol="x y",
                country="Spain",
                email="nope",
                accepts_invoice=False,
                iso18626_endpoint="ftp://x",
            )
        )
    assert set(refused.value.problems) == {
        "name",
        "symbol",
        "country",
        "email",
        "accepts_invoice",
        "iso18626_endpoint",
    }
    rid = lend(requests_service, partners[1])
    berlin = directory.partner(partners[1])
    directory.save_partner(PartnerRecord(**{**berlin.__dict__, "name": "Stabi Berlin"}))
    found = requests_service.search(Side.LENDING, "stabi")
    assert [r.id for r in found] == [rid]


def test_marc_import_reads_the_material(db, settings) -> None:
    catalogue = CatalogueService(db, settings)
    catalogue.import_files([Path(CORPUS / "marc" / "loc-first200.mrc")])
    with db.reading() as session:
        kinds = sorted(
            m
            for (m,) in session.execute(
                orm.CatalogueRecord.__table__.select()
                .with_only_columns(orm.CatalogueRecord.material)
                .distinct()
            )
        )
    assert kinds == ["book", "microform"]
