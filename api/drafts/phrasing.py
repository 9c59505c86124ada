"""Discussion points as phrases a sentence can carry.

A point is stored as the user typed it ("Talked about their migration to Postgres.") and
turned into a noun phrase only when a note uses it ("the migration to Postgres", or "your
team's migration to Postgres" in a note to the person who raised it). The English comes
from maintained word data: `lemminflect` (lemmas, parts of speech, plural forms, from the
SPECIALIST lexicon) and `inflect` (nouns that do not inflect). The only lists kept here are
the closed classes of English (determiners, pronouns, prepositions, conjunctions) and the
verbs people use when taking notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import inflect
import lemminflect

from api.drafts.wordcount import count_words

MAX_QUOTABLE_WORDS = 15
MAX_TOPIC_WORDS = 6


@dataclass(frozen=True, slots=True)
class DiscussionPoint:
    """A discussion point as the user recorded it."""

    text: str
    topic: str | None = None
    my_angle: str | None = None


def stored_points(values: object) -> tuple[DiscussionPoint, ...]:
    """Points as the interview tables store them ({text, topic, my_angle} objects)."""
    if not isinstance(values, list):
        return ()
    points = []
    for value in values:
        if isinstance(value, str):
            value = {"text": value}
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            points.append(
                DiscussionPoint(
                    text=value["text"], topic=value.get("topic"), my_angle=value.get("my_angle")
                )
            )
    return tuple(points)


def as_point(value: str | DiscussionPoint) -> DiscussionPoint:
    return value if isinstance(value, DiscussionPoint) else DiscussionPoint(value)


def point_texts(points: Sequence[str | DiscussionPoint]) -> tuple[str, ...]:
    """Points as text, as a user's template reads them."""
    return tuple(as_point(point).text for point in points)


def word_count(text: str) -> int:
    """Words as the editor and the length check count them."""
    return count_words(text)


def is_quotable(text: str) -> bool:
    """Short enough to sit inside a sentence of a note."""
    return word_count(text) <= MAX_QUOTABLE_WORDS


def point_phrase(point: DiscussionPoint, *, to_speaker: bool) -> str:
    """The point as a noun phrase ready for a sentence ("your thoughts on ___").

    Note-taking verbs and closing punctuation go, an article comes where English needs
    one, and the person shifts when the note is written to the one who said it. A point
    too long to quote gives its topic: the user's own, else one taken from the point.
    """
    if is_quotable(point.text):
        words = _strip_note_taking(_words(point.text))
    elif point.topic is not None and point.topic.split():
        words = _strip_note_taking(_words(point.topic))
    else:
        words = derive_topic_words(_strip_note_taking(_words(point.text)))
    words = words or _words(point.text)[:MAX_TOPIC_WORDS]
    if not words:
        # Nothing but punctuation: the point as typed, rather than nothing at all.
        return " ".join(point.text.split())
    names = _capitalised_inside(point.text, point.topic or "")
    return _render(words, to_speaker=to_speaker, names=names)


def _capitalised_inside(*texts: str) -> frozenset[str]:
    """Words the user capitalised where no sentence starts ("their Snowflake warehouse"):
    names, which keep their capital at the start of a phrase too."""
    return frozenset(
        _bare(word).lower()
        for text in texts
        for word in _words(text)[1:]
        if word[:1].isupper() and _bare(word).lower() != "i"
    )


def derived_topic(text: str) -> str:
    """The topic a long point is summarised by, as the user wrote its words."""
    return " ".join(derive_topic_words(_strip_note_taking(_words(text))))


# --- words ---------------------------------------------------------------------------------

_BULLET = re.compile(r"^[-*•·–—>]+$")
_CLOSING = ".,;:!?…"


def _words(text: str) -> list[str]:
    words = text.split()
    while words and _BULLET.match(words[0]):
        words = words[1:]
    if words:
        words[-1] = words[-1].rstrip(_CLOSING)
        if not words[-1]:
            words = words[:-1]
    return words


def _bare(word: str) -> str:
    """The word without surrounding punctuation, lower case, for looking it up."""
    return word.strip(_CLOSING + "\"'“”‘’()[]").lower()


