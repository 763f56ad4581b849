"""The holdings check asks our own OPAC over SRU (setting catalogue.own_opac), not only
the imported MARC: a real Zebra serving the LC records stands in for the OPAC."""

from __future__ import annotations

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.errors import DeskError
from illdesk.services.catalogue import CatalogueService
from tests.interop.conftest import free_port


def test_opac_finds_the_isbn10_record_by_isbn13(db, settings, zebra_url: str) -> None:
    settings.set("catalogue.own_opac", f"Our OPAC | {zebra_url} | Default")
    service = CatalogueService(db, settings)
    assert service.opac_configured()
    copies = service.opac_copies(Citation(title="x", isbn="978-0-8369-3272-0"))
    assert [(c.title, c.confidence, c.how) for c in copies] == [
        ("The loom of destiny", 1.0, "same ISBN, Our OPAC")
    ]
    # no number: title and author
    copies = service.opac_copies(Citation(title="The loom of destiny", author="Stringer"))
    assert copies and copies[0].how == "same title and author, Our OPAC"
    assert service.local_copies(Citation(isbn="0836932722")) == []  # nothing imported


def test_a_down_opac_is_said_in_words(db, settings) -> None:
    settings.set("catalogue.own_opac", f"Our OPAC | http://127.0.0.1:{free_port()} | Default")
    service = CatalogueService(db, settings)
    with pytest.raises(DeskError, match="Our OPAC refused the connection"):
        service.opac_copies(Citation(title="The loom of destiny"))


def test_no_opac_set(db, settings) -> None:
    service = CatalogueService(db, settings)
    assert not service.opac_configured()
    assert service.opac_copies(Citation(title="x")) == []
