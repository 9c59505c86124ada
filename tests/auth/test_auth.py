from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from tests.support import PASSWORD, Client, new_client, sign_up


async def test_register_new_email_signs_in_and_returns_user(anon: Client) -> None:
    response = await anon.post(
        "/v1/auth/register",
        json={"email": "Ana@Example.com", "password": PASSWORD, "name": "Ana Diaz"},
    )
    assert response.status_code == 201
    user = response.json()
    assert user == {
        "id": user["id"],
        "email": "ana@example.com",
        "name": "Ana Diaz",
        "timezone": "UTC",
        "working_days": [1, 2, 3, 4, 5],
        "holiday_country": None,
        "created_at": user["created_at"],
        "updated_at": user["updated_at"],
    }
    assert user["created_at"].endswith("Z")
    session_cookie = response.headers.get_list("set-cookie")
    assert any(c.startswith("aw_session=") and "HttpOnly" in c for c in session_cookie)
    assert any(c.startswith("aw_csrf=") and "HttpOnly" not in c for c in session_cookie)
    assert all("samesite=lax" in c.lower() for c in session_cookie)
    me = await anon.get("/v1/me")
    assert me.status_code == 200
    assert me.json() == user


async def test_register_existing_email_any_case_conflicts(anon: Client) -> None:
    await sign_up(anon, email="dup@example.com")
    response = await anon.post(
        "/v1/auth/register", json={"email": "DUP@example.com", "password": PASSWORD}
    )
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"


async def test_login_unknown_email_and_wrong_password_answer_identically(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon, email="known@example.com")
    async with new_client(app) as other:
        unknown = await other.post(
            "/v1/auth/login", json={"email": "nobody@example.com", "password": PASSWORD}
        )
        wrong = await other.post(
            "/v1/auth/login", json={"email": "known@example.com", "password": "not the one"}
        )
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.content == wrong.content
    assert unknown.json()["code"] == "invalid_credentials"


async def test_login_right_password_any_email_case_signs_in(app: FastAPI, anon: Client) -> None:
    await sign_up(anon, email="case@example.com")
    async with new_client(app) as browser:
        response = await browser.post(
            "/v1/auth/login", json={"email": "CASE@example.com", "password": PASSWORD}
        )
        assert response.status_code == 200
        assert response.json()["email"] == "case@example.com"
        assert (await browser.get("/v1/me")).status_code == 200


async def test_logout_ends_session_and_later_requests_get_401(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/auth/logout")
    assert response.status_code == 204
    after = await anon.get("/v1/me")
    assert after.status_code == 401
    assert after.json()["code"] == "unauthenticated"


async def test_unsafe_cookie_request_without_csrf_header_is_refused(anon: Client) -> None:
    await sign_up(anon)
    del anon.headers["X-CSRF-Token"]
    response = await anon.patch("/v1/me", json={"name": "Changed"})
    assert response.status_code == 403
    assert response.json()["code"] == "csrf_failed"
    anon.headers["X-CSRF-Token"] = "forged"
    assert (await anon.patch("/v1/me", json={"name": "Changed"})).status_code == 403
    me = (await anon.get("/v1/me")).json()
    assert me["name"] == "Ana Diaz"


async def test_update_me_merge_patch_changes_only_sent_fields(anon: Client) -> None:
    user = await sign_up(anon, timezone="Europe/Berlin")
    response = await anon.patch("/v1/me", json={"working_days": [7, 1, 2, 3, 4]})
    assert response.status_code == 200
    updated: dict[str, Any] = response.json()
    assert updated == {
        **user,
        "working_days": [1, 2, 3, 4, 7],
        "updated_at": updated["updated_at"],
    }
    cleared = await anon.patch("/v1/me", json={"name": None})
    assert cleared.json()["name"] is None


async def test_update_me_holiday_country_stored_upper_case_and_cleared_with_null(
    anon: Client,
) -> None:
    await sign_up(anon)

    response = await anon.patch("/v1/me", json={"holiday_country": "de-be"})

    assert (response.status_code, response.json()["holiday_country"]) == (200, "DE-BE")
    assert (await anon.get("/v1/me")).json()["holiday_country"] == "DE-BE"
    cleared = await anon.patch("/v1/me", json={"holiday_country": None})
    assert cleared.json()["holiday_country"] is None


async def test_update_me_unknown_holiday_subdivision_422_says_what_to_send(anon: Client) -> None:
    await sign_up(anon)

    response = await anon.patch("/v1/me", json={"holiday_country": "AT-99"})

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "pointer": "/body/holiday_country",
            "detail": "AT has no subdivision 99 with its own holidays. Send AT alone, or one "
            "of: AT-1, AT-2, AT-3, AT-4, AT-5, AT-6, AT-7, AT-8, AT-9.",
        }
    ]


async def test_update_me_bad_values_are_422_naming_the_field(anon: Client) -> None:
    await sign_up(anon)
    cases = [
        ({"timezone": "Mars/Olympus"}, "/body/timezone"),
        ({"timezone": None}, "/body/timezone"),
        ({"working_days": []}, "/body/working_days"),
        ({"working_days": [1, 1]}, "/body/working_days"),
        ({"working_days": [8]}, "/body/working_days/0"),
        ({"holiday_country": "Germany"}, "/body/holiday_country"),
        ({"holiday_country": "XX"}, "/body/holiday_country"),
        ({"holiday_country": "DE-ZZ"}, "/body/holiday_country"),
        ({"holiday_country": 49}, "/body/holiday_country"),
        ({"email": "new@example.com"}, "/body/email"),
        ({"id": "00000000-0000-0000-0000-000000000000"}, "/body/id"),
    ]
    before = (await anon.get("/v1/me")).json()
    for body, pointer in cases:
        response = await anon.patch("/v1/me", json=body)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer], body
    assert (await anon.get("/v1/me")).json() == before
