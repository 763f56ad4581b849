from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from illdesk.domain.citation import Citation, check_citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.interop.openurl import parse_openurl
from tests.corpus_path import CORPUS

LINES = (CORPUS / "openurl" / "modrs-openurls.txt").read_text(encoding="utf-8").splitlines()

# What each line of the production resolver's URLs must give (read from the URLs by hand).
EXPECTED = [
    Citation(
        title="The power look at home : decorating for men",
        author="Von Furstenberg, Egon",
        isbn="978-0-688-03599-0",
        oclc_number="5677842",
        edition="1st ed.",
        publisher="Morrow",
        place="New York",
        year="1980",
    ),
    Citation(
        title="The Viking age in Denmark : the formation of a state",
        author="Randsborg, Klavs",
        isbn="978-0-7156-1443-3",
        oclc_number="6389326",
        publisher="Duckworth",
        place="London",
        year="1980",
    ),
    Citation(
        title="Viking age Iceland",
        author="Byock, Jesse L",
        isbn="978-0-14-029115-5",
        oclc_number="45339661",
        publisher="Penguin Books",
        place="London ;;New York",
        year="2001",
    ),
    Citation(
        title="Vikings - the North Atlantic saga",
        isbn="1-56098-970-X",
        publisher="Smithsonian Institution Press in association with the National Museum "
        "of Natural History",
        place="Washington",
        year="2000",
    ),
    Citation(
        title="Viking empires",
        author="Angelo, Forte",
        isbn="978-0-521-82992-2",
        publisher="Cambridge University Press",
        place="New York",
        year="2005",
    ),
]
SOURCES = ["FirstSearch:WorldCat"] * 3 + ["UBorrow"] * 2


def test_corpus_has_five_lines() -> None:
    assert len(LINES) == len(EXPECTED) == 5


@pytest.mark.parametrize("number", range(5))
def test_every_corpus_openurl(number: int) -> None:
    result = parse_openurl(LINES[number])
    assert result.citation == EXPECTED[number]
    assert result.service_type is ServiceType.LOAN
    assert result.source == SOURCES[number]
    assert check_citation(result.citation, result.service_type) == []


def test_firstsearch_notes_the_empty_doi() -> None:
    result = parse_openurl(LINES[0])
    assert result.notes == ["Identifier “doi:” is empty and was ignored."]


def test_uborrow_notes_unknown_keys_genre_and_second_isbn() -> None:
    notes = parse_openurl(LINES[3]).notes
    assert "Genre “automated” is unknown; treated as a loan." in notes
    assert "Further ISBN 1-56098-995-5 was not used." in notes
    assert "“callno” is not an OpenURL citation key; it was ignored." in notes


def test_openurl_1_0_journal_article_with_ids() -> None:
    url = (
        "http://resolver.example.org/openurl?url_ver=Z39.88-2004"
        "&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.atitle=Deep+sea+vents"
        "&rft.jtitle=Nature&rft.issn=0028-0836&rft.volume=401&rft.issue=6751"
        "&rft.spage=100&rft.epage=109&rft.date=1999-09-02&rft.aulast=M%C3%BCller"
        "&rft.aufirst=J%C3%BCrgen&rft_id=info:doi/10.1038/43614&rft_id=info:pmid/10490014"
        "&rfr_id=info:sid/pubmed"
    )
    result = parse_openurl(url)
    assert result.service_type is ServiceType.COPY
    assert result.citation == Citation(
        author="Müller, Jürgen",
        issn="0028-0836",
        year="1999",
        article_title="Deep sea vents",
        journal="Nature",
        volume="401",
        issue="6751",
        pages="100-109",
        doi="10.1038/43614",
        pmid="10490014",
    )
    assert result.source == "pubmed"
    assert result.notes == []


