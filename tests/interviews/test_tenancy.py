"""Another user's interview answers exactly like a missing one, by cookie or token."""

from __future__ import annotations

import uuid

from fastapi import FastAPI

from tests.support import bearer, create_interview, mint_token, new_client, sign_up


async def test_second_user_cannot_list_read_change_or_delete_first_users_interview(
    app: FastAPI,
) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        created = await create_interview(owner)
        await sign_up(intruder)
        token = await mint_token(intruder, ["interviews:read", "interviews:write"])
        async with new_client(app, headers=bearer(token)) as intruder_script:
            for client in (intruder, intruder_script):
                listed = await client.get("/v1/interviews")
                assert listed.json() == {"data": [], "has_more": False, "next_cursor": None}
                searched = await client.get("/v1/interviews?q=Acme")
                assert searched.json()["data"] == []
                random_id = uuid.uuid4()
                for method, body in (("GET", None), ("PATCH", {"notes": "mine"}), ("DELETE", None)):
                    theirs = await client.request(
                        method, f"/v1/interviews/{created['id']}", json=body
                    )
                    missing = await client.request(method, f"/v1/interviews/{random_id}", json=body)
                    assert theirs.status_code == 404, method
                    assert theirs.content == missing.content, method
                    assert theirs.headers["content-type"] == missing.headers["content-type"]
        assert (await owner.get(f"/v1/interviews/{created['id']}")).json() == created


async def test_second_user_cursor_is_refused_for_first_user(app: FastAPI) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        for day in range(1, 4):
            await create_interview(owner, scheduled_at=f"2026-10-0{day}T10:00:00Z")
        cursor = (await owner.get("/v1/interviews?limit=1")).json()["next_cursor"]
        await sign_up(intruder)
        response = await intruder.get(f"/v1/interviews?limit=1&cursor={cursor}")
        assert response.status_code == 400
        assert response.json()["code"] == "bad_cursor"
