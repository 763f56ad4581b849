"""Each state's requests in list order: the (side, state, updated_at, id) index, so a
search inside a chip walks each of the chip's states newest first and stops at a page
(issue 22).  It takes the place of (side, state), of which it is an extension.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_request_side_state_updated", "request", ["side", "state", "updated_at", "id"]
    )
    op.drop_index("ix_request_side_state", table_name="request")


def downgrade() -> None:
    op.create_index("ix_request_side_state", "request", ["side", "state"])
    op.drop_index("ix_request_side_state_updated", table_name="request")
