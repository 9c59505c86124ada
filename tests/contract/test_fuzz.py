"""The contract fuzzed: schemathesis drives a real server from the committed openapi.json.

Every operation gets generated valid and invalid requests, authenticated with a token
that holds every scope; all default checks run, including response-schema conformance
and the rejection of invalid data. AFTERWORD_FUZZ_EXAMPLES sets the depth (small in
`make test`, larger in `make fuzz`).
"""

from __future__ import annotations

import asyncio
import json
import os
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import CheckFunction, positive_data_acceptance
from schemathesis.core.failures import AcceptedNegativeData, FailureGroup
from schemathesis.core.transport import Response
from sqlalchemy.ext.asyncio import create_async_engine

from api.auth.scopes import ALL_SCOPES
from api.calendar.router import ICALENDAR_FORMAT
from api.models import metadata
from api.playbook.worktime import holiday_country_codes
from api.validation import HOLIDAY_COUNTRY_FORMAT, TIME_ZONE_FORMAT, time_zone_names
from tests.live import live_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("AFTERWORD_FUZZ_EXAMPLES", "12"))
# Runs are the same every time (`make test` and `make fuzz`, so CI is reproducible); set
# AFTERWORD_FUZZ_RANDOM=1 to explore anew. Random runs still find known contract gaps
# (a `\s` the server and JSON Schema read differently), which become fixed examples.
DERANDOMIZE = os.environ.get("AFTERWORD_FUZZ_RANDOM") != "1"

schema = schemathesis.openapi.from_path(ROOT / "openapi.json")
schemathesis.openapi.format(TIME_ZONE_FORMAT, st.sampled_from(sorted(time_zone_names())))
schemathesis.openapi.format(HOLIDAY_COUNTRY_FORMAT, st.sampled_from(holiday_country_codes()))


@st.composite
def _invitations(draw: st.DrawFn) -> str:
    """Calendar invitations as mail clients send them, with generated details."""
    words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)
    start = datetime(2000, 1, 1, tzinfo=UTC) + timedelta(
        minutes=draw(st.integers(min_value=0, max_value=99 * 365 * 24 * 60))
    )
    minutes = draw(st.integers(min_value=15, max_value=240))
    people = draw(st.lists(words, min_size=0, max_size=4, unique=True))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Invite//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{draw(words)}@example.com",
        f"DTSTAMP:{start:%Y%m%dT%H%M%S}Z",
        f"DTSTART:{start:%Y%m%dT%H%M%S}Z",
        f"DTEND:{start + timedelta(minutes=minutes):%Y%m%dT%H%M%S}Z",
        f"SUMMARY:{draw(words).title()} Engineer at {draw(words).title()}",
        *[f"ATTENDEE;CN={name.title()}:mailto:{name}@corp.example" for name in people],
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


schemathesis.openapi.format(ICALENDAR_FORMAT, _invitations())


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
    asyncio.run(_empty(migrated_database))


async def _empty(url: str) -> None:
    """Leave the shared test database as the other tests expect it: empty."""
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            await connection.execute(table.delete())
    await engine.dispose()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=DERANDOMIZE,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_api_conforms_to_its_contract(
    case: schemathesis.Case, fuzz_target: tuple[str, str]
) -> None:
    url, token = fuzz_target
    headers = {"Authorization": f"Bearer {token}"}
    response = case.call(base_url=url, headers=headers)
    if _refused_as_malformed_http(response):
        return
    if case.method.upper() == "GET" and case.query and "cursor" in case.query:
        # A cursor is opaque and signed: no generated string can be a valid one, so
        # instead of "accepted" the contract here is a 4xx problem saying what is wrong.
        assert response.status_code in {400, 404, 422}, response.text
        assert response.headers.get("content-type") == ["application/problem+json"]
        return
    excluded: list[CheckFunction] = []
    if case.operation.path == "/v1/import":
        # An export document's rows refer to each other by id and carry what the account
        # can store, which JSON Schema cannot say: a generated document can be refused
        # (422) for that, so only "schema-valid means accepted" is not asked of it. No 5xx,
        # refusal of invalid documents and the response's own shape are still checked.
        excluded.append(positive_data_acceptance)
    try:
        case.validate_response(
            response,
            headers=headers,
            excluded_checks=excluded,
            transport_kwargs={"base_url": url, "headers": headers},
        )
    except FailureGroup as group:
        remaining = [f for f in group.exceptions if not _indistinguishable_on_the_wire(f)]
        if remaining:
            raise FailureGroup(remaining, str(group)) from None


# What the HTTP server itself answers a message that is not valid HTTP/1.1.
_MALFORMED_HTTP = (400, b"Invalid HTTP request received.")


def _refused_as_malformed_http(response: Response) -> bool:
    """Generated headers are sometimes not HTTP at all (an empty Transfer-Encoding, say):
    the server's parser refuses such a request with a plain 400 before the application
    sees it, which is what the protocol asks. There is no API operation to check."""
    return (response.status_code, response.content) == _MALFORMED_HTTP


def _indistinguishable_on_the_wire(failure: Exception) -> bool:
    """A query parameter mutated into an array or object still reaches the server as text
    (for instance "[]"), which is a valid value of the string parameter it replaced:
    there is nothing there for the server to refuse."""
    if not isinstance(failure, AcceptedNegativeData):
        return False
    violations = [line.strip() for line in str(failure.message).splitlines() if "violates" in line]
    return bool(violations) and all(
        (line.startswith("- query:") and line.endswith(("became array)", "became object)")))
        or line.startswith("- header:")
        for line in violations
    )
