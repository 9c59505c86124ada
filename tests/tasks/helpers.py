"""Reading tasks back through the API, for the task, playbook and contact tests."""

from __future__ import annotations

from typing import Any

from tests.support import Client


async def all_tasks(client: Client, **params: Any) -> list[dict[str, Any]]:
    """Every task matching `params`, walking the pages."""
    found: list[dict[str, Any]] = []
    query: dict[str, Any] = {"limit": 100, **params}
    while True:
        response = await client.get("/v1/tasks", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        found.extend(page["data"])
        if not page["has_more"]:
            return found
        query["cursor"] = page["next_cursor"]


async def tasks_by_origin(client: Client, **params: Any) -> dict[str, dict[str, Any]]:
    tasks = await all_tasks(client, **params)
    by_origin = {task["origin"]: task for task in tasks}
    assert len(by_origin) == len(tasks), "an origin appears twice"
    return by_origin


async def open_origins(client: Client, interview_id: str) -> set[str]:
    return set(await tasks_by_origin(client, interview_id=interview_id, status="open"))


async def patch_task(client: Client, task_id: str, **changes: Any) -> dict[str, Any]:
    response = await client.patch(f"/v1/tasks/{task_id}", json=changes)
    assert response.status_code == 200, response.text
    task: dict[str, Any] = response.json()
    return task


async def patch_interview(client: Client, interview_id: str, **changes: Any) -> dict[str, Any]:
    response = await client.patch(f"/v1/interviews/{interview_id}", json=changes)
    assert response.status_code == 200, response.text
    interview: dict[str, Any] = response.json()
    return interview