def test_openurl_0_1_article_keys_without_url() -> None:
    result = parse_openurl(
        "genre=article&atitle=On+things&title=Journal+of+Stuff"
        "&issn=02729172&volume=3&pages=5-9&date=2001&aulast=Smith"
        "&id=doi:10.1/abc"
    )
    assert result.service_type is ServiceType.COPY
    assert result.citation.journal == "Journal of Stuff"
    assert result.citation.title == ""
    assert result.citation.issn == "0272-9172"
    assert result.citation.pages == "5-9"
    assert result.citation.doi == "10.1/abc"


def test_book_chapter_keeps_book_title() -> None:
    result = parse_openurl(
        "rft.genre=bookitem&rft.btitle=Handbook&rft.atitle=Chapter+one"
        "&rft.spage=11&rft.isbn=0836932722"
    )
    assert result.service_type is ServiceType.COPY
    assert result.citation.title == "Handbook"
    assert result.citation.article_title == "Chapter one"
    assert result.citation.pages == "11"


def test_bad_isbn_and_issn_are_notes_not_errors() -> None:
    result = parse_openurl("genre=book&title=X&isbn=9780688035991&issn=1234-5678")
    # kept as sent, so staff see and correct it; the citation check names the problem
    assert result.citation.isbn == "9780688035991"
    assert result.citation.issn == "1234-5678"
    assert result.notes == [
        "ISBN “9780688035991” is not valid; please correct it.",
        "ISSN “1234-5678” is not valid; please correct it.",
    ]
    assert {p.field for p in check_citation(result.citation, "loan")} == {"isbn", "issn"}


def test_invalid_first_isbn_then_valid_second() -> None:
    result = parse_openurl("genre=book&title=X&rft.isbn=9780688035991&rft.isbn=0836932722")
    assert result.citation.isbn == "0-8369-3272-2"
    assert result.notes == ["ISBN “9780688035991” is not valid and was not used."]


@pytest.mark.parametrize(
    "junk", ["", "   ", "hello world", "http://example.org/", "%%%&&&===", "?a=1&b=2", "x" * 30000]
)
def test_junk_gives_a_clear_note(junk: str) -> None:
    result = parse_openurl(junk)
    assert result.citation.is_empty()
    assert len(result.notes) == 1
    assert result.notes[0].startswith(
        ("The OpenURL is empty", "This does not look like", "The text is")
    )


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    result = parse_openurl(text)
    assert isinstance(result.citation, Citation)
    assert result.service_type in (ServiceType.LOAN, ServiceType.COPY)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "genre",
                "title",
                "rft.btitle",
                "isbn",
                "rft.isbn",
                "issn",
                "date",
                "rft_id",
                "spage",
                "aulast",
                "url",
            ]
        ),
        st.text(max_size=30),
    )
)
def test_never_raises_on_openurl_like_input(params: dict[str, str]) -> None:
    from urllib.parse import urlencode

    result = parse_openurl("http://r.example/openurl?" + urlencode(params))
    assert isinstance(result.notes, list)


# A Primo/Alma link-resolver OpenURL as discovery hands it over: ISBD punctuation left on
# the fields by the catalogue, an author of just ",", and rft.stitle on a book.
PRIMO_BOOK = (
    "https://na01.alma.exlibrisgroup.com/view/uresolver/01EXAMPLE_INST/openurl?"
    "ctx_enc=info:ofi/enc:UTF-8&ctx_id=10_1&ctx_tim=2026-11-30T10%3A12%3A01IST"
    "&ctx_ver=Z39.88-2004&url_ctx_fmt=info:ofi/fmt:kev:mtx:ctx&url_ver=Z39.88-2004"
    "&rfr_id=info:sid/primo.exlibrisgroup.com-01EXAMPLE_ALMA&req_id="
    "&rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.genre=book"
    "&rft.btitle=Viking%20empires%20%2F&rft.title=Viking%20empires%20%2F"
    "&rft.stitle=Viking%20empires&rft.au=%2C&rft.date=2005"
    "&rft.place=London%20%3A&rft.pub=Cambridge%20University%20Press%2C"
    "&rft.isbn=9780521829922&rft.edition=1st%20ed."
)


