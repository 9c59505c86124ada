"""Settings from the environment (prefix ``AFTERWORD_``)."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "dev", "development", ""}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AFTERWORD_", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    data_dir: Path = Path("./data")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; defaults to SQLite in data_dir.",
    )
    secret_key: str | None = Field(
        default=None,
        description="Signs cursors and CSRF tokens; generated and kept in data_dir when unset.",
    )
    redis_url: str | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    webhooks_allow_private: bool = False
    worker_in_process: bool = Field(
        default=True,
        description="Run the webhook worker inside `afterword serve` (the embedded default). "
        "Set false when `afterword worker` processes run separately.",
    )
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    webhook_lease_seconds: float = Field(
        default=120.0,
        gt=0,
        description="How long a claimed delivery stays a worker's; after that (the worker "
        "died) another worker sends it again.",
    )
    webhook_retry_delays: list[float] = Field(
        default_factory=lambda: [0.0, 5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0],
        description="Seconds before each attempt; when they run out the endpoint is disabled.",
    )
    rate_limits_enabled: bool = True
    rate_limit: str = Field(
        default="600/minute", description="Requests per credential (or address when anonymous)."
    )
    auth_rate_limit: str = Field(
        default="10/minute",
        description="Sign-in and sign-up attempts per email and per client address.",
    )
    credential_cache_seconds: float = Field(
        default=2.0,
        ge=0,
        le=60,
        description="How long a verified token or session is reused without reading it "
        "again (0: read on every request). A write by the user, such as revoking a token, "
        "takes effect at once in this process; other processes see it after this long.",
    )
    max_body_bytes: int = Field(default=1_000_000, ge=1024)
    max_import_bytes: int = Field(default=64_000_000, ge=1024)
    session_days: int = Field(default=14, ge=1, le=365)
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    frontend_dir: Path | None = Field(
        default=None,
        description="Built SPA to serve at '/'; defaults to frontend/dist beside the package.",
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _no_wildcard(cls, value: list[str]) -> list[str]:
        # Credentials (the session cookie) must never be shared with any origin.
        if "*" in value:
            raise ValueError("a wildcard origin is not allowed with credentials; list origins")
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return normalize_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{(self.data_dir / 'afterword.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    def resolved_secret_key(self) -> str:
        """The configured key, or one generated once and kept in the data folder."""
        if self.secret_key is not None:
            if self.environment == "production" and self.secret_key.lower() in _PLACEHOLDER_SECRETS:
                raise ValueError("AFTERWORD_SECRET_KEY is a placeholder; set a real secret")
            return self.secret_key
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key_file = self.data_dir / "secret_key"
        if not key_file.exists():
            key_file.write_text(secrets.token_urlsafe(48))
            key_file.chmod(0o600)
        return key_file.read_text().strip()


def normalize_database_url(url: str) -> str:
    """Accept the usual sync spellings and pick the async driver for them."""
    for prefix, replacement in (
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql://", "postgresql+asyncpg://"),
        ("postgresql+psycopg://", "postgresql+asyncpg://"),
        ("sqlite:///", "sqlite+aiosqlite:///"),
    ):
        if url.startswith(prefix):
            return replacement + url[len(prefix) :]
    return url


@lru_cache
def get_settings() -> Settings:
    return Settings()
