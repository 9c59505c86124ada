"""Serve the built SPA at '/' (deep links fall back to index.html; never under /v1).

The SPA answers only what no API route matched, from the 404 handler, so API routes
keep their own 404 and 405 answers.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.config import Settings
from api.errors import NotFound, problem_response

_PLACEHOLDER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Afterword</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Afterword</h1>
<p>The API is running; its reference is at <a href="/v1/docs">/v1/docs</a>. The web app
has not been built yet: <code>make run</code> builds and serves it.</p></main></body></html>
"""


def default_frontend_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "frontend" / "dist"


class SinglePageApp:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def respond(self, request: Request) -> Response | None:
        path = request.url.path.lstrip("/")
        if request.method not in {"GET", "HEAD"} or path == "v1" or path.startswith("v1/"):
            return None
        index = self.root / "index.html"
        if not index.is_file():
            return HTMLResponse(_PLACEHOLDER)
        candidate = (self.root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(self.root):
            # Hashed assets never change; index.html must always be revalidated.
            immutable = path.startswith("assets/")
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        return FileResponse(index, headers={"Cache-Control": "no-cache"})


def mount_spa(app: FastAPI, settings: Settings) -> None:
    spa = SinglePageApp(settings.frontend_dir or default_frontend_dir())

    async def not_found(request: Request, exc: Exception) -> Response:
        if isinstance(exc, StarletteHTTPException) and exc.detail != "Not Found":
            return problem_response(NotFound(str(exc.detail)), request)
        return spa.respond(request) or problem_response(
            NotFound("No resource at this address."), request
        )

    app.add_exception_handler(404, not_found)
