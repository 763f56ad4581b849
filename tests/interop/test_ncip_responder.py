"""A tiny NCIP 2.02 responder (a stand-in ILS) for tests.

It validates every incoming message against the NCIP XSD from the corpus, keeps the
temporary items it was asked to create, and answers with schema-valid responses (including
Problem elements for unknown users and items).  Responses are validated too, so a test
cannot pass because the responder itself spoke bad NCIP.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from lxml import etree

NS = "http://www.niso.org/2008/ncip"
N = f"{{{NS}}}"

KNOWN_USERS = {
    "8377630": ("Åsa", "Öberg", "asa.oberg@example.org", ()),
    "blocked1": ("Bo", "Block", "", ("Overdue items",)),
    "expired1": ("Eva", "Expired", "", ()),
}
VALID_TO = {"expired1": "2025-06-30T23:59:00Z"}


@dataclass
class ResponderState:
    schema: etree.XMLSchema
    received: list[bytes] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    items: dict[str, str] = field(default_factory=dict)  # barcode -> user
    loans: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    services: list[str] = field(default_factory=list)
    """The service of every valid message, in the order they came."""
    accepts: frozenset[str] | None = None
    """Services this ILS takes (None: all); others get an Unsupported Service problem."""
    ill_requests: dict[str, str] = field(default_factory=dict)  # ILL request id -> user
    shelf: set[str] = field(default_factory=set)  # our own copies (lending)


def _sub(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, N + name)
    if text is not None:
        element.text = text
    return element


def _text(element: etree._Element, path: str) -> str:
    found = element.find("/".join(N + p for p in path.split("/")))
    return (found.text or "").strip() if found is not None else ""


def _response(service: str, request: etree._Element) -> tuple[etree._Element, etree._Element]:
    root = etree.Element(N + "NCIPMessage", nsmap={None: NS})
    root.set(N + "version", "http://www.niso.org/schemas/ncip/v2_02/ncip_v2_02.xsd")
    body = _sub(root, f"{service}Response")
    header = _sub(body, "ResponseHeader")
    _sub(
        _sub(header, "FromAgencyId"),
        "AgencyId",
        _text(request, "InitiationHeader/ToAgencyId/AgencyId") or "ILS",
    )
    _sub(
        _sub(header, "ToAgencyId"),
        "AgencyId",
        _text(request, "InitiationHeader/FromAgencyId/AgencyId") or "ILL",
    )
    return root, body


def _problem(body: etree._Element, kind: str, detail: str, element: str, value: str) -> None:
    problem = _sub(body, "Problem")
    _sub(problem, "ProblemType", kind)
    _sub(problem, "ProblemDetail", detail)
    _sub(problem, "ProblemElement", element)
    _sub(problem, "ProblemValue", value)


def _id(parent: etree._Element, kind: str, value: str) -> None:
    element = _sub(parent, f"{kind}Id")
    _sub(element, f"{kind}IdentifierValue", value)


def answer(state: ResponderState, request_root: etree._Element) -> etree._Element:
    service_el = request_root[0]
    service = etree.QName(service_el).localname
    root, body = _response(service, service_el)
    item = _text(service_el, "ItemId/ItemIdentifierValue")
    user = _text(service_el, "UserId/UserIdentifierValue")
    with state.lock:
        state.services.append(service)
        request_id = _text(service_el, "RequestId/RequestIdentifierValue")
        if state.accepts is not None and service not in state.accepts:
            _problem(body, "Unsupported Service", "This ILS does not take it.", "", service)
        elif service == "LookupAgency":
            _sub(body, "AgencyId", _text(service_el, "AgencyId") or "ILS")
            names = _sub(body, "OrganizationNameInformation")
            _sub(names, "OrganizationNameType", "Legal")
            _sub(names, "OrganizationName", "Test ILS")
        elif service == "ItemRequested":
            if user not in KNOWN_USERS:
                _problem(
                    body, "Unknown User", "No patron has this id.", "UserIdentifierValue", user
                )
            else:
                state.ill_requests[request_id] = user
        elif service == "ItemShipped":
            if request_id not in state.ill_requests and item not in state.shelf:
                _problem(
                    body,
                    "Unknown Request",
                    "No ILL request has this id.",
                    "RequestIdentifierValue",
                    request_id,
                )
        elif service == "ItemReceived":
            if item in state.shelf:
                state.loans.pop(item, None)
            elif request_id not in state.ill_requests:
                _problem(
                    body,
                    "Unknown Request",
                    "No ILL request has this id.",
                    "RequestIdentifierValue",
                    request_id,
                )
            else:
                state.items[item] = state.ill_requests[request_id]
        elif service == "RequestItem":
            if item not in state.shelf:
                _problem(
                    body, "Unknown Item", "No item has this barcode.", "ItemIdentifierValue", item
                )
            else:
                state.items[item] = user
                _id(body, "Request", request_id)
                _id(body, "User", user)
                _sub(body, "RequestType", "Hold")
                _sub(body, "RequestScopeType", "Item")
        elif service == "RenewItem":
            if state.loans.get(item) != user:
                _problem(body, "Item Not Checked Out", "", "ItemIdentifierValue", item)
            else:
                _id(body, "Item", item)
                _sub(body, "DateDue", "2027-01-11T23:59:00Z")
        elif service == "CancelRequestItem":
            if state.ill_requests.pop(request_id, None) is None and request_id not in state.items:
                _problem(
                    body,
                    "Unknown Request",
                    "No ILL request has this id.",
                    "RequestIdentifierValue",
                    request_id,
                )
            else:
                _id(body, "Request", request_id)
                _id(body, "User", user)
        elif service == "LookupUser":
            if user not in KNOWN_USERS:
                _problem(
                    body, "Unknown User", "No patron has this id.", "UserIdentifierValue", user
                )
            else:
                given, surname, email, blocks = KNOWN_USERS[user]
                _id(body, "User", user)
                optional = _sub(body, "UserOptionalFields")
                personal = _sub(_sub(optional, "NameInformation"), "PersonalNameInformation")
                structured = _sub(personal, "StructuredPersonalUserName")
                _sub(structured, "GivenName", given)
                _sub(structured, "Surname", surname)
                if email:
                    address = _sub(optional, "UserAddressInformation")
                    _sub(address, "UserAddressRoleType", "Home")
                    electronic = _sub(address, "ElectronicAddress")
                    _sub(electronic, "ElectronicAddressType", "mailto")
                    _sub(electronic, "ElectronicAddressData", email)
                privilege = _sub(optional, "UserPrivilege")
                _sub(privilege, "AgencyId", "ILS")
                _sub(privilege, "AgencyUserPrivilegeType", "Faculty")
                if user in VALID_TO:
                    _sub(privilege, "ValidToDate", VALID_TO[user])
                _sub(_sub(privilege, "UserPrivilegeStatus"), "UserPrivilegeStatusType", "Active")
                for block in blocks:
                    trap = _sub(optional, "BlockOrTrap")
                    _sub(trap, "AgencyId", "ILS")
                    _sub(trap, "BlockOrTrapType", block)
        elif service == "AcceptItem":
            if user not in KNOWN_USERS:
                _problem(
                    body, "Unknown User", "No patron has this id.", "UserIdentifierValue", user
                )
            elif item in state.items:
                _problem(
                    body,
                    "Duplicate Item",
                    "An item with this barcode exists.",
                    "ItemIdentifierValue",
                    item,
                )
            else:
                state.items[item] = user
                _id(body, "Request", _text(service_el, "RequestId/RequestIdentifierValue"))
                _id(body, "Item", item)
        elif service in ("CheckOutItem", "CheckInItem", "DeleteItem"):
            if service == "CheckOutItem" and item in state.shelf and item not in state.items:
                state.items[item] = user  # our own copy, lent to a library's account
            if item not in state.items and item not in state.shelf:
                _problem(
                    body, "Unknown Item", "No item has this barcode.", "ItemIdentifierValue", item
                )
            elif service == "CheckOutItem":
                if user != state.items[item]:
                    _problem(
                        body,
                        "User Ineligible To Check Out This Item",
                        "The item is on hold for another patron.",
                        "UserIdentifierValue",
                        user,
                    )
                else:
                    state.loans[item] = user
                    _id(body, "Item", item)
                    _id(body, "User", user)
                    _sub(body, "DateDue", "2026-12-14T23:59:00Z")
            elif service == "CheckInItem":
                borrower = state.loans.pop(item, "")
                _id(body, "Item", item)
                if borrower:
                    _id(body, "User", borrower)
            else:
                del state.items[item]
                state.loans.pop(item, None)
                _id(body, "Item", item)
        else:
            _problem(body, "Unsupported Service", "", "", service)
    return root


def make_handler(state: ResponderState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            data = self.rfile.read(length)
            state.received.append(data)
            try:
                root = etree.fromstring(
                    data, etree.XMLParser(resolve_entities=False, no_network=True)
                )
            except etree.XMLSyntaxError as exc:
                state.invalid.append(f"not XML: {exc}")
                self._send(400, b"not XML")
                return
            if not state.schema.validate(root):
                state.invalid.append(list(state.schema.error_log)[0].message)
                self._send(400, b"invalid NCIP")
                return
            response = answer(state, root)
            if not state.schema.validate(response):
                raise AssertionError(
                    f"responder built an invalid response: {state.schema.error_log.last_error}"
                )
            self._send(200, etree.tostring(response, xml_declaration=True, encoding="UTF-8"))

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


class NcipResponder:
    def __init__(
        self,
        xsd_path: Path,
        accepts: frozenset[str] | None = None,
        shelf: set[str] | None = None,
    ) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        self.state = ResponderState(
            etree.XMLSchema(etree.parse(str(xsd_path), parser)), accepts=accepts
        )
        self.state.shelf |= shelf or set()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self.state))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/ncip"

    def __enter__(self) -> NcipResponder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


# ---- the responder itself behaves like a strict ILS ------------------------------------


def _post(url: str, data: bytes) -> tuple[int, bytes]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url, data=data, method="POST", headers={"Content-Type": "application/xml"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


def test_responder_checks_corpus_samples_against_the_xsd() -> None:
    import csv

    from tests.corpus_path import CORPUS

    samples = CORPUS / "ncip" / "samples"
    with (samples / "VALIDITY.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 31
    with NcipResponder(CORPUS / "ncip" / "ncip_v2_02.xsd") as responder:
        for row in rows:
            status, body = _post(responder.url, (samples / row["filename"]).read_bytes())
            if row["valid"] == "yes":
                assert status == 200, row["filename"]
                assert b"Response>" in body
            else:
                assert status == 400, row["filename"]
        assert len(responder.state.invalid) == sum(r["valid"] == "no" for r in rows)
        assert responder.state.invalid[0] == (
            "Element '{http://www.niso.org/2008/ncip}NCIPMessage', attribute 'version': The "
            "attribute 'version' is not allowed."
        )
