"""The routing rules and the lending policy's rules are read as the database holds them at
every action: kept rules (services/read_rows.py) never hide an edit made at this desk or
at another desk on the same database, whether it adds, changes or deletes a rule."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import IllegalTransition
from illdesk.domain.lending_policy import Material, PolicyRule
from illdesk.domain.routing import Condition, Field, Op, RoutingRule, RuleAction
from illdesk.domain.vocabulary import Action, ServiceType, State
from illdesk.persistence.database import Database, open_database
from illdesk.services.lending_policy import LendingPolicyService
from illdesk.services.requests import ActionInput
from illdesk.services.routing import RoutingService
from illdesk.services.scanning import ScanMode, ScanService


@pytest.fixture
def other_desk(db_url: str) -> Iterator[Database]:
    """A second desk on the same database: its own engine and connections."""
    database = open_database(db_url)
    yield database
    database.dispose()


def _waiting_to_be_pulled(requests_service, partner_id: int) -> int:
    rid = requests_service.create_lending(
        partner_id=partner_id,
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="D",
        material=Material.BOOK,
    ).row.id
    requests_service.perform(rid, Action.CHECK_HOLDINGS, staff="D")
    return rid


def test_a_policy_rule_another_desk_adds_changes_and_deletes_is_obeyed_at_the_next_scan(
    db, other_desk, settings, clock, requests_service, partners
) -> None:
    scans = ScanService(db, requests_service, settings=settings)
    there = LendingPolicyService(other_desk, settings, clock)
    first, second = (_waiting_to_be_pulled(requests_service, partners[1]) for _ in range(2))
    number = requests_service.detail(first).row.number
    # this desk has read the policy (no rule): the slip and the detail say it may be pulled
    assert scans.scan(ScanMode.PULL, number, staff="T").waiting_for_item.row.id == first
    assert requests_service.detail(first).terms.lendable is True

    rule = there.save_rule(PolicyRule(material=Material.BOOK, lendable=False), staff="Ana")
    assert requests_service.detail(first).terms.lendable is False
    with pytest.raises(IllegalTransition, match="we do not lend books to DE-1"):
        scans.scan(ScanMode.PULL, "31234000000011", staff="T", for_request=first)
    assert requests_service.detail(first).row.state is State.HOLDINGS_CHECKED

    there.save_rule(
        PolicyRule(id=rule.id, material=Material.BOOK, lendable=True, charge=Decimal("7.50")),
        staff="Ana",
    )
    assert requests_service.detail(first).terms.charge == Decimal("7.50")
    pulled = scans.scan(ScanMode.PULL, "31234000000011", staff="T", for_request=first)
    assert pulled.performed.detail.row.state is State.PULLED

    there.save_rule(
        PolicyRule(id=rule.id, material=Material.BOOK, lendable=False, charge=Decimal("7.50")),
        staff="Ana",
    )
    with pytest.raises(IllegalTransition, match="lending policy does not lend"):
        requests_service.perform(
            second, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000028")
        )
    there.delete_rule(rule.id)
    assert requests_service.detail(second).terms.charge == Decimal("0")
    done = requests_service.perform(
        second, Action.PULL, staff="D", given=ActionInput(item_barcode="31234000000028")
    )
    assert done.detail.row.state is State.PULLED


def test_a_routing_rule_another_desk_adds_changes_and_deletes_decides_the_next_action(
    db, other_desk, clock, requests_service, patron
) -> None:
    def borrow(title: str) -> int:
        return requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title=title),
            service_type=ServiceType.LOAN,
            staff="Ana",
        ).row.id

    here = RoutingService(db, clock)
    there = RoutingService(other_desk, clock)
    before = borrow("Middlemarch")  # the rules read here: none
    assert requests_service.detail(before).row.queue == ""

    verified = (Condition(Field.STATE, Op.ONE_OF, "citation_verified"),)
    rule = there.save_rule(
        RoutingRule(10, "Checked", verified, RuleAction.QUEUE, "Sourcing desk"), staff="Bo"
    )
    requests_service.perform(before, Action.VERIFY_CITATION, staff="Ana")
    assert requests_service.detail(before).row.queue == "Sourcing desk"

    there.save_rule(
        RoutingRule(10, "Checked", verified, RuleAction.QUEUE, "Second look", id=rule.id),
        staff="Bo",
    )
    renamed = borrow("Daniel Deronda")
    requests_service.perform(renamed, Action.VERIFY_CITATION, staff="Ana")
    assert requests_service.detail(renamed).row.queue == "Second look"

    there.save_rule(
        RoutingRule(10, "Checked", verified, RuleAction.QUEUE, "Second look", False, rule.id),
        staff="Bo",
    )
    switched_off = borrow("Silas Marner")
    requests_service.perform(switched_off, Action.VERIFY_CITATION, staff="Ana")
    assert requests_service.detail(switched_off).row.queue == ""

    there.delete_rule(rule.id)
    here.save_rule(RoutingRule(20, "Here", verified, RuleAction.QUEUE, "Mine"), staff="Ana")
    mine = borrow("Romola")
    requests_service.perform(mine, Action.VERIFY_CITATION, staff="Ana")
    assert requests_service.detail(mine).row.queue == "Mine"
    assert [r.rule.name for r in there.rules()] == ["Here"]
