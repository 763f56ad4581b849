"""Pasted OpenURLs (0.1 and 1.0 KEV) -> a citation for the request form.

Link resolvers and discovery systems hand the desk URLs such as
``.../illiad.dll/OpenURL?sid=FirstSearch:WorldCat&genre=book&isbn=...&rft.btitle=...``,
often wrapped in a proxy or statistics URL (``...?url=<encoded OpenURL>``).
:func:`parse_openurl` unwraps such wrappers, reads both the 1.0 ``rft.*`` keys and the
old 0.1 keys, and never raises: whatever it cannot use is listed in ``notes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from illdesk.domain.citation import Citation, normalise_isbn, normalise_issn
from illdesk.domain.vocabulary import ServiceType

MAX_LENGTH = 20_000
_MAX_DEPTH = 6

# Keys (without "rft.") that describe the item, shared by 0.1 and 1.0 where the names agree.
_CITATION_KEYS = {
    "title",
    "btitle",
    "atitle",
    "jtitle",
    "stitle",
    "isbn",
    "issn",
    "eissn",
    "aulast",
    "aufirst",
    "auinit",
    "auinitm",
    "auinit1",
    "au",
    "aucorp",
    "date",
    "volume",
    "issue",
    "spage",
    "epage",
    "pages",
    "edition",
    "pub",
    "publisher",
    "place",
    "pmid",
    "doi",
    "genre",
    "artnum",
    "part",
    "quarter",
    "ssn",
}
_COPY_GENRES = {
    "article",
    "journal",
    "issue",
    "chapter",
    "bookitem",
    "proceeding",
    "conference",
    "preprint",
}
_LOAN_GENRES = {"book", "report", "document", "dissertation", "thesis", "unknown"}
_ADMIN_KEYS = {
    "sid",
    "url_ver",
    "url_ctx_fmt",
    "ctx_ver",
    "ctx_enc",
    "ctx_tim",
    "rfr_id",
    "rft_val_fmt",
    "rft_id",
    "id",
    "pid",
    "req_dat",
    "rfe_dat",
    "rfr_dat",
    "svc_dat",
    "res_id",
    "req_id",
    "ctx_id",
    "url_tim",
}


class OpenUrlResult(NamedTuple):
    citation: Citation
    service_type: ServiceType
    notes: list[str]
    source: str = ""  # the sid / rfr_id that sent it, "" when absent


@dataclass
class _Collected:
    values: dict[str, str] = field(default_factory=dict)
    extra_isbns: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    genre: str = ""
    fmt: str = ""
    source: str = ""
    notes: list[str] = field(default_factory=list)


def _query_of(text: str) -> str:
    text = text.strip()
    if "?" in text:
        return text.split("?", 1)[1]
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        try:
            return urlsplit(text).query
        except ValueError:  # "https://[host/..." (an unclosed IPv6 bracket) and the like
            return ""
    return text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(k.strip(), v.strip()) for k, v in parse_qsl(_query_of(text), keep_blank_values=True)]


def _is_citation_key(key: str) -> bool:
    bare = key[4:] if key.startswith("rft.") else key
    return bare.lower() in _CITATION_KEYS


def _spliced(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Wrappers like ``login?url=https://host/OpenURL?sid=X&genre=book`` leave the resolver's
    first key inside the wrapper's value; put it back beside the others."""
    result: list[tuple[str, str]] = []
    for key, value in pairs:
        if "://" in value and "?" in value and not _is_citation_key(key):
            result.extend(_pairs(value))
        else:
            result.append((key, value))
    return result


def _find_openurl(text: str, depth: int = 0) -> list[tuple[str, str]] | None:
    """The key/value pairs of the innermost query that carries citation keys."""
    pairs = _pairs(text)
    if any(_is_citation_key(k) for k, _ in pairs):
        return _spliced(pairs)
    if depth >= _MAX_DEPTH:
        return None
    for _, value in pairs:
        if "://" in value or "?" in value:
            found = _find_openurl(value, depth + 1)
            if found is not None:
                return found
    # Some wrappers encode twice; try once more after unquoting.
    unquoted = unquote(text)
    if unquoted != text and depth < _MAX_DEPTH:
        return _find_openurl(unquoted, depth + 1)
    return None


def _set(found: _Collected, name: str, value: str, key: str) -> None:
    if not value:
        return
    if name in found.values and found.values[name] != value:
        # rft.* (1.0) is read before the 0.1 key; keep the first, tell about the other.
        if name == "isbn":
            found.extra_isbns.append(value)
            return
        if key.startswith("rft."):
            found.notes.append(
                f"{key}=“{value}” differs from the 0.1 value; the 0.1 value is kept."
            )
        return
    found.values.setdefault(name, value)


