"""stored documents, deliveries, copyright clearances, purchases, ILL charges, budgets

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _request_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["request_id"],
        ["request.id"],
        name=op.f(f"fk_{table}_request_id_request"),
        ondelete="CASCADE",
    )


def _index_request(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_request_id"), ["request_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "stored_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=80), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("attached_at", sa.DateTime(), nullable=False),
        sa.Column("attached_by", sa.String(length=120), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.Column("purge_note", sa.String(length=300), nullable=False),
        _request_fk("stored_document"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_document")),
    )
    _index_request("stored_document")
    op.create_table(
        "document_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        _request_fk("document_delivery"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["stored_document.id"],
            name=op.f("fk_document_delivery_document_id_stored_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_delivery")),
    )
    _index_request("document_delivery")
    op.create_table(
        "copyright_clearance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_to", sa.String(length=200), nullable=False),
        sa.Column("override_reason", sa.String(length=500), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        _request_fk("copyright_clearance"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copyright_clearance")),
    )
    _index_request("copyright_clearance")
    op.create_table(
        "purchase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(length=120), nullable=False),
        sa.Column("order_number", sa.String(length=120), nullable=False),
        sa.Column("cost", sa.Numeric(10, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("ordered_at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        _request_fk("purchase"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase")),
    )
    _index_request("purchase")
    op.create_table(
        "ill_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        _request_fk("ill_charge"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ill_charge")),
    )
    _index_request("ill_charge")
    op.create_table(
        "budget",
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.PrimaryKeyConstraint("fiscal_year", name=op.f("pk_budget")),
    )


def downgrade() -> None:
    op.drop_table("budget")
    for table in (
        "ill_charge",
        "purchase",
        "copyright_clearance",
        "document_delivery",
        "stored_document",
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_request_id"))
        op.drop_table(table)
