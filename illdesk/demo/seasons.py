"""What makes the demo's reports look like a real desk's: requests follow the academic
year (busy in October–November and February–March, quiet in summer and at Christmas),
each partner answers at its own speed (near libraries in days, far ones in weeks), and
the money a desk spends and bills is recorded (lender fees for what paying lenders
supplied, purchases for what was bought, invoices for what we lent to libraries without
an agreement).  :mod:`illdesk.demo.data` draws the demo from these tables."""

from __future__ import annotations

from illdesk.domain.vocabulary import Action

MONTH_WEIGHT = {
    1: 0.75, 2: 1.0, 3: 1.0, 4: 0.9, 5: 0.7, 6: 0.45,
    7: 0.35, 8: 0.5, 9: 0.85, 10: 1.0, 11: 1.0, 12: 0.55,
}  # fmt: skip
"""How busy each month is, the busiest being 1: a request drawn in a month is kept with
its weight, else drawn again (up to 20 times)."""

SPEED_DAYS = {"US": (1.5, 4.0), "CA": (4.0, 9.0)}
"""Days from our request to the item arriving, by the lender's country (others: abroad);
the lender takes 40 % of them to ship, the post 60 % to bring it (triangular, the mode at
a third)."""
ABROAD_DAYS = (8.0, 21.0)
DESK_STEPS = (
    Action.VERIFY_CITATION,
    Action.START_SOURCING,
    Action.SEND_TO_LENDER,
    Action.CHECK_HOLDINGS,
    Action.PRINT_PULL_SLIP,
    Action.PULL,
    Action.MARK_SCANNED,
    Action.ACCEPT_CONDITIONS,
)
"""What the desk does within hours, not days (triangular 0.5–20 h, mostly 2); shipping
and sending a copy take 4–72 h, mostly 12; notifying a patron 0.5 h to 2.75 days; any
other step 2 h to 6 days."""
LENDER_STEPS = (Action.RECEIVE, Action.LENDER_SHIPPED)
"""What the lender's speed times."""
