"""Users' own templates through HTTP: saved, used for drafts, previewed, and refused
(422, nothing saved, nothing run) when they try to reach beyond their variables."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi import FastAPI

from api.drafts.facts import VARIABLE_DOCS
from tests.drafts.helpers import CHECK_IDS, DANA, OMAR, create_draft, failed_checks
from tests.drafts.test_drafts_api import just_ended
from tests.support import Client, create_interview, new_client, sign_up

URL = "/v1/templates/thank_you/email"

THANK_YOU = {
    "subject": "Thank you, {{ recipient_first_name }}: {{ position }}",
    "body": (
        "{{ greeting }}\n\n"
        "Thank you for our conversation on {{ interview_weekday }} about the {{ position }} "
        "role at {{ company_short }}.\n"
        "{% if discussion_points %}"
        "I keep thinking about {{ discussion_points_text }}.\n"
        "{% endif %}"
        "{% if expected_by %}I look forward to hearing from you by {{ expected_by }}.{% endif %}"
        "\n\n{{ sender_name or '' }}"
    ),
}


async def _interview(client: Client, **overrides: Any) -> dict[str, Any]:
    overrides.setdefault("scheduled_at", just_ended())
    return await create_interview(client, **overrides)


async def test_upsert_template_creates_then_replaces_and_delete_restores_built_in(
    anon: Client,
) -> None:
    await sign_up(anon)

    created = await anon.put(URL, json=THANK_YOU)

    assert created.status_code == 201, created.text
    template = created.json()
    assert {**template, "created_at": None, "updated_at": None} == {
        "kind": "thank_you",
        "channel": "email",
        "subject": THANK_YOU["subject"],
        "body": THANK_YOU["body"],
        "created_at": None,
        "updated_at": None,
    }
    read = await anon.get(URL)
    assert read.json() == template
    assert read.headers["ETag"] == created.headers["ETag"]
    assert (await anon.get("/v1/templates")).json() == [template]

    replaced = await anon.put(URL, json={"body": "{{ greeting }}"})
    assert replaced.status_code == 200
    assert (replaced.json()["subject"], replaced.json()["body"]) == (None, "{{ greeting }}")
    assert replaced.headers["ETag"] != created.headers["ETag"]

    stale = await anon.put(URL, json=THANK_YOU, headers={"If-Match": created.headers["ETag"]})
    assert stale.status_code == 412
    assert (await anon.delete(URL)).status_code == 204
    missing = await anon.get(URL)
    assert missing.status_code == 404
    assert "built-in" in missing.json()["detail"]
    assert (await anon.get("/v1/templates")).json() == []


async def test_create_draft_uses_the_users_template(anon: Client) -> None:
    await sign_up(anon, name="Ana Diaz")
    interview = await _interview(anon)
    await anon.put(URL, json=THANK_YOU)

    draft = await create_draft(
        anon, interview_id=interview["id"], kind="thank_you", channel="email"
    )

    assert draft["subject"] == "Thank you, Dana: Platform Engineer"
    lines = draft["body"].split("\n")
    assert lines[0] == "Dear Dana,"
    assert lines[2].startswith("Thank you for our conversation on ")
    assert lines[2].endswith(" about the Platform Engineer role at Acme Robotics.")
    assert lines[3] == "I keep thinking about the migration to Kubernetes."
    assert lines[4].startswith("I look forward to hearing from you by Friday, 4 December")
    assert lines[-1] == "Ana Diaz"
    # The checks judge what the template wrote: this one is short.
    assert "length" in failed_checks(draft)
    # Other kinds and channels keep the built-in templates.
    note = await create_draft(
        anon, interview_id=interview["id"], kind="thank_you", channel="letter"
    )
    assert "Thank you for our conversation on" not in note["body"]


async def test_preview_template_renders_for_an_interview_and_saves_nothing(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    omar = interview["interviewers"][1]

    response = await anon.post(
        f"{URL}/preview",
        json={"interview_id": interview["id"], "interviewer_id": omar["id"], **THANK_YOU},
    )

    assert response.status_code == 200, response.text
    preview = response.json()
    assert (preview["template"], preview["to"]) == (
        "request",
        {"name": "Omar Haddad", "email": "omar@acme.example"},
    )
    assert preview["subject"] == "Thank you, Omar: Platform Engineer"
    assert "I keep thinking about event sourcing for the billing ledger." in preview["body"]
    assert [check["id"] for check in preview["checks"]] == CHECK_IDS
    assert (await anon.get(URL)).status_code == 404
    assert (await anon.get("/v1/drafts")).json()["data"] == []

    built_in = await anon.post(f"{URL}/preview", json={"interview_id": interview["id"]})
    assert built_in.json()["template"] == "built_in"
    assert built_in.json()["body"].startswith("Dear Dana,")
    await anon.put(URL, json=THANK_YOU)
    saved = await anon.post(f"{URL}/preview", json={"interview_id": interview["id"]})
    assert saved.json()["template"] == "saved"
    assert saved.json()["subject"] == "Thank you, Dana: Platform Engineer"


ESCAPES: list[tuple[str, str]] = [
    ("{{ ''.__class__.__mro__ }}", "template_unsafe"),
    ("{{ position.__class__.__base__.__subclasses__() }}", "template_unsafe"),
    ("{{ company['__class__'] }}", "template_unsafe"),
    ("{{ position.encode }}", "template_unsafe"),
    ("{% import 'os' as os %}", "template_unsafe"),
    ("{% include '/etc/passwd' %}", "template_unsafe"),
    ("{% macro m() %}x{% endmacro %}", "template_unsafe"),
    ("{{ position|attr('__class__') }}", "template_unsafe"),
    ("{{ cycler.__init__.__globals__ }}", "template_unsafe"),
    ("{{ cycler }}", "template_unknown_variable"),
    ("{{ self }}", "template_unknown_variable"),
    ("{{ lipsum() }}", "template_unknown_variable"),
    ("{{ config }}", "template_unknown_variable"),
    ("{% for i in range(10**9) %}x{% endfor %}", "template_too_slow"),
    (
        "{% for a in range(999) %}{% for b in range(999) %}{% endfor %}{% endfor %}",
        "template_too_slow",
    ),
    ("{{ 'x' * 10**8 }}", "template_output_too_large"),
    ("{{ '{:>99999999}'.format(position) }}", "template_unsafe"),
    ("{{ '%99999999s' % position }}", "template_unsafe"),
    ("{{ position ", "template_syntax"),
    ("{{ 1 / 0 }}", "template_render_error"),
]


@pytest.mark.parametrize(("source", "code"), ESCAPES, ids=[code for _, code in ESCAPES])
async def test_upsert_template_refuses_escapes_with_a_problem_and_saves_nothing(
    anon: Client, source: str, code: str
) -> None:
    await sign_up(anon)
    await anon.put(URL, json=THANK_YOU)

    response = await anon.put(URL, json={"subject": "Thanks", "body": f"Hi {source}"})

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == code
    assert problem["type"] == f"urn:afterword:problem:{code.replace('_', '-')}"
    assert [error["pointer"] for error in problem["errors"]] == ["/body/body"]
    assert (await anon.get(URL)).json()["body"] == THANK_YOU["body"]


@pytest.mark.parametrize(("source", "code"), ESCAPES[:4], ids=[c for _, c in ESCAPES[:4]])
async def test_preview_template_refuses_escapes_in_the_subject(
    anon: Client, source: str, code: str
) -> None:
    await sign_up(anon)
    interview = await _interview(anon)

    response = await anon.post(
        f"{URL}/preview",
        json={"interview_id": interview["id"], "subject": source, "body": "Hello"},
    )

    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == code
    assert [error["pointer"] for error in problem["errors"]] == ["/body/subject"]


async def test_upsert_template_size_and_subject_are_bounded(anon: Client) -> None:
    await sign_up(anon)

    huge = await anon.put(URL, json={"body": "x" * 20_001})
    nul = await anon.put(URL, json={"body": "Hi\u0000"})
    linkedin = await anon.put(
        "/v1/templates/linkedin_connect/linkedin", json={"subject": "Hi", "body": "Hi"}
    )
    unknown_kind = await anon.put("/v1/templates/love_letter/email", json={"body": "Hi"})

    assert huge.status_code == 422
    assert [e["pointer"] for e in huge.json()["errors"]] == ["/body/body"]
    assert nul.status_code == 422
    assert [e["pointer"] for e in nul.json()["errors"]] == ["/body/body"]
    # A LinkedIn note has no subject line; the one written is kept, not used.
    assert linkedin.status_code in {200, 201}
    assert linkedin.json()["subject"] == "Hi"
    assert unknown_kind.status_code == 422
    assert [e["pointer"] for e in unknown_kind.json()["errors"]] == ["/path/kind"]


async def test_create_draft_with_a_template_that_cannot_write_it_is_422(anon: Client) -> None:
    await sign_up(anon)
    # Fine for the sample interview, which has a recipient; this one has none.
    saved = await anon.put(URL, json={"body": "Dear {{ recipient_first_name.upper() }},"})
    assert saved.status_code == 201, saved.text
    interview = await _interview(anon, interviewers=[])

    response = await anon.post(
        "/v1/drafts",
        json={"interview_id": interview["id"], "kind": "thank_you", "channel": "email"},
    )

    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "template_unknown_variable"
    assert problem["detail"].startswith("Your thank_you template for email could not write")
    assert problem["errors"] == []
    assert (await anon.get("/v1/drafts")).json()["data"] == []


async def test_templates_are_private_to_their_owner(app: FastAPI) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        interview = await _interview(owner)
        assert (await owner.put(URL, json=THANK_YOU)).status_code == 201
        await sign_up(intruder)
        mine = await _interview(intruder)

        theirs = await intruder.get(URL)
        never = await intruder.get("/v1/templates/feedback_request/letter")
        assert theirs.status_code == 404
        assert theirs.json()["detail"] == never.json()["detail"].replace(
            "feedback_request", "thank_you"
        ).replace("letter", "email")
        assert (await intruder.get("/v1/templates")).json() == []
        assert (await intruder.delete(URL)).status_code == 404
        draft = await create_draft(
            intruder, interview_id=mine["id"], kind="thank_you", channel="email"
        )
        assert not draft["subject"].startswith("Thank you, Dana:")

        stolen = await intruder.post(f"{URL}/preview", json={"interview_id": interview["id"]})
        unknown = await intruder.post(f"{URL}/preview", json={"interview_id": str(uuid.uuid4())})
        assert stolen.status_code == 404
        assert stolen.content == unknown.content
        assert (await owner.get(URL)).json()["body"] == THANK_YOU["body"]


async def test_put_template_description_documents_every_variable(app: FastAPI) -> None:
    operation = app.openapi()["paths"]["/v1/templates/{kind}/{channel}"]["put"]

    for name, text in VARIABLE_DOCS.items():
        assert f"| `{name}` | {text} |" in operation["description"]
