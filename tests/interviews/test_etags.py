from __future__ import annotations

import asyncio

from fastapi import FastAPI

from tests.support import Client, bearer, create_interview, mint_token, new_client, sign_up


async def test_get_sends_strong_etag_and_if_none_match_gives_304(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    url = f"/v1/interviews/{created['id']}"
    first = await anon.get(url)
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    cached = await anon.get(url, headers={"If-None-Match": etag})
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached.headers["etag"] == etag
    other = await anon.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


async def test_etag_changes_with_every_change(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    url = f"/v1/interviews/{created['id']}"
    seen = {(await anon.get(url)).headers["etag"]}
    for body in ({"notes": "one"}, {"interviewers": []}, {"outcome": "advanced"}):
        patched = await anon.patch(url, json=body)
        assert patched.headers["etag"] not in seen
        seen.add(patched.headers["etag"])
        assert (await anon.get(url)).headers["etag"] == patched.headers["etag"]


async def test_stale_if_match_is_412_and_changes_nothing(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    url = f"/v1/interviews/{created['id']}"
    old = (await anon.get(url)).headers["etag"]
    fresh = await anon.patch(url, json={"notes": "first"}, headers={"If-Match": old})
    assert fresh.status_code == 200
    stale = await anon.patch(url, json={"notes": "second"}, headers={"If-Match": old})
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    assert (await anon.delete(url, headers={"If-Match": old})).status_code == 412
    assert (await anon.get(url)).json()["notes"] == "first"
    deleted = await anon.delete(url, headers={"If-Match": fresh.headers["etag"]})
    assert deleted.status_code == 204


async def test_two_clients_writing_the_same_version_exactly_one_wins(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read", "interviews:write"])
    created = await create_interview(anon)
    url = f"/v1/interviews/{created['id']}"
    async with (
        new_client(app, headers=bearer(token)) as one,
        new_client(app, headers=bearer(token)) as two,
    ):
        for attempt in range(5):
            etag = (await one.get(url)).headers["etag"]
            results = await asyncio.gather(
                one.patch(url, json={"notes": f"one {attempt}"}, headers={"If-Match": etag}),
                two.patch(url, json={"notes": f"two {attempt}"}, headers={"If-Match": etag}),
            )
            assert sorted(r.status_code for r in results) == [200, 412]
            winner = next(r for r in results if r.status_code == 200)
            assert (await one.get(url)).json()["notes"] == winner.json()["notes"]
