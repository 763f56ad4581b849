"""lending policy per partner and material; material on requests and catalogue records

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lending_policy_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("material", sa.String(length=20), nullable=True),
        sa.Column("lendable", sa.Boolean(), nullable=True),
        sa.Column("loan_days", sa.Integer(), nullable=True),
        sa.Column("renewals", sa.Integer(), nullable=True),
        sa.Column("charge", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("conditions", sa.String(length=500), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            ondelete="CASCADE",
            name=op.f("fk_lending_policy_rule_partner_id_partner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lending_policy_rule")),
    )
    with op.batch_alter_table("lending_policy_rule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lending_policy_rule_partner_id"), ["partner_id"], unique=False
        )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("material", sa.String(length=20), nullable=False, server_default="book")
        )
    with op.batch_alter_table("catalogue_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("material", sa.String(length=20), nullable=False, server_default="")
        )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "lending_conditions", sa.String(length=500), nullable=False, server_default=""
            )
        )


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): copying the table instead would
    # trip the foreign keys of the rows that point at it.
    with op.batch_alter_table("partner", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("lending_conditions")
    with op.batch_alter_table("catalogue_record", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("material")
    with op.batch_alter_table("request", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("material")
    with op.batch_alter_table("lending_policy_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lending_policy_rule_partner_id"))
    op.drop_table("lending_policy_rule")