# Closed classes of English: they are what decides whether a phrase already has a
# determiner and where a noun phrase ends.
_DETERMINERS = frozenset(
    """
    a an the this that these those my your our their his her its whose which what some any
    no every each all both either neither another other several many much few little more
    most such one two three four five six seven eight nine ten
    """.split()
)
_PREPOSITIONS = frozenset(
    """
    of to for on in at with about from by into onto over under through during between among
    across around after before behind beyond via versus vs vs. without within against toward
    towards like as per than
    """.split()
)
_CONJUNCTIONS = frozenset(
    """
    and or but nor so because while since although though if whereas whether unless until
    that which who whom where when how why what
    """.split()
)
_CLAUSE_LEADS = frozenset("how why what when where whether who which if".split())
_PRONOUNS = frozenset("i you he she it we they".split())

# How notes begin before the point itself: "(we) (also) talked about", "asked me about".
# verb lemma -> the particles that may follow it
_NOTE_VERBS: dict[str, frozenset[str]] = {
    "talk": frozenset({"about", "through", "over", "of"}),
    "chat": frozenset({"about", "through", "over"}),
    "speak": frozenset({"about", "of", "to"}),
    "discuss": frozenset({"about"}),
    "ask": frozenset({"about"}),
    "cover": frozenset(),
    "go": frozenset({"over", "through", "into"}),
    "mention": frozenset(),
    "touch": frozenset({"on", "upon"}),
    "dig": frozenset({"into"}),
    "dive": frozenset({"into"}),
    "walk": frozenset({"through"}),
    "explain": frozenset(),
    "describe": frozenset(),
    "share": frozenset({"about"}),
    "tell": frozenset({"about"}),
    "bring": frozenset({"up"}),
    "raise": frozenset(),
    "review": frozenset(),
    "get": frozenset({"into"}),
    "spend": frozenset(),
}
_NOTE_SUBJECTS = frozenset({"we", "they", "he", "she", "i", "interviewer"})
_NOTE_ADVERBS = frozenset({"also", "briefly", "then", "mostly", "quickly", "mainly", "later"})
_NOTE_OBJECTS = frozenset({"me", "us", "them", "him", "her"})
# Nouns that announce a point rather than being it: "Discussion of", "Question about".
_NOTE_NOUNS = frozenset({"discussion", "discussions", "question", "questions", "conversation"})


def _verb_lemma(word: str) -> str | None:
    lemmas = lemminflect.getAllLemmas(word).get("VERB")
    return lemmas[0] if lemmas else None


def _is_inflected_verb(word: str, lemma: str) -> bool:
    """'talked', 'discussing', 'goes': a base form alone ('cover letter') is not a verb."""
    return word.lower() != lemma


def _strip_note_taking(words: list[str]) -> list[str]:
    """Drop the note-taking lead ("We talked about", "Asked me about", "Discussed:")."""
    index = 0
    lowered = [_bare(word) for word in words]
    if index < len(words) and lowered[index] in _NOTE_SUBJECTS:
        index += 1
    subject = index > 0
    if index < len(words) and lowered[index] in _NOTE_ADVERBS:
        index += 1
    stripped = 0
    if index < len(words):
        lemma = _verb_lemma(lowered[index])
        word = lowered[index]
        ends_with_colon = words[index].endswith(":")
        if lemma in _NOTE_VERBS and (
            subject
            or ends_with_colon
            or _is_inflected_verb(word, lemma)
            or (index + 1 < len(words) and lowered[index + 1] in _NOTE_VERBS[lemma])
        ):
            index += 1
            if index < len(words) and lowered[index] in _NOTE_OBJECTS and not ends_with_colon:
                index += 1
            if index < len(words) and lowered[index] in _NOTE_VERBS[lemma]:
                index += 1
            # "spent time on", "spent a while on"
            if lemma == "spend":
                on = next(
                    (i for i in range(index, min(index + 3, len(words))) if lowered[i] == "on"),
                    None,
                )
                index = on + 1 if on is not None else index
            stripped = index
        elif (
            lowered[index] in _NOTE_NOUNS
            and index + 1 < len(words)
            and lowered[index + 1] in {"of", "about", "on", "around"}
        ):
            stripped = index + 2
    if stripped == 0 and words and lowered[0] in {"about", "re", "re:"}:
        stripped = 1
    rest = words[stripped:]
    if rest and rest[0] == ":":
        rest = rest[1:]
    if rest and stripped and _bare(rest[0]) == "that":
        # "mentioned that they are hiring": the fact itself, as "how they are hiring".
        rest = ["how", *rest[1:]]
    elif rest and stripped and _bare(rest[0]) in _PRONOUNS:
        # "She mentioned she leads the platform team" -> "how she leads the platform team"
        rest = ["how", *rest]
    return rest if rest else words


