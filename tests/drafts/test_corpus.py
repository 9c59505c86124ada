"""The checks measured against a reader's judgement, on a labelled corpus of notes.

The corpus has two parts:

- generated notes: what the built-in writer writes today for every kind, channel and
  interviewer of the realistic interviews in `corpus/interviews.yaml`. A reader would send
  each one, so every check that applies should pass it; which checks apply follows from the
  kind and the facts, by the table below, written by hand.
- hand-written notes (`corpus/notes.yaml`): good notes in the user's own words, paraphrases
  included, and bad ones showing each failure a reader finds. Each is labelled by hand with
  the expected verdict of every check: pass, fail or n/a (the check does not apply).

A check's verdict on a note is "n/a" when it does not apply, "fail" when it failed with a
warning or an error, and "pass" otherwise: a failed info-level check is an optional
suggestion, not a reason to hold the note back.

Generated periodic updates and shared resources are not in the generated part yet: they
join `GENERATED_KINDS` once the built-in writer cites the recorded accomplishment or
resource (`has_substance`); until then the hand-written part covers both kinds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from api.drafts.checks import Check, CheckId, run_checks
from api.drafts.facts import (
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
)
from api.drafts.writer import compose

CORPUS = Path(__file__).parent / "corpus"
CHECK_IDS: tuple[CheckId, ...] = get_args(CheckId)
Verdict = Literal["pass", "fail", "n/a"]
MIN_AGREEMENT = 0.95
MIN_NOTES = 200

GENERATED_KINDS = (
    DraftKind.THANK_YOU,
    DraftKind.NEXT_STEPS_FOLLOW_UP,
    DraftKind.PERIODIC_UPDATE,
    DraftKind.SHARE_RESOURCE,
    DraftKind.LINKEDIN_CONNECT,
    DraftKind.REJECTION_THANK_YOU,
    DraftKind.FEEDBACK_REQUEST,
    DraftKind.KEEP_IN_TOUCH,
)
# Generated notes are written with everything the interview records to cite.
CITED = ("accomplishment", "resource")
# The kinds each check applies to, whatever the facts (the reader's rules, by hand).
KINDS_CHECKED: dict[CheckId, frozenset[DraftKind]] = {
    "addresses_by_name": frozenset(DraftKind),
    "references_discussion": frozenset(DraftKind),
    "reiterates_interest": frozenset(DraftKind),
    "follows_up_next_steps": frozenset(
        {DraftKind.THANK_YOU, DraftKind.NEXT_STEPS_FOLLOW_UP, DraftKind.PERIODIC_UPDATE}
    ),
    "prompt": frozenset({DraftKind.THANK_YOU}),
    "length": frozenset(DraftKind),
    "no_placeholders": frozenset(DraftKind),
    "no_filler": frozenset(DraftKind),
    "distinct": frozenset(DraftKind),
    "has_substance": frozenset({DraftKind.PERIODIC_UPDATE, DraftKind.SHARE_RESOURCE}),
    "repeats_earlier_note": frozenset(DraftKind),
}


@dataclass(frozen=True)
class Note:
    id: str
    source: Literal["generated", "hand"]
    facts: DraftFacts
    subject: str | None
    body: str
    now: datetime
    siblings: tuple[str, ...]
    expected: dict[CheckId, Verdict] = field(default_factory=dict)


# --- the interviews -------------------------------------------------------------------------


@cache
def interviews() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(
        (CORPUS / "interviews.yaml").read_text(encoding="utf-8")
    )
    return loaded


def _ended(interview: dict[str, Any]) -> datetime:
    ended = interview["ended"]
    return ended if isinstance(ended, datetime) else datetime.fromisoformat(ended)


def facts_for(
    key: str,
    recipient: str,
    kind: DraftKind,
    channel: Channel,
    *,
    earlier_notes: tuple[str, ...] = (),
    cite: tuple[str, ...] = (),
) -> DraftFacts:
    interview = interviews()[key]
    people = interview["interviewers"]
    person = next(p for p in people if p["name"] == recipient)
    accomplishment = interview.get("accomplishment")
    resource = interview.get("resource")
    expected_by = interview.get("expected_by")
    return DraftFacts(
        kind=kind,
        channel=channel,
        company=interview["company"],
        position=interview["position"],
        stage=interview.get("stage"),
        interview_end=_ended(interview),
        timezone=interview["timezone"],
        sender_name=interview.get("sender"),
        interview_discussion_points=tuple(interview.get("points", ())),
        recipient=Person(
            name=person["name"],
            title=person.get("title"),
            is_hiring_manager=person.get("hiring_manager", False),
            discussion_points=tuple(person.get("points", ())),
        ),
        recipient_index=people.index(person),
        next_steps_description=interview.get("next_steps"),
        next_steps_expected_by=expected_by if isinstance(expected_by, date) else None,
        outcome=interview.get("outcome", "pending"),
        accomplishment=AccomplishmentFact(**accomplishment)
        if accomplishment and "accomplishment" in cite
        else None,
        resource=ResourceFact(**resource) if resource and "resource" in cite else None,
        earlier_notes=earlier_notes,
        other_names=tuple(p["name"] for p in people if p is not person),
    )


# --- generated notes ------------------------------------------------------------------------


def _applies(facts: DraftFacts, check_id: CheckId, *, has_siblings: bool) -> bool:
    """Whether a check applies to a generated note: the kind, then what is recorded."""
    if facts.kind not in KINDS_CHECKED[check_id]:
        return False
    if check_id == "references_discussion":
        # A recruiter with no points of their own is thanked for the process.
        recruiter = facts.recipient is not None and facts.recipient.is_recruiter
        own_points = facts.recipient is not None and facts.recipient.discussion_points
        return bool(facts.discussion_points) and (not recruiter or bool(own_points))
    if check_id == "follows_up_next_steps":
        recorded = facts.next_steps_description is not None or facts.next_steps_expected_by
        still_open = facts.outcome in ("pending", "advanced")
        return bool(recorded) and (still_open or facts.kind is DraftKind.NEXT_STEPS_FOLLOW_UP)
    if check_id == "distinct":
        return has_siblings
    if check_id == "repeats_earlier_note":
        return bool(facts.earlier_notes)
    return True


def _nothing_to_cite(facts: DraftFacts) -> bool:
    """An update with no accomplishment recorded, or a share with no resource."""
    if facts.kind is DraftKind.PERIODIC_UPDATE:
        return facts.accomplishment is None
    if facts.kind is DraftKind.SHARE_RESOURCE:
        return facts.resource is None
    return False


def generated_notes() -> list[Note]:
    notes = []
    for key, interview in interviews().items():
        names = [person["name"] for person in interview["interviewers"]]
        for name in names:
            for kind in GENERATED_KINDS:
                for channel in Channel:
                    facts = facts_for(key, name, kind, channel, cite=CITED)
                    composed = compose(facts)
                    siblings = tuple(
                        compose(facts_for(key, other, kind, channel, cite=CITED)).body
                        for other in names
                        if other != name
                    )
                    expected: dict[CheckId, Verdict] = {
                        check_id: "pass"
                        if _applies(facts, check_id, has_siblings=bool(siblings))
                        else "n/a"
                        for check_id in CHECK_IDS
                    }
                    if _nothing_to_cite(facts):
                        # The writer leaves its marked slot: not a note to send yet.
                        expected["has_substance"] = expected["no_placeholders"] = "fail"
                    notes.append(
                        Note(
                            id=f"generated {key} {name} {kind.value} {channel.value}",
                            source="generated",
                            facts=facts,
                            subject=composed.subject,
                            body=composed.body,
                            now=facts.interview_end + timedelta(hours=3),
                            siblings=siblings,
                            expected=expected,
                        )
                    )
    return notes


# --- hand-written notes ---------------------------------------------------------------------


def _replaced(text: str, replacements: list[list[str]]) -> str:
    for old, new in replacements:
        assert old in text, f"{old!r} is not in the note it changes"
        text = text.replace(old, new)
    return text


def hand_notes() -> list[Note]:
    entries: list[dict[str, Any]] = yaml.safe_load(
        (CORPUS / "notes.yaml").read_text(encoding="utf-8")
    )
    by_id: dict[str, dict[str, Any]] = {}
    notes = []
    for raw in entries:
        entry = {**by_id[raw["from"]], **raw} if "from" in raw else dict(raw)
        body = _replaced(entry["body"], raw.get("replace", [])) + raw.get("append", "")
        subject = entry.get("subject")
        entry["body"] = body
        by_id[entry["id"]] = {k: v for k, v in entry.items() if k not in ("replace", "append")}
        facts = facts_for(
            entry["interview"],
            entry["to"],
            DraftKind(entry["kind"]),
            Channel(entry["channel"]),
            earlier_notes=tuple(entry.get("earlier", ())),
            cite=tuple(entry.get("cite", ())),
        )
        siblings = tuple(
            _replaced(by_id[sibling["from"]]["body"], sibling.get("replace", []))
            if isinstance(sibling, dict)
            else sibling
            for sibling in entry.get("siblings", ())
        )
        expected = raw["expect"]
        assert set(expected) == set(CHECK_IDS), f"{entry['id']}: label every check"
        notes.append(
            Note(
                id=entry["id"],
                source="hand",
                facts=facts,
                subject=subject,
                body=body,
                now=facts.interview_end + timedelta(hours=entry.get("hours_after", 3)),
                siblings=siblings,
                expected=expected,
            )
        )
    return notes


# --- measuring ------------------------------------------------------------------------------


def verdict(check: Check) -> Verdict:
    if not check.applies:
        return "n/a"
    return "fail" if not check.passed and check.severity != "info" else "pass"


def verdicts(note: Note) -> dict[CheckId, Verdict]:
    checks = run_checks(
        note.facts, note.subject, note.body, now=note.now, sibling_bodies=note.siblings
    )
    return {check.id: verdict(check) for check in checks}


def _table(rows: Counter[tuple[CheckId, str]], totals: Counter[CheckId]) -> str:
    lines = [
        f"{'check':<24}{'notes':>7}{'agree':>7}{'false fail':>12}{'false pass':>12}"
        f"{'applies wrong':>15}"
    ]
    for check_id in CHECK_IDS:
        lines.append(
            f"{check_id:<24}{totals[check_id]:>7}{rows[check_id, 'agree']:>7}"
            f"{rows[check_id, 'false fail']:>12}{rows[check_id, 'false pass']:>12}"
            f"{rows[check_id, 'applies wrong']:>15}"
        )
    return "\n".join(lines)


def _outcome(expected: Verdict, got: Verdict) -> str:
    if expected == got:
        return "agree"
    if "n/a" in (expected, got):
        return "applies wrong"
    return "false fail" if got == "fail" else "false pass"


def test_checks_agree_with_the_reader_on_the_labelled_corpus() -> None:
    notes = generated_notes() + hand_notes()
    rows: Counter[tuple[CheckId, str]] = Counter()
    totals: Counter[CheckId] = Counter()
    generated_wrong = []
    disagreements = []
    for note in notes:
        got = verdicts(note)
        for check_id in CHECK_IDS:
            outcome = _outcome(note.expected[check_id], got[check_id])
            rows[check_id, outcome] += 1
            totals[check_id] += 1
            if outcome != "agree":
                line = (
                    f"{note.id}: {check_id} expected {note.expected[check_id]}, got {got[check_id]}"
                )
                disagreements.append(line)
                if note.source == "generated":
                    generated_wrong.append(line)
    judged = sum(totals.values())
    agreement = rows_agree = sum(rows[check_id, "agree"] for check_id in CHECK_IDS)
    agreement = rows_agree / judged
    print()
    print(_table(rows, totals))
    print(f"{len(notes)} notes, agreement {agreement:.1%} over {judged} verdicts")
    print("\n".join(disagreements))

    assert len(notes) >= MIN_NOTES
    assert sum(note.source == "hand" for note in notes) >= 80
    assert generated_wrong == []
    assert agreement >= MIN_AGREEMENT


def test_corpus_hand_notes_cover_every_check_failing() -> None:
    """The bad notes show each failure at least once, so each check is measured both ways."""
    failing = {
        check_id
        for note in hand_notes()
        for check_id, expected in note.expected.items()
        if expected == "fail"
    }

    assert failing == set(CHECK_IDS)
