"""The demo data: repeatable, on both databases, with a lending policy and this morning's
batch of lending requests whose copies are on our shelves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from illdesk.cli import main as cli_main
from illdesk.demo.data import add_todays_arrivals, generate
from illdesk.domain.vocabulary import Side, State
from illdesk.persistence import orm
from illdesk.persistence.orm_lending import LendingPolicyRule
from illdesk.services.catalogue import CatalogueService
from illdesk.services.printouts import PrintoutService

DAY = dt.date(2026, 3, 2)


def _count(db, table) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_demo_with_a_policy_and_a_morning_batch(db, settings) -> None:
    assert generate(db, 80, today=DAY) == 80
    numbers = add_todays_arrivals(db, settings, 6, today=DAY)
    assert len(numbers) == 6 and len(set(numbers)) == 6
    assert _count(db, orm.Request) == 86
    assert _count(db, LendingPolicyRule) == 4
    with db.reading() as session:
        morning = list(session.scalars(select(orm.Request).where(orm.Request.number.in_(numbers))))
        assert {r.state for r in morning} == {State.NEW.value}
        assert {r.side for r in morning} == {Side.LENDING.value}
        assert {r.material for r in morning} >= {"book"}
        thesis = [r for r in morning if r.material == "thesis"]
        assert all("Library use only." in r.conditions for r in thesis)
        ids = [r.id for r in morning]
    slips = PrintoutService(db, settings, CatalogueService(db, settings)).pull_slips(ids)
    assert all(s.item_barcode and s.location for s in slips)  # every copy is on a shelf


def test_demo_is_repeatable(tmp_path) -> None:
    from illdesk.persistence.database import open_database

    titles = []
    for name in ("a", "b"):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        generate(db, 40, today=DAY)
        with db.reading() as session:
            titles.append(
                [
                    (r.number, r.state, r.material)
                    for r in session.scalars(select(orm.Request).order_by(orm.Request.id))
                ]
            )
        db.dispose()
    assert titles[0] == titles[1]


def test_demo_data_command(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert (
        cli_main(["demo-data", "--database-url", url, "--requests", "30", "--arrivals", "3"]) == 0
    )
    said = capsys.readouterr().out
    assert "Added 30 demo requests" in said and "3 new lending requests" in said
    assert cli_main(["demo-data", "--database-url", url, "--requests", "-1"]) == 2
