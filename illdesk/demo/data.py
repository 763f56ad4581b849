"""Plausible demo data: staff, patrons, partner libraries abroad and at home, and requests
spread over every state and several years, each with a history that the state machine
itself produced (a random walk over the legal actions).

Rows are made as tuples, batch by batch ahead of the load (in a worker process where
that helps, see :mod:`illdesk.demo.ahead`, which for SQLite also stages the history in an
in-memory database the load copies in C), and written with bulk inserts (a new database
with a rollback journal and its indexes made after the load, the search index filled
batch by batch), so that 100,000 requests take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import math
import random
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from illdesk.demo.ahead import MadeAhead, Mode
from illdesk.demo.seasons import ABROAD_DAYS, DESK_STEPS, LENDER_STEPS, MONTH_WEIGHT, SPEED_DAYS
from illdesk.domain.citation import Citation, match_key, normalise_isbn
from illdesk.domain.lending_policy import Material
from illdesk.domain.progress import NO_PROGRESS, Progress
from illdesk.domain.settings import Settings
from illdesk.domain.vocabulary import Action, ServiceType, Side, State
from illdesk.domain.workflow import (
    Capability,
    RequestFacts,
    Transition,
    states_where,
    workflow_for,
)
from illdesk.persistence import orm
from illdesk.persistence.bulk import (
    bulk_session,
    can_stage,
    index_loaded_requests,
    insert_rows,
    insert_staged,
    open_staged,
    stage_rows,
    stamp,
)
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import LendingCharge, LendingPolicyRule

DEMO_LIBRARY: dict[str, str] = {
    # the demo's own library: stored only when demo data is made (``illdesk --demo``,
    # ``illdesk demo-data`` or the first-run assistant's "try with demo data" choice)
    "library.name": "Millbrook Public Library",
    "library.symbol": "US-MbPL",
    "library.street": "12 Mill Street",
    "library.city": "Millbrook",
    "library.postal_code": "12545",
    "library.region": "NY",
    "library.country": "US",
    "library.email": "ill@millbrook.example.org",
    "mail.sender": "ill@millbrook.example.org",
}

STAFF = ("Dana Whitfield", "Luis Ortega", "Priya Raman", "Tom Baker")

PARTNERS = (
    # name, symbol, street, city, postal code, region, country, email, loan days, reciprocal,
    # charge, currency, invoice, IFM, IFLA vouchers, carrier
    (
        "Hudson Valley College Library",
        "US-NPHVC",
        "53 Pendell Road",
        "Poughkeepsie",
        "12601",
        "NY",
        "US",
        "ill@hvcc.example.edu",
        28,
        True,
        "0",
        "USD",
        True,
        False,
        False,
        "ILL van",
    ),
    (
        "Marist State University Library",
        "US-NPMSU",
        "3399 North Road",
        "Poughkeepsie",
        "12601",
        "NY",
        "US",
        "ill@marist.example.edu",
        42,
        True,
        "0",
        "USD",
        True,
        False,
        False,
        "ILL van",
    ),
    (
        "Boston Athenaeum",
        "US-MBAt",
        "10½ Beacon Street",
        "Boston",
        "02108",
        "MA",
        "US",
        "ill@athenaeum.example.org",
        28,
        False,
        "15.00",
        "USD",
        True,
        True,
        False,
        "USPS",
    ),
    (
        "University of Toronto Libraries",
        "CA-OTU",
        "130 St George Street",
        "Toronto",
        "M5S 1A5",
        "ON",
        "CA",
        "ill@utoronto.example.ca",
        35,
        False,
        "20.00",
        "CAD",
        True,
        True,
        True,
        "UPS",
    ),
    (
        "Staatsbibliothek zu Berlin",
        "DE-1",
        "Potsdamer Straße 33",
        "Berlin",
        "10785",
        "",
        "DE",
        "fernleihe@sbb.example.de",
        28,
        False,
        "8.00",
        "EUR",
        True,
        False,
        True,
        "USPS",
    ),
    (
        "Bibliothèque nationale de France",
        "FR-751131015",
        "Quai François Mauriac",
        "Paris",
        "75013",
        "",
        "FR",
        "peb@bnf.example.fr",
        30,
        False,
        "8.00",
        "EUR",
        False,
        False,
        True,
        "FedEx",
    ),
    (
        "Российская государственная библиотека",
        "RU-MoRGB",
        "ул. Воздвиженка, 3/5",
        "Москва",
        "119019",
        "",
        "RU",
        "mba@rsl.example.ru",
        30,
        False,
        "8.00",
        "EUR",
        False,
        False,
        True,
        "USPS",
    ),
    (
        "Εθνική Βιβλιοθήκη της Ελλάδος",
        "GR-AtNL",
        "Λεωφόρος Ανδρέα Συγγρού 364",
        "Καλλιθέα",
        "17674",
        "",
        "GR",
        "ill@nlg.example.gr",
        30,
        False,
        "8.00",
        "EUR",
        False,
        False,
        True,
        "USPS",
    ),
    (
        "国立国会図書館",
        "JP-NDL",
        "1-10-1 Nagatacho, Chiyoda-ku",
        "Tokyo",
        "100-8924",
        "",
        "JP",
        "ill@ndl.example.jp",
        30,
        False,
        "8.00",
        "EUR",
        False,
        False,
        True,
        "FedEx",
    ),
    (
        "State Library of Victoria",
        "AU-VSL",
        "328 Swanston Street",
        "Melbourne",
        "3000",
        "VIC",
        "AU",
        "ill@slv.example.au",
        35,
        False,
        "25.00",
        "AUD",
        True,
        True,
        True,
        "UPS",
    ),
)

FIRST = (
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Eleni",
    "Farah",
    "George",
    "Hana",
    "Ivan",
    "Jörg",
    "Kenji",
    "Laura",
    "Mateo",
    "Nadia",
    "Oluwaseun",
    "Pia",
    "Quentin",
    "Rosa",
    "Sven",
    "Tamar",
    "Uma",
    "Viktor",
    "Wen",
    "Xavier",
    "Yasmin",
    "Zoë",
)
LAST = (
    "Andersen",
    "Brown",
    "Çelik",
    "Dubois",
    "Evans",
    "Fischer",
    "García",
    "Horvat",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "López",
    "Müller",
    "Nakamura",
    "O'Brien",
    "Papadopoulos",
    "Quinn",
    "Rossi",
    "Smith",
    "Takahashi",
    "Umarov",
    "Varga",
    "Wong",
    "Yilmaz",
    "Zhang",
)
CATEGORIES = ("faculty", "graduate", "undergraduate", "staff", "public")

BOOKS = (
    (
        "The Structure of Scientific Revolutions",
        "Kuhn, Thomas S.",
        "9780226458120",
        "University of Chicago Press",
        "2012",
        "4th ed.",
    ),
    ("Middlemarch", "Eliot, George", "9780141439549", "Penguin", "2003", ""),
    (
        "Silent Spring",
        "Carson, Rachel",
        "9780618249060",
        "Houghton Mifflin",
        "2002",
        "40th anniversary ed.",
    ),
    (
        "The Hudson River School: American Landscape Painting",
        "Howat, John K.",
        "9780870994289",
        "Metropolitan Museum of Art",
        "1987",
        "",
    ),
    ("Мастер и Маргарита", "Булгаков, Михаил", "9785170878307", "АСТ", "2015", ""),
    ("Η Φόνισσα", "Παπαδιαμάντης, Αλέξανδρος", "9789600326213", "Εστία", "2001", ""),
    ("こころ", "夏目漱石", "9784101010137", "新潮社", "2004", ""),
    ("Les Misérables", "Hugo, Victor", "9782253096344", "Le Livre de Poche", "1998", ""),
    (
        "A History of the Hudson Valley",
        "Sullivan, Margaret",
        "9780815607960",
        "Syracuse University Press",
        "2019",
        "",
    ),
    (
        "Introduction to Algorithms",
        "Cormen, Thomas H.",
        "9780262046305",
        "MIT Press",
        "2022",
        "4th ed.",
    ),
    (
        "Braiding Sweetgrass",
        "Kimmerer, Robin Wall",
        "9781571313560",
        "Milkweed Editions",
        "2015",
        "",
    ),
    ("Der Zauberberg", "Mann, Thomas", "9783596294336", "Fischer", "1991", ""),
)
#: Lent items that are not books, so the demo shows the lending policy per material.
NOT_BOOKS = (
    ("av", "Koyaanisqatsi (DVD)", "Reggio, Godfrey", "MGM", "2002"),
    ("av", "Kind of Blue (CD)", "Davis, Miles", "Columbia", "1997"),
    (
        "thesis",
        "Sediment transport in the lower Hudson estuary (PhD thesis)",
        "Okafor, Adaeze",
        "Hudson Valley College",
        "2019",
    ),
    ("thesis", "Бытовая лексика северных говоров (диссертация)", "Ильина, Мария", "МГУ", "2011"),
    (
        "score",
        "Goldberg-Variationen BWV 988 (Urtext score)",
        "Bach, Johann Sebastian",
        "Bärenreiter",
        "2009",
    ),
)

ARTICLES = (
    ("Deep learning", "LeCun, Yann", "Nature", "0028-0836", "2015", "521", "7553", "436-444"),
    (
        "The ecology of river otters in New York",
        "Kane, Erin",
        "Northeastern Naturalist",
        "1092-6194",
        "2021",
        "28",
        "2",
        "145-160",
    ),
    (
        "Interlibrary loan turnaround in small libraries",
        "Moreau, Claire",
        "Interlending & Document Supply",
        "0264-1615",
        "2023",
        "51",
        "3",
        "101-112",
    ),
    (
        "CRISPR-Cas9 off-target effects",
        "Zhang, Wei",
        "Cell",
        "0092-8674",
        "2019",
        "177",
        "4",
        "1067-1079",
    ),
    (
        "Земледелие в Поволжье",
        "Петров, Иван",
        "Вопросы истории",
        "0042-8779",
        "2018",
        "4",
        "2",
        "33-47",
    ),
)
REASONS = (
    "Not on shelf.",
    "In use locally.",
    "Non-circulating.",
    "Library use only.",
    "Patron no longer needs it.",
    "Charge above the patron's maximum.",
)


def _ascii(text: str) -> str:
    """E-mail local parts stay ASCII: "chloé.o'brien" -> "chloe.obrien"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.replace("'", "")


