"""Alembic configuration built from the application's settings."""

from __future__ import annotations

import os
from pathlib import Path

from alembic.config import Config

from api.config import get_settings

# Beside the package in a checkout; an installed image points at its copy instead.
MIGRATIONS_DIR = Path(
    os.environ.get("AFTERWORD_MIGRATIONS_DIR")
    or Path(__file__).resolve().parent.parent / "migrations"
)


def alembic_config(database_url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(slug)s"
    )
    settings = get_settings()
    if database_url is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    # Kept on the config's attributes, not in the ini options, so '%' needs no escaping.
    config.attributes["database_url"] = database_url or settings.resolved_database_url
    return config
