"""an index on request_item.request_id: loading a request's items (every scan does) looked
at every item row without it

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_request_item_request_id"), "request_item", ["request_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_request_item_request_id"), table_name="request_item")
