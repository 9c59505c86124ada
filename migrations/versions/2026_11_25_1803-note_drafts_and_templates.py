"""note drafts and templates

Revision ID: d58c215554b1
Revises: 7d41c0e9b2aa
Create Date: 2026-11-25 18:03:54.336351
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import api.db

revision: str = "d58c215554b1"
down_revision: str | None = "7d41c0e9b2aa"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "note_template",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_note_template_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
        sa.UniqueConstraint(
            "user_id", "kind", "channel", name="uq_note_template_user_kind_channel"
        ),
    )
    op.create_table(
        "note_draft",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("interviewer_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("to_name", sa.String(length=200), nullable=True),
        sa.Column("to_email", sa.String(length=254), nullable=True),
        sa.Column("subject", sa.String(length=1000), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sent_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "checks",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_note_draft_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_note_draft_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_id"],
            ["interviewer.id"],
            name=op.f("fk_note_draft_interviewer_id_interviewer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["follow_up_task.id"],
            name=op.f("fk_note_draft_task_id_follow_up_task"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_note_draft_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_draft")),
    )
    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_draft_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_note_draft_interview_id"), ["interview_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_note_draft_interviewer_id"), ["interviewer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_note_draft_task_id"), ["task_id"], unique=False)
        batch_op.create_index(
            "ix_note_draft_user_created", ["user_id", "created_at", "id"], unique=False
        )

    # A task links to the latest note drafted for it. On SQLite follow_up_task is rebuilt
    # here; note_draft, the only table that refers to it, is still empty.
    with op.batch_alter_table("follow_up_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_task_draft_id"), ["draft_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_follow_up_task_draft_id_note_draft"),
            "note_draft",
            ["draft_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_task", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_follow_up_task_draft_id_note_draft"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_follow_up_task_draft_id"))

    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.drop_index("ix_note_draft_user_created")
        batch_op.drop_index(batch_op.f("ix_note_draft_task_id"))
        batch_op.drop_index(batch_op.f("ix_note_draft_interviewer_id"))
        batch_op.drop_index(batch_op.f("ix_note_draft_interview_id"))
        batch_op.drop_index(batch_op.f("ix_note_draft_contact_id"))

    op.drop_table("note_draft")
    op.drop_table("note_template")
