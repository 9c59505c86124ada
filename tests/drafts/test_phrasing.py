"""Discussion points become phrases a sentence can carry: the expected phrases are written
out, for points typed the way people take notes."""

from __future__ import annotations

import pytest

from api.drafts.phrasing import (
    MAX_QUOTABLE_WORDS,
    DiscussionPoint,
    derived_topic,
    is_quotable,
    point_phrase,
    stored_points,
)

# (as typed, phrase in a note to anyone, phrase in a note to the one who raised it)
PHRASES: list[tuple[str, str, str]] = [
    # note-taking verbs and closing punctuation go
    ("Talked about kubernetes.", "kubernetes", "kubernetes"),
    ("talked about on-call rotation", "the on-call rotation", "the on-call rotation"),
    ("Discussed: on-call rotation", "the on-call rotation", "the on-call rotation"),
    ("discussed the on-call rotation!!", "the on-call rotation", "the on-call rotation"),
    (
        "We talked about their migration to Postgres.",
        "their migration to Postgres",
        "your team's migration to Postgres",
    ),
    ("we covered the roadmap for Q3", "the roadmap for Q3", "the roadmap for Q3"),
    (
        "Asked me about my experience with Kafka?",
        "my experience with Kafka",
        "my experience with Kafka",
    ),
    ("She asked about my leadership style", "my leadership style", "my leadership style"),
    ("chatted about remote work policy", "the remote work policy", "the remote work policy"),
    ("Went over the take-home assignment", "the take-home assignment", "the take-home assignment"),
    ("Also talked about team offsites", "team offsites", "team offsites"),
    ("* Went over system design", "the system design", "the system design"),
    ("- talked about observability;", "observability", "observability"),
    ("Discussion of the interview loop", "the interview loop", "the interview loop"),
    ("Questions about visa sponsorship", "visa sponsorship", "visa sponsorship"),
    ("Re: relocation package", "the relocation package", "the relocation package"),
    ("dug into their CI pipeline", "their CI pipeline", "your team's CI pipeline"),
    ("walked me through the architecture", "the architecture", "the architecture"),
    ("brought up the reorg", "the reorg", "the reorg"),
    (
        "They explained their incident process",
        "their incident process",
        "your team's incident process",
    ),
    ("spent time on pairing", "pairing", "pairing"),
    (
        "He mentioned he is hiring two more engineers",
        "how he is hiring two more engineers",
        "how you are hiring two more engineers",
    ),
    (
        "Mentioned that they are migrating to Postgres",
        "how they are migrating to Postgres",
        "how you are migrating to Postgres",
    ),
    # a base form alone is a noun, not a note-taking verb
    ("Cover letter", "the cover letter", "the cover letter"),
    ("Review of the API design", "the review of the API design", "the review of the API design"),
    # the person shifts only when the note goes to the one who said it
    (
        "the cost of their Snowflake warehouse",
        "the cost of their Snowflake warehouse",
        "the cost of your team's Snowflake warehouse",
    ),
    ("his team's roadmap", "his team's roadmap", "your team's roadmap"),
    (
        "her work on the billing service",
        "her work on the billing service",
        "your work on the billing service",
    ),
    ("asked her about her team", "her team", "your team"),
    ("how they onboard new hires", "how they onboard new hires", "how you onboard new hires"),
    ("why they chose Elixir", "why they chose Elixir", "why you chose Elixir"),
    (
        "She's leading the payments team",
        "she's leading the payments team",
        "you're leading the payments team",
    ),
    ("they're moving to a monorepo", "they're moving to a monorepo", "you're moving to a monorepo"),
    ("Their OKRs", "their OKRs", "your team's OKRs"),
    # articles: a countable singular noun gets one; names, plurals, gerunds, mass nouns,
    # acronyms and terms the lexicon lacks do not
    ("migration to Postgres", "the migration to Postgres", "the migration to Postgres"),
    ("Migration to Postgres", "the migration to Postgres", "the migration to Postgres"),
    ("API design", "the API design", "the API design"),
    ("mobile app rewrite", "the mobile app rewrite", "the mobile app rewrite"),
    ("hiring plan", "the hiring plan", "the hiring plan"),
    ("hiring plans", "hiring plans", "hiring plans"),
    ("On-call rotations", "on-call rotations", "on-call rotations"),
    ("Scaling the public API", "scaling the public API", "scaling the public API"),
    ("A/B testing", "A/B testing", "A/B testing"),
    ("research", "research", "research"),
    ("feedback on my take-home", "the feedback on my take-home", "the feedback on my take-home"),
    ("Kubernetes", "Kubernetes", "Kubernetes"),
    ("kubernetes", "kubernetes", "kubernetes"),
    ("microservices", "microservices", "microservices"),
    ("SRE practices", "SRE practices", "SRE practices"),
    ("the 4-day work week", "the 4-day work week", "the 4-day work week"),
    ("2 rounds left", "2 rounds left", "2 rounds left"),
    (
        "what success looks like in the first 90 days",
        "what success looks like in the first 90 days",
        "what success looks like in the first 90 days",
    ),
]


@pytest.mark.parametrize(("typed", "phrase", "to_speaker"), PHRASES, ids=[p[0] for p in PHRASES])
def test_point_phrase_of_a_typed_point_reads_as_part_of_a_sentence(
    typed: str, phrase: str, to_speaker: str
) -> None:
    point = DiscussionPoint(typed)
    assert point_phrase(point, to_speaker=False) == phrase
    assert point_phrase(point, to_speaker=True) == to_speaker


