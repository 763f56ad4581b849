"""The copyright report dialog: the year's rows and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

from illdesk.services.patrons import PatronInput, PatronService
from illdesk.ui.copies import CopyrightReportDialog
from tests.conftest import FixedClock
from tests.services.copies_support import article, build_copies, copies_settings, new_copy


def test_report_shows_the_year_and_exports_csv(qtbot, sqlite_db, tmp_path) -> None:
    clock = FixedClock(dt.datetime(2026, 2, 1, 9, 0))
    copies = build_copies(sqlite_db, copies_settings(), clock)
    patron = PatronService(sqlite_db).save(
        PatronInput(barcode="P2002", name="Okafor, Ada", email="ada@example.org", request_limit=50)
    )
    rids = []
    for _ in range(6):
        rids.append(new_copy(copies, patron.id))
        clock.advance(hours=2)
    copies.copyright.hold_if_needed(rids[-1], staff="Dana")
    copies.copyright.record_royalty(rids[-1], Decimal("18.25"), "CCC", staff="Dana")
    new_copy(copies, patron.id, article(journal="Library Trends", issn="0024-2594"))
    dialog = CopyrightReportDialog(copies.copyright, year=2026)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(5)] == [
        "Journal of Documentation",
        "0022-0418",
        "6",
        "1",
        "18.25",
    ]
    assert dialog.summary.text() == "2 titles; 1 over the rule."
    dialog.year.setValue(2025)
    assert table.rowCount() == 0
    dialog.year.setValue(2026)
    path = tmp_path / "report.csv"
    assert dialog.export_to(path) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["Journal of Documentation", "0022-0418", "6", "1", "18.25"]
    assert dialog.summary.text().startswith("Saved 2 rows")


def test_budget_dialog_sets_and_shows_the_year(qtbot, sqlite_db) -> None:
    from illdesk.ui.copies import BudgetDialog

    clock = FixedClock(dt.datetime(2026, 8, 1, 9, 0))
    copies = build_copies(sqlite_db, copies_settings(), clock)
    dialog = BudgetDialog(copies.purchasing)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2026
    assert dialog.amount.text() == ""
    assert "no budget set" in dialog.status.text()
    dialog.amount.setText("lots")
    assert not dialog.save()
    assert dialog.form.error_text("amount") == "“lots” is not an amount."
    dialog.amount.setText("2500")
    assert dialog.save()
    assert dialog.status.text().startswith("Spent 0.00 USD in 2026/27 of 2500.00; 2500.00 left.")
    assert copies.purchasing.budget(2026).amount == Decimal("2500.00")


def test_copies_context_from_the_desk_context(sqlite_db) -> None:
    from types import SimpleNamespace

    from illdesk.ui.copies import CopiesContext

    copies = build_copies(sqlite_db, copies_settings(), FixedClock(dt.datetime(2026, 1, 5)))
    desk = SimpleNamespace(
        requests=copies.requests,
        documents=copies.documents,
        copyright=copies.copyright,
        purchasing=copies.purchasing,
        open_access=copies.open_access,
        notice_sender=object(),
        current_staff=lambda: "Dana",
    )
    context = CopiesContext.from_desk(desk)
    assert context.documents is copies.documents and context.current_staff() == "Dana"
