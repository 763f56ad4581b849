"""The lending policy: what we lend, for how long, at what charge, on which conditions.

Terms come in layers, and the most specific layer that says something wins, one term at a
time:

1. a rule for this partner and this material,
2. a rule for this material and every partner,
3. a rule for this partner and every material,
4. the partner's own record (loan days, renewals, charge, conditions),
5. the library's defaults.

So "AV: 14 days, no renewals" applies to every borrower, while "DE-1, AV: 21 days" gives
one partner a longer loan and still no renewals.  A rule leaves a term blank to say nothing
about it.  Material rules come before a partner's general rule because they are about the
item (a thesis is a thesis whoever asks); a partner rule for a material beats both.

Also here: the shelves that never lend, and the reasons for answering "unfilled".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from illdesk.domain.words import N_, Sentence


class Material(StrEnum):
    BOOK = "book"
    SERIAL = "serial"
    THESIS = "thesis"
    AUDIOVISUAL = "av"
    SCORE = "score"
    MAP = "map"
    MICROFORM = "microform"
    OTHER = "other"


MATERIAL_WORDS: dict[Material, str] = {
    Material.BOOK: N_("Book"),
    Material.SERIAL: N_("Journal volume or issue"),
    Material.THESIS: N_("Thesis or dissertation"),
    Material.AUDIOVISUAL: N_("Audio-visual (DVD, CD, video)"),
    Material.SCORE: N_("Music score"),
    Material.MAP: N_("Map"),
    Material.MICROFORM: N_("Microform"),
    Material.OTHER: N_("Other"),
}

#: The same in running text: "we do not lend theses to CA-OTU".
MATERIAL_IN_TEXT: dict[Material, str] = {
    Material.BOOK: N_("books"),
    Material.SERIAL: N_("journal volumes"),
    Material.THESIS: N_("theses"),
    Material.AUDIOVISUAL: N_("audio-visual items"),
    Material.SCORE: N_("music scores"),
    Material.MAP: N_("maps"),
    Material.MICROFORM: N_("microforms"),
    Material.OTHER: N_("other material"),
}

#: Words people write in e-mails and OpenURL genres, mapped to a material.
_MATERIAL_SYNONYMS: dict[str, Material] = {
    "book": Material.BOOK,
    "monograph": Material.BOOK,
    "bookitem": Material.BOOK,
    "journal": Material.SERIAL,
    "serial": Material.SERIAL,
    "article": Material.SERIAL,
    "issue": Material.SERIAL,
    "periodical": Material.SERIAL,
    "thesis": Material.THESIS,
    "dissertation": Material.THESIS,
    "av": Material.AUDIOVISUAL,
    "dvd": Material.AUDIOVISUAL,
    "cd": Material.AUDIOVISUAL,
    "video": Material.AUDIOVISUAL,
    "audio": Material.AUDIOVISUAL,
    "audio-visual": Material.AUDIOVISUAL,
    "audiovisual": Material.AUDIOVISUAL,
    "score": Material.SCORE,
    "music": Material.SCORE,
    "map": Material.MAP,
    "microform": Material.MICROFORM,
    "microfilm": Material.MICROFORM,
    "microfiche": Material.MICROFORM,
    "other": Material.OTHER,
}

MAX_LOAN_DAYS = 365
MAX_RENEWALS = 20


def material_named(text: str) -> Material | None:
    """The material a word stands for ("DVD", "dissertation", "av"), or None."""
    word = text.strip().casefold()
    if not word:
        return None
    for candidate in (word, word.split()[0], word.rstrip("s")):
        if candidate in _MATERIAL_SYNONYMS:
            return _MATERIAL_SYNONYMS[candidate]
    return None


def material_words(material: Material | str) -> str:
    try:
        return MATERIAL_WORDS[Material(material)]
    except ValueError:
        return str(material)


@dataclass(frozen=True)
class PolicyRule:
    """One line of the policy; None in a term means "this rule says nothing about it"."""

    partner_id: int | None = None
    material: Material | None = None
    lendable: bool | None = None
    loan_days: int | None = None
    renewals: int | None = None
    charge: Decimal | None = None
    conditions: str | None = None
    id: int | None = None

    def rank(self, partner_id: int | None, material: Material) -> int | None:
        """How specific this rule is for the request (higher wins); None if it does not apply."""
        if self.partner_id is not None and self.partner_id != partner_id:
            return None
        if self.material is not None and self.material != material:
            return None
        if self.partner_id is not None and self.material is not None:
            return 3
        return 2 if self.material is not None else 1


_TERMS = ("lendable", "loan_days", "renewals", "charge", "conditions")


@dataclass(frozen=True)
class Terms:
    """The terms for one partner and material, and where each came from (for the screen)."""

    lendable: bool
    loan_days: int
    renewals: int
    charge: Decimal
    conditions: str
    source: dict[str, str] = field(default_factory=dict, compare=False)

    def summary(self, copy: bool = False) -> str:
        """The terms in one line; for a copy (an article) the loan period means nothing."""
        if not self.lendable:
            return Sentence(N_("Not lent under the lending policy."))
        charge_text = Decimal(self.charge).quantize(Decimal("0.01"))  # 12,50 in German
        if copy:
            charge = (
                Sentence(N_("Charge {charge}"), charge=charge_text)
                if self.charge
                else Sentence(N_("No charge"))
            )
            if not self.conditions:
                return charge
            return Sentence(
                N_("{charge}; conditions: {conditions}"), charge=charge, conditions=self.conditions
            )
        renewals = {0: Sentence(N_("no renewals")), 1: Sentence(N_("1 renewal"))}.get(
            self.renewals, Sentence(N_("{renewals} renewals"), renewals=self.renewals)
        )
        line = Sentence(N_("{days} days, {renewals}"), days=self.loan_days, renewals=renewals)
        if self.charge:
            line = Sentence(N_("{terms}, charge {charge}"), terms=line, charge=charge_text)
        if self.conditions:
            line = Sentence(
                N_("{terms}; conditions: {conditions}"), terms=line, conditions=self.conditions
            )
        return line


def resolve_terms(
    base: Terms, rules: Iterable[PolicyRule], partner_id: int | None, material: Material
) -> Terms:
    """The terms for ``partner_id`` and ``material``: each term from the most specific rule
    that sets it, else from ``base`` (the partner's record over the library defaults).

    Conditions add up instead: the library's, the partner's and every matching rule's,
    each said once, least specific first ("Signature required. Library use only.").
    """
    ranked = sorted(
        ((rank, rule) for rule in rules if (rank := rule.rank(partner_id, material)) is not None),
        key=lambda pair: -pair[0],
    )
    chosen: dict[str, object] = {}
    source = dict(base.source)
    for _rank, rule in ranked:
        for term in _TERMS[:-1]:
            value = getattr(rule, term)
            if value is not None and term not in chosen:
                chosen[term] = value
                source[term] = describe_scope(rule)
    conditions = [base.conditions] + [rule.conditions or "" for _r, rule in reversed(ranked)]
    values = {term: chosen.get(term, getattr(base, term)) for term in _TERMS[:-1]}
    return Terms(conditions=join_conditions(conditions), source=source, **values)  # type: ignore[arg-type]


def join_conditions(parts: Iterable[str]) -> str:
    """Conditions as one text, each said once, each ending with a full stop."""
    said: list[str] = []
    for part in parts:
        text = part.strip()
        if not text:
            continue
        if text[-1] not in ".!?":
            text += "."
        if text.casefold() not in (s.casefold() for s in said):
            said.append(text)
    return " ".join(said)


def material_in_text(material: Material | str) -> str:
    try:
        return Sentence(MATERIAL_IN_TEXT[Material(material)])
    except ValueError:
        return str(material)


def describe_scope(rule: PolicyRule, partner_name: str = "") -> str:
    who = partner_name or Sentence(
        N_("this partner") if rule.partner_id is not None else N_("every partner")
    )
    what = material_in_text(rule.material) if rule.material else Sentence(N_("all material"))
    return Sentence(N_("rule for {who}, {what}"), who=who, what=what)


def is_charge(amount: Decimal) -> bool:
    """Zero or more, finite, in whole cents."""
    exponent = amount.as_tuple().exponent
    return amount.is_finite() and amount >= 0 and isinstance(exponent, int) and exponent >= -2


def rule_problems(rule: PolicyRule) -> dict[str, str]:
    """What is wrong with a rule, by term, in words; empty when it can be saved."""
    problems: dict[str, str] = {}
    if rule.partner_id is None and rule.material is None:
        problems["material"] = N_(
            "A rule for every partner and every material would be the "
            "library default: change the settings or the partner instead."
        )
    if all(getattr(rule, term) is None for term in _TERMS):
        problems["lendable"] = N_("The rule sets nothing: give at least one term.")
    if rule.loan_days is not None and not 1 <= rule.loan_days <= MAX_LOAN_DAYS:
        problems["loan_days"] = Sentence(
            N_("A loan lasts from 1 to {MAX_LOAN_DAYS} days."), MAX_LOAN_DAYS=MAX_LOAN_DAYS
        )
    if rule.renewals is not None and not 0 <= rule.renewals <= MAX_RENEWALS:
        problems["renewals"] = Sentence(
            N_("Renewals go from 0 to {MAX_RENEWALS}."), MAX_RENEWALS=MAX_RENEWALS
        )
    if rule.charge is not None and not is_charge(rule.charge):
        problems["charge"] = N_("A charge is zero or more, with at most two decimals.")
    if rule.conditions is not None and len(rule.conditions) > 500:
        problems["conditions"] = N_("Conditions fit in 500 characters.")
    return problems


# -- what the catalogue says an item is -----------------------------------------------------

_LEADER_TYPES: dict[str, Material] = {
    "c": Material.SCORE,
    "d": Material.SCORE,
    "e": Material.MAP,
    "f": Material.MAP,
    "g": Material.AUDIOVISUAL,
    "i": Material.AUDIOVISUAL,
    "j": Material.AUDIOVISUAL,
    "k": Material.OTHER,
    "m": Material.OTHER,
    "o": Material.OTHER,
    "p": Material.OTHER,
    "r": Material.OTHER,
}
_MICROFORM_FORMS = frozenset("abc")  # 008/23 form of item: microfilm, microfiche, microopaque


def material_from_marc(
    leader: str,
    field_008: str = "",
    field_007: Iterable[str] = (),
    has_dissertation_note: bool = False,
) -> Material:
    """The material a MARC 21 bibliographic record describes.

    Leader/06 gives the type of record and /07 the level (s = serial); for books, 008/24-27
    "m" or a 502 dissertation note means a thesis, and 008/23 or 007/00 "h" a microform.
    """
    kind = leader[6:7]
    level = leader[7:8]
    if kind in _LEADER_TYPES:
        return _LEADER_TYPES[kind]
    if any(f[:1] == "h" for f in field_007) or field_008[23:24] in _MICROFORM_FORMS:
        return Material.MICROFORM
    if level in ("s", "i"):
        return Material.SERIAL
    if has_dissertation_note or "m" in field_008[24:28]:
        return Material.THESIS
    return Material.BOOK


# -- what we cannot lend, and why ---------------------------------------------------------
#: Reasons for answering "unfilled", in the words the ISO 18626 map recognises.
UNFILLED_REASONS: tuple[tuple[str, str], ...] = (
    ("not_on_shelf", N_("Not on the shelf")),
    ("in_use", N_("On loan to someone else")),
    ("not_owned", N_("Not held by the lender")),
    ("non_circulating", N_("Does not circulate")),
    ("other", N_("Other")),
)


def unfilled_note(code: str, note: str = "") -> str:
    """The history note for an unfilled answer; "other" needs the staff's own words."""
    words = dict(UNFILLED_REASONS).get(code)
    if words is None:
        raise ValueError(f"unknown unfilled reason {code!r}")
    if code == "other":
        if not note.strip():
            raise ValueError(N_("Say why the request cannot be filled."))
        return f"Other: {note.strip()}"
    return f"{words}. {note.strip()}".strip() if note.strip() else words


def refuses_location(location: str, do_not_lend: Iterable[str]) -> bool:
    """True when ``location`` is one of the library's do-not-lend shelves (case-insensitive,
    and a listed name also matches locations that start with it: "Reference" covers
    "Reference Desk")."""
    here = location.strip().casefold()
    return bool(here) and any(
        here == s.strip().casefold() or here.startswith(s.strip().casefold() + " ")
        for s in do_not_lend
        if s.strip()
    )
