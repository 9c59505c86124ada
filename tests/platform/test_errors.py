from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.support import Client


async def test_unexpected_error_is_500_problem_with_request_id_and_no_traceback(
    app: FastAPI,
) -> None:
    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: password=hunter2")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/v1/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    request_id = response.headers["x-request-id"]
    assert problem == {
        "type": "urn:afterword:problem:internal-error",
        "title": "Internal server error",
        "status": 500,
        "detail": f"Something went wrong on our side. Quote request id {request_id}.",
        "code": "internal_error",
        "request_id": request_id,
        "errors": [],
    }
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text


async def test_unknown_path_and_method_are_problem_json(anon: Client) -> None:
    missing = await anon.get("/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    wrong_method = await anon.put("/v1/interviews", json={})
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == "method_not_allowed"
    assert wrong_method.headers["content-type"] == "application/problem+json"


async def test_every_response_carries_a_request_id_and_echoes_a_sane_one(anon: Client) -> None:
    generated = await anon.get("/healthz")
    assert len(generated.headers["x-request-id"]) == 32
    echoed = await anon.get("/v1/nothing", headers={"X-Request-ID": "trace-1234-abcd"})
    assert echoed.headers["x-request-id"] == "trace-1234-abcd"
    refused = await anon.get("/healthz", headers={"X-Request-ID": "bad id\twith junk"})
    assert refused.headers["x-request-id"] != "bad id\twith junk"


async def test_unauthenticated_request_is_401_problem(anon: Client) -> None:
    response = await anon.get("/v1/interviews")
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"
    assert response.headers["www-authenticate"] == 'Bearer realm="afterword"'


async def test_health_and_readiness(anon: Client) -> None:
    assert (await anon.get("/healthz")).json() == {"status": "ok"}
    assert (await anon.get("/readyz")).json() == {"status": "ok"}
