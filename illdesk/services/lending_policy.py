"""The lending policy's rules, kept in the database, and the terms they give a request.

The order in which rules, the partner's record and the library defaults combine is the
domain's (``domain.lending_policy``); this module reads and writes the rules and hands the
terms to the request, charge and scan services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, bindparam, or_, select
from sqlalchemy.orm import Session

from illdesk.domain.errors import NotFound, ValidationFailed
from illdesk.domain.lending_policy import (
    Material,
    PolicyRule,
    Terms,
    join_conditions,
    material_words,
    resolve_terms,
    rule_problems,
)
from illdesk.domain.settings import Settings
from illdesk.domain.staff_roles import Permission
from illdesk.domain.words import N_
from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import LendingPolicyRule
from illdesk.services.read_rows import RowsAsValues
from illdesk.services.staff_access import StaffAccess

#: Renewals we grant a borrower we have no partner record for.
_DEFAULT_RENEWALS = 1


@dataclass(frozen=True)
class RuleRow:
    """A rule as the policy table shows it."""

    rule: PolicyRule
    partner: str
    material: str
    updated: str


def _material(value: str | None) -> Material | None:
    return Material(value) if value else None


def _rule(row: LendingPolicyRule | Row[Any]) -> PolicyRule:
    return PolicyRule(
        id=row.id,
        partner_id=row.partner_id,
        material=_material(row.material),
        lendable=row.lendable,
        loan_days=row.loan_days,
        renewals=row.renewals,
        charge=Decimal(row.charge) if row.charge is not None else None,
        conditions=row.conditions,
    )


def base_terms(settings: Settings, partner: orm.Partner | None) -> Terms:
    """What holds before any rule: the partner's record over the library's defaults."""
    library_conditions = settings.get_str("lending.default_conditions")
    if partner is None:
        return Terms(
            lendable=True,
            loan_days=settings.get_int("lending.default_loan_days"),
            renewals=_DEFAULT_RENEWALS,
            charge=Decimal("0"),
            conditions=join_conditions([library_conditions]),
            source=dict.fromkeys(("loan_days", "renewals", "charge"), "library default"),
        )
    return Terms(
        lendable=True,
        loan_days=partner.default_loan_days,
        renewals=partner.renewals_allowed,
        charge=Decimal(partner.charge or 0),
        conditions=join_conditions([library_conditions, partner.lending_conditions]),
        source=dict.fromkeys(
            ("loan_days", "renewals", "charge"), f"{partner.symbol}'s partner record"
        ),
    )


def terms_in(
    session: Session, settings: Settings, partner: orm.Partner | None, material: str
) -> Terms:
    """The terms for lending ``material`` to ``partner``, read in ``session``.

    Read once per unit of work: a scan asks for them several times (the guards, the due
    date, the charge, the detail shown), and within one transaction the policy stands."""
    kind = Material(material) if material else Material.BOOK
    cache: dict[tuple[int, int | None, Material], Terms] = session.info.setdefault(_TERMS_READ, {})
    key = (id(settings), partner.id if partner is not None else None, kind)
    known = cache.get(key)
    if known is None:
        known = cache[key] = _read_terms(session, settings, partner, kind)
    return known


_POLICY = LendingPolicyRule.__table__
_RULES = RowsAsValues(
    select(_POLICY)
    .where(
        or_(_POLICY.c.partner_id.is_(None), _POLICY.c.partner_id == bindparam("partner")),
        or_(_POLICY.c.material.is_(None), _POLICY.c.material == bindparam("material")),
    )
    .order_by(_POLICY.c.id),
    _rule,
)
"""The rules for every partner and for one (``partner``; none when NULL), for every
material and for one (``material``), read as plain rows (:mod:`illdesk.services.read_rows`)."""

_TERMS_READ = "illdesk.lending_terms"
"""Key in ``Session.info``: the terms already read in that unit of work."""


def _read_terms(
    session: Session, settings: Settings, partner: orm.Partner | None, kind: Material
) -> Terms:
    # plain rows: each scan on the lending side reads them, none changes them
    rules = list(
        _RULES.read(
            session,
            {"partner": partner.id if partner is not None else None, "material": kind.value},
        )
    )
    terms = resolve_terms(
        base_terms(settings, partner), rules, partner.id if partner is not None else None, kind
    )
    if partner is not None:  # name the partner where the domain could only say "this"
        terms.source.update(
            {k: v.replace("this partner", partner.symbol) for k, v in terms.source.items()}
        )
    return terms


def catalogue_material(session: Session, barcode: str) -> str:
    """What our catalogue says the copy with ``barcode`` is ("" when it does not know).

    Read once per unit of work, like the terms: a pull asks for it when it checks the
    policy and again when it ties the copy."""
    known: dict[str, str] = session.info.setdefault(_MATERIAL_READ, {})
    if barcode not in known:
        known[barcode] = (
            session.scalar(
                select(orm.CatalogueRecord.material)
                .join(orm.CatalogueItem)
                .where(orm.CatalogueItem.barcode == barcode)
                .limit(1)
            )
            or ""
        )
    return known[barcode]


def known_material(session: Session, barcode: str, material: str | None) -> None:
    """The material of the copy with ``barcode``, read with its record by the caller."""
    session.info.setdefault(_MATERIAL_READ, {})[barcode] = material or ""


_MATERIAL_READ = "illdesk.catalogue_material"
"""Key in ``Session.info``: the copies' materials already read in that unit of work."""


