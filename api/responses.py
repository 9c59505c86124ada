"""Responses whose JSON body was encoded by the route (see api/tasks/read_model.py)."""

from __future__ import annotations

from starlette.responses import Response


class EncodedJSON(Response):
    """A JSON body sent as given: the route declares its `response_model` for the schema,
    and FastAPI neither validates nor encodes it again."""

    media_type = "application/json"
