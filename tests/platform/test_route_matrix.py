"""Walk every route of the app: authentication, scopes and ownership are never forgotten.

The matrices are generated from the routes, so a route added later without a scope or
without an ownership check fails here until it has both.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from api.auth.scopes import ALL_SCOPES
from api.main import create_app
from api.webhooks.runner import build_worker
from tests.support import (
    Client,
    bearer,
    create_interview,
    mint_token,
    new_client,
    sign_up,
)

# Operations anyone may call: they create or check credentials, or (the calendar feed)
# the secret in the address is the credential.
PUBLIC = frozenset({"register", "login", "get_health", "get_readiness", "get_calendar_ics"})
# Operations any signed-in principal may call, whatever its scopes.
ANY_SCOPE = frozenset({"logout"})
# Path parameters that name a resource of the caller's (the rest are keys, not ids).
# `kind` and `channel` name one of the fixed note templates: every user has their own
# (tests/drafts/test_templates_api.py checks that one user's is invisible to another).
NOT_IDS = frozenset({"source", "external_id", "secret", "kind", "channel"})
PATH_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    name: str
    scopes: frozenset[str]

    @property
    def params(self) -> list[str]:
        return PATH_PARAM.findall(self.path)

    @property
    def id_params(self) -> list[str]:
        return [name for name in self.params if name not in NOT_IDS]

    def url(self, ids: dict[str, str]) -> str:
        path = self.path
        for name in self.params:
            path = path.replace("{" + name + "}", ids.get(name, "key-" + name))
        return path


def _scopes(dependant: Dependant) -> set[str]:
    found = set(dependant.own_oauth_scopes or [])
    for child in dependant.dependencies:
        found |= _scopes(child)
    return found


def operations(app: FastAPI) -> list[Operation]:
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        for method in sorted(route.methods - {"HEAD"}):
            found.append(
                Operation(
                    method, context.path_format, context.name, frozenset(_scopes(route.dependant))
                )
            )
    return found


async def _call(client: Client, operation: Operation, ids: dict[str, str]) -> Any:
    body = {} if operation.method in {"POST", "PUT", "PATCH"} else None
    return await client.request(operation.method, operation.url(ids), json=body)


def test_every_operation_declares_a_scope_or_is_public(app: FastAPI) -> None:
    unguarded = [
        op.name for op in operations(app) if not op.scopes and op.name not in PUBLIC | ANY_SCOPE
    ]
    assert unguarded == [], "give these routes a scope (api/auth/dependencies.py)"


async def test_anonymous_requests_get_401_everywhere_but_public_routes(
    app: FastAPI, anon: Client
) -> None:
    random_ids = {name: str(uuid.uuid4()) for op in operations(app) for name in op.id_params}
    for operation in operations(app):
        if operation.name in PUBLIC:
            continue
        response = await _call(anon, operation, random_ids)
        assert response.status_code == 401, (operation.method, operation.path)
        assert response.json()["code"] == "unauthenticated"


async def test_token_without_the_routes_scope_gets_403_naming_it(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    random_ids = {name: str(uuid.uuid4()) for op in operations(app) for name in op.id_params}
    scoped = [op for op in operations(app) if op.scopes]
    assert len(scoped) >= 20
    for operation in scoped:
        token = await mint_token(anon, sorted(ALL_SCOPES - operation.scopes), name=operation.name)
        async with new_client(app, headers=bearer(token)) as script:
            response = await _call(script, operation, random_ids)
        assert response.status_code == 403, (operation.method, operation.path)
        problem = response.json()
        assert problem["code"] == "missing_scope"
        assert any(f"'{scope}'" in problem["detail"] for scope in operation.scopes)


async def _owner_ids(app: FastAPI, owner: Client) -> dict[str, str]:
    """One resource of each kind the routes name, owned by the first user."""
    hook = await owner.post(
        "/v1/webhooks",
        json={"url": "https://hooks.example.com/afterword", "event_types": ["interview.created"]},
    )
    interview = await create_interview(owner)
    worker = build_worker(app.state.db, app.state.settings)
    await worker.dispatch()
    await worker.close()
    delivery = (await owner.get(f"/v1/webhooks/{hook.json()['id']}/deliveries")).json()["data"][0]
    tasks = (await owner.get(f"/v1/tasks?interview_id={interview['id']}")).json()["data"]
    await owner.put(f"/v1/interviews/{interview['id']}/reflection", json={"went_well": "Rapport"})
    await mint_token(owner, ["interviews:read"])
    token = (await owner.get("/v1/tokens")).json()[0]
    draft = await owner.post(
        "/v1/drafts",
        json={"interview_id": interview["id"], "kind": "thank_you", "channel": "email"},
    )
    accomplishment = await owner.post(
        "/v1/accomplishments", json={"title": "Shipped the billing migration"}
    )
    resource = await owner.post(
        "/v1/resources",
        json={"url": "https://blog.example.com/queues", "title": "Queues in practice"},
    )
    return {
        "interview_id": interview["id"],
        "task_id": tasks[0]["id"],
        "contact_id": interview["interviewers"][0]["contact_id"],
        "token_id": token["id"],
        "webhook_id": hook.json()["id"],
        "delivery_id": delivery["id"],
        "draft_id": draft.json()["id"],
        "accomplishment_id": accomplishment.json()["id"],
        "resource_id": resource.json()["id"],
    }


async def test_another_users_id_answers_exactly_like_a_random_id(app: FastAPI) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        owner_ids = await _owner_ids(app, owner)
        await sign_up(intruder)
        random_ids = {name: str(uuid.uuid4()) for name in owner_ids}
        checked = 0
        for operation in operations(app):
            if not operation.id_params:
                continue
            missing = [p for p in operation.id_params if p not in owner_ids]
            assert not missing, f"add an owner fixture for {missing} ({operation.path})"
            theirs = await _call(intruder, operation, owner_ids)
            unknown = await _call(intruder, operation, random_ids)
            assert theirs.status_code == 404, (operation.method, operation.path, theirs.text)
            assert theirs.content == unknown.content, (operation.method, operation.path)
            checked += 1
        assert checked >= 10
        # And nothing of the owner's changed on the way.
        for name, path in (
            ("interview_id", "interviews"),
            ("task_id", "tasks"),
            ("draft_id", "drafts"),
            ("accomplishment_id", "accomplishments"),
            ("resource_id", "resources"),
        ):
            assert (await owner.get(f"/v1/{path}/{owner_ids[name]}")).status_code == 200


async def test_every_single_resource_read_sends_an_etag_that_answers_304(app: FastAPI) -> None:
    """Generated from the routes: a GET of one resource (a path ending in an id) carries a
    strong ETag, and If-None-Match with it answers 304."""
    async with new_client(app) as owner:
        await sign_up(owner)
        ids = await _owner_ids(app, owner)
        checked = 0
        for operation in operations(app):
            if operation.method != "GET" or not operation.path.endswith("_id}"):
                continue
            url = operation.url(ids)
            first = await owner.get(url)
            assert first.status_code == 200, (operation.path, first.text)
            etag = first.headers.get("etag", "")
            assert etag.startswith('"'), operation.path
            again = await owner.get(url, headers={"If-None-Match": etag})
            assert again.status_code == 304, operation.path
            checked += 1
        assert checked >= 5


async def test_cors_allows_only_the_configured_origins(settings: Any) -> None:
    app = create_app(settings.model_copy(update={"cors_origins": ["https://app.example"]}))
    async with app.router.lifespan_context(app), new_client(app) as client:
        allowed = await client.options(
            "/v1/interviews",
            headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
        )
        refused = await client.options(
            "/v1/interviews",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "access-control-allow-origin" not in refused.headers