# --- topics --------------------------------------------------------------------------------


def _is_boundary(word: str) -> bool:
    """A word that ends the leading noun phrase of a point."""
    bare = _bare(word)
    if bare in _CONJUNCTIONS:
        return True
    lemmas = lemminflect.getAllLemmas(bare)
    # A verb that can be nothing else ("is", "handled", "took") starts the rest of a clause.
    return (
        bool(lemmas)
        and not ({"NOUN", "ADJ", "PROPN"} & lemmas.keys())
        and ("VERB" in lemmas or "AUX" in lemmas)
    )


def _ends_a_phrase(word: str) -> bool:
    return word.endswith((",", ";", ":", ")", "."))


def _can_end_topic(word: str) -> bool:
    """A topic ends on a noun: a word known as a noun, or a name or term the lexicon lacks."""
    bare = _bare(word)
    if not bare or bare in _DETERMINERS | _PREPOSITIONS | _CONJUNCTIONS | _PRONOUNS:
        return False
    lemmas = lemminflect.getAllLemmas(bare)
    if not lemmas:
        return True
    return "NOUN" in lemmas or "PROPN" in lemmas


def derive_topic_words(words: list[str]) -> list[str]:
    """The leading noun phrase of a point, at most six words, ending on a noun."""
    if words and _bare(words[0]) in _CLAUSE_LEADS:
        clause = _leading_phrase(words, clause=True)
        follows = words[len(clause)] if len(clause) < len(words) else ""
        if follows and _is_boundary(follows):
            # "how the data platform team | is being split": the subject says it better.
            return _leading_phrase(words[1:], clause=False) or clause
        return clause
    return _leading_phrase(words, clause=False)


def _leading_phrase(words: list[str], *, clause: bool) -> list[str]:
    taken: list[str] = []
    cut_by_limit = False
    for position, word in enumerate(words):
        if position > 0 and not clause and _is_boundary(word):
            break
        if len(taken) == MAX_TOPIC_WORDS:
            # Cut inside a noun phrase unless the next word starts a new one.
            cut_by_limit = not (_bare(word) in _PREPOSITIONS or _is_boundary(word))
            break
        taken.append(word)
        if _ends_a_phrase(word):
            break
    taken = [word.rstrip(_CLOSING) or word for word in taken]
    if cut_by_limit:
        # Cut in the middle of a noun phrase: keep the part before its preposition.
        for index in range(len(taken) - 1, 0, -1):
            if _bare(taken[index]) in _PREPOSITIONS:
                taken = taken[:index]
                break
    while taken and not _can_end_topic(taken[-1]):
        taken.pop()
    return taken


# --- the phrase ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _inflect_engine() -> inflect.engine:
    return inflect.engine()


def _head_index(words: list[str]) -> int | None:
    """The last word of the leading noun phrase: its head noun."""
    head = None
    for index, word in enumerate(words):
        bare = _bare(word)
        if index > 0 and (bare in _PREPOSITIONS or bare in _CONJUNCTIONS):
            break
        head = index
        if _ends_a_phrase(word) or word.endswith(("'s", "’s")):
            break
    return head


def _needs_article(words: list[str]) -> bool:
    """A countable singular noun without a determiner: "on-call rotation" needs "the";
    names, terms the lexicon lacks ("kubernetes"), plurals, gerunds and mass nouns
    ("feedback on research") do not."""
    if not words:
        return False
    first = _bare(words[0])
    if first in _DETERMINERS | _CLAUSE_LEADS | _PREPOSITIONS | _PRONOUNS:
        return False
    if first.isdigit() or words[0].endswith(("'s", "’s")):
        return False
    head_index = _head_index(words)
    if head_index is None:
        return False
    raw_head = words[head_index].strip(_CLOSING + "\"'“”‘’()[]")
    head = raw_head.lower()
    if not head.isalpha() and "-" not in head:
        return False
    if raw_head.isupper() and len(raw_head) > 1:
        return False  # an acronym: "SRE", "CI"
    if head_index > 0 and raw_head[:1].isupper():
        return False  # a name: "Project Apollo"
    lemmas = lemminflect.getAllLemmas(head)
    nouns = lemmas.get("NOUN")
    if not nouns:
        return False
    if head not in nouns:
        return False  # a plural: "on-call rotations"
    if head.endswith("ing") and "VERB" in lemmas:
        return False  # a gerund: "scaling", "load testing"
    plurals = lemminflect.getAllInflections(head, upos="NOUN").get("NNS", ())
    if not any(plural != head for plural in plurals):
        return False  # a mass noun: "research", "progress"
    return _inflect_engine().plural_noun(head) != head  # "information", "equipment"