_SIDE_ACTIONS = frozenset(
    {
        Action.CANCEL,
        Action.MARK_LOST,
        Action.DEFLECT_LOCAL,
        Action.ORDER_PURCHASE,
        Action.LENDER_UNFILLED,
        Action.ANSWER_UNFILLED,
        Action.LENDER_CONDITIONAL,
        Action.ANSWER_CONDITIONAL,
        Action.DECLINE_CONDITIONS,
        Action.RECALL,
        Action.MARK_OVERDUE,
        Action.REQUEST_RENEWAL,
        Action.REFUSE_RENEWAL,
        Action.RENEWAL_REFUSED,
        Action.MARK_OPEN_ACCESS,
        Action.GRANT_RENEWAL,
    }
)


@functools.cache
def _choices(
    side: Side, service: ServiceType, purchased: bool, state: State, has_next_lender: bool
) -> tuple[list[Transition], list[Transition]]:
    """The legal steps from ``state`` and the forward ones among them: the same few facts
    come back for every demo request, so each answer is worked out once."""
    facts = RequestFacts(
        has_lender=True,
        has_next_lender=has_next_lender,
        purchased=purchased,
        has_document=True,
        item_tied=True,
        renewals_left=1,
        past_due=True,
    )
    legal = workflow_for(side, service).legal_actions(state, facts)
    if purchased and state is State.CITATION_VERIFIED:
        legal = [t for t in legal if t.action is Action.ORDER_PURCHASE] or legal
    main = [t for t in legal if t.action not in _SIDE_ACTIONS and t.target is not state]
    return legal, main


