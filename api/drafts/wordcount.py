"""The one rule for counting a note's words, shared by the checks and the web app's editor.

A word is a run of characters between separators that holds at least one letter or digit.
Separators are whitespace and the dashes used as punctuation (figure dash, en dash, em
dash, horizontal bar). So "on-call", "don't", "2026-12-04", "$120k" and a URL are one word
each, "10–12" is two, and a lone "—" or "&" is none. The web app implements the same rule
in `frontend/src/lib/word-count.ts`; both are tested on `tests/fixtures/word-count.json`.
"""

from __future__ import annotations

import re
import unicodedata

# Spelled out rather than `\s`, which Python and JavaScript define slightly differently.
SEPARATORS = re.compile(
    "[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2012-\u2015]+"
)


def _has_letter_or_digit(piece: str) -> bool:
    return any(unicodedata.category(char)[0] in "LN" for char in piece)


def count_words(text: str) -> int:
    """How many words the text has, by the rule above."""
    return sum(1 for piece in SEPARATORS.split(text) if _has_letter_or_digit(piece))
