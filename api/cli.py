"""The `afterword` command line."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import get_settings
from api.db import Database, open_session

# The server's event loop: asyncio's own. uvloop (on libuv 1.45 and later) accepts one
# connection per turn of the loop, so while the loop was busy new connections waited in
# the listen queue: 48 of 64 queued at once, their first answers 1 to 2 s late, measured
# under the benchmark's load. asyncio accepts every waiting connection in one turn, and
# with httptools parsing it serves this application as fast (bench/README.md).
SERVER_LOOP = "asyncio"

ModelT = TypeVar("ModelT", bound=BaseModel)

app = typer.Typer(help="Afterword: the follow-up playbook for job seekers.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="Accounts.", no_args_is_help=True)
tokens_app = typer.Typer(help="Personal access tokens.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")
notes_app = typer.Typer(help="Built-in notes.", no_args_is_help=True)
app.add_typer(notes_app, name="notes")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    migrate: Annotated[bool, typer.Option(help="Apply migrations before starting.")] = True,
    workers: Annotated[int, typer.Option(help="Server processes.")] = 1,
) -> None:
    """Start the API (and the built web app) on HOST:PORT."""
    import uvicorn

    if migrate:
        _upgrade()
    shown = "localhost" if _is_local_or_any(host) else host
    typer.echo(f"Afterword is running at http://{shown}:{port}/  (API reference: /v1/docs)")
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        loop=SERVER_LOOP,
        http="httptools",
        proxy_headers=True,
        log_level="info",
    )


def _is_local_or_any(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost"
    return address.is_loopback or address.is_unspecified


@app.command()
def worker() -> None:
    """Deliver webhooks until stopped (run any number of these on PostgreSQL)."""
    import logging

    from api.webhooks.runner import run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    asyncio.run(run_worker(get_settings()))


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: head)."""
    _upgrade(revision)
    typer.echo(f"Database is at {revision}.")


@db_app.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument()]) -> None:
    """Revert migrations down to REVISION ('base' for an empty database)."""
    from alembic import command

    from api.migrate import alembic_config

    command.downgrade(alembic_config(), revision)
    typer.echo(f"Database is at {revision}.")


@db_app.command("revision")
def db_revision(
    message: Annotated[str, typer.Option("--message", "-m", help="What the change does.")],
) -> None:
    """Write a new dated migration from the difference between models and database."""
    from alembic import command

    from api.migrate import alembic_config

    command.revision(alembic_config(), message=message, autogenerate=True)


@db_app.command("check")
def db_check() -> None:
    """Fail when the models and the migrations disagree."""
    from alembic import command

    from api.migrate import alembic_config

    command.check(alembic_config())


def _upgrade(revision: str = "head") -> None:
    from alembic import command

    from api.migrate import alembic_config

    command.upgrade(alembic_config(), revision)


@notes_app.command("gallery")
def notes_gallery(
    output: Annotated[Path, typer.Option(help="Where to write the Markdown.")] = Path(
        "tests/drafts/gallery.md"
    ),
) -> None:
    """Render the built-in notes for a dozen realistic interviews, to read in review."""
    from api.drafts.writer.gallery import render_gallery

    output.write_text(render_gallery(), encoding="utf-8")
    typer.echo(f"Wrote {output}")


@app.command()
def openapi(
    output: Annotated[Path, typer.Option(help="Where to write the document.")] = Path(
        "openapi.json"
    ),
) -> None:
    """Write the OpenAPI document (deterministic: sorted keys, stable layout)."""
    from api.main import create_app
    from api.openapi import render

    output.write_text(render(create_app()))
    typer.echo(f"Wrote {output}")


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="Sign-in email.")],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True)],
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    timezone: Annotated[str, typer.Option(help="IANA time zone.")] = "UTC",
) -> None:
    """Create an account."""
    from api.auth.schemas import RegisterBody
    from api.auth.service import register

    body = _validated(RegisterBody, email=email, password=password, name=name, timezone=timezone)

    async def run() -> str:
        async with _session() as session:
            user = await register(session, body)
            await session.commit()
            return str(user.id)

    typer.echo(f"Created user {asyncio.run(run())}")


@tokens_app.command("create")
def tokens_create(
    email: Annotated[str, typer.Option(help="The account's email.")],
    name: Annotated[str, typer.Option(help="What the token is for.")],
    scope: Annotated[list[str], typer.Option(help="A scope; repeat for more.")],
    expires_in_days: Annotated[int, typer.Option(help="Days until it expires.")] = 90,
) -> None:
    """Mint a personal access token and print it (shown only once)."""
    from api.auth.scopes import ALL_SCOPES
    from api.auth.service import find_user_by_email
    from api.tokens.schemas import TokenCreate
    from api.tokens.service import mint_token

    body = _validated(TokenCreate, name=name, scopes=scope, expires_in_days=expires_in_days)

    async def run() -> str:
        async with _session() as session:
            user = await find_user_by_email(session, email)
            if user is None:
                raise typer.BadParameter(f"no account with email {email}", param_hint="--email")
            _, secret = await mint_token(
                session,
                user_id=user.id,
                name=body.name,
                scopes=[str(s) for s in body.scopes],
                expires_in_days=body.expires_in_days,
                grantable=ALL_SCOPES,
            )
            await session.commit()
            return secret

    typer.echo(asyncio.run(run()))


def _validated(model: type[ModelT], **values: object) -> ModelT:
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise typer.BadParameter(problems) from None


@asynccontextmanager
async def _session() -> AsyncIterator[AsyncSession]:
    """A write session on the configured database, for administrative commands."""
    settings = get_settings()
    db = Database(settings.resolved_database_url)
    try:
        async with open_session(db, write=True) as session:
            yield session
    finally:
        await db.dispose()
