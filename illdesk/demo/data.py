"""Plausible demo data: staff, patrons, partner libraries abroad and at home, and requests
spread over every state and several years, each with a history that the state machine
itself produced (a random walk over the legal actions).

Rows are written with bulk inserts so that 100,000 requests take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from illdesk.demo.seasons import add_demo_money, seasonal, step_hours
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
from illdesk.persistence.bulk import bulk_session, day, insert_rows, stamp
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import LendingPolicyRule

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


def _advance_server_sequences(session: Session) -> None:
    """Bulk inserts gave explicit ids; a server's id sequences must move past them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("citation", "request", "request_item", "rota_entry", "request_event"):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


class _Lender(NamedTuple):
    id: int
    name: str
    symbol: str
    country: str
    default_loan_days: int


_ITEM_COLUMNS = ("request_id", "barcode", "part_label")
_ROTA_COLUMNS = ("request_id", "partner_id", "position", "status", "reason")
_EVENT_COLUMNS = ("request_id", "at", "staff", "action", "from_state", "to_state", "note")


def _values(rows: list[dict[str, object]]) -> Iterator[tuple[object, ...]]:
    return (tuple(r.values()) for r in rows)


def _table(model: type[orm.Base]) -> Table:
    return cast(Table, model.__table__)


def _rand_date(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    span = int((end - start).total_seconds())
    return start + dt.timedelta(seconds=rng.randrange(max(span, 1)))


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

_Step = tuple[Action, str, str, str, bool, "_Node"]
"""A step of a walk: the action, its value, the state before and after (values), whether
it gives a reason, and where it leads."""


class _Node:
    """A state of one workflow with its steps, worked out when first reached: a walk
    follows references instead of looking its facts up at every step."""

    __slots__ = ("_graph", "_options", "state")

    def __init__(self, graph: _Graph, state: State) -> None:
        self._graph, self.state = graph, state
        self._options: dict[bool, tuple[list[_Step], list[_Step]]] = {}

    def options(self, has_next_lender: bool) -> tuple[list[_Step], list[_Step]]:
        found = self._options.get(has_next_lender)
        if found is None:
            g = self._graph
            legal, main = _choices(g.side, g.service, g.purchased, self.state, has_next_lender)
            found = self._options[has_next_lender] = (
                [g.step(self.state, t) for t in legal],
                [g.step(self.state, t) for t in main],
            )
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
            t.action,
            t.action.value,
            state.value,
            t.target.value,
            t.action in _NOTED,
            self.node(t.target),
        )


@functools.cache
def _graph(side: Side, service: ServiceType, purchased: bool) -> _Graph:
    return _Graph(side, service, purchased)


def _walk(
    rng: random.Random,
    side: Side,
    service: ServiceType,
    purchased: bool,
    steps: int,
) -> Iterator[_Step]:
    """A random path through the legal actions, preferring forward moves."""
    node = _graph(side, service, purchased).start
    for _ in range(steps):
        legal, main = node.options(rng.random() < 0.5)
        if main and rng.random() < 0.9:
            legal = main
        if not legal:
            return
        step = rng.choice(legal)
        yield step
        node = step[5]


_WAITING_TO_PULL = {s.value for s in states_where(Side.LENDING, Capability.PRINT_PULL_SLIP)}
_LOCATIONS = ("Stacks", "Stacks", "Stacks", "Stacks", "Oversize", "Reference")
_CLASSES = {
    "book": ("PR", "PS", "PG", "PL", "QH", "HM", "Q", "ND"),
    "av": ("PN1997", "M1366"),
    "thesis": ("LD", "GB"),
    "score": ("M", "M22"),
    "serial": ("AP",),
}


