"""A small ILL year, every figure of which is counted by hand in the report tests.

Period 2026.  Partners A and B.  Times are exact hours so turnarounds are round numbers.

borrowing  created          partner service  history (hours after creation)           state
b1         2026-01-05 09:00 A  loan  sent, received +24, notified +26, complete 02-01  complete
b2         2026-01-10 09:00 A  loan  received +72, notified +75                        checked_out
b3         2026-02-02 09:00 B  copy  received +120                                     delivered
b4         2026-02-03 09:00 B  loan  lender unfilled "Not on shelf" +24 (rota exhausted) unfilled
b5         2026-02-10 09:00 -  loan  -                                                 sourcing
b6         2025-12-20 09:00 A  loan  received +48 (before the period)                  complete
b7         2026-03-01 09:00 -  copy  open access +1, complete +2                       complete
b8         2026-03-02 09:00 -  loan  bought                                   purchase_ordered
lending
l1         2026-01-07 09:00 A  loan  shipped +24, complete 01-15                       complete
l2         2026-01-20 09:00 B  copy  copy sent +72, complete 01-25                     complete
l3         2026-02-01 09:00 B  loan  answered unfilled "Not on shelf" +24              unfilled
today's work (created 2025-06, outside the period): l4 new, l5 pulled, b9 shipped by
lender, b10 overdue; one queued notice.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from illdesk.persistence import orm
from illdesk.persistence.database import Database
from illdesk.persistence.orm_lending import LendingCharge

SWEETGRASS = "9781571313560"
NATURE = "0028-0836"


def _at(day: str, hours: float = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(day + " 09:00") + dt.timedelta(hours=hours)


def build_small_year(db: Database) -> dict[str, int]:
    """Store the year; returns request ids by name (and partner ids as "A", "B")."""
    with db.transaction() as session:
        a = orm.Partner(name="Alpha College", symbol="A")
        b = orm.Partner(name="Beta University", symbol="B")
        patron = orm.Patron(barcode="P1", name="Reader, Ada")
        session.add_all([a, b, patron])
        session.flush()
        ids: dict[str, int] = {"A": a.id, "B": b.id}

        def request(
            name: str,
            side: str,
            service: str,
            created: str,
            state: str,
            partner: orm.Partner | None,
            *,
            title: str = "",
            isbn: str = "",
            journal: str = "",
            issn: str = "",
            purchased: bool = False,
            history: tuple[tuple[str, str, float, str], ...] = (),
        ) -> orm.Request:
            citation = orm.Citation(
                title=title or f"Title of {name}",
                isbn=isbn,
                journal=journal,
                issn=issn,
                year="2025",
                article_title=f"Article of {name}" if service == "copy" else "",
            )
            row = orm.Request(
                number=name.upper(),
                side=side,
                service_type=service,
                delivery="electronic" if service == "copy" else "physical",
                state=state,
                patron_id=patron.id if side == "borrowing" else None,
                partner_id=partner.id if partner is not None else None,
                citation=citation,
                material="serial" if service == "copy" else "book",
                purchased=purchased,
                created_at=_at(created),
                updated_at=_at(created),
            )
            row.events = [orm.RequestEvent(action="create", to_state="new", at=_at(created))]
            for action, to_state, hours, note in history:
                row.events.append(
                    orm.RequestEvent(
                        action=action, to_state=to_state, at=_at(created, hours), note=note
                    )
                )
            session.add(row)
            session.flush()
            ids[name] = row.id
            return row

        b1 = request(
            "b1",
            "borrowing",
            "loan",
            "2026-01-05",
            "complete",
            a,
            title="Braiding Sweetgrass",
            isbn=SWEETGRASS,
            history=(
                ("send_to_lender", "requested", 1, ""),
                ("receive", "received", 24, ""),
                ("notify_patron", "awaiting_pickup", 26, ""),
                ("complete", "complete", 27 * 24, ""),
            ),
        )
        b2 = request(
            "b2",
            "borrowing",
            "loan",
            "2026-01-10",
            "checked_out",
            a,
            title="Braiding Sweetgrass",
            isbn=SWEETGRASS,
            history=(("receive", "received", 72, ""), ("notify_patron", "awaiting_pickup", 75, "")),
        )
        b3 = request(
            "b3",
            "borrowing",
            "copy",
            "2026-02-02",
            "delivered",
            b,
            journal="Nature",
            issn=NATURE,
            history=(("receive", "received", 120, ""),),
        )
        b4 = request(
            "b4",
            "borrowing",
            "loan",
            "2026-02-03",
            "unfilled",
            b,
            history=(("lender_unfilled", "unfilled", 24, "Not on shelf"),),
        )
        request("b5", "borrowing", "loan", "2026-02-10", "sourcing", None)
        request(
            "b6",
            "borrowing",
            "loan",
            "2025-12-20",
            "complete",
            a,
            title="Braiding Sweetgrass",
            isbn=SWEETGRASS,
            history=(("receive", "received", 48, ""), ("complete", "complete", 96, "")),
        )
        request(
            "b7",
            "borrowing",
            "copy",
            "2026-03-01",
            "complete",
            None,
            journal="Nature",
            issn=NATURE,
            history=(("mark_open_access", "complete", 1, "open access"),),
        )
        b8 = request(
            "b8", "borrowing", "loan", "2026-03-02", "purchase_ordered", None, purchased=True
        )
        l1 = request(
            "l1",
            "lending",
            "loan",
            "2026-01-07",
            "complete",
            a,
            isbn="9780000000002",
            history=(("ship", "shipped", 24, ""), ("complete", "complete", 8 * 24, "")),
        )
        l2 = request(
            "l2",
            "lending",
            "copy",
            "2026-01-20",
            "complete",
            b,
            history=(("send_copy", "sent", 72, ""), ("complete", "complete", 5 * 24, "")),
        )
        request(
            "l3",
            "lending",
            "loan",
            "2026-02-01",
            "unfilled",
            b,
            history=(("answer_unfilled", "unfilled", 24, "Not on shelf"),),
        )
        for name, side, state in (
            ("l4", "lending", "new"),
            ("l5", "lending", "pulled"),
            ("b9", "borrowing", "shipped_by_lender"),
            ("b10", "borrowing", "overdue"),
        ):
            request(name, side, "loan", "2025-06-02", state, a)
        for row, partner, status in (
            (b1, a, "asked"),
            (b2, a, "asked"),
            (b3, b, "asked"),
            (b4, b, "unfilled"),
        ):
            session.add(
                orm.RotaEntry(request_id=row.id, partner_id=partner.id, position=1, status=status)
            )
        session.add_all(
            [
                orm.IllCharge(
                    request_id=b1.id, amount=Decimal("10.00"), currency="USD", at=_at("2026-01-06")
                ),
                orm.IllCharge(
                    request_id=b3.id, amount=Decimal("5.00"), currency="EUR", at=_at("2026-02-07")
                ),
                orm.Purchase(
                    request_id=b8.id,
                    supplier="Bookshop",
                    cost=Decimal("30.00"),
                    currency="USD",
                    ordered_at=_at("2026-03-02"),
                ),
                orm.CopyrightClearance(
                    request_id=b3.id,
                    amount=Decimal("12.50"),
                    currency="USD",
                    paid_to="CCC",
                    at=_at("2026-02-07"),
                ),
                LendingCharge(
                    request_id=l1.id,
                    partner_id=a.id,
                    method="invoice",
                    amount=Decimal("15.00"),
                    currency="USD",
                    billed_at=_at("2026-01-15"),
                    paid=True,
                    paid_at=_at("2026-02-01"),
                ),
                LendingCharge(
                    request_id=l2.id,
                    partner_id=b.id,
                    method="invoice",
                    amount=Decimal("8.00"),
                    currency="USD",
                    billed_at=_at("2026-01-25"),
                ),
                orm.Budget(fiscal_year=2026, amount=Decimal("1000.00"), currency="USD"),
                orm.Notice(kind="pickup", recipient="ada@example.org", status="queued"),
            ]
        )
        record = orm.CatalogueRecord(
            control_number="our:1", title="Title of l1", isbn="9780000000002"
        )
        record.items = [orm.CatalogueItem(barcode="3999001", call_number="QH541 .K56 2013")]
        session.add(record)
    return ids
