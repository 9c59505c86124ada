from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import update

from api.db import utcnow
from api.tokens.models import PersonalAccessToken
from tests.support import Client, bearer, create_interview, mint_token, new_client, sign_up


async def test_create_token_shows_secret_once_and_lists_without_it(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        "/v1/tokens", json={"name": "laptop script", "scopes": ["interviews:read"]}
    )
    assert response.status_code == 201
    created = response.json()
    assert created["token"].startswith("aw_pat_")
    assert created["prefix"] == created["token"][: len(created["prefix"])]
    assert created["scopes"] == ["interviews:read"]
    listed = (await anon.get("/v1/tokens")).json()
    assert listed == [{k: v for k, v in created.items() if k != "token"}]


async def test_token_reads_without_csrf_and_writes_with_scope(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read", "interviews:write"])
    async with new_client(app, headers=bearer(token)) as script:
        created = await create_interview(script)
        got = await script.get(f"/v1/interviews/{created['id']}")
    assert got.status_code == 200
    assert got.json() == created


async def test_token_without_scope_gets_403_naming_the_scope(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read"])
    async with new_client(app, headers=bearer(token)) as script:
        response = await script.post("/v1/interviews", json={"company": "X"})
        me = await script.get("/v1/me")
    assert response.status_code == 403
    assert response.json()["code"] == "missing_scope"
    assert "interviews:write" in response.json()["detail"]
    assert "profile:read" in me.json()["detail"]


async def test_revoked_token_gets_401(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read"])
    token_id = (await anon.get("/v1/tokens")).json()[0]["id"]
    assert (await anon.delete(f"/v1/tokens/{token_id}")).status_code == 204
    async with new_client(app, headers=bearer(token)) as script:
        response = await script.get("/v1/interviews")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert (await anon.get("/v1/tokens")).json() == []


async def test_expired_token_gets_401(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read"])
    async with app.state.db.sessionmaker.begin() as session:
        await session.execute(
            update(PersonalAccessToken).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    async with new_client(app, headers=bearer(token)) as script:
        response = await script.get("/v1/interviews")
    assert response.status_code == 401
    assert response.json()["detail"] == "The token has expired."


async def test_unknown_or_foreign_bearer_gets_401(app: FastAPI) -> None:
    for value in ("aw_pat_doesnotexist", "ghp_something_else"):
        async with new_client(app, headers=bearer(value)) as script:
            response = await script.get("/v1/interviews")
        assert response.status_code == 401


async def test_token_cannot_mint_a_token_with_more_scopes(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["tokens:manage", "interviews:read"])
    async with new_client(app, headers=bearer(token)) as script:
        wider = await script.post(
            "/v1/tokens", json={"name": "wider", "scopes": ["interviews:write"]}
        )
        narrower = await script.post(
            "/v1/tokens", json={"name": "narrower", "scopes": ["interviews:read"]}
        )
    assert wider.status_code == 403
    assert wider.json()["detail"] == "This token lacks the 'interviews:write' scope."
    assert narrower.status_code == 201


async def test_create_token_bad_scope_or_expiry_is_422(anon: Client) -> None:
    await sign_up(anon)
    for body, pointer in [
        ({"name": "x", "scopes": ["admin"]}, "/body/scopes/0"),
        ({"name": "x", "scopes": []}, "/body/scopes"),
        (
            {"name": "x", "scopes": ["interviews:read"], "expires_in_days": 0},
            "/body/expires_in_days",
        ),
        ({"name": "", "scopes": ["interviews:read"]}, "/body/name"),
    ]:
        response = await anon.post("/v1/tokens", json=body)
        assert response.status_code == 422, body
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer]
    assert (await anon.get("/v1/tokens")).json() == []