_NOTED = (
    Action.LENDER_UNFILLED,
    Action.ANSWER_UNFILLED,
    Action.CANCEL,
    Action.LENDER_CONDITIONAL,
    Action.ANSWER_CONDITIONAL,
    Action.DECLINE_CONDITIONS,
    Action.RENEWAL_REFUSED,
    Action.REFUSE_RENEWAL,
    Action.CLEAR_COPYRIGHT,
    Action.MARK_OPEN_ACCESS,
    Action.MARK_LOST,
    Action.DEFLECT_LOCAL,
)
"""Steps whose history row gives a reason."""


# --- the rows, made fast --------------------------------------------------------------
#
# A million requests make some thirty million random draws.  Every draw below is the one
# ``random.Random`` would make for the same call (``choice``/``randrange`` take
# ``getrandbits(k)`` until it falls below ``n``, ``triangular`` one ``random()``), in the
# same order, so a seed gives the same demo as before; only the Python around each draw
# (frames, dictionaries, date arithmetic, formatting) is done once instead of per row.


def _drawer(rng: random.Random) -> Callable[[int, int], int]:
    """``below(n, k)``: what ``rng.randrange(n)`` draws, ``k`` being ``n.bit_length()``
    (worked out once by the caller): ``getrandbits(k)`` until it falls below ``n``."""
    bits = rng.getrandbits

    def below(n: int, k: int) -> int:
        r = bits(k)
        while r >= n:
            r = bits(k)
        return r

    return below


_BULK_TABLES = (
    "citation",
    "request",
    "request_item",
    "rota_entry",
    "request_event",
    "ill_charge",
    "purchase",
    "lending_charge",
)
"""What a demo fills in bulk (catalogue records are few, and looked up while shelving)."""
_PATRON_COLUMNS = (
    "barcode",
    "name",
    "email",
    "phone",
    "category",
    "expires_on",
    "blocked_reason",
    "pickup_location",
    "notice_channel",
    "notes",
    "created_at",
)
_CITATION_COLUMNS = (
    "id",
    "title",
    "author",
    "isbn",
    "issn",
    "oclc_number",
    "edition",
    "publisher",
    "place",
    "year",
    "article_title",
    "journal",
    "volume",
    "issue",
    "pages",
    "doi",
    "pmid",
)
_REQUEST_COLUMNS = (
    "id",
    "number",
    "side",
    "service_type",
    "delivery",
    "state",
    "patron_id",
    "partner_id",
    "citation_id",
    "needed_by",
    "max_cost",
    "due_date",
    "conditions",
    "material",
    "overdue_level",
    "renewals_used",
    "purchased",
    "copyright_compliance",
    "external_id",
    "search_text",
    "created_at",
    "updated_at",
    "updated_by",
    "version",
)
_ITEM_COLUMNS = ("request_id", "barcode", "part_label")
_ROTA_COLUMNS = ("request_id", "partner_id", "position", "status", "reason")
_EVENT_COLUMNS = ("request_id", "at", "staff", "action", "from_state", "to_state", "note")
_CHARGE_COLUMNS = ("request_id", "amount", "currency", "what", "at", "staff")
_PURCHASE_COLUMNS = (
    "request_id",
    "supplier",
    "order_number",
    "cost",
    "currency",
    "ordered_at",
    "staff",
)
_INVOICE_COLUMNS = (
    "request_id",
    "partner_id",
    "method",
    "amount",
    "currency",
    "invoice_number",
    "full_vouchers",
    "half_vouchers",
    "paid",
    "billed_at",
    "paid_at",
    "staff",
)
_RECORD_COLUMNS = (
    "id",
    "control_number",
    "title",
    "author",
    "isbn",
    "publisher",
    "year",
    "match_key",
    "material",
    "imported_at",
    "issn",
    "oclc_number",
    "edition",
)
_COPY_COLUMNS = ("record_id", "barcode", "call_number", "location", "status")


class _Cited(NamedTuple):
    """A work the demo cites: its citation row as stored (all columns but the id), the
    words the search finds it by, and what our catalogue's record of it shows."""

    material: str
    columns: tuple[str, ...]
    search: str
    title: str
    author: str
    isbn: str
    publisher: str
    year: str


def _cited(material: str, **values: str) -> _Cited:
    """One citation for a book, another material or an article (``article_title`` set):
    the columns not given are empty."""
    columns = tuple(values.get(c, "") for c in _CITATION_COLUMNS[1:])

    def get(name: str) -> str:
        return values.get(name, "")

    if get("article_title"):
        words = [get("article_title"), get("author"), get("journal"), get("issn")]
    else:
        words = [get("title"), get("author"), get("isbn")]
    search = " ".join(w for w in words if w).casefold()
    return _Cited(
        material,
        columns,
        search,
        get("title"),
        get("author"),
        get("isbn"),
        get("publisher"),
        get("year"),
    )


_BOOKS_CITED = tuple(
    _cited("book", title=t, author=a, isbn=i, publisher=p, year=y, edition=e)
    for t, a, i, p, y, e in BOOKS
)
_NOT_BOOKS_CITED = tuple(
    _cited(m, title=t, author=a, publisher=p, year=y) for m, t, a, p, y in NOT_BOOKS
)
_ARTICLES_CITED = tuple(
    _cited(
        "serial",
        article_title=t,
        author=a,
        journal=j,
        issn=s,
        year=y,
        volume=v,
        issue=i,
        pages=p,
    )
    for t, a, j, s, y, v, i, p in ARTICLES
)


def _table(model: type[orm.Base]) -> Table:
    return cast(Table, model.__table__)


def _advance_server_sequences(session: Session) -> None:
    """Bulk inserts gave explicit ids; a server's id sequences must move past them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in (
        "citation",
        "request",
        "request_item",
        "rota_entry",
        "request_event",
        "catalogue_record",
        "catalogue_item",
    ):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


_TIMING_USUAL, _TIMING_LENT, _TIMING_SHIPPED, _TIMING_NOTIFY = 0, 1, 2, 3
_TIMING_SHIP, _TIMING_DESK = 4, 5
_MARK_OVERDUE, _MARK_RECEIVE, _MARK_SHIP = 1, 2, 3


def _timing(action: Action) -> int:
    """Which clock times ``action`` (see :mod:`illdesk.demo.seasons`): the lender's speed
    for what the lender does, the desk's for what we do, the usual hours otherwise."""
    if action in LENDER_STEPS:
        return _TIMING_SHIPPED if action is Action.LENDER_SHIPPED else _TIMING_LENT
    if action is Action.NOTIFY_PATRON:
        return _TIMING_NOTIFY
    if action in (Action.SHIP, Action.SEND_COPY):
        return _TIMING_SHIP
    return _TIMING_DESK if action in DESK_STEPS else _TIMING_USUAL