# (a point over 15 words, its phrase to anyone, to the one who raised it)
LONG_POINTS: list[tuple[str, str, str]] = [
    (
        "We talked about their migration from MySQL to Postgres, how they handled downtime "
        "during the cutover, and what they would do differently next time",
        "their migration from MySQL to Postgres",
        "your team's migration from MySQL to Postgres",
    ),
    (
        "Their plan to split the monolith into services over the next two years while "
        "keeping the team small",
        "their plan to split the monolith",
        "your team's plan to split the monolith",
    ),
    (
        "How he thinks about technical debt versus shipping features quickly when the "
        "company is growing this fast",
        "how he thinks about technical debt",
        "how you think about technical debt",
    ),
    (
        "Discussed the on-call rotation: one week in six, follow-the-sun with the Sydney "
        "office, and a pager budget of two night pages per week",
        "the on-call rotation",
        "the on-call rotation",
    ),
    (
        "the cost of their Snowflake warehouse which has tripled since last year because "
        "every team runs its own dashboards",
        "the cost of their Snowflake warehouse",
        "the cost of your team's Snowflake warehouse",
    ),
    (
        "She explained that the data platform team is being split into ingestion and "
        "analytics groups early next year",
        "the data platform team",
        "the data platform team",
    ),
    (
        "team rituals like weekly demos, monthly hack days, quarterly planning offsites in "
        "Lisbon, and a book club on Fridays",
        "team rituals like weekly demos",
        "team rituals like weekly demos",
    ),
]


@pytest.mark.parametrize(
    ("typed", "phrase", "to_speaker"), LONG_POINTS, ids=[p[0][:40] for p in LONG_POINTS]
)
def test_point_phrase_of_a_long_point_is_its_derived_topic(
    typed: str, phrase: str, to_speaker: str
) -> None:
    point = DiscussionPoint(typed)
    assert point_phrase(point, to_speaker=False) == phrase
    assert point_phrase(point, to_speaker=True) == to_speaker


def test_point_phrase_of_a_long_point_uses_the_users_topic() -> None:
    point = DiscussionPoint(
        "We went deep on their migration from MySQL to Postgres, the downtime during the "
        "cutover and what they would change next time",
        topic="Postgres migration",
    )
    assert point_phrase(point, to_speaker=False) == "the Postgres migration"
    assert point_phrase(point, to_speaker=True) == "the Postgres migration"
    theirs = DiscussionPoint(point.text, topic="their Postgres migration")
    assert point_phrase(theirs, to_speaker=True) == "your team's Postgres migration"


def test_point_phrase_of_a_short_point_ignores_the_topic() -> None:
    point = DiscussionPoint("their migration to Postgres", topic="databases")
    assert point_phrase(point, to_speaker=True) == "your team's migration to Postgres"


def test_point_phrase_of_only_a_verb_or_punctuation_keeps_the_words() -> None:
    assert point_phrase(DiscussionPoint("Discussed."), to_speaker=False) == "discussed"
    assert point_phrase(DiscussionPoint("- ..."), to_speaker=False) == "- ..."


def test_is_quotable_up_to_fifteen_words() -> None:
    fifteen = " ".join(["word"] * 15)
    assert MAX_QUOTABLE_WORDS == 15
    assert is_quotable(fifteen)
    assert not is_quotable(fifteen + " more")
    assert is_quotable("  spaced \t out\n")


def test_point_of_exactly_fifteen_words_is_quoted_not_summarised() -> None:
    fifteen = (
        "their migration from MySQL to Postgres and the three long weekends the cutover took them"
    )
    assert len(fifteen.split()) == 15
    assert point_phrase(DiscussionPoint(fifteen), to_speaker=True) == (
        "your team's migration from MySQL to Postgres and the three long weekends "
        "the cutover took you"
    )


def test_derived_topic_is_at_most_six_words_ending_on_a_noun() -> None:
    assert (
        derived_topic(
            "the long-term plan for the data platform team including hiring and a new office"
        )
        == "the long-term plan"
    )
    assert derived_topic("asked me about a time I disagreed with my manager and why") == "a time"


def test_stored_points_reads_objects_and_older_text() -> None:
    assert stored_points(
        [
            {"text": "team rituals", "topic": None, "my_angle": "I ran our retros"},
            "their SLOs",
            {"topic": "no text"},
            7,
        ]
    ) == (
        DiscussionPoint("team rituals", my_angle="I ran our retros"),
        DiscussionPoint("their SLOs"),
    )
    assert stored_points(None) == ()


def test_point_phrase_keeps_the_capital_of_a_name_the_user_capitalised_elsewhere() -> None:
    point = DiscussionPoint(
        text="we went deep on how they handle the cost of their Snowflake warehouse including "
        "the per-team chargeback model and reserved capacity",
        topic="Snowflake costs",
    )

    assert point_phrase(point, to_speaker=True) == "Snowflake costs"
    # A common word typed with a capital only because it starts the line loses it.
    assert point_phrase(DiscussionPoint(text="Migration to Postgres"), to_speaker=True) == (
        "the migration to Postgres"
    )