_KEY_TO_FIELD = {
    "title": "title",
    "btitle": "title",
    "atitle": "atitle",
    "jtitle": "jtitle",
    "stitle": "stitle",
    "isbn": "isbn",
    "issn": "issn",
    "eissn": "eissn",
    "aulast": "aulast",
    "aufirst": "aufirst",
    "auinit": "auinit",
    "auinitm": "auinitm",
    "auinit1": "auinit",
    "au": "au",
    "aucorp": "aucorp",
    "date": "date",
    "volume": "volume",
    "issue": "issue",
    "spage": "spage",
    "epage": "epage",
    "pages": "pages",
    "edition": "edition",
    "pub": "pub",
    "publisher": "pub",
    "place": "place",
    "pmid": "pmid",
    "doi": "doi",
    "artnum": "artnum",
    "part": "part",
    "quarter": "quarter",
    "ssn": "ssn",
}

# ISBD punctuation that catalogues leave at the end (or start) of a field: "Title /",
# "London :", "Penguin,", "= Parallel title". Inner punctuation ("A : b") stays.
_ISBD_EDGE = re.compile(r"^[\s/:;,=]+|[\s/:;,=]+$")


def trim_isbd(value: str) -> str:
    """``"Viking empires /"`` -> ``"Viking empires"``; ``"London :"`` -> ``"London"``."""
    return _ISBD_EDGE.sub("", value)


def _has_letters(value: str) -> bool:
    return any(ch.isalpha() for ch in value)


def _read_id(found: _Collected, raw: str) -> None:
    value = raw.strip()
    lowered = value.lower()
    for prefix, name in (
        ("info:doi/", "doi"),
        ("doi:", "doi"),
        ("info:pmid/", "pmid"),
        ("pmid:", "pmid"),
        ("info:oclcnum/", "oclc"),
        ("urn:isbn:", "isbn"),
        ("urn:issn:", "issn"),
    ):
        if lowered.startswith(prefix):
            rest = value[len(prefix) :].strip()
            if not rest:
                found.notes.append(f"Identifier “{value}” is empty and was ignored.")
            elif name == "isbn":
                _set(found, "isbn", rest, "rft_id")
            elif name == "issn":
                _set(found, "issn", rest, "rft_id")
            else:
                found.values.setdefault(name, rest)
            return
    if value:
        found.notes.append(f"Identifier “{value}” is not one the desk uses; it was ignored.")


def _collect(pairs: list[tuple[str, str]]) -> _Collected:
    found = _Collected()
    # 1.0 keys first so they win over 0.1 duplicates.
    ordered = sorted(pairs, key=lambda kv: 0 if kv[0].startswith("rft") else 1)
    for key, value in ordered:
        lowered = key.lower()
        bare = lowered[4:] if lowered.startswith("rft.") else lowered
        if lowered in ("rft_id", "id"):
            _read_id(found, value)
        elif lowered == "rft_val_fmt":
            found.fmt = value.lower()
        elif lowered in ("sid", "rfr_id"):
            found.source = found.source or value.removeprefix("info:sid/")
        elif bare == "genre":
            found.genre = found.genre or value.lower()
        elif bare in _KEY_TO_FIELD:
            _set(found, _KEY_TO_FIELD[bare], value, key)
        elif lowered in _ADMIN_KEYS:
            continue
        elif value:
            found.notes.append(f"“{key}” is not an OpenURL citation key; it was ignored.")
    return found


def _name_part(values: dict[str, str], key: str, notes: list[str]) -> str:
    """One author key, trimmed; "," or "-" (what some resolvers send) is refused."""
    raw = values.get(key, "")
    value = trim_isbd(raw)
    if raw.strip() and not _has_letters(value):
        notes.append(f"Author “{raw.strip()}” ({key}) is not a name; it was not used.")
        return ""
    return value


def _author(values: dict[str, str], notes: list[str]) -> str:
    last = _name_part(values, "aulast", notes)
    first = _name_part(values, "aufirst", notes) or _name_part(values, "auinit", notes)
    middle = _name_part(values, "auinitm", notes)
    if last:
        given = " ".join(p for p in (first, middle) if p)
        return f"{last}, {given}" if given else last
    whole = _name_part(values, "au", notes) or _name_part(values, "aucorp", notes)
    return whole or " ".join(p for p in (first, middle) if p)


def _pages(values: dict[str, str]) -> str:
    """spage/epage are the most precise; "pages" only when they are absent; an article
    number (electronic journals have no pages) is kept beside or instead of them."""
    start, end = values.get("spage", ""), values.get("epage", "")
    if start and end:
        pages = start if start == end else f"{start}-{end}"
    else:
        pages = start or values.get("pages", "")
    artnum = values.get("artnum", "")
    if artnum:
        return f"{pages} (art. {artnum})" if pages else f"art. {artnum}"
    return pages


def _volume(values: dict[str, str]) -> str:
    volume, part = values.get("volume", ""), values.get("part", "")
    if part:
        return f"{volume}, pt. {part}" if volume else f"pt. {part}"
    return volume


def _issue(values: dict[str, str]) -> str:
    issue = values.get("issue", "")
    season = " ".join(
        p
        for p in (values.get("ssn", ""), f"Q{values['quarter']}" if values.get("quarter") else "")
        if p
    )
    if season:
        return f"{issue} ({season})" if issue else season
    return issue