_MARKS = {Action.MARK_OVERDUE: _MARK_OVERDUE, Action.RECEIVE: _MARK_RECEIVE}
_MARKS[Action.SHIP] = _MARK_SHIP

_Step = tuple[str, str, str, bool, "_Node", int, int]
"""A step of a walk: the action's value, the state before and after (values), whether it
gives a reason, where it leads, its clock (``_TIMING_*``) and what it counts
(``_MARK_*``, 0 for nothing)."""
_Options = tuple[list[_Step], int, int, list[_Step], int, int]
"""The legal steps from a node with their number and bits per draw, then the forward ones."""

_WAITING_TO_PULL = states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)
_LOCATIONS = ("Stacks", "Stacks", "Stacks", "Stacks", "Oversize", "Reference")
_CLASSES = {
    "book": ("PR", "PS", "PG", "PL", "QH", "HM", "Q", "ND"),
    "av": ("PN1997", "M1366"),
    "thesis": ("LD", "GB"),
    "score": ("M", "M22"),
    "serial": ("AP",),
}
_UNTIED = (State.NEW, State.CITATION_VERIFIED, State.SOURCING)
_DUE_BY_LOAN = (
    State.CHECKED_OUT,
    State.AWAITING_PICKUP,
    State.RECEIVED,
    State.SHIPPED,
    State.ON_LOAN,
    State.RENEWAL_REQUESTED,
    State.RECALLED,
)


class _Node:
    """A state of one workflow with its steps, worked out when first reached: a walk
    follows references instead of looking its facts up at every step.  What a request
    ending here stores (item barcode, due date, rota status, a copy to pull) is worked
    out with it."""

    __slots__ = ("_graph", "options", "state", "value", "tied", "due", "rota", "pull")

    def __init__(self, graph: _Graph, state: State) -> None:
        self._graph, self.state, self.value = graph, state, state.value
        self.options: list[_Options | None] = [None, None]
        """By "has a next lender" (False, True)."""
        self.tied = state not in _UNTIED
        self.due = 1 if state in _DUE_BY_LOAN else 2 if state is State.OVERDUE else 0
        self.rota = (
            "waiting" if not self.tied else "unfilled" if state is State.UNFILLED else "asked"
        )
        self.pull = (
            graph.side is Side.LENDING
            and graph.service is ServiceType.LOAN
            and state in _WAITING_TO_PULL
        )

    def work_out(self, has_next_lender: bool) -> _Options:
        g = self._graph
        legal, main = _choices(g.side, g.service, g.purchased, self.state, has_next_lender)
        steps = [g.step(self.state, t) for t in legal]
        forward = [g.step(self.state, t) for t in main]
        found: _Options = (
            steps,
            len(steps),
            len(steps).bit_length(),
            forward,
            len(forward),
            len(forward).bit_length(),
        )
        self.options[has_next_lender] = found
        return found


class _Graph:
    def __init__(self, side: Side, service: ServiceType, purchased: bool) -> None:
        self.side, self.service, self.purchased = side, service, purchased
        self.nodes: dict[State, _Node] = {}
        self.start = self.node(State.NEW)

    def node(self, state: State) -> _Node:
        if state not in self.nodes:
            self.nodes[state] = _Node(self, state)
        return self.nodes[state]

    def step(self, state: State, t: Transition) -> _Step:
        return (
            t.action.value,
            state.value,
            t.target.value,
            t.action in _NOTED,
            self.node(t.target),
            _timing(t.action),
            _MARKS.get(t.action, 0),
        )


@functools.cache
def _graph(side: Side, service: ServiceType, purchased: bool) -> _Graph:
    return _Graph(side, service, purchased)


class _Triangle(NamedTuple):
    """``random.triangular(low, high, mode)`` taken apart once: the share of the range
    below the mode and the two ways the draw is scaled."""

    c: float
    low: float
    span: float
    other_c: float
    high: float
    other_span: float


def _triangle(low: float, high: float, mode: float) -> _Triangle:
    c = (mode - low) / (high - low)
    return _Triangle(c, low, high - low, 1.0 - c, high, low - high)


def _lender(partner: orm.Partner, charge: Any) -> _Lender:
    low, high = SPEED_DAYS.get(partner.country, ABROAD_DAYS)
    return _Lender(
        partner.id,
        partner.name,
        partner.symbol,
        partner.country,
        dt.timedelta(days=partner.default_loan_days),
        " ".join(w for w in (partner.name, partner.symbol) if w).casefold(),
        _triangle(low, high, low + (high - low) / 3),
        charge if charge is not None and charge > 0 else None,
        partner.currency,
        partner.reciprocal,
    )


class _Lender(NamedTuple):
    id: int
    name: str
    symbol: str
    country: str
    loan_days: dt.timedelta
    words: str
    """Its name and symbol as the search finds them."""
    speed: _Triangle
    """Days from our request to the item arriving."""
    charge: object
    """Its fee as the database stores it (not 0: we are billed for what it supplies)."""
    currency: str
    reciprocal: bool


_NOTIFY_HOURS = tuple(dt.timedelta(hours=h) for h in (0.5, 1, 1, 2, 3, 5, 20, 66))
_USUAL_HOURS = tuple(dt.timedelta(hours=float(h)) for h in range(2, 24 * 6))
_SHIP_HOURS = _triangle(4, 72, 12)
_DESK_HOURS = _triangle(0.5, 20, 2)
_SHARES = {_TIMING_LENT: 0.4, _TIMING_SHIPPED: 0.6}
_COSTS = (0, 10, 25, 50)


