"""privacy, staff and secrets: staff roles with a hashed PIN or password and a lock after
failed sign-ins; a waived charge's reason; the audit of actions outside requests; the
patron category kept on a request whose patron was removed; partners' shared secrets
stored only as hashes

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

SECRETS_KEY = "interop.iso18626.shared_secrets"


def upgrade() -> None:
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(length=12), nullable=False, server_default="desk")
        )
        batch_op.add_column(
            sa.Column("password_hash", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("patron_category", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("lending_charge", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("waived_reason", sa.String(length=300), nullable=False, server_default="")
        )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"], unique=False)
    _hash_shared_secrets()


def _hash_shared_secrets() -> None:
    """The listener's partner secrets, once kept in plain text in the shared table: the
    plain values go to this desk's secret store (it sends them to the partners), the table
    keeps only their hashes (enough to check what a partner presents)."""
    from illdesk.persistence.secret_store import DeskSecrets, hash_secret_lines

    connection = op.get_bind()
    row = connection.execute(
        sa.text("SELECT value FROM setting WHERE key = :key"), {"key": SECRETS_KEY}
    ).first()
    if row is None or not str(row[0]).strip():
        return
    hashed, plain = hash_secret_lines(str(row[0]))
    store = DeskSecrets.default()
    for agency, secret in plain.items():
        store.set(f"partner:{agency}", secret)
    connection.execute(
        sa.text("UPDATE setting SET value = :value WHERE key = :key"),
        {"value": hashed, "key": SECRETS_KEY},
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_entry_at"), table_name="audit_entry")
    op.drop_table("audit_entry")
    with op.batch_alter_table("lending_charge", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("waived_reason")
    with op.batch_alter_table("request", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_column("patron_category")
    with op.batch_alter_table("staff_member", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
        batch_op.drop_column("password_hash")
        batch_op.drop_column("role")
