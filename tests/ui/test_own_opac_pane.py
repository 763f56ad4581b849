"""A borrowing request's pane asks our own OPAC (off the GUI thread) and shows its copy;
a down OPAC says so in the pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from illdesk.domain.citation import Citation
from illdesk.domain.vocabulary import ServiceType
from illdesk.services.patrons import PatronInput
from tests.corpus_path import CORPUS
from tests.interop.conftest import free_port, running_zebra


@pytest.fixture
def opac_url(tmp_path: Path) -> Iterator[str]:
    records = tmp_path / "records"
    records.mkdir()
    (records / "loc.mrc").symlink_to(CORPUS / "marc" / "loc-first200.mrc")
    with running_zebra(tmp_path, records) as (url, _process):
        yield url


def _request(context):
    patron = context.patrons.save(
        PatronInput(barcode="P777002", name="Okafor, Ada", email="ada@example.org")
    )
    return context.requests.create_borrowing(
        patron_id=patron.id,
        citation=Citation(title="The loom of destiny", isbn="9780836932720"),
        service_type=ServiceType.LOAN,
        staff="Dana",
    )


def test_pane_shows_our_opac_copy(window, qtbot, context, opac_url) -> None:
    context.settings.set("catalogue.own_opac", f"Our OPAC | {opac_url} | Default")
    request = _request(context)
    tab = window.borrowing
    tab.set_group(None)
    tab.select_request(request.row.id)
    pane = tab.detail
    qtbot.waitUntil(lambda: "same ISBN, Our OPAC" in pane.body.text(), timeout=30_000)
    assert "In our catalogue" in pane.body.text()
    assert "Deflect to local copy" in pane.body.text()


def test_pane_says_when_our_opac_is_down(window, qtbot, context) -> None:
    context.settings.set("catalogue.own_opac", f"Our OPAC | http://127.0.0.1:{free_port()}")
    request = _request(context)
    tab = window.borrowing
    tab.set_group(None)
    tab.select_request(request.row.id)
    pane = tab.detail
    qtbot.waitUntil(lambda: "Our OPAC did not answer" in pane.body.text(), timeout=30_000)
    assert "refused the connection" in pane.body.text()