class _Batch(NamedTuple):
    """One batch of demo rows, each a tuple in its table's column order."""

    citations: list[tuple[object, ...]]
    requests: list[tuple[object, ...]]
    items: list[tuple[object, ...]]
    rota: list[tuple[object, ...]]
    events: list[tuple[object, ...]]
    charges: list[tuple[object, ...]]
    purchases: list[tuple[object, ...]]
    invoices: list[tuple[object, ...]]
    records: list[tuple[object, ...]]
    copies: list[tuple[object, ...]]
    """Our catalogue's records and copies of the lending loans still to be pulled."""
    sequences: dict[str, int]
    """The last number of each prefix once this batch is made."""
    size: int
    """Its number of requests."""
    staged: bytes | None = None
    """The rows of :data:`_STAGED` as one SQLite image (their lists are then empty):
    what a worker process sends to a SQLite load, see :func:`_stage`."""


_LOADED = (
    (_table(orm.Citation), _CITATION_COLUMNS, "citations"),
    (_table(orm.Request), _REQUEST_COLUMNS, "requests"),
    (_table(orm.RequestItem), _ITEM_COLUMNS, "items"),
    (_table(orm.RotaEntry), _ROTA_COLUMNS, "rota"),
    (_table(orm.RequestEvent), _EVENT_COLUMNS, "events"),
    # the money a desk spends and bills, for the reports
    (_table(orm.IllCharge), _CHARGE_COLUMNS, "charges"),
    (_table(orm.Purchase), _PURCHASE_COLUMNS, "purchases"),
    (_table(LendingCharge), _INVOICE_COLUMNS, "invoices"),
)
"""Each table a batch fills in bulk, its columns and the batch's field of rows, in the
order they are written (a row after those it refers to)."""


_STAGED = frozenset({"events"})
"""The rows a worker process stages (:func:`_stage`): the history, nearly half the values
of a demo, which balances the worker's time (making every row, staging these) with the
loading process's (writing them all, indexing their search text)."""


def _stage(rows: _Batch) -> _Batch:
    """The batch with the rows of :data:`_STAGED` staged
    (:func:`~illdesk.persistence.bulk.stage_rows`): the worker process that made them
    hands them to SQLite, and the loading process copies them in C instead of binding
    every value of every row itself."""
    tables = [(t, columns, getattr(rows, f)) for t, columns, f in _LOADED if f in _STAGED]
    emptied: dict[str, Any] = {field: [] for field in _STAGED}
    return rows._replace(staged=stage_rows(tables), **emptied)


def _load(session: Session, rows: _Batch) -> None:
    """A batch's rows into the database, each table's after those it refers to: tuples
    straight to the driver, one statement per table (SQLAlchemy's executemany would turn
    every value of a million rows over in Python), or those staged copied from the image."""
    if rows.staged is not None:
        open_staged(session, rows.staged)
    for table, columns, field in _LOADED:
        if rows.staged is not None and field in _STAGED:
            insert_staged(session, table, columns)
        else:
            insert_rows(session, table, columns, getattr(rows, field))
    _insert_shelf(session, rows.records, rows.copies)
    for prefix, counter in rows.sequences.items():
        session.merge(orm.NumberSequence(prefix=prefix, last=counter))


