"""Reflections: one per interview, saved whole, completing the interview's reflection task."""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from sqlalchemy import func, select

from api.reflections.models import Reflection
from tests.support import Client, bearer, create_interview, mint_token, new_client, sign_up
from tests.tasks.helpers import patch_interview, tasks_by_origin

REFLECTION = {
    "went_well": "The system design round.",
    "to_improve": "Shorter answers on past projects.",
    "questions_to_prepare": ["Tell me about a conflict", "Why this company?"],
    "notes": "Ask about the on-call rota next time.",
}


def _url(interview_id: str) -> str:
    return f"/v1/interviews/{interview_id}/reflection"


async def test_reflection_missing_until_put_then_created_and_replaced(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    missing = await anon.get(_url(interview["id"]))
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")

    created = await anon.put(_url(interview["id"]), json=REFLECTION)

    assert created.status_code == 201
    reflection = created.json()
    assert reflection == {
        "id": reflection["id"],
        "interview_id": interview["id"],
        **REFLECTION,
        "created_at": reflection["created_at"],
        "updated_at": reflection["updated_at"],
    }
    got = await anon.get(_url(interview["id"]))
    assert got.json() == reflection
    assert got.headers["etag"] == created.headers["etag"]

    replaced = await anon.put(_url(interview["id"]), json={"went_well": "Rapport."})
    assert replaced.status_code == 200
    assert replaced.json() == {
        **reflection,
        "went_well": "Rapport.",
        "to_improve": None,
        "questions_to_prepare": [],
        "notes": None,
        "updated_at": replaced.json()["updated_at"],
    }


async def test_saving_a_reflection_completes_the_open_reflection_task(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, next_steps=None)
    await patch_interview(anon, interview["id"], outcome="rejected")
    task = (await tasks_by_origin(anon))["reflection"]
    assert task["status"] == "open"

    await anon.put(_url(interview["id"]), json=REFLECTION)

    done = (await tasks_by_origin(anon))["reflection"]
    assert done["status"] == "done"
    assert done["completed_at"] is not None
    # Done by the user: a later change to the interview leaves it done.
    await patch_interview(anon, interview["id"], outcome="pending")
    assert (await tasks_by_origin(anon))["reflection"] == done


async def test_reflection_stale_if_match_is_412(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    no_reflection_yet = await anon.put(
        _url(interview["id"]), json=REFLECTION, headers={"If-Match": '"abc"'}
    )
    assert no_reflection_yet.status_code == 412
    first = await anon.put(_url(interview["id"]), json=REFLECTION)
    etag = first.headers["etag"]
    second = await anon.put(_url(interview["id"]), json={"notes": "v2"}, headers={"If-Match": etag})
    assert second.status_code == 200
    stale = await anon.put(_url(interview["id"]), json={"notes": "v3"}, headers={"If-Match": etag})
    assert stale.status_code == 412
    assert (await anon.get(_url(interview["id"]))).json() == second.json()


async def test_reflection_bad_body_is_422_naming_the_field(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    for body, pointer in (
        ({"went_well": 3}, "/body/went_well"),
        ({"questions_to_prepare": [""]}, "/body/questions_to_prepare/0"),
        ({"questions_to_prepare": ["q"] * 51}, "/body/questions_to_prepare"),
        ({"interview_id": interview["id"]}, "/body/interview_id"),
    ):
        response = await anon.put(_url(interview["id"]), json=body)
        assert response.status_code == 422, body
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer], body
    assert (await anon.get(_url(interview["id"]))).status_code == 404


async def test_second_user_cannot_read_or_write_first_users_reflection(app: FastAPI) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        interview = await create_interview(owner)
        saved = (await owner.put(_url(interview["id"]), json=REFLECTION)).json()
        await sign_up(intruder)
        token = await mint_token(intruder, ["interviews:read", "interviews:write"])
        async with new_client(app, headers=bearer(token)) as intruder_script:
            for client in (intruder, intruder_script):
                random_id = str(uuid.uuid4())
                for method, body in (("GET", None), ("PUT", {"notes": "mine"})):
                    theirs = await client.request(method, _url(interview["id"]), json=body)
                    missing = await client.request(method, _url(random_id), json=body)
                    assert theirs.status_code == 404, method
                    assert theirs.content == missing.content, method
        assert (await owner.get(_url(interview["id"]))).json() == saved


async def test_deleting_the_interview_deletes_its_reflection(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    await anon.put(_url(interview["id"]), json=REFLECTION)

    assert (await anon.delete(f"/v1/interviews/{interview['id']}")).status_code == 204

    async with app.state.db.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Reflection)) == 0