def _shelve_demo_copies(
    session: Session,
    rng: random.Random,
    waiting: list[dict[str, object]],
    citations: list[dict[str, object]],
) -> None:
    """Our own catalogue for the lending requests still to be pulled, so pull slips show a
    shelf and call number and the pull scan finds the copy (one in six sits in Reference,
    which we do not lend from)."""
    by_id = {c["id"]: c for c in citations}
    with session.no_autoflush:
        for row in waiting:
            cite = by_id[row["citation_id"]]
            control = f"demo:{row['number']}"
            if session.scalar(
                select(orm.CatalogueRecord.id).where(orm.CatalogueRecord.control_number == control)
            ):
                continue
            title, author = str(cite["title"]), str(cite["author"])
            record = orm.CatalogueRecord(
                control_number=control,
                title=title,
                author=author,
                isbn=str(cite["isbn"]),
                publisher=str(cite["publisher"]),
                year=str(cite["year"]),
                match_key=match_key(title, author)[:300],
                material=str(row["material"]),
            )
            location = "Media Centre" if row["material"] == "av" else rng.choice(_LOCATIONS)
            cutter = _ascii(author[:1]).upper() or "X"
            record.items = [
                orm.CatalogueItem(
                    barcode=f"3999{rng.randrange(10**9, 10**10)}",
                    call_number=f"{rng.choice(_CLASSES.get(str(row['material']), ('Z',)))}"
                    f"{rng.randrange(10, 999)} .{cutter}{rng.randrange(10, 99)} "
                    f"{cite['year']}",
                    location=location,
                    status="available",
                )
            ]
            session.add(record)


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
    made: list[dict[str, object]] = []
    citations: list[dict[str, object]] = []
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
        made.append(dict(number=detail.row.number, material=material, citation_id=-(k + 1)))
        citations.append(
            dict(id=-(k + 1), title=title, author=author, isbn=isbn, publisher=publisher, year=year)
        )
    with db.transaction() as session:
        _shelve_demo_copies(session, rng, made, citations)
    return [str(m["number"]) for m in made]


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
) -> int:
    """Add demo staff, partners, patrons and ``requests`` requests; returns requests made."""
    rng = random.Random(seed)
    now = dt.datetime.combine(today or dt.date.today(), dt.time(17, 0))
    start = now - dt.timedelta(days=3 * 365)
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
            for i in range(patron_count):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                blocked = "Unpaid replacement charge." if rng.random() < 0.03 else ""
                session.add(
                    orm.Patron(
                        barcode=f"P{100000 + i:06d}",
                        name=f"{last}, {first}",
                        email=_ascii(f"{first}.{last}{i}@example.org".lower()),
                        phone=f"+1 845 555 {1000 + i % 9000:04d}",
                        category=rng.choice(CATEGORIES),
                        expires_on=(now + dt.timedelta(days=rng.randrange(-60, 900))).date(),
                        blocked_reason=blocked,
                        pickup_location=rng.choice(("Main desk", "Branch: Riverside")),
                        notice_channel="print" if rng.random() < 0.1 else "email",
                    )
                )
        session.flush()
        staff = [s.name for s in session.scalars(select(orm.StaffMember))]
        partners = list(session.scalars(select(orm.Partner)))
        patron_ids = list(session.scalars(select(orm.Patron.id)))
        patron_names = {i: n for i, n in session.execute(select(orm.Patron.id, orm.Patron.name))}
        patron_cards = {i: b for i, b in session.execute(select(orm.Patron.id, orm.Patron.barcode))}
        first_id = (session.scalar(select(func.max(orm.Request.id))) or 0) + 1
        first_citation = (session.scalar(select(func.max(orm.Citation.id))) or 0) + 1
        sequences = {s.prefix: s.last for s in session.scalars(select(orm.NumberSequence))}
        # plain values, not records: read a million times below
        lenders = [
            _Lender(p.id, p.name, p.symbol, p.country, p.default_loan_days) for p in partners
        ]

    kinds = random.Random(seed ^ 0x5EED)  # its own stream: the main one stays as it was
    seasons = random.Random(seed ^ 0x5EA5)  # seasonality and partner speeds
    made = 0
    mark_overdue = Action.MARK_OVERDUE
    with bulk_session(db) as session:
        while made < requests:
            size = min(batch, requests - made)
            citations, rows, items, events, rota = [], [], [], [], []
            for k in range(size):
                rid = first_id + made + k
                cid = first_citation + made + k
                side = Side.BORROWING if rng.random() < 0.6 else Side.LENDING
                service = ServiceType.COPY if rng.random() < 0.3 else ServiceType.LOAN
                purchased = side is Side.BORROWING and rng.random() < 0.05
                created = _rand_date(rng, start, now - dt.timedelta(days=1))
                recent = now - dt.timedelta(days=120)
                if created < recent:  # (recent ones stay: the main stream decides their steps)
                    created = seasonal(seasons, created, start, recent)
                material = "book" if service is ServiceType.LOAN else "serial"
                if service is ServiceType.LOAN:
                    title, author, isbn, publisher, year, edition = rng.choice(BOOKS)
                    if side is Side.LENDING and kinds.random() < 0.15:
                        material, title, author, publisher, year = kinds.choice(NOT_BOOKS)
                        isbn = edition = ""
                    citations.append(
                        dict(
                            id=cid,
                            title=title,
                            author=author,
                            isbn=isbn,
                            issn="",
                            oclc_number="",
                            edition=edition,
                            publisher=publisher,
                            place="",
                            year=year,
                            article_title="",
                            journal="",
                            volume="",
                            issue="",
                            pages="",
                            doi="",
                            pmid="",
                        )
                    )
                    search_bits = [title, author, isbn]
                else:
                    atitle, author, journal, issn, year, vol, iss, pages = rng.choice(ARTICLES)
                    citations.append(
                        dict(
                            id=cid,
                            title="",
                            author=author,
                            isbn="",
                            issn=issn,
                            oclc_number="",
                            edition="",
                            publisher="",
                            place="",
                            year=year,
                            article_title=atitle,
                            journal=journal,
                            volume=vol,
                            issue=iss,
                            pages=pages,
                            doi="",
                            pmid="",
                        )
                    )
                    search_bits = [atitle, author, journal, issn]
                prefix = f"{'B' if side is Side.BORROWING else 'L'}-{created.year}"
                counter = sequences[prefix] = sequences.get(prefix, 0) + 1
                number = f"{prefix}-{counter:06d}"
                partner = rng.choice(lenders)
                patron_id = rng.choice(patron_ids) if side is Side.BORROWING else None
                at = created
                who = rng.choice(staff)
                events.append((rid, stamp(at), who, "create", "", State.NEW.value, "Demo request."))
                state = State.NEW
                overdue = 0
                old = created < now - dt.timedelta(days=120) and rng.random() < 0.97
                steps = 40 if old else rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14))
                for step in _walk(rng, side, service, purchased, steps):
                    action, action_value, before, after, noted, node = step
                    hours = step_hours(seasons, action, partner.country, rng.randrange(2, 24 * 6))
                    at = min(at + dt.timedelta(hours=hours), now)
                    note = rng.choice(REASONS) if noted else ""
                    if action is mark_overdue:
                        overdue += 1
                    events.append(
                        (rid, stamp(at), rng.choice(staff), action_value, before, after, note)
                    )
                    state = node.state
                barcode = (
                    f"3{rng.randrange(10**12, 10**13):013d}"
                    if state not in (State.NEW, State.CITATION_VERIFIED, State.SOURCING)
                    else ""
                )
                if barcode and service is ServiceType.LOAN:
                    items.append((rid, barcode, ""))
                    search_bits.append(barcode)
                due = None
                if state in (
                    State.CHECKED_OUT,
                    State.AWAITING_PICKUP,
                    State.RECEIVED,
                    State.SHIPPED,
                    State.ON_LOAN,
                    State.RENEWAL_REQUESTED,
                    State.RECALLED,
                ):
                    due = (at + dt.timedelta(days=partner.default_loan_days)).date()
                elif state is State.OVERDUE:
                    due = (at - dt.timedelta(days=rng.randrange(1, 30))).date()
                if side is Side.BORROWING:
                    rota.append(
                        (
                            rid,
                            partner.id,
                            1,
                            "waiting"
                            if state in (State.NEW, State.SOURCING, State.CITATION_VERIFIED)
                            else "unfilled"
                            if state is State.UNFILLED
                            else "asked",
                            "",
                        )
                    )
                    assert patron_id is not None  # every borrowing request has a patron
                    search_bits += [patron_names[patron_id], patron_cards[patron_id]]
                search_bits += [number, partner.name, partner.symbol]
                rows.append(
                    dict(
                        id=rid,
                        number=number,
                        side=side.value,
                        service_type=service.value,
                        delivery="electronic" if service is ServiceType.COPY else "physical",
                        state=state.value,
                        patron_id=patron_id,
                        partner_id=partner.id,
                        citation_id=cid,
                        needed_by=day((created + dt.timedelta(days=rng.randrange(14, 90))).date())
                        if rng.random() < 0.4
                        else None,
                        max_cost=int(rng.choice(("0", "10", "25", "50")))
                        if side is Side.BORROWING
                        else None,
                        due_date=day(due),
                        conditions="Library use only." if rng.random() < 0.05 else "",
                        material=material,
                        overdue_level=overdue,
                        renewals_used=0,
                        purchased=int(purchased),
                        copyright_compliance="CCG" if service is ServiceType.COPY else "",
                        external_id="",
                        search_text=" ".join(b for b in search_bits if b).casefold(),
                        created_at=stamp(created),
                        updated_at=stamp(at),
                        updated_by=who,
                        version=1,
                    )
                )
            # tuples straight to the driver, one statement per table (SQLAlchemy's
            # executemany would turn every value of a million rows over in Python)
            insert_rows(session, _table(orm.Citation), list(citations[0]), _values(citations))
            insert_rows(session, _table(orm.Request), list(rows[0]), _values(rows))
            insert_rows(session, _table(orm.RequestItem), _ITEM_COLUMNS, items)
            insert_rows(session, _table(orm.RotaEntry), _ROTA_COLUMNS, rota)
            insert_rows(session, _table(orm.RequestEvent), _EVENT_COLUMNS, events)
            for prefix, counter in sequences.items():
                session.merge(orm.NumberSequence(prefix=prefix, last=counter))
            made += size
            _shelve_demo_copies(
                session,
                kinds,
                [
                    r
                    for r in rows
                    if r["side"] == Side.LENDING.value
                    and r["service_type"] == ServiceType.LOAN.value
                    and r["state"] in _WAITING_TO_PULL
                ],
                citations,
            )
            progress.step(made, requests, f"{made} of {requests} demo requests")
        _advance_server_sequences(session)
        add_demo_money(session, first_id)  # fees, purchases and invoices for the reports
    return made
