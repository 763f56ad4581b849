from __future__ import annotations

import datetime as dt

from illdesk.domain.email_request import read_emailed_request

MAIL = """From: ILL Office <ill@hvcc.example.edu>
Subject: ILL request 77812

Please lend us the following:
Title: Silent Spring
Author: Carson, Rachel
ISBN: 978-0-618-24906-0
Edition: 40th anniversary ed.
Need before: 2026-12-15
Symbol: US-NPHVC
Request number: HVC-77812
Shelf note: please wrap well
"""


def test_labelled_lines_fill_the_request() -> None:
    got = read_emailed_request(MAIL)
    assert got.citation.title == "Silent Spring"
    assert got.citation.author == "Carson, Rachel"
    assert got.citation.isbn == "978-0-618-24906-0"
    assert got.citation.edition == "40th anniversary ed."
    assert got.needed_by == dt.date(2026, 12, 15)
    assert got.library_symbol == "US-NPHVC"
    assert got.their_request_id == "HVC-77812"
    assert got.unread == ("Shelf note: please wrap well",)


def test_junk_gives_an_empty_request_not_an_error() -> None:
    got = read_emailed_request("\x00\x01 nothing here : \n::::\n")
    assert got.citation.is_empty() and got.their_request_id == ""