class _Maker:
    """Makes the demo's requests batch by batch from three random streams: ``rng`` (the
    main one), ``kinds`` (what is lent besides books, and shelving) and ``seasons``
    (seasonality and partner speeds)."""

    def __init__(
        self,
        rng: random.Random,
        seed: int,
        now: dt.datetime,
        staff: list[str],
        lenders: list[_Lender],
        patrons: list[tuple[int, str]],
        sequences: dict[str, int],
        shelf: tuple[set[str], int] = (set(), 0),
    ) -> None:
        """``shelf``: the control numbers of the demo's copies already on our shelves and
        the last catalogue record id."""
        if not (staff and lenders and patrons):
            raise ValueError("demo requests need staff, partners and patrons")
        self.rng = rng
        self.kinds = random.Random(seed ^ 0x5EED)  # its own stream: the main one stays
        self.seasons = random.Random(seed ^ 0x5EA5)  # seasonality and partner speeds
        self.now = now
        self.start = now - dt.timedelta(days=3 * 365)
        self.staff, self.lenders, self.patrons = staff, lenders, patrons
        self.sequences = sequences
        self.prefixes: dict[tuple[bool, int], tuple[str, str]] = {}
        self.shelved, self.record_id = shelf
        self.imported = stamp(orm.utcnow())

    def batch(self, first_id: int, first_citation: int, size: int) -> _Batch:
        """``size`` requests from id ``first_id``, citations from ``first_citation``."""
        out = _Batch([], [], [], [], [], [], [], [], [], [], {}, size)
        waiting: list[tuple[str, _Cited]] = []
        add_citation, add_request = out.citations.append, out.requests.append
        add_item, add_rota, add_event = out.items.append, out.rota.append, out.events.append
        add_charge, add_purchase = out.charges.append, out.purchases.append
        add_invoice, add_waiting = out.invoices.append, waiting.append
        rng, kinds, seasons = self.rng, self.kinds, self.seasons
        random_, bits, below = rng.random, rng.getrandbits, _drawer(rng)
        s_random, s_below = seasons.random, _drawer(seasons)
        sqrt, timedelta = math.sqrt, dt.timedelta
        iso = dt.datetime.isoformat
        now, start = self.now, self.start
        recent = now - dt.timedelta(days=120)
        span = max(int((now - dt.timedelta(days=1) - start).total_seconds()), 1)
        span_k = span.bit_length()
        season_span = max(int((recent - start).total_seconds()), 1)
        season_k = season_span.bit_length()
        weights = [0.0] + [MONTH_WEIGHT[m] for m in range(1, 13)]
        staff, lenders, patrons = self.staff, self.lenders, self.patrons
        n_staff, n_lenders, n_patrons = len(staff), len(lenders), len(patrons)
        k_staff, k_lenders = n_staff.bit_length(), n_lenders.bit_length()
        k_patrons = n_patrons.bit_length()
        books, articles = _BOOKS_CITED, _ARTICLES_CITED
        n_books, n_articles = len(books), len(articles)
        k_books, k_articles = n_books.bit_length(), n_articles.bit_length()
        sequences, prefixes = self.sequences, self.prefixes
        usual_hours, notify_hours, shares = _USUAL_HOURS, _NOTIFY_HOURS, _SHARES
        ship_hours, desk_hours = _SHIP_HOURS, _DESK_HOURS
        reasons = REASONS
        n_reasons = len(reasons)
        k_reasons = n_reasons.bit_length()
        walk_lengths = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14)
        n_walks = len(walk_lengths)
        k_walks = n_walks.bit_length()
        borrowing, lending = Side.BORROWING.value, Side.LENDING.value
        loan, copy = ServiceType.LOAN.value, ServiceType.COPY.value
        new, complete = State.NEW.value, State.COMPLETE.value
        starts = [  # where each kind of request starts its walk, by (lends, copies, purchased)
            [
                [_graph(side, service, bought).start for bought in (False, True)]
                for service in (ServiceType.LOAN, ServiceType.COPY)
            ]
            for side in (Side.BORROWING, Side.LENDING)
        ]
        n_barcode = 10**13 - 10**12  # randrange(10**12, 10**13)
        k_barcode = n_barcode.bit_length()

        for k in range(size):
            rid = first_id + k
            cid = first_citation + k
            lends = random_() >= 0.6
            copies = random_() < 0.3
            purchased = not lends and random_() < 0.05
            r = below(span, span_k)
            created = start + timedelta(seconds=r)
            if created < recent:  # (recent ones stay: the main stream decides their steps)
                for _ in range(20):  # kept with its month's weight, else drawn again
                    if s_random() < weights[created.month]:
                        break
                    r = s_below(season_span, season_k)
                    created = start + timedelta(seconds=r)
            if copies:
                r = below(n_articles, k_articles)
                cited = articles[r]
            else:
                r = below(n_books, k_books)
                cited = books[r]
                if lends and kinds.random() < 0.15:
                    cited = kinds.choice(_NOT_BOOKS_CITED)
            year = created.year
            prefix, prefix_words = prefixes.get((lends, year)) or self._prefix(lends, year)
            counter = sequences[prefix] = sequences.get(prefix, 0) + 1
            number = f"{prefix}-{counter:06d}"
            r = below(n_lenders, k_lenders)
            partner = lenders[r]
            if lends:
                patron_id = None
            else:
                r = below(n_patrons, k_patrons)
                patron_id, patron_words = patrons[r]
            r = below(n_staff, k_staff)
            who = staff[r]
            at = created
            stamp_created = iso(created, " ", "microseconds")
            add_event((rid, stamp_created, who, "create", "", new, "Demo request."))
            if created < recent and random_() < 0.97:
                steps = 40
            else:
                r = below(n_walks, k_walks)
                steps = walk_lengths[r]
            overdue = 0
            received: list[tuple[str, str]] = []
            shipped: list[tuple[str, str]] = []
            node = starts[lends][copies][purchased]
            # a random path through the legal actions, preferring forward moves
            for _ in range(steps):
                has_next = random_() < 0.5
                options = node.options[has_next] or node.work_out(has_next)
                legal, n, kb, main, n_main, k_main = options
                if main and random_() < 0.9:
                    legal, n, kb = main, n_main, k_main
                if not legal:
                    break
                # the three draws of every step are written out: a call each would cost
                # a tenth of the whole walk
                r = bits(kb)
                while r >= n:
                    r = bits(kb)
                action, before, after, noted, node, timing, mark = legal[r]
                r = bits(8)  # randrange(2, 144), the usual hours, drawn whether used or not
                while r >= 142:
                    r = bits(8)
                if timing == _TIMING_USUAL:
                    at += usual_hours[r]
                elif timing == _TIMING_NOTIFY:
                    r = s_below(8, 4)  # choice of 8: 4 bits
                    at += notify_hours[r]
                else:  # the lender's speed for what it does, the desk's for what we do
                    tri = (
                        partner.speed
                        if timing < _TIMING_NOTIFY
                        else ship_hours
                        if timing == _TIMING_SHIP
                        else desk_hours
                    )
                    u = s_random()
                    if u > tri.c:
                        hours = tri.high + tri.other_span * sqrt((1.0 - u) * tri.other_c)
                    else:
                        hours = tri.low + tri.span * sqrt(u * tri.c)
                    if timing < _TIMING_NOTIFY:
                        hours = hours * 24 * shares[timing]
                    at += timedelta(hours=hours)
                if at > now:
                    at = now
                if noted:
                    r = below(n_reasons, k_reasons)
                    note = reasons[r]
                else:
                    note = ""
                r = bits(k_staff)
                while r >= n_staff:
                    r = bits(k_staff)
                stamp_at = iso(at, " ", "microseconds")
                add_event((rid, stamp_at, staff[r], action, before, after, note))
                if mark:
                    if mark == _MARK_OVERDUE:
                        overdue += 1
                    elif mark == _MARK_RECEIVE:
                        received.append((stamp_at, staff[r]))
                    else:
                        shipped.append((stamp_at, staff[r]))
            words = cited.search
            if node.tied:
                r = below(n_barcode, k_barcode)
                barcode = f"3{10**12 + r:013d}"
                if not copies:
                    add_item((rid, barcode, ""))
                    words = f"{words} {barcode}"
            due = None
            if node.due == 1:
                due = (at + partner.loan_days).date().isoformat()
            elif node.due == 2:
                r = below(29, 5)  # randrange(1, 30): 29 values, 5 bits
                due = (at - timedelta(days=1 + r)).date().isoformat()
            if not lends:
                add_rota((rid, partner.id, 1, node.rota, ""))
                if patron_words:
                    words = f"{words} {patron_words}"
            stamp_at = iso(at, " ", "microseconds")
            if random_() < 0.4:
                r = below(76, 7)  # randrange(14, 90): 76 values, 7 bits
                needed_by = (created + timedelta(days=14 + r)).date().isoformat()
            else:
                needed_by = None
            if lends:
                max_cost = None
            else:
                r = below(4, 3)  # choice of 4: 3 bits (as n.bit_length())
                max_cost = _COSTS[r]
            add_request(
                (
                    rid,
                    number,
                    lending if lends else borrowing,
                    copy if copies else loan,
                    "electronic" if copies else "physical",
                    node.value,
                    patron_id,
                    partner.id,
                    cid,
                    needed_by,
                    max_cost,
                    due,
                    "Library use only." if random_() < 0.05 else "",
                    cited.material,
                    overdue,
                    0,
                    int(purchased),
                    "CCG" if copies else "",
                    "",
                    f"{words} {prefix_words}-{counter:06d} {partner.words}",
                    stamp_created,
                    stamp_at,
                    who,
                    1,
                )
            )
            add_citation((cid, *cited.columns))
            # the money a desk spends and bills: a fee for each receipt from a paying
            # lender, a purchase for what was bought, an invoice for each item shipped to
            # a library without an agreement (paid once the loan is complete)
            if received and partner.charge and not lends:
                for e_at, e_staff in received:
                    add_charge(
                        (rid, partner.charge, partner.currency, "Lending fee", e_at, e_staff)
                    )
            if purchased:
                cost = 18 + rid % 37
                add_purchase((rid, "Demo Books Ltd", number, cost, "USD", stamp_at, who))
            if shipped and lends and not partner.reciprocal:
                done = node.value == complete
                for e_at, e_staff in shipped:
                    add_invoice(
                        (rid, partner.id, "invoice", 12, "USD", f"D-{number}", 0, 0, done)
                        + (e_at, stamp_at if done else None, e_staff)
                    )
            if node.pull:
                add_waiting((number, cited))
        # the copies to pull go on our shelves, drawn after the batch's requests
        self.record_id = _shelf_rows(
            kinds, waiting, self.shelved, self.record_id, self.imported, out.records, out.copies
        )
        out.sequences.update(sequences)
        return out

    def _prefix(self, lends: bool, year: int) -> tuple[str, str]:
        prefix = f"{'L' if lends else 'B'}-{year}"
        found = self.prefixes[lends, year] = (prefix, prefix.casefold())
        return found


