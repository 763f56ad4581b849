"""shipments with carrier, tracking and customs form

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("carrier", sa.String(length=40), nullable=False),
        sa.Column("tracking_number", sa.String(length=60), nullable=False),
        sa.Column("weight_kg", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("declared_value", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("customs_form", sa.String(length=4), nullable=False),
        sa.Column("customs_category", sa.String(length=30), nullable=False),
        sa.Column("customs_description", sa.Text(), nullable=False),
        sa.Column("hs_tariff_number", sa.String(length=20), nullable=False),
        sa.Column("shipped_at", sa.DateTime(), nullable=False),
        sa.Column("shipped_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            ondelete="CASCADE",
            name=op.f("fk_shipment_request_id_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipment")),
    )
    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipment_request_id"), ["request_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shipment_tracking_number"), ["tracking_number"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipment_tracking_number"))
        batch_op.drop_index(batch_op.f("ix_shipment_request_id"))
    op.drop_table("shipment")
