"""discussion points as objects

Each stored point becomes {"text", "topic", "my_angle"} (it was the text alone); going
back keeps each point's text.

Revision ID: 5d0c1e7a9b42
Revises: 5b8e2f1c7a30
Create Date: 2026-12-07 14:20:00.000000
"""

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "5d0c1e7a9b42"
down_revision: str | None = "5b8e2f1c7a30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("interview", "interviewer")


def _as_object(point: Any) -> Any:
    if isinstance(point, str):
        return {"text": point, "topic": None, "my_angle": None}
    return point


def _as_text(point: Any) -> Any:
    if isinstance(point, dict):
        return point.get("text", "")
    return point


def _rewrite(convert: Callable[[Any], Any]) -> None:
    connection = op.get_bind()
    for name in _TABLES:
        table = sa.table(
            name, sa.column("id", sa.Uuid()), sa.column("discussion_points", sa.JSON())
        )
        rows = connection.execute(sa.select(table.c.id, table.c.discussion_points)).all()
        for row_id, points in rows:
            if not isinstance(points, list):
                continue
            converted = [convert(point) for point in points]
            if converted != points:
                connection.execute(
                    table.update().where(table.c.id == row_id).values(discussion_points=converted)
                )


def upgrade() -> None:
    _rewrite(_as_object)


def downgrade() -> None:
    _rewrite(_as_text)