def _demo_shelf(session: Session) -> tuple[set[str], int]:
    """The demo's copies already on our shelves (by control number) and the last record id."""
    found = session.scalars(
        select(orm.CatalogueRecord.control_number).where(
            orm.CatalogueRecord.control_number.startswith("demo:")
        )
    )
    return set(found), session.scalar(select(func.max(orm.CatalogueRecord.id))) or 0


def _shelf_rows(
    rng: random.Random,
    waiting: list[tuple[str, _Cited]],
    shelved: set[str],
    record_id: int,
    imported: str,
    records: list[tuple[object, ...]],
    copies: list[tuple[object, ...]],
) -> int:
    """Our own catalogue's records and copies (into ``records`` and ``copies``) for the
    lending requests still to be pulled (number, work) that are not ``shelved`` yet, so
    pull slips show a shelf and call number and the pull scan finds the copy (one in six
    sits in Reference, which we do not lend from).  Returns the last record id."""
    for number, cite in waiting:
        control = f"demo:{number}"
        if control in shelved:
            continue
        shelved.add(control)
        record_id += 1
        title, author, material = cite.title, cite.author, cite.material
        records.append(
            (record_id, control, title, author, cite.isbn, cite.publisher, cite.year)
            + (match_key(title, author)[:300], material, imported, "", "", "")
        )
        location = "Media Centre" if material == "av" else rng.choice(_LOCATIONS)
        cutter = _ascii(author[:1]).upper() or "X"
        barcode = f"3999{rng.randrange(10**9, 10**10)}"
        call_number = (
            f"{rng.choice(_CLASSES.get(material, ('Z',)))}"
            f"{rng.randrange(10, 999)} .{cutter}{rng.randrange(10, 99)} {cite.year}"
        )
        copies.append((record_id, barcode, call_number, location, "available"))
    return record_id


def _shelve_demo_copies(
    session: Session, rng: random.Random, waiting: list[tuple[str, _Cited]]
) -> None:
    """:func:`_shelf_rows` into the catalogue."""
    if not waiting:
        return
    shelved, record_id = _demo_shelf(session)
    records: list[tuple[object, ...]] = []
    copies: list[tuple[object, ...]] = []
    _shelf_rows(rng, waiting, shelved, record_id, stamp(orm.utcnow()), records, copies)
    _insert_shelf(session, records, copies)


def _insert_shelf(
    session: Session, records: list[tuple[object, ...]], copies: list[tuple[object, ...]]
) -> None:
    if records:
        insert_rows(session, _table(orm.CatalogueRecord), _RECORD_COLUMNS, records)
        insert_rows(session, _table(orm.CatalogueItem), _COPY_COLUMNS, copies)


def add_todays_arrivals(
    db: Database, settings: Settings, count: int, *, seed: int = 18626, today: dt.date | None = None
) -> list[str]:
    """``count`` new lending requests that came in this morning, through the real service
    (the policy's conditions, the history), with their copies on our shelves: the batch a
    new user takes from pull slips to shipped.  Returns their numbers."""
    from illdesk.services.requests import RequestService

    rng = random.Random(seed + count)
    morning = dt.datetime.combine(today or dt.date.today(), dt.time(9, 0))
    service = RequestService(db, settings, lambda: morning)
    with db.reading() as session:
        partners = list(
            session.execute(select(orm.Partner.id, orm.Partner.symbol).order_by(orm.Partner.id))
        )
    made: list[tuple[str, _Cited]] = []
    for k in range(count):
        partner_id, symbol = partners[k % len(partners)]
        if k % 4 == 3:
            material, title, author, publisher, year = NOT_BOOKS[k % len(NOT_BOOKS)]
            isbn = ""
        else:
            material = "book"
            title, author, isbn, publisher, year, _edition = rng.choice(BOOKS)
            isbn = isbn if normalise_isbn(isbn) else ""  # one demo book has a mistyped ISBN
        detail = service.create_lending(
            partner_id=partner_id,
            staff="ISO 18626",
            material=Material(material),
            citation=Citation(
                title=title, author=author, isbn=isbn, publisher=publisher, year=year
            ),
            service_type=ServiceType.LOAN,
            external_id=f"{symbol}-{9000 + k}",
            note=f"Request received from {symbol} this morning.",
        )
        cited = _cited(
            material, title=title, author=author, isbn=isbn, publisher=publisher, year=year
        )
        made.append((detail.row.number, cited))
    with db.transaction() as session:
        _shelve_demo_copies(session, rng, made)
        _advance_server_sequences(session)
    return [number for number, _cited in made]


