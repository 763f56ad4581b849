"""rules and timers: the routing rules table, a request's queue, when it entered its
state (the timers count from there) and its timer stage; rota templates

Revision ID: 0015
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routing_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rule")),
    )
    op.create_table(
        "rota_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("partner_ids", sa.String(length=1000), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rota_template")),
        sa.UniqueConstraint("name", name=op.f("uq_rota_template_name")),
    )
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("queue", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("state_since", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("timer_stage", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.create_index(batch_op.f("ix_request_queue"), ["queue"], unique=False)
    # A request's state began with its last move in the history (or its creation).
    op.execute(
        "UPDATE request SET state_since = COALESCE((SELECT max(e.at) FROM request_event e "
        "WHERE e.request_id = request.id AND e.to_state = request.state "
        "AND e.action NOT IN ('note', 'set_rota')), updated_at)"
    )


def downgrade() -> None:
    with op.batch_alter_table("request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_queue"))
        batch_op.drop_column("timer_stage")
        batch_op.drop_column("state_since")
        batch_op.drop_column("queue")
    op.drop_table("rota_template")
    op.drop_table("routing_rule")
