"""The one way notes compare words: a word's dictionary form (simplemma), then its
Snowball stem, so that "migrating", "migrated", "migration" and "migrate" meet, and so do
"ran" and "run". The checks and the choice of what a note cites both use it."""

from __future__ import annotations

from functools import lru_cache

import simplemma
import snowballstemmer  # type: ignore[import-untyped]  # the package ships no types

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=8192)
def term(word: str) -> str:
    """The form a word is compared by (expects a case-folded word)."""
    lemma = simplemma.lemmatize(word.removesuffix("'s"), lang="en").casefold()
    return str(_STEMMER.stemWord(lemma))
