"""every standard number of catalogue records; partners' catalogues and the record a
lender holds (Find lenders); the NCIP queue to our ILS

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _isbn13(raw: str) -> str:
    from stdnum import isbn

    try:
        return str(isbn.to_isbn13(isbn.validate(raw))).replace("-", "")
    except Exception:
        return ""


def upgrade() -> None:
    op.create_table(
        "catalogue_identifier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["catalogue_record.id"],
            ondelete="CASCADE",
            name=op.f("fk_catalogue_identifier_record_id_catalogue_record"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_identifier")),
    )
    with op.batch_alter_table("catalogue_identifier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catalogue_identifier_record_id"), ["record_id"], unique=False
        )
        batch_op.create_index(
            "ix_catalogue_identifier_scheme_value", ["scheme", "value"], unique=False
        )
    op.create_table(
        "ncip_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("request_ref", sa.String(length=40), nullable=False),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request.id"],
            ondelete="SET NULL",
            name=op.f("fk_ncip_message_request_id_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ncip_message")),
    )
    with op.batch_alter_table("ncip_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ncip_message_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ncip_message_state"), ["state"], unique=False)
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("catalogue_url", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "catalogue_database", sa.String(length=120), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("rota_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("record_id", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("record_note", sa.String(length=300), nullable=False, server_default="")
        )
    # Records imported before: their kept numbers become identifiers (the ones not kept at
    # import time come back when the MARC file is imported again).
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, isbn, issn, oclc_number FROM catalogue_record")
    ).fetchall()
    table = sa.table(
        "catalogue_identifier",
        sa.column("record_id", sa.Integer()),
        sa.column("scheme", sa.String()),
        sa.column("value", sa.String()),
    )
    values: list[dict[str, object]] = []
    for record_id, isbns, issns, oclc in rows:
        for part in (isbns or "").split():
            number = _isbn13(part)
            if number:
                values.append({"record_id": record_id, "scheme": "isbn", "value": number})
        for part in (issns or "").split():
            if re.fullmatch(r"\d{4}-\d{3}[\dX]", part):
                values.append({"record_id": record_id, "scheme": "issn", "value": part})
        if (oclc or "").strip():
            values.append({"record_id": record_id, "scheme": "oclc", "value": oclc.strip()})
    if values:
        op.bulk_insert(table, values)


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN: copying the tables would trip their foreign keys.
    with op.batch_alter_table("rota_entry", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("record_note")
        batch_op.drop_column("record_id")
    with op.batch_alter_table("partner", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("catalogue_database")
        batch_op.drop_column("catalogue_url")
    with op.batch_alter_table("ncip_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ncip_message_state"))
        batch_op.drop_index(batch_op.f("ix_ncip_message_request_id"))
    op.drop_table("ncip_message")
    with op.batch_alter_table("catalogue_identifier", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_identifier_scheme_value")
        batch_op.drop_index(batch_op.f("ix_catalogue_identifier_record_id"))
    op.drop_table("catalogue_identifier")
