"""The contract fuzzed: schemathesis drives a real server from the committed openapi.json.

Every operation gets generated valid and invalid requests, authenticated with a token
that holds every scope; all default checks run, including response-schema conformance
and the rejection of invalid data. AFTERWORD_FUZZ_EXAMPLES sets the depth (small in
`make test`, larger in `make fuzz`).
"""

from __future__ import annotations

import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from api.auth.scopes import ALL_SCOPES
from api.validation import TIME_ZONE_FORMAT, time_zone_names
from tests.live import live_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("AFTERWORD_FUZZ_EXAMPLES", "12"))

schema = schemathesis.openapi.from_path(ROOT / "openapi.json")
schemathesis.openapi.format(TIME_ZONE_FORMAT, st.sampled_from(sorted(time_zone_names())))


@schemathesis.hook
def filter_query(ctx: object, query: dict[str, object] | None) -> bool:
    # A cursor is opaque and signed: no generated string can be a valid one, so those
    # cases only prove the 400 that tests/interviews/test_interviews.py checks directly.
    return not query or "cursor" not in query


def _post(url: str, body: object, headers: dict[str, str]) -> tuple[dict[str, object], str]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read()), response.headers.get_all("Set-Cookie") or []


@pytest.fixture(scope="module")
def fuzz_target(
    migrated_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    env = {
        "AFTERWORD_DATABASE_URL": migrated_database,
        "AFTERWORD_DATA_DIR": str(tmp_path_factory.mktemp("fuzz-data")),
        "AFTERWORD_SECRET_KEY": "fuzz-secret-key-that-is-long-enough",
        "AFTERWORD_RATE_LIMIT": "1000000/minute",
        "AFTERWORD_AUTH_RATE_LIMIT": "1000000/minute",
    }
    with live_server(env) as url:
        _, cookies = _post(
            f"{url}/v1/auth/register",
            {"email": "fuzz@example.com", "password": "correct horse battery"},
            {},
        )
        jar = "; ".join(cookie.split(";")[0] for cookie in cookies)
        csrf = next(c.split("=", 1)[1] for c in jar.split("; ") if c.startswith("aw_csrf="))
        minted, _ = _post(
            f"{url}/v1/tokens",
            {"name": "fuzz", "scopes": sorted(ALL_SCOPES)},
            {"Cookie": jar, "X-CSRF-Token": csrf},
        )
        yield url, str(minted["token"])


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_api_conforms_to_its_contract(
    case: schemathesis.Case, fuzz_target: tuple[str, str]
) -> None:
    url, token = fuzz_target
    case.call_and_validate(base_url=url, headers={"Authorization": f"Bearer {token}"})
