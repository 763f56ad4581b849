"""Citations: what a request asks for, and the checks the desk runs on one.

Pure Python: python-stdnum does the ISBN/ISSN arithmetic, nothing here does I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields

from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from illdesk.domain.vocabulary import ServiceType


@dataclass(frozen=True)
class Citation:
    """A bibliographic description; every field is a plain string, "" when unknown."""

    title: str = ""
    author: str = ""
    isbn: str = ""
    issn: str = ""
    oclc_number: str = ""
    edition: str = ""
    publisher: str = ""
    place: str = ""
    year: str = ""
    article_title: str = ""
    journal: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def short(self) -> str:
        """One line for lists: author, title (or article in journal), year."""
        main = self.article_title or self.title
        if self.article_title and self.journal:
            main = f"{self.article_title}. In: {self.journal}"
        parts = [p for p in (self.author, main, self.year) if p]
        return ". ".join(parts) if parts else "(no citation)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a citation, in words, tied to the field to fix."""

    field: str
    message: str


# "(pbk.)", "(v. 1 : alk. paper)", ": alk. paper", "pbk." and the like that catalogues append.
_QUALIFIER = re.compile(
    r"\s*(\(.*?\)|:(?!\s*\d).*$|\b(pbk|hbk|alk|paper|cloth|acid-free)\b.*$)", re.IGNORECASE
)
_ISBN_CHARS = re.compile(r"[0-9Xx][0-9Xx\- ]*[0-9Xx]")


def strip_qualifier(raw: str) -> str:
    """Remove catalogue qualifiers such as "(pbk.)" or ": alk. paper" from a number."""
    text = raw.strip()
    previous = None
    while previous != text:
        previous = text
        text = _QUALIFIER.sub("", text).strip()
    return text


def _candidate(raw: str) -> str:
    text = strip_qualifier(raw)
    match = _ISBN_CHARS.search(text)
    return match.group(0) if match else text


def normalise_isbn(raw: str) -> str:
    """The ISBN with qualifiers removed and standard hyphens ("978-0-688-03599-0").

    Returns "" when ``raw`` holds no valid ISBN; use :func:`isbn_problem` for the reason.
    """
    candidate = _candidate(raw)
    if not candidate:
        return ""
    try:
        return str(stdnum_isbn.format(stdnum_isbn.validate(candidate)))
    except (InvalidChecksum, InvalidFormat, InvalidLength, InvalidComponent, ValueError):
        return ""


def format_isbn(raw: str) -> str:
    """Alias of :func:`normalise_isbn` under the name the rest of the program uses."""
    return normalise_isbn(raw)


def isbn_compact(raw: str) -> str:
    """Digits only (ISBN-13 kept as 13, ISBN-10 kept as 10), or "" when not valid."""
    normal = normalise_isbn(raw)
    return str(stdnum_isbn.compact(normal)) if normal else ""


def isbn13_compact(raw: str) -> str:
    """The ISBN as 13 digits whether it was printed as ISBN-10 or ISBN-13, "" when not
    valid: the form an ISBN-10 and its ISBN-13 are compared in."""
    compact = isbn_compact(raw)
    return str(stdnum_isbn.to_isbn13(compact)) if compact else ""


def normalise_issn(raw: str) -> str:
    """The ISSN as "1234-5679", qualifiers removed, or "" when ``raw`` holds no valid ISSN."""
    text = strip_qualifier(raw)
    match = re.search(r"\d{4}\s*-?\s*\d{3}[\dXx]", text)
    if not match:
        return ""
    try:
        return str(stdnum_issn.format(stdnum_issn.validate(match.group(0))))
    except (InvalidChecksum, InvalidFormat, InvalidLength, InvalidComponent, ValueError):
        return ""


