"""OpenURLs from real resolvers taken in as borrowing requests, stored and read back on
SQLite and PostgreSQL: trimmed ISBD punctuation, no junk author, book and journal fields
kept apart, the page fields by priority and the kept artnum/part/quarter all survive the
database as the parser gave them."""

from __future__ import annotations

import pytest

from illdesk.domain.vocabulary import ServiceType
from illdesk.services.intake import read_openurl
from tests.interop.test_openurl import PRIMO_BOOK

ARTICLE = (
    "https://resolver.example.edu/openurl?url_ver=Z39.88-2004"
    "&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.genre=article"
    "&rft.atitle=Electronic+only+%2F&rft.jtitle=PLoS+One&rft.stitle=PLoS+ONE&rft.volume=12"
    "&rft.part=B&rft.issue=3&rft.quarter=2&rft.artnum=e0171234&rft.pages=1-20&rft.spage=1"
    "&rft.aulast=Ito&rft.aufirst=Ken&rft.issn=1932-6203&rft.date=2017"
)


@pytest.mark.parametrize(
    "openurl, service_type",
    [(PRIMO_BOOK, ServiceType.LOAN), (ARTICLE, ServiceType.COPY)],
    ids=["primo-book", "journal-article"],
)
def test_an_openurl_request_is_stored_as_read(
    requests_service, patron, openurl: str, service_type: ServiceType
) -> None:
    result = read_openurl(openurl)
    assert result.service_type is service_type
    made = requests_service.create_borrowing(
        patron_id=patron.id,
        citation=result.citation,
        service_type=result.service_type,
        staff="Dana",
    )
    stored = requests_service.detail(made.row.id).citation
    assert stored == result.citation
    if service_type is ServiceType.LOAN:
        assert (stored.title, stored.place, stored.author) == ("Viking empires", "London", "")
        assert stored.journal == ""
    else:
        assert stored.article_title == "Electronic only"
        assert stored.journal == "PLoS One"
        assert (stored.volume, stored.issue) == ("12, pt. B", "3 (Q2)")
        assert stored.pages == "1 (art. e0171234)"
