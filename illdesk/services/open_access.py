"""Open-access lookups: web searches the desk opens with the citation filled in."""

from __future__ import annotations

import string
import urllib.parse
from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from illdesk.domain.citation import Citation
from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action
from illdesk.domain.words import N_
from illdesk.persistence import orm
from illdesk.services.requests import ActionInput, RequestService
from illdesk.services.rows import Performed

FIELDS = frozenset(f.name for f in fields(Citation))


@dataclass(frozen=True)
class Lookup:
    name: str
    template: str


@dataclass(frozen=True)
class LookupProblem:
    line: int
    message: str


def parse_lookups(text: str) -> tuple[list[Lookup], list[LookupProblem]]:
    """Lines "Name|URL template"; blank lines and lines starting with # are skipped."""
    found: list[Lookup] = []
    problems: list[LookupProblem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, bar, template = line.partition("|")
        if not bar or not name.strip() or not template.strip():
            problems.append(LookupProblem(number, f"Line {number} is not “Name|URL”."))
            continue
        template = template.strip()
        if not template.lower().startswith(("http://", "https://")):
            problems.append(
                LookupProblem(
                    number, f"Line {number}: the address must start with http:// or https://."
                )
            )
            continue
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
        except ValueError:
            problems.append(LookupProblem(number, f"Line {number} has unbalanced braces."))
            continue
        unknown = names - FIELDS
        if unknown:
            problems.append(
                LookupProblem(
                    number, f"Line {number} uses unknown fields: {', '.join(sorted(unknown))}."
                )
            )
            continue
        found.append(Lookup(name.strip(), template))
    return found, problems


def fill(lookup: Lookup, citation: Citation) -> str | None:
    """The lookup's address for ``citation``, each field URL-encoded; None when every field
    the template uses is empty (nothing to look up)."""
    used = [f for _, f, _, _ in string.Formatter().parse(lookup.template) if f]
    values = {
        name: urllib.parse.quote(str(getattr(citation, name)).strip(), safe="") for name in FIELDS
    }
    if used and not any(values[name] for name in used):
        return None
    return lookup.template.format(**values)


class OpenAccessService:
    def __init__(self, settings: Settings, requests: RequestService) -> None:
        self._settings = settings
        self._requests = requests

    def lookups(self) -> list[Lookup]:
        return parse_lookups(self._settings.get_str("copies.open_access_lookups"))[0]

    def urls_for(self, citation: Citation) -> list[tuple[str, str]]:
        """(name, address) of every configured lookup that has something to look up."""
        out = []
        for lookup in self.lookups():
            url = fill(lookup, citation)
            if url is not None:
                out.append((lookup.name, url))
        return out

    def mark_found(
        self, request_id: int, url: str, *, staff: str, expected_version: int | None = None
    ) -> Performed:
        """Complete the request with the open-access link; the patron's notice carries it."""
        link = url.strip()
        parsed = urllib.parse.urlparse(link)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in link:
            raise ValidationFailed(
                {
                    "url": N_(
                        "Give the web address of the open-access copy (starting with https://)."
                    )
                }
            )

        def record(session: Session, request: orm.Request) -> None:
            session.add(
                orm.DocumentDelivery(
                    request_id=request.id,
                    channel="open_access",
                    link=link,
                    staff=staff,
                    recipient=request.patron.email if request.patron else "",
                    at=request.updated_at,
                )
            )

        return self._requests.perform(
            request_id,
            Action.MARK_OPEN_ACCESS,
            staff=staff,
            expected_version=expected_version,
            given=ActionInput(note=f"Open-access copy: {link}"),
            also=record,
        )
