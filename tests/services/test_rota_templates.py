"""Rota templates, last-resort lenders and the balanced suggestion on both databases; a
routing rule that fills the rota from a template."""

from __future__ import annotations

import datetime as dt

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.rota_templates import RotaTemplate
from illdesk.domain.routing import RoutingRule, RuleAction
from illdesk.domain.vocabulary import Action, ServiceType
from illdesk.persistence import orm
from illdesk.services.requests import ActionInput
from illdesk.services.rota import RotaService
from illdesk.services.rota_templates import RotaTemplateService
from illdesk.services.routing import RoutingService
from tests.services.borrowing_support import send_to_lender


@pytest.fixture
def lenders(db) -> dict[str, int]:
    with db.transaction() as session:
        made = [
            orm.Partner(name=f"Library {s}", symbol=s, country="US")
            for s in ("STATE-1", "STATE-2", "RECIP", "PAID", "OCLC")
        ]
        session.add_all(made)
        session.flush()
        return {p.symbol: p.id for p in made}


@pytest.fixture
def templates(db, settings, clock) -> RotaTemplateService:
    return RotaTemplateService(db, settings, RotaService(db), clock)


def test_a_template_keeps_its_order_and_the_last_resort_goes_last(
    templates, lenders, settings
) -> None:
    settings.set("rota.last_resort_lenders", "oclc")
    ids = lenders
    saved = templates.save_template(
        RotaTemplate(
            "State network first", (ids["OCLC"], ids["STATE-1"], ids["STATE-2"], ids["RECIP"])
        ),
        staff="Ana",
    )
    assert [t.lenders for t in templates.templates()] == ["OCLC, STATE-1, STATE-2, RECIP"]
    assert templates.order_for(saved.id, leave_out=[ids["STATE-2"]]) == [
        ids["STATE-1"],
        ids["RECIP"],
        ids["OCLC"],
    ]
    with pytest.raises(ValidationFailed) as twice:
        templates.save_template(RotaTemplate("State network first", (ids["PAID"],)), staff="Ana")
    assert "already a template" in twice.value.problems["name"]


def test_balanced_suggestion_weighs_turnaround_fill_and_balance(
    db, templates, lenders, requests_service, patron, clock, settings
) -> None:
    settings.set("rota.last_resort_lenders", "OCLC")
    ids = lenders
    # STATE-1 supplied twice in 3 days; PAID was asked and said no
    for symbol, supplied in (("STATE-1", True), ("STATE-1", True), ("PAID", False)):
        rid = requests_service.create_borrowing(
            patron_id=patron.id,
            citation=Citation(title=f"Book {symbol}"),
            service_type=ServiceType.LOAN,
            staff="Ana",
            allow_duplicate=True,
        ).row.id
        send_to_lender(requests_service, rid, [ids[symbol]], staff="Ana")
        clock.advance(days=3)
        if supplied:
            requests_service.perform(rid, Action.RECEIVE, staff="Ana")
        else:
            requests_service.perform(
                rid, Action.LENDER_UNFILLED, staff="Ana", given=ActionInput(note="Not held")
            )
        clock.now = dt.datetime(2026, 3, 2, 10, 0)
    choices = templates.balanced(count=3)
    assert [c.symbol for c in choices] == ["STATE-1", "RECIP", "STATE-2", "OCLC"]
    assert choices[-1].last_resort and "last resort" in choices[-1].describe()
    assert "fills 2 of 2, 3 days" in choices[0].why
    assert "PAID" not in [c.symbol for c in templates.balanced(count=3, leave_out=[])][:3]


def test_a_rule_fills_the_rota_from_a_template_on_creation(
    db, templates, lenders, requests_service, patron, clock
) -> None:
    ids = lenders
    templates.save_template(RotaTemplate("Paid last", (ids["RECIP"], ids["PAID"])), staff="Ana")
    RoutingService(db, clock).save_rule(
        RoutingRule(10, "Every loan", (), RuleAction.ROTA_TEMPLATE, "Paid last"), staff="Ana"
    )
    made = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="Middlemarch"),
        service_type=ServiceType.LOAN,
        staff="Ana",
    )
    detail = requests_service.detail(made.row.id)
    assert [e.symbol for e in detail.rota] == ["RECIP", "PAID"]
    assert detail.history[-1].note == (
        "Rule 10 “Every loan”: Rota from the template “Paid last”: RECIP, PAID."
    )
    requests_service.perform(made.row.id, Action.VERIFY_CITATION, staff="Ana")
    assert [h.action for h in requests_service.detail(made.row.id).history].count("rule") == 1
