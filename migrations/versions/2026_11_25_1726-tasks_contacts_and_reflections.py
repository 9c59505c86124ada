"""tasks, contacts and reflections

Revision ID: 29fbcd78366a
Revises: 9b509ff33293
Create Date: 2026-11-25 17:26:31.567290
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import api.db

revision: str = "29fbcd78366a"
down_revision: str | None = "9b509ff33293"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("linkedin_url", sa.String(length=2048), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_contacted_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("keep_in_touch_interval_days", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_contact_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("user_id", "email", name="uq_contact_user_email"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_user_name", ["user_id", "name", "id"], unique=False)

    # On SQLite the interviewer table is rebuilt; that happens before any table refers
    # to it, so rebuilding cannot touch rows in follow_up_task.
    with op.batch_alter_table("interviewer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_interviewer_contact_id"), ["contact_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_interviewer_contact_id_contact"),
            "contact",
            ["contact_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "reflection",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=True),
        sa.Column("to_improve", sa.Text(), nullable=True),
        sa.Column("questions_to_prepare", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_reflection_interview_id_interview"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_reflection_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
        sa.UniqueConstraint("interview_id", name=op.f("uq_reflection_interview_id")),
    )
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reflection_user_id"), ["user_id"], unique=False)

    op.create_table(
        "follow_up_task",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("interviewer_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("rule_key", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("snoozed_until", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("skip_reason", sa.Text(), nullable=True),
        sa.Column("user_modified_at", api.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("draft_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", api.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_follow_up_task_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_follow_up_task_interview_id_interview"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_id"],
            ["interviewer.id"],
            name=op.f("fk_follow_up_task_interviewer_id_interviewer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_follow_up_task_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_task")),
        sa.UniqueConstraint("interview_id", "rule_key", name="uq_follow_up_task_interview_rule"),
    )
    with op.batch_alter_table("follow_up_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_task_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_task_interviewer_id"), ["interviewer_id"], unique=False
        )
        batch_op.create_index(
            "ix_follow_up_task_user_due", ["user_id", "due_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_follow_up_task_user_status_due", ["user_id", "status", "due_at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_task", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_task_user_status_due")
        batch_op.drop_index("ix_follow_up_task_user_due")
        batch_op.drop_index(batch_op.f("ix_follow_up_task_interviewer_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_task_contact_id"))

    op.drop_table("follow_up_task")
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflection_user_id"))

    op.drop_table("reflection")
    with op.batch_alter_table("interviewer", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interviewer_contact_id_contact"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_interviewer_contact_id"))
        batch_op.drop_column("contact_id")

    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_user_name")

    op.drop_table("contact")