def _demo_policy(session: Session) -> None:
    """A policy a small library might have: short loans for AV, theses in the library only,
    and one partner that gets no theses at all."""
    first_abroad = session.scalars(
        select(orm.Partner).where(orm.Partner.country != "US").order_by(orm.Partner.id)
    ).first()
    session.add_all(
        [
            LendingPolicyRule(material="av", loan_days=14, renewals=0, updated_by="demo"),
            LendingPolicyRule(material="thesis", conditions="Library use only", updated_by="demo"),
            LendingPolicyRule(
                material="score", loan_days=28, charge=Decimal("0"), updated_by="demo"
            ),
        ]
    )
    if first_abroad is not None:
        first_abroad.lending_conditions = "Return by tracked post"
        session.add(
            LendingPolicyRule(
                partner_id=first_abroad.id, material="thesis", lendable=False, updated_by="demo"
            )
        )


def _store_demo_library(session: Session) -> None:
    if session.get(orm.SettingRow, "library.name") is None:
        for key, value in DEMO_LIBRARY.items():
            session.merge(orm.SettingRow(key=key, value=value))


def store_demo_library(db: Database) -> None:
    """The demo library, unless this database knows its library already."""
    with db.transaction() as session:
        _store_demo_library(session)


def generate(
    db: Database,
    requests: int = 500,
    *,
    seed: int = 18626,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    batch: int = 10_000,
    ahead: Mode = "auto",
) -> int:
    """Add demo staff, partners, patrons and ``requests`` requests; returns requests made.
    The rows are made ``batch`` requests at a time, ahead of the load (:mod:`.ahead`:
    ``ahead`` says in a worker process or a thread, "auto" the first where it helps)."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today or dt.date.today(), dt.time(17, 0))
    with db.transaction() as session:
        _store_demo_library(session)
        if session.scalar(select(func.count()).select_from(orm.StaffMember)) == 0:
            session.add_all(
                orm.StaffMember(name=n, initials="".join(w[0] for w in n.split())) for n in STAFF
            )
        if session.scalar(select(func.count()).select_from(orm.Partner)) == 0:
            for p in PARTNERS:
                session.add(
                    orm.Partner(
                        name=p[0],
                        symbol=p[1],
                        street=p[2],
                        city=p[3],
                        postal_code=p[4],
                        region=p[5],
                        country=p[6],
                        email=p[7],
                        default_loan_days=p[8],
                        reciprocal=p[9],
                        charge=Decimal(p[10]),
                        currency=p[11],
                        accepts_invoice=p[12],
                        accepts_ifm=p[13],
                        accepts_ifla_vouchers=p[14],
                        default_carrier=p[15],
                        renewals_allowed=1,
                        iso18626_endpoint="",
                    )
                )
            session.flush()
            _demo_policy(session)
        existing_patrons = session.scalar(select(func.count()).select_from(orm.Patron)) or 0
        if existing_patrons == 0:
            patron_count = max(20, min(2000, requests // 10))
            joined = stamp(orm.utcnow())
            new_patrons = []
            for i in range(patron_count):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                blocked = "Unpaid replacement charge." if rng.random() < 0.03 else ""
                category = rng.choice(CATEGORIES)
                expires = (now + dt.timedelta(days=rng.randrange(-60, 900))).date()
                pickup = rng.choice(("Main desk", "Branch: Riverside"))
                channel = "print" if rng.random() < 0.1 else "email"
                new_patrons.append(
                    (
                        f"P{100000 + i:06d}",
                        f"{last}, {first}",
                        _ascii(f"{first}.{last}{i}@example.org".lower()),
                        f"+1 845 555 {1000 + i % 9000:04d}",
                        category,
                        expires.isoformat(),
                        blocked,
                        pickup,
                        channel,
                        "",
                        joined,
                    )
                )
            insert_rows(session, _table(orm.Patron), _PATRON_COLUMNS, new_patrons)
        session.flush()
        staff = [
            s.name for s in session.scalars(select(orm.StaffMember).order_by(orm.StaffMember.id))
        ]
        patron_ids = list(session.scalars(select(orm.Patron.id).order_by(orm.Patron.id)))
        found = session.execute(select(orm.Patron.id, orm.Patron.name, orm.Patron.barcode))
        patron_words = {i: " ".join(w for w in (n, b) if w).casefold() for i, n, b in found}
        first_id = (session.scalar(select(func.max(orm.Request.id))) or 0) + 1
        first_citation = (session.scalar(select(func.max(orm.Citation.id))) or 0) + 1
        sequences = {s.prefix: s.last for s in session.scalars(select(orm.NumberSequence))}
        # plain values, not records: read a million times below
        # (each fee as stored, for the charges copied from it)
        charges: dict[int, Any] = {
            i: c for i, c in session.execute(text("SELECT id, charge FROM partner"))
        }
        lenders = [
            _lender(p, charges[p.id])
            for p in session.scalars(select(orm.Partner).order_by(orm.Partner.id))
        ]
    patrons = [(i, patron_words[i]) for i in patron_ids]
    made = 0
    collecting = gc.isenabled()
    gc.disable()  # a batch is a few hundred thousand tuples of plain values, no cycles
    try:
        with bulk_session(db, _BULK_TABLES) as session:
            maker = _Maker(rng, seed, now, staff, lenders, patrons, sequences, _demo_shelf(session))

            def make(k: int) -> _Batch:
                done = k * batch
                return maker.batch(
                    first_id + done, first_citation + done, min(batch, requests - done)
                )

            # a worker process stages the history for a SQLite load (see _stage): its
            # core makes a batch in less time than this one writes and indexes it
            ship = _stage if db.is_sqlite and can_stage() else None
            with MadeAhead(make, -(-requests // batch), ahead, ship) as coming:
                while (rows := coming.take()) is not None:
                    _load(session, rows)
                    made += rows.size
                    # the next batch is made while SQLite indexes this one's search text
                    coming.start_next()
                    index_loaded_requests(session)
                    progress.step(made, requests, f"{made} of {requests} demo requests")
            _advance_server_sequences(session)
    finally:
        if collecting:
            gc.enable()
    return made