def _is_book_format(found: _Collected) -> bool:
    if found.genre in ("book", "report", "document", "bookitem", "chapter"):
        return True
    return "fmt:kev:mtx:book" in found.fmt or "fmt:kev:mtx:dissertation" in found.fmt


def _guess_service(found: _Collected) -> ServiceType:
    if found.genre in _COPY_GENRES:
        return ServiceType.COPY
    if found.genre in _LOAN_GENRES:
        return ServiceType.LOAN
    if "fmt:kev:mtx:journal" in found.fmt:
        return ServiceType.COPY
    if found.values.get("atitle") or found.values.get("jtitle"):
        return ServiceType.COPY
    return ServiceType.LOAN


def parse_openurl(text: str) -> OpenUrlResult:
    """Read a pasted OpenURL (full URL or bare query string); never raises."""
    if not isinstance(text, str) or not text.strip():
        return OpenUrlResult(Citation(), ServiceType.LOAN, ["The OpenURL is empty."])
    if len(text) > MAX_LENGTH:
        return OpenUrlResult(
            Citation(),
            ServiceType.LOAN,
            [f"The text is {len(text)} characters long; an OpenURL is never that long."],
        )
    text = "".join(ch for ch in text if ch.isprintable())
    pairs = _find_openurl(text)
    if pairs is None and re.match(r"^[a-z][a-z0-9+.-]*://", text.strip(), re.IGNORECASE):
        try:
            urlsplit(text.strip())
        except ValueError:
            return OpenUrlResult(
                Citation(),
                ServiceType.LOAN,
                [
                    "This address is malformed (a bracket or the host name is broken) "
                    "and carries no citation; please copy the link again."
                ],
            )
    if pairs is None:
        return OpenUrlResult(
            Citation(),
            ServiceType.LOAN,
            [
                "This does not look like an OpenURL: it has no title, author, ISBN, ISSN or "
                "other citation key (rft.* or genre/title/isbn/...)."
            ],
        )
    found = _collect(pairs)
    values = found.values
    notes = found.notes
    service = _guess_service(found)
    if found.genre and found.genre not in _COPY_GENRES | _LOAN_GENRES:
        notes.append(
            f"Genre “{found.genre}” is unknown; treated as a "
            f"{'copy' if service is ServiceType.COPY else 'loan'}."
        )

    isbn = ""
    first_bad_isbn = ""
    for candidate in [values.get("isbn", ""), *found.extra_isbns]:
        normal = normalise_isbn(candidate) if candidate else ""
        if not candidate or (normal and normal == isbn):
            continue
        if not normal:
            first_bad_isbn = first_bad_isbn or candidate
            notes.append(f"ISBN “{candidate}” is not valid and was not used.")
        elif not isbn:
            isbn = normal
        else:
            notes.append(f"Further ISBN {normal} was not used.")
    if not isbn and first_bad_isbn:
        isbn = first_bad_isbn  # kept as sent so staff can correct it; check_citation flags it
        notes[-1] = f"ISBN “{first_bad_isbn}” is not valid; please correct it."
    issn = ""
    for candidate in (values.get("issn", ""), values.get("eissn", "")):
        if candidate and not issn:
            issn = normalise_issn(candidate)
            if not issn:
                notes.append(f"ISSN “{candidate}” is not valid; please correct it.")
                issn = candidate
    date = values.get("date", "")
    year_match = re.search(r"\d{4}", date)
    if date and not year_match:
        notes.append(f"Date “{date}” has no year in it.")

    raw_values = values
    values = {k: trim_isbd(v) for k, v in values.items()}
    title = values.get("title", "")
    if _is_book_format(found):
        # A book has no journal: rft.stitle is its short title, rft.jtitle a series at most.
        journal = ""
        title = title or values.get("stitle", "") or values.get("jtitle", "")
        for key in ("jtitle", "stitle"):
            if values.get(key) and values[key] != title:
                notes.append(f"{key}=“{values[key]}” is not used for a book.")
    else:
        journal = values.get("jtitle", "") or values.get("stitle", "")
        if service is ServiceType.COPY and not journal and title and values.get("atitle"):
            journal, title = title, ""
    citation = Citation(
        title=title,
        author=_author(raw_values, notes),
        isbn=isbn,
        issn=issn,
        oclc_number=values.get("oclc", ""),
        edition=values.get("edition", ""),
        publisher=values.get("pub", ""),
        place=values.get("place", ""),
        year=year_match.group(0) if year_match else "",
        article_title=values.get("atitle", ""),
        journal=journal,
        volume=_volume(values),
        issue=_issue(values),
        pages=_pages(values),
        doi=values.get("doi", ""),
        pmid=values.get("pmid", ""),
    )
    if citation.is_empty():
        notes.append("The OpenURL carries no usable citation data.")
    return OpenUrlResult(citation, service, notes, found.source)