def isbn_problem(raw: str) -> str:
    """ "" when ``raw`` is a valid ISBN, otherwise what is wrong with it in words."""
    candidate = _candidate(raw)
    if not candidate:
        return f"“{raw}” holds no ISBN."
    try:
        stdnum_isbn.validate(candidate)
    except InvalidChecksum:
        return f"ISBN “{raw}” has a wrong check digit; it is probably mistyped."
    except InvalidLength:
        return f"ISBN “{raw}” must have 10 or 13 digits."
    except (InvalidFormat, InvalidComponent, ValueError):
        return f"ISBN “{raw}” is not in ISBN form."
    return ""


def issn_problem(raw: str) -> str:
    """ "" when ``raw`` is a valid ISSN, otherwise what is wrong with it in words."""
    text = strip_qualifier(raw)
    match = re.search(r"\d{4}\s*-?\s*\d{3}[\dXx]", text)
    if not match:
        return f"ISSN “{raw}” must be eight characters like 1234-5679."
    try:
        stdnum_issn.validate(match.group(0))
    except InvalidChecksum:
        return f"ISSN “{raw}” has a wrong check digit; it is probably mistyped."
    except (InvalidFormat, InvalidLength, InvalidComponent, ValueError):
        return f"ISSN “{raw}” is not in ISSN form."
    return ""


def check_citation(c: Citation, service_type: ServiceType | str) -> list[Problem]:
    """Everything the desk should fix before the citation is verified (empty list = fine)."""
    problems: list[Problem] = []
    if c.isbn.strip():
        message = isbn_problem(c.isbn)
        if message:
            problems.append(Problem("isbn", message))
    if c.issn.strip():
        message = issn_problem(c.issn)
        if message:
            problems.append(Problem("issn", message))
    kind = ServiceType(service_type)
    if kind is ServiceType.LOAN:
        if not c.title.strip():
            problems.append(Problem("title", "A loan needs the title of the book."))
    else:
        if not (c.article_title.strip() or c.pages.strip()):
            problems.append(
                Problem(
                    "article_title",
                    "A copy needs the article or chapter title, or at least the pages.",
                )
            )
        if not (c.journal.strip() or c.issn.strip() or c.title.strip()):
            problems.append(
                Problem("journal", "A copy needs the journal (or book) title or the ISSN.")
            )
    if c.year.strip() and not re.search(r"\d{4}", c.year):
        problems.append(Problem("year", f"Year “{c.year}” has no four-digit year in it."))
    return problems


def normalise_citation_numbers(c: Citation) -> Citation:
    """The same citation with ISBN/ISSN hyphenated the standard way (invalid ones left as typed)."""
    isbn = normalise_isbn(c.isbn) or c.isbn.strip()
    issn = normalise_issn(c.issn) or c.issn.strip()
    return Citation(
        **{**{f.name: getattr(c, f.name) for f in fields(c)}, "isbn": isbn, "issn": issn}
    )


_LEADING_ARTICLES = (
    "the",
    "a",
    "an",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "el",
    "los",
    "las",
    "il",
    "lo",
    "gli",
    "de",
    "het",
    "een",
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[\W_]+", " ", no_marks).split()
    return " ".join(words)


def match_key(title: str, author: str = "") -> str:
    """A key equal for the same work however it was typed: used to match holdings.

    Case, diacritics and punctuation are ignored and one leading article is dropped
    ("The Viking age" and "Viking Age." give the same key).  Only the author's surname-ish
    first word is kept, so "Byock, Jesse L." and "Byock, Jesse" agree.
    """
    title_words = _fold(title).split()
    if len(title_words) > 1 and title_words[0] in _LEADING_ARTICLES:
        title_words = title_words[1:]
    author_words = _fold(author).split()
    surname = author_words[0] if author_words else ""
    return " ".join(title_words) + "|" + surname


TITLE_IN_A_LINE = 90
"""How much of a title a one-line message (the scan station's) shows."""


def shortened(text: str, limit: int = TITLE_IN_A_LINE) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with "…" when cut; the
    record keeps it whole, a message line does not need it all."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:—-") + "…"
