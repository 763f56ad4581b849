"""The rule of five (CONTU guidelines to US Title 17 section 108), as pure rules.

For an article published within ``years`` years before the request date, a library may
receive at most ``limit`` copies from one journal title in one calendar year without
paying a royalty; the request after that needs a royalty or a recorded override.
Both numbers are settings so that other countries' rules can be expressed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from illdesk.domain.citation import normalise_issn
from illdesk.domain.words import N_, Sentence

CCG = "CCG"
"""Complies with the CONTU guidelines (counted under the rule of five)."""
CCL = "CCL"
"""Complies with copyright law by another provision (e.g. older than the window)."""
COMPLIANCE_CHOICES = (CCG, CCL)


@dataclass(frozen=True)
class RuleOfFive:
    limit: int = 5
    years: int = 5


def journal_key(issn: str, journal: str) -> str:
    """What requests are counted under: the ISSN when valid, else the folded journal title."""
    normal = normalise_issn(issn)
    if normal:
        return f"issn:{normal}"
    decomposed = unicodedata.normalize("NFKD", journal.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[\W_]+", " ", plain).split()
    if words and words[0] == "the":
        words = words[1:]
    return f"title:{' '.join(words)}" if words else ""


def publication_year(raw: str) -> int | None:
    """The four-digit year in ``raw`` ("2024", "Spring 2023", "2019-2020" -> first), or None."""
    match = re.search(r"(1[5-9]|20)\d\d", raw)
    return int(match.group(0)) if match else None


def within_window(pub_year: int | None, request_date: dt.date, rule: RuleOfFive) -> bool:
    """True when the rule counts this article: published in the ``rule.years`` years before
    the request date (the request's own year included).  An article whose year cannot be
    read is counted: the desk errs on the side of the law."""
    if pub_year is None:
        return True
    return pub_year >= request_date.year - rule.years


@dataclass(frozen=True)
class CountedRequest:
    """One earlier or later copy request for the same journal, as the rule sees it."""

    request_id: int
    created_at: dt.datetime
    pub_year: int | None


@dataclass(frozen=True)
class Verdict:
    counted: bool
    position: int
    """This request's place among the year's counted requests for the title (1-based);
    0 when it is not counted."""
    limit: int
    year: int

    @property
    def over_limit(self) -> bool:
        return self.counted and self.position > self.limit

    def suggested_compliance(self) -> str:
        return CCG if self.counted else CCL

    def words(self) -> str:
        if not self.counted:
            return Sentence(
                N_("Not counted under the rule of {limit}: the article is older than the window."),
                limit=self.limit,
            )
        if self.over_limit:
            return Sentence(
                N_(
                    "Request {position} for this journal in {year}: over the rule of "
                    "{limit}; a royalty or an override is needed."
                ),
                position=self.position,
                year=self.year,
                limit=self.limit,
            )
        return Sentence(
            N_("Request {position} of {limit} for this journal in {year}."),
            position=self.position,
            limit=self.limit,
            year=self.year,
        )


def judge(this: CountedRequest, same_title: list[CountedRequest], rule: RuleOfFive) -> Verdict:
    """Where ``this`` stands among ``same_title`` (requests for the same journal key, any
    year; ``this`` may be among them)."""
    year = this.created_at.year
    if not within_window(this.pub_year, this.created_at.date(), rule):
        return Verdict(False, 0, rule.limit, year)
    before = {
        other.request_id
        for other in same_title
        if other.created_at.year == year
        and within_window(other.pub_year, other.created_at.date(), rule)
        and (other.created_at, other.request_id) < (this.created_at, this.request_id)
    }
    before.discard(this.request_id)
    return Verdict(True, len(before) + 1, rule.limit, year)
