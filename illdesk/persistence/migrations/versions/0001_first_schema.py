"""first schema: patrons, partners, citations, requests, history

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "citation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("isbn", sa.String(length=20), nullable=False),
        sa.Column("issn", sa.String(length=9), nullable=False),
        sa.Column("oclc_number", sa.String(length=20), nullable=False),
        sa.Column("edition", sa.String(length=100), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("year", sa.String(length=10), nullable=False),
        sa.Column("article_title", sa.String(length=500), nullable=False),
        sa.Column("journal", sa.String(length=300), nullable=False),
        sa.Column("volume", sa.String(length=20), nullable=False),
        sa.Column("issue", sa.String(length=20), nullable=False),
        sa.Column("pages", sa.String(length=40), nullable=False),
        sa.Column("doi", sa.String(length=200), nullable=False),
        sa.Column("pmid", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citation")),
    )
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citation_isbn"), ["isbn"], unique=False)
        batch_op.create_index(batch_op.f("ix_citation_issn"), ["issn"], unique=False)
        batch_op.create_index(batch_op.f("ix_citation_oclc_number"), ["oclc_number"], unique=False)

    op.create_table(
        "number_sequence",
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", name=op.f("pk_number_sequence")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("symbol", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("iso18626_endpoint", sa.String(length=300), nullable=False),
        sa.Column("default_loan_days", sa.Integer(), nullable=False),
        sa.Column("renewals_allowed", sa.Integer(), nullable=False),
        sa.Column("charge", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("accepts_invoice", sa.Boolean(), nullable=False),
        sa.Column("accepts_ifm", sa.Boolean(), nullable=False),
        sa.Column("accepts_ifla_vouchers", sa.Boolean(), nullable=False),
        sa.Column("reciprocal", sa.Boolean(), nullable=False),
        sa.Column("default_carrier", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("symbol", name=op.f("uq_partner_symbol")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_name"), ["name"], unique=False)

    op.create_table(
        "patron",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("blocked_reason", sa.String(length=300), nullable=False),
        sa.Column("request_limit", sa.Integer(), nullable=True),
        sa.Column("pickup_location", sa.String(length=120), nullable=False),
        sa.Column("notice_channel", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patron")),
        sa.UniqueConstraint("barcode", name=op.f("uq_patron_barcode")),
    )
    with op.batch_alter_table("patron", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patron_name"), ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("initials", sa.String(length=8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_member_name")),
    )
    op.create_table(
        "request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("service_type", sa.String(length=10), nullable=False),
        sa.Column("delivery", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("citation_id", sa.Integer(), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("max_cost", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("conditions", sa.String(length=500), nullable=False),
        sa.Column("overdue_level", sa.Integer(), nullable=False),
        sa.Column("renewals_used", sa.Integer(), nullable=False),
        sa.Column("purchased", sa.Boolean(), nullable=False),
        sa.Column("copyright_compliance", sa.String(length=4), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citation_id"], ["citation.id"], name=op.f("fk_request_citation_id_citation")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_request_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patron.id"], name=op.f("fk_request_patron_id_patron")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request")),
        sa.UniqueConstraint("number", name=op.f("uq_request_number")),
    )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_external_id"), ["external_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_patron_id"), ["patron_id"], unique=False)
        batch_op.create_index("ix_request_side_state", ["side", "state"], unique=False)
        batch_op.create_index("ix_request_side_updated", ["side", "updated_at"], unique=False)

    op.create_table(
        "request_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("from_state", sa.String(length=40), nullable=False),
        sa.Column("to_state", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_request_event_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_event")),
    )
    with op.batch_alter_table("request_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_event_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "request_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=60), nullable=False),
        sa.Column("part_label", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_request_item_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_item")),
    )
    with op.batch_alter_table("request_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_item_barcode"), ["barcode"], unique=False)

    op.create_table(
        "rota_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_rota_entry_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            name=op.f("fk_rota_entry_request_id_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rota_entry")),
        sa.UniqueConstraint("request_id", "position", name=op.f("uq_rota_entry_request_id")),
    )


def downgrade() -> None:
    op.drop_table("rota_entry")
    with op.batch_alter_table("request_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_item_barcode"))

    op.drop_table("request_item")
    with op.batch_alter_table("request_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_event_request_id"))

    op.drop_table("request_event")
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_index("ix_request_side_updated")
        batch_op.drop_index("ix_request_side_state")
        batch_op.drop_index(batch_op.f("ix_request_patron_id"))
        batch_op.drop_index(batch_op.f("ix_request_partner_id"))
        batch_op.drop_index(batch_op.f("ix_request_external_id"))

    op.drop_table("request")
    op.drop_table("staff_member")
    op.drop_table("setting")
    with op.batch_alter_table("patron", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patron_name"))

    op.drop_table("patron")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_name"))

    op.drop_table("partner")
    op.drop_table("number_sequence")
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citation_oclc_number"))
        batch_op.drop_index(batch_op.f("ix_citation_issn"))
        batch_op.drop_index(batch_op.f("ix_citation_isbn"))

    op.drop_table("citation")
