from __future__ import annotations

import pytest

from illdesk.domain.citation import (
    Citation,
    Problem,
    check_citation,
    format_isbn,
    isbn_compact,
    match_key,
    normalise_citation_numbers,
    normalise_isbn,
    normalise_issn,
    strip_qualifier,
)
from illdesk.domain.vocabulary import ServiceType


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9780688035990", "978-0-688-03599-0"),
        ("978-0-688-03599-0", "978-0-688-03599-0"),
        ("0836932722 (pbk.)", "0-8369-3272-2"),
        ("0-19-852663-6 : alk. paper", "0-19-852663-6"),
        ("1560989955 (pbk. : alk. paper)", "1-56098-995-5"),
        ("156098970X", "1-56098-970-X"),
        ("156098970x (cloth)", "1-56098-970-X"),
        ("ISBN 0 8369 3272 2", "0-8369-3272-2"),
    ],
)
def test_isbn_normalised_with_standard_hyphens(raw: str, expected: str) -> None:
    assert normalise_isbn(raw) == expected
    assert format_isbn(raw) == expected


@pytest.mark.parametrize("raw", ["978-0-688-03599-1", "0836932723", "12345", "abc", ""])
def test_invalid_isbn_normalises_to_empty(raw: str) -> None:
    assert normalise_isbn(raw) == ""


def test_isbn_compact_keeps_length() -> None:
    assert isbn_compact("0-8369-3272-2 (pbk.)") == "0836932722"
    assert isbn_compact("978-0-688-03599-0") == "9780688035990"


def test_issn() -> None:
    assert normalise_issn("0272-9172") == "0272-9172"
    assert normalise_issn("02729172 (print)") == "0272-9172"
    assert normalise_issn("0028-0836") == "0028-0836"
    assert normalise_issn("0272-9173") == ""
    assert normalise_issn("12") == ""
    assert normalise_issn("ISSN: 0028-0836 (Print)") == "0028-0836"


def test_labels_before_numbers_are_not_qualifiers() -> None:
    assert normalise_isbn("ISBN: 0-8369-3272-2 : alk. paper") == "0-8369-3272-2"
    assert strip_qualifier("ISBN: 0836932722") == "ISBN: 0836932722"


def test_strip_qualifier() -> None:
    assert strip_qualifier("0836932722 (pbk.)") == "0836932722"
    assert strip_qualifier("0-19-852663-6 : alk. paper") == "0-19-852663-6"
    assert strip_qualifier("0836932722 pbk.") == "0836932722"


def test_loan_needs_title_and_checks_isbn_in_words() -> None:
    problems = check_citation(Citation(isbn="978-0-688-03599-1"), ServiceType.LOAN)
    fields = {p.field: p.message for p in problems}
    assert set(fields) == {"isbn", "title"}
    assert "check digit" in fields["isbn"]
    assert fields["title"] == "A loan needs the title of the book."


def test_good_loan_has_no_problems() -> None:
    citation = Citation(title="Viking age Iceland", isbn="9780140291155 (pbk.)", year="2001")
    assert check_citation(citation, "loan") == []


def test_copy_needs_article_or_pages_and_journal_or_issn() -> None:
    problems = check_citation(Citation(), ServiceType.COPY)
    assert [p.field for p in problems] == ["article_title", "journal"]
    assert check_citation(Citation(article_title="On X", issn="0028-0836"), "copy") == []
    assert check_citation(Citation(pages="3-9", journal="Nature"), "copy") == []


def test_bad_issn_and_year_reported() -> None:
    problems = check_citation(
        Citation(article_title="A", journal="J", issn="0272-9173", year="n.d."), "copy"
    )
    assert (
        Problem("issn", "ISSN “0272-9173” has a wrong check digit; it is probably mistyped.")
        in problems
    )
    assert any(p.field == "year" for p in problems)


def test_normalise_citation_numbers_keeps_invalid_as_typed() -> None:
    fixed = normalise_citation_numbers(Citation(title="T", isbn="0836932722 (pbk.)", issn="bad"))
    assert fixed.isbn == "0-8369-3272-2"
    assert fixed.issn == "bad"


def test_match_key_ignores_case_diacritics_punctuation_and_articles() -> None:
    a = match_key("The Viking age in Denmark : the formation of a state", "Randsborg, Klavs")
    b = match_key("Viking Age in Denmark: The Formation of a State.", "RANDSBORG, K.")
    assert a == b == "viking age in denmark the formation of a state|randsborg"
    assert match_key("Comédie humaine", "Balzac") == match_key("Comedie  humaine!", "balzac")
    assert match_key("Die Blechtrommel", "Grass") == match_key("Blechtrommel", "Grass")
    assert match_key("A", "") == "a|"  # a one-word title keeps its only word
    assert match_key("Viking age", "") != match_key("Viking empires", "")
