from __future__ import annotations

from illdesk.interop.sru.search import search_catalogue
from illdesk.interop.sru.targets import Target, target_from_url


def test_same_answer_over_sru_and_z3950(zebra_url: str) -> None:
    port = zebra_url.rsplit(":", 1)[1]
    sru = search_catalogue(Target("SRU", zebra_url, "Default"), isbn="9201026005")
    z = search_catalogue(
        target_from_url(f"z3950://127.0.0.1:{port}/Default"), isbn="9201026005", timeout=20
    )
    assert sru.total == z.total == 1
    assert sru.records[0].citation == z.records[0].citation
    assert sru.records[0].control_number == z.records[0].control_number == "00000255"
