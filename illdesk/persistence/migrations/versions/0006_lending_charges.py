"""lending charges (invoice, IFM, IFLA vouchers) and the voucher ledger

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lending_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("invoice_number", sa.String(length=20), nullable=False),
        sa.Column("full_vouchers", sa.Integer(), nullable=False),
        sa.Column("half_vouchers", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("billed_at", sa.DateTime(), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.Column("staff", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_lending_charge_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            ondelete="CASCADE",
            name=op.f("fk_lending_charge_request_id_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lending_charge")),
    )
    with op.batch_alter_table("lending_charge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lending_charge_invoice_number"), ["invoice_number"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_lending_charge_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_lending_charge_request_id"), ["request_id"], unique=False
        )
    op.create_table(
        "voucher_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("full", sa.Integer(), nullable=False),
        sa.Column("half", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_voucher_entry_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name=op.f("fk_voucher_entry_request_id_request")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_entry")),
    )
    with op.batch_alter_table("voucher_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_voucher_entry_partner_id"), ["partner_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("voucher_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_entry_partner_id"))
    op.drop_table("voucher_entry")
    with op.batch_alter_table("lending_charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lending_charge_request_id"))
        batch_op.drop_index(batch_op.f("ix_lending_charge_partner_id"))
        batch_op.drop_index(batch_op.f("ix_lending_charge_invoice_number"))
    op.drop_table("lending_charge")
