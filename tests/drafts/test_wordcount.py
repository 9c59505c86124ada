"""The API counts words by the same rule, on the same texts, as the web app's editor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.drafts.wordcount import count_words

CASES_FILE = Path(__file__).parents[2] / "frontend" / "src" / "lib" / "word-count.cases.json"
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def test_word_count_fixture_covers_the_hard_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[repr(case["text"])[:40] for case in CASES])
def test_count_words_fixture_text_gives_the_written_count(case: dict[str, object]) -> None:
    assert count_words(str(case["text"])) == case["words"]
