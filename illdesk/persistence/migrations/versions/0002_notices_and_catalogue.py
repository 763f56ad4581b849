"""notices, own catalogue holdings, replacement charge

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalogue_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("control_number", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("isbn", sa.String(length=200), nullable=False),
        sa.Column("issn", sa.String(length=60), nullable=False),
        sa.Column("oclc_number", sa.String(length=20), nullable=False),
        sa.Column("edition", sa.String(length=100), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("year", sa.String(length=10), nullable=False),
        sa.Column("match_key", sa.String(length=300), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_record")),
        sa.UniqueConstraint("control_number", name=op.f("uq_catalogue_record_control_number")),
    )
    with op.batch_alter_table("catalogue_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_record_isbn"), ["isbn"], unique=False)
        batch_op.create_index(batch_op.f("ix_catalogue_record_issn"), ["issn"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_catalogue_record_match_key"), ["match_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_catalogue_record_oclc_number"), ["oclc_number"], unique=False
        )

    op.create_table(
        "catalogue_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=60), nullable=False),
        sa.Column("call_number", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["catalogue_record.id"],
            name=op.f("fk_catalogue_item_record_id_catalogue_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_item")),
    )
    with op.batch_alter_table("catalogue_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_item_barcode"), ["barcode"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_catalogue_item_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("patron_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patron.id"], name=op.f("fk_notice_patron_id_patron")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_notice_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_status"), ["status"], unique=False)

    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("replacement_charge", sa.Numeric(precision=10, scale=2), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_column("replacement_charge")

    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_status"))
        batch_op.drop_index(batch_op.f("ix_notice_request_id"))

    op.drop_table("notice")
    with op.batch_alter_table("catalogue_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_item_record_id"))
        batch_op.drop_index(batch_op.f("ix_catalogue_item_barcode"))

    op.drop_table("catalogue_item")
    with op.batch_alter_table("catalogue_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_record_oclc_number"))
        batch_op.drop_index(batch_op.f("ix_catalogue_record_match_key"))
        batch_op.drop_index(batch_op.f("ix_catalogue_record_issn"))
        batch_op.drop_index(batch_op.f("ix_catalogue_record_isbn"))

    op.drop_table("catalogue_record")
