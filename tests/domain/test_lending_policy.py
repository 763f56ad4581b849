"""The lending policy's layers: most specific rule wins term by term; conditions add up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from illdesk.domain.lending_policy import (
    Material,
    PolicyRule,
    Terms,
    join_conditions,
    material_from_marc,
    material_named,
    resolve_terms,
    rule_problems,
)

BASE = Terms(
    lendable=True,
    loan_days=28,
    renewals=1,
    charge=Decimal("10"),
    conditions="Signature required.",
    source={"loan_days": "partner record"},
)
DE1, US = 2, 1
RULES = [
    PolicyRule(id=1, material=Material.AUDIOVISUAL, loan_days=14, renewals=0),
    PolicyRule(id=2, partner_id=DE1, loan_days=42, charge=Decimal("0")),
    PolicyRule(id=3, partner_id=DE1, material=Material.AUDIOVISUAL, loan_days=21),
    PolicyRule(id=4, material=Material.THESIS, lendable=False, conditions="Library use only"),
]


def test_no_rule_keeps_the_partner_record() -> None:
    terms = resolve_terms(BASE, RULES, US, Material.BOOK)
    assert (terms.lendable, terms.loan_days, terms.renewals, terms.charge) == (
        True,
        28,
        1,
        Decimal("10"),
    )
    assert terms.source["loan_days"] == "partner record"


def test_material_rule_for_every_partner() -> None:
    terms = resolve_terms(BASE, RULES, US, Material.AUDIOVISUAL)
    assert (terms.loan_days, terms.renewals, terms.charge) == (14, 0, Decimal("10"))
    assert terms.source["loan_days"] == "rule for every partner, audio-visual items"


def test_partner_and_material_beats_material_beats_partner_term_by_term() -> None:
    av = resolve_terms(BASE, RULES, DE1, Material.AUDIOVISUAL)
    assert av.loan_days == 21  # partner + material
    assert av.renewals == 0  # material, every partner
    assert av.charge == Decimal("0")  # partner, every material
    book = resolve_terms(BASE, RULES, DE1, Material.BOOK)
    assert (book.loan_days, book.renewals) == (42, 1)


def test_conditions_add_up_and_refusal_is_kept() -> None:
    thesis = resolve_terms(BASE, RULES, US, Material.THESIS)
    assert not thesis.lendable
    assert thesis.conditions == "Signature required. Library use only."
    assert thesis.summary() == "Not lent under the lending policy."
    assert join_conditions(["Library use only.", "library use only", " "]) == "Library use only."


def test_rule_for_another_partner_does_not_apply() -> None:
    assert resolve_terms(BASE, RULES, US, Material.BOOK).loan_days == 28


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (PolicyRule(loan_days=14), "material"),
        (PolicyRule(material=Material.MAP), "lendable"),
        (PolicyRule(material=Material.MAP, loan_days=0), "loan_days"),
        (PolicyRule(material=Material.MAP, loan_days=400), "loan_days"),
        (PolicyRule(material=Material.MAP, renewals=-1), "renewals"),
        (PolicyRule(material=Material.MAP, charge=Decimal("-1")), "charge"),
        (PolicyRule(material=Material.MAP, charge=Decimal("1.005")), "charge"),
    ],
)
def test_rule_problems_name_the_field(rule: PolicyRule, field: str) -> None:
    assert field in rule_problems(rule)


def test_a_sound_rule_has_no_problems() -> None:
    assert rule_problems(PolicyRule(partner_id=3, lendable=False)) == {}


@pytest.mark.parametrize(
    ("leader", "f008", "f007", "note", "material"),
    [
        ("00000cam a2200000 a 4500", "", (), False, Material.BOOK),
        ("00000cam a2200000 a 4500", " " * 24 + "m   ", (), False, Material.THESIS),
        ("00000cam a2200000 a 4500", "", (), True, Material.THESIS),
        ("00000cas a2200000 a 4500", "", (), False, Material.SERIAL),
        ("00000cgm a2200000 a 4500", "", (), False, Material.AUDIOVISUAL),
        ("00000cjm a2200000 a 4500", "", (), False, Material.AUDIOVISUAL),
        ("00000ccm a2200000 a 4500", "", (), False, Material.SCORE),
        ("00000cem a2200000 a 4500", "", (), False, Material.MAP),
        ("00000cam a2200000 a 4500", "", ("he bfb",), False, Material.MICROFORM),
        ("00000cam a2200000 a 4500", " " * 23 + "b", (), False, Material.MICROFORM),
    ],
)
def test_material_from_marc(leader, f008, f007, note, material) -> None:
    assert material_from_marc(leader, f008, f007, note) is material


def test_material_named_from_words() -> None:
    assert material_named("DVD") is Material.AUDIOVISUAL
    assert material_named("Dissertation (PhD)") is Material.THESIS
    assert material_named("books") is Material.BOOK
    assert material_named("a gift") is None
    assert material_named("") is None


def test_summary_of_a_copy_leaves_out_the_loan_period() -> None:
    terms = resolve_terms(BASE, RULES, US, Material.SERIAL)
    assert terms.summary() == "28 days, 1 renewal, charge 10.00; conditions: Signature required."
    assert terms.summary(copy=True) == "Charge 10.00; conditions: Signature required."
