"""calendar feed secret

Revision ID: 7d41c0e9b2aa
Revises: f13bf1196230
Create Date: 2026-11-25 17:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import api.db

revision: str = "7d41c0e9b2aa"
down_revision: str | None = "f13bf1196230"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("calendar_secret_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "calendar_secret_created_at", api.db.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_user_account_calendar_secret_hash"), ["calendar_secret_hash"]
        )


def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_user_account_calendar_secret_hash"), type_="unique")
        batch_op.drop_column("calendar_secret_created_at")
        batch_op.drop_column("calendar_secret_hash")