class LendingPolicyService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        access: StaffAccess | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._access = access
        """Who is signed in; editing the policy needs a supervisor (None: no check)."""

    def rules(self) -> list[RuleRow]:
        """Every rule: the ones for every partner first, then by partner, then material."""
        with self._db.reading() as session:
            rows = session.execute(
                select(LendingPolicyRule, orm.Partner.name, orm.Partner.symbol).outerjoin(
                    orm.Partner, orm.Partner.id == LendingPolicyRule.partner_id
                )
            ).all()
            out = [
                RuleRow(
                    rule=_rule(rule),
                    partner=f"{name} ({symbol})" if symbol else "Every partner",
                    material=material_words(rule.material) if rule.material else "Every material",
                    updated=f"{rule.updated_at:%Y-%m-%d} {rule.updated_by}".strip(),
                )
                for rule, name, symbol in rows
            ]
        out.sort(
            key=lambda r: (
                r.rule.partner_id is not None,
                r.partner.casefold(),
                r.rule.material is not None,
                r.material,
            )
        )
        return out

    def save_rule(self, rule: PolicyRule, *, staff: str) -> PolicyRule:
        if self._access is not None:
            self._access.require(Permission.EDIT_POLICY)
        """Add a rule, or change the one with ``rule.id``; one rule per partner and material."""
        problems = rule_problems(rule)
        if problems:
            raise ValidationFailed(problems)
        with self._db.transaction() as session:
            if rule.partner_id is not None and session.get(orm.Partner, rule.partner_id) is None:
                raise NotFound(N_("That partner library no longer exists."))
            same_scope = session.scalars(
                select(LendingPolicyRule).where(
                    LendingPolicyRule.partner_id.is_(None)
                    if rule.partner_id is None
                    else LendingPolicyRule.partner_id == rule.partner_id,
                    LendingPolicyRule.material.is_(None)
                    if rule.material is None
                    else LendingPolicyRule.material == rule.material.value,
                )
            ).first()
            if same_scope is not None and same_scope.id != rule.id:
                raise ValidationFailed(
                    {
                        "material": N_(
                            "There is already a rule for this partner and material: change "
                            "that one."
                        )
                    }
                )
            row = (
                session.get(LendingPolicyRule, rule.id)
                if rule.id is not None
                else LendingPolicyRule()
            )
            if row is None:
                raise NotFound(N_("That rule was deleted at another desk."))
            row.partner_id = rule.partner_id
            row.material = rule.material.value if rule.material else None
            row.lendable = rule.lendable
            row.loan_days = rule.loan_days
            row.renewals = rule.renewals
            row.charge = rule.charge
            row.conditions = rule.conditions.strip() if rule.conditions else None
            row.updated_at = self._clock()
            row.updated_by = staff
            session.add(row)
            session.flush()
            return _rule(row)

    def delete_rule(self, rule_id: int) -> None:
        if self._access is not None:
            self._access.require(Permission.EDIT_POLICY)
        with self._db.transaction() as session:
            row = session.get(LendingPolicyRule, rule_id)
            if row is not None:
                session.delete(row)

    def terms(self, partner_id: int | None, material: Material) -> Terms:
        with self._db.reading() as session:
            partner = session.get(orm.Partner, partner_id) if partner_id is not None else None
            return terms_in(session, self._settings, partner, material.value)

    def terms_for_request(self, request_id: int) -> Terms:
        with self._db.reading() as session:
            request = session.get(orm.Request, request_id)
            if request is None:
                raise NotFound(N_("That request no longer exists."))
            return terms_in(session, self._settings, request.partner, request.material)
