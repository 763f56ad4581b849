"""Catalogues the desk searches (union catalogues, partners' OPACs), as configured by staff.

The setting ``catalogue.sru_targets`` holds one target a line::

    Name | base URL | database | record schema | holdings field

e.g. ``Union catalogue | http://127.0.0.1:9999 | Default | marcxml | 852``.  Only name and
URL are required.  A URL starting with ``z3950://`` or ``tcp:`` is searched through yaz-client.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from illdesk.domain.errors import DeskError


class TargetConfigError(DeskError):
    """A line of the target list cannot be understood."""


@dataclass(frozen=True)
class Target:
    name: str
    base_url: str
    database: str = ""
    record_schema: str = "marcxml"
    holdings_tag: str = "852"
    version: str = "1.1"

    @property
    def protocol(self) -> str:
        """ "sru" for http(s) URLs, "z3950" for z3950:// and tcp: addresses."""
        scheme = urlsplit(self.base_url).scheme.lower()
        return "z3950" if scheme in ("z3950", "tcp") else "sru"

    @property
    def search_url(self) -> str:
        """The URL searchRetrieve goes to: base URL plus the database path when given."""
        base = self.base_url.rstrip("/")
        if self.database:
            return f"{base}/{self.database.strip('/')}"
        return base

    @property
    def z3950_address(self) -> str:
        """host:port/database as yaz-client's ``open`` wants it."""
        rest = (
            self.base_url.split("://", 1)[-1]
            if "://" in self.base_url
            else self.base_url.split(":", 1)[-1]
        )
        address = rest.rstrip("/")
        if self.database and "/" not in address:
            address = f"{address}/{self.database}"
        return address


def target_from_url(url: str) -> Target:
    """An ad-hoc target for a URL typed on the command line."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "z3950", "tcp") or (
        not parts.netloc and not (scheme == "tcp" and parts.path)
    ):
        raise TargetConfigError(
            f"“{url}” is not a catalogue address; it must start with http://, https:// or z3950://."
        )
    return Target(name=parts.netloc or parts.path, base_url=url)


def parse_targets(text: str) -> list[Target]:
    """The configured targets; raises TargetConfigError naming the bad line."""
    targets: list[Target] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise TargetConfigError(
                f"Line {number} of the catalogue list needs at least “name | URL”."
            )
        if len(cells) > 5:
            raise TargetConfigError(
                f"Line {number} has {len(cells)} parts; at most 5 (name | URL | database | "
                "schema | holdings field)."
            )
        try:
            found = target_from_url(cells[1])
        except TargetConfigError as exc:
            raise TargetConfigError(f"Line {number}: {exc.message}") from exc
        holdings = cells[4] if len(cells) > 4 and cells[4] else "852"
        if holdings not in ("852", "949", "952"):
            raise TargetConfigError(f"Line {number}: holdings field must be 852, 949 or 952.")
        targets.append(
            Target(
                name=cells[0],
                base_url=found.base_url,
                database=cells[2] if len(cells) > 2 else "",
                record_schema=(cells[3] if len(cells) > 3 and cells[3] else "marcxml"),
                holdings_tag=holdings,
            )
        )
    names = [t.name.casefold() for t in targets]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise TargetConfigError(f"Two catalogues have the same name: {', '.join(duplicates)}.")
    return targets


def find_target(text_or_url: str, configured: list[Target]) -> Target:
    """A configured target by name (case-insensitive) or an ad-hoc one by URL."""
    for target in configured:
        if target.name.casefold() == text_or_url.strip().casefold():
            return target
    if "://" in text_or_url or text_or_url.startswith("tcp:"):
        return target_from_url(text_or_url.strip())
    known = ", ".join(t.name for t in configured) or "none configured"
    raise TargetConfigError(f"No catalogue is called “{text_or_url}” (known: {known}).")
