"""The writer keeps the XML of each agency id it has written, keyed by the id's strings:
two ids that differ anywhere are written apart, and a refused id is refused every time."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from illdesk.interop.iso18626.build import MessageInvalid, build_message
from illdesk.interop.iso18626.messages import NAMESPACE, AgencyId, Coded
from tests.interop.iso18626_support import corpus_schema, full_request

_Q = "{" + NAMESPACE + "}"


def _supplying_agency(agency: AgencyId) -> tuple[str | None, str | None, str | None]:
    """Type, scheme and value of the supplyingAgencyId written for ``agency``."""
    message = replace(
        full_request(), header=replace(full_request().header, supplying_agency_id=agency)
    )
    root = etree.fromstring(build_message(message, corpus_schema()))
    id_type = root.find(f"{_Q}request/{_Q}header/{_Q}supplyingAgencyId/{_Q}agencyIdType")
    value = root.find(f"{_Q}request/{_Q}header/{_Q}supplyingAgencyId/{_Q}agencyIdValue")
    assert id_type is not None and value is not None
    return id_type.text, id_type.get(f"{_Q}scheme"), value.text


def test_agency_ids_that_differ_only_in_scheme_are_written_apart() -> None:
    plain = AgencyId(Coded("ISIL"), "DE-7")
    with_scheme = AgencyId(Coded("ISIL", "http://example.org/isil"), "DE-7")
    other_scheme = AgencyId(Coded("ISIL", "http://example.org/other"), "DE-7")
    for _ in range(2):  # the second round is written from the cache
        assert _supplying_agency(plain) == ("ISIL", None, "DE-7")
        assert _supplying_agency(with_scheme) == ("ISIL", "http://example.org/isil", "DE-7")
        assert _supplying_agency(other_scheme) == ("ISIL", "http://example.org/other", "DE-7")


def test_agency_ids_that_differ_only_in_value_or_type_are_written_apart() -> None:
    assert _supplying_agency(AgencyId.of("ISIL", "DE-8")) == ("ISIL", None, "DE-8")
    assert _supplying_agency(AgencyId.of("ISIL", "DE-9")) == ("ISIL", None, "DE-9")
    assert _supplying_agency(AgencyId.of("OCLC", "DE-9")) == ("OCLC", None, "DE-9")


def test_a_refused_agency_id_is_refused_each_time_with_its_own_field() -> None:
    empty = AgencyId.of("ISIL", " ")
    header = full_request().header
    for field, refused in (
        ("header.supplying_agency_id", replace(header, supplying_agency_id=empty)),
        ("header.requesting_agency_id", replace(header, requesting_agency_id=empty)),
        ("header.supplying_agency_id", replace(header, supplying_agency_id=empty)),
    ):
        with pytest.raises(MessageInvalid) as caught:
            build_message(replace(full_request(), header=refused), corpus_schema())
        assert caught.value.field == field
