"""the lender that sent a borrowed item is "supplied" in the rota, not "asked" for ever

Requests received before this version kept their lender "asked" through to complete;
those that were shipped by the lender or received are set right.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE rota_entry SET status = 'supplied' WHERE status = 'asked' AND request_id IN ("
        "SELECT e.request_id FROM request_event e JOIN request r ON r.id = e.request_id "
        "WHERE r.side = 'borrowing' AND e.action IN ('lender_shipped', 'receive'))"
    )


def downgrade() -> None:
    """Nothing to undo: "supplied" is what those lenders were all along."""