# Person shift for a note written to the one who said it.
_TO_SPEAKER = {
    "their": "your team's",
    "theirs": "yours",
    "them": "you",
    "themselves": "yourselves",
    "they": "you",
    "they're": "you're",
    "they've": "you've",
    "they'd": "you'd",
    "they'll": "you'll",
    "his": "your",
    "him": "you",
    "himself": "yourself",
    "herself": "yourself",
    "hers": "yours",
}
_THIRD_SINGULAR = frozenset({"he", "she"})
_THIRD_SINGULAR_CONTRACTIONS = {
    "he's": "you're",
    "she's": "you're",
    "he'd": "you'd",
    "she'd": "you'd",
    "he'll": "you'll",
    "she'll": "you'll",
}
_AGREEMENT = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _split_punctuation(word: str) -> tuple[str, str, str]:
    core = word.strip(_CLOSING + '"“”‘’()[]')
    if not core:
        return "", word, ""
    start = word.index(core)
    return word[:start], core, word[start + len(core) :]


def _agree_with_you(word: str) -> str:
    """The verb after 'he' or 'she', as it reads after 'you' ("leads" -> "lead")."""
    lead, core, tail = _split_punctuation(word)
    lower = core.lower()
    if lower in _AGREEMENT:
        return lead + _AGREEMENT[lower] + tail
    lemmas = lemminflect.getAllLemmas(lower)
    verbs: tuple[str, ...] = lemmas.get("VERB", ())
    if verbs and lower.endswith("s") and verbs[0] != lower:
        return lead + str(verbs[0]) + tail
    return word


def _shift_to_speaker(words: list[str]) -> list[str]:
    shifted: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        lead, core, tail = _split_punctuation(word)
        lower = core.lower().replace("’", "'")
        if lower in _TO_SPEAKER:
            shifted.append(lead + _match_case(core, _TO_SPEAKER[lower]) + tail)
        elif lower in _THIRD_SINGULAR_CONTRACTIONS:
            shifted.append(lead + _match_case(core, _THIRD_SINGULAR_CONTRACTIONS[lower]) + tail)
        elif lower in _THIRD_SINGULAR:
            shifted.append(lead + _match_case(core, "you") + tail)
            following = index + 1
            if (
                following < len(words)
                and "ADV" in lemminflect.getAllLemmas(_bare(words[following]))
                and _bare(words[following]).endswith("ly")
            ):
                shifted.append(words[following])
                following += 1
            if following < len(words):
                shifted.append(_agree_with_you(words[following]))
            index = following + 1
            continue
        elif lower == "her":
            # Possessive before a word ("her work on X"), object otherwise ("asked her").
            after = _bare(words[index + 1]) if index + 1 < len(words) else ""
            possessive = bool(after) and after not in _PREPOSITIONS | _CONJUNCTIONS
            shifted.append(lead + _match_case(core, "your" if possessive else "you") + tail)
        else:
            shifted.append(word)
        index += 1
    return shifted


def _lower_first(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """Notes start points with a capital ("Migration to Postgres"); mid-sentence a common
    word is lower case. Names and terms the lexicon lacks keep their capital, and so does
    a word followed by another capitalised one ("Snowflake Warehouse")."""
    if not words:
        return words
    first = words[0]
    title_case = first[:1].isupper() and (first[1:].islower() or len(first) == 1)
    if not title_case:
        return words
    bare = _bare(first)
    if bare == "i" or bare in names:
        return words
    closed = bare in (
        _DETERMINERS
        | _CLAUSE_LEADS
        | _PREPOSITIONS
        | _PRONOUNS
        | _TO_SPEAKER.keys()
        | _THIRD_SINGULAR_CONTRACTIONS.keys()
    )
    followed_by_name = len(words) > 1 and words[1][:1].isupper()
    known = all(lemminflect.getAllLemmas(part) for part in bare.split("-"))
    if closed or (known and not followed_by_name):
        return [first[:1].lower() + first[1:], *words[1:]]
    return words


def _render(words: list[str], *, to_speaker: bool, names: frozenset[str] = frozenset()) -> str:
    words = _lower_first(words, names)
    if _needs_article(words):
        words = ["the", *words]
    if to_speaker:
        words = _shift_to_speaker(words)
    return " ".join(words).rstrip(_CLOSING)