def test_primo_book_isbd_punctuation_and_junk_author() -> None:
    result = parse_openurl(PRIMO_BOOK)
    assert result.service_type is ServiceType.LOAN
    assert result.citation == Citation(
        title="Viking empires",
        isbn="978-0-521-82992-2",
        edition="1st ed.",
        publisher="Cambridge University Press",
        place="London",
        year="2005",
    )
    assert "Author “,” (au) is not a name; it was not used." in result.notes
    assert result.source == "primo.exlibrisgroup.com-01EXAMPLE_ALMA"


def test_book_never_fills_journal_from_stitle_or_jtitle() -> None:
    result = parse_openurl(
        "rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.genre=book&rft.stitle=Short+T"
        "&rft.jtitle=Series+of+things&rft.aulast=-&rft.aufirst=Ann"
    )
    assert result.citation.journal == ""
    assert result.citation.title == "Short T"
    assert result.citation.author == "Ann"
    assert "jtitle=“Series of things” is not used for a book." in result.notes


def test_journal_keeps_stitle_as_journal() -> None:
    result = parse_openurl("rft.genre=article&rft.atitle=A&rft.stitle=J+Chem")
    assert result.citation.journal == "J Chem"
    assert result.service_type is ServiceType.COPY


def test_spage_epage_win_over_pages() -> None:
    result = parse_openurl(
        "rft.genre=article&rft.atitle=A&rft.jtitle=J&rft.pages=100-110&rft.spage=100&rft.epage=109"
    )
    assert result.citation.pages == "100-109"
    only_start = parse_openurl("rft.genre=article&rft.atitle=A&rft.pages=5-9&rft.spage=5")
    assert only_start.citation.pages == "5"
    only_pages = parse_openurl("rft.genre=article&rft.atitle=A&rft.pages=5-9")
    assert only_pages.citation.pages == "5-9"


def test_artnum_part_and_quarter_are_kept() -> None:
    result = parse_openurl(
        "url_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.genre=article"
        "&rft.atitle=Electronic+only&rft.jtitle=PLoS+One&rft.volume=12&rft.part=B"
        "&rft.issue=3&rft.quarter=2&rft.artnum=e0171234"
    )
    assert result.citation.volume == "12, pt. B"
    assert result.citation.issue == "3 (Q2)"
    assert result.citation.pages == "art. e0171234"
    assert result.notes == []
    with_pages = parse_openurl("rft.genre=article&rft.atitle=A&rft.spage=7&rft.artnum=42")
    assert with_pages.citation.pages == "7 (art. 42)"


def test_malformed_url_is_a_note_not_an_exception() -> None:
    result = parse_openurl("https://[resolver.example.edu/openurl")
    assert result.citation.is_empty()
    assert result.notes == [
        "This address is malformed (a bracket or the host name is broken) "
        "and carries no citation; please copy the link again."
    ]
    with_query = parse_openurl("https://[resolver.example.edu/openurl?genre=book&title=X+%3A")
    assert with_query.citation.title == "X"


_URLISH = st.builds(
    lambda scheme, host, path, query: f"{scheme}://{host}{path}{query}",
    st.sampled_from(["http", "https", "HTTP", "ftp"]),
    st.text(alphabet="[]:@%.abc0123456789-", max_size=20),
    st.text(alphabet="/[]%?#:.abc", max_size=15),
    st.text(alphabet="?&=%[]:/#+,;rft.titlegenrbok0123456789", max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(_URLISH)
def test_never_raises_on_broken_urls(text: str) -> None:
    result = parse_openurl(text)
    assert isinstance(result.citation, Citation)
    assert result.notes or not result.citation.is_empty()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" /:;,=.-", max_size=8), st.text(alphabet=" /:;,=", max_size=4))
def test_no_author_or_title_of_punctuation_only(author: str, tail: str) -> None:
    from urllib.parse import quote

    result = parse_openurl(f"rft.genre=book&rft.btitle=T{quote(tail)}&rft.au={quote(author)}")
    assert result.citation.author == ""
    assert result.citation.title == "T"
