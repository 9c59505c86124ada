"""User templates: documented variables render; anything else is refused before it runs."""

from __future__ import annotations

import itertools
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.drafts.facts import VARIABLE_DOCS, template_variables
from api.drafts.sandbox import (
    ProblemCode,
    RenderLimits,
    TemplateRejected,
    render_user_template,
    validate_user_template,
)
from api.drafts.writer import Composed
from tests.drafts import bare_facts, make_facts

VARIABLES = template_variables(make_facts())


def rejection(body_src: str, variables: dict[str, object] | None = None) -> TemplateRejected:
    with pytest.raises(TemplateRejected) as caught:
        render_user_template(None, body_src, variables if variables is not None else VARIABLES)
    return caught.value


def test_template_variables_for_an_interview_are_the_documented_ones() -> None:
    assert VARIABLES == {
        "kind": "thank_you",
        "channel": "email",
        "greeting": "Dear Dana,",
        "recipient_name": "Dana Lee",
        "recipient_first_name": "Dana",
        "recipient_title": "Engineering Manager",
        "recipient_is_hiring_manager": True,
        "company": "Acme Cloud GmbH",
        "company_short": "Acme Cloud",
        "position": "Senior Backend Engineer",
        "stage": "Technical interview",
        "sender_name": "Sam Rivera",
        "sender_first_name": "Sam",
        "discussion_points": ("the migration to Kubernetes", "On-call rotations"),
        "discussion_points_text": "the migration to Kubernetes and on-call rotations",
        "interview_discussion_points": ("Scaling the public API",),
        "next_steps": "Second round with the CTO",
        "expected_by": "Friday, 4 December",
        "expected_by_iso": "2026-12-04",
        "interview_date": "Tuesday, 1 December",
        "interview_weekday": "Tuesday",
        "interview_date_iso": "2026-12-01",
        "outcome": "pending",
        "accomplishment": None,
        "accomplishment_detail": None,
        "accomplishment_link": None,
        "resource_title": None,
        "resource_url": None,
        "resource_note": None,
    }
    assert VARIABLES.keys() == VARIABLE_DOCS.keys()


def test_render_user_template_fills_in_a_plain_text_note() -> None:
    subject_src = "Thank you, {{ recipient_first_name }} —\n{{ position }}"
    body_src = (
        "{{ greeting }}\n\n"
        "Thank you for {{ interview_weekday }}'s conversation about the {{ position }} role at "
        "{{ company_short }} & the team.\n"
        "{% for point in discussion_points %}\n"
        "{{ loop.index }}. {{ point|capitalize }}\n"
        "{% endfor %}\n"
        "{% if expected_by %}\n"
        "I look forward to hearing from you by {{ expected_by }}.\n"
        "{% endif %}\n"
        "\n"
        "{{ sender_name.split()[0] ~ '!' }}   \n"
    )

    composed = render_user_template(subject_src, body_src, VARIABLES)

    assert composed == Composed(
        subject="Thank you, Dana — Senior Backend Engineer",
        body="Dear Dana,\n\n"
        "Thank you for Tuesday's conversation about the Senior Backend Engineer role at "
        "Acme Cloud & the team.\n"
        "1. The migration to kubernetes\n"
        "2. On-call rotations\n"
        "I look forward to hearing from you by Friday, 4 December.\n"
        "\n"
        "Sam!",
    )


def test_render_user_template_supports_everyday_jinja() -> None:
    body_src = (
        "{% set first, second = discussion_points %}{{ second }}; "
        "{% for label, value in [('At', company_short), ('For', position)] %}"
        "{{ label }} {{ value }}{{ '' if loop.last else ', ' }}"
        "{% endfor %}; "
        "{{ {'pending': 'waiting'}[outcome] }}; "
        "{{ discussion_points|length }} points; "
        "{{ (recipient_name or 'there')|upper }}; "
        "{{ 'yes' if recipient_is_hiring_manager else 'no' }}; "
        "{{ range(3)|join('-') }}; {{ 2 ** 10 }}; {{ company[:4] }}"
    )

    composed = render_user_template(None, body_src, VARIABLES)

    assert composed.body == (
        "On-call rotations; At Acme Cloud, For Senior Backend Engineer; waiting; 2 points; "
        "DANA LEE; yes; 0-1-2; 1024; Acme"
    )


def test_render_user_template_missing_facts_render_as_empty_text() -> None:
    variables = template_variables(bare_facts())
    body_src = (
        "Stage: {{ stage }}.{% if not next_steps %} No next steps.{% endif %} {{ stage ~ '' }}"
    )

    composed = render_user_template(None, body_src, variables)

    assert composed == Composed(subject=None, body="Stage: . No next steps.")


@pytest.mark.parametrize(
    "body_src",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ company.__class__.__base__.__subclasses__() }}",
        "{{ company['__class__'] }}",
        "{{ company['_' ~ '_class__'] }}",
        "{{ company|attr('__class__') }}",
        "{{ company.format }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ '%0999999999d' % 1 }}",
        "{{ company|center(999999999) }}",
        "{% import 'secrets.txt' as secrets %}",
        "{% from 'x' import y %}",
        "{% include '/etc/passwd' %}",
        "{% extends 'base.txt' %}",
        "{% macro boom(n) %}{{ boom(n) }}{% endmacro %}{{ boom(1) }}",
        "{% set text %}{{ company }}{% endset %}",
        "{% filter upper %}{{ company }}{% endfilter %}",
        "{% for point in discussion_points recursive %}{{ loop(point) }}{% endfor %}",
    ],
)
def test_render_user_template_escape_attempt_is_refused_as_unsafe(body_src: str) -> None:
    assert rejection(body_src).problem == "template_unsafe"


@pytest.mark.parametrize(
    ("body_src", "problem"),
    [
        ("{{ range(10**9) }}", "template_too_slow"),
        ("{% for i in range(10**9) %}{% endfor %}", "template_too_slow"),
        (
            "{% for a in range(100) %}{% for b in range(100) %}{% for c in range(100) %}"
            "{% endfor %}{% endfor %}{% endfor %}",
            "template_too_slow",
        ),
        ("{{ 10 ** (10 ** 10) }}", "template_too_slow"),
        ("{{ 'x' * 10**9 }}", "template_output_too_large"),
        ("{{ [company] * 10**9 }}", "template_output_too_large"),
        (
            "{% for a in range(1000) %}{% for b in range(1000) %}{{ company }}{% endfor %}"
            "{% endfor %}",
            "template_output_too_large",
        ),
        (
            "{% set a = company * 2000 %}{% set b = a ~ a %}{% set c = b ~ b %}{{ c }}",
            "template_output_too_large",
        ),
        ("{{ range(1000)|join(company * 100) }}", "template_output_too_large"),
        (
            "{% set a = range(1000)|list * 20 %}{% set b = [a] * 50000 %}{{ b|length }}",
            "template_output_too_large",
        ),
        (
            "{% set a = range(1000)|list * 20 %}{% set b = [a, a, a, a, a, a, a, a] %}{{ b }}",
            "template_output_too_large",
        ),
        (
            "{% set a = company * 9000 %}{{ (a, a, a, a, a, a)|string }}",
            "template_output_too_large",
        ),
        ("{{ company|replace('', company * 1000) }}", "template_output_too_large"),
    ],
)
def test_render_user_template_runaway_template_is_stopped(body_src: str, problem: str) -> None:
    assert rejection(body_src).problem == problem


@pytest.mark.parametrize(
    "body_src",
    [
        "{{ probe() }}{% include 'x' %}",
        "{{ probe() }}{{ ''.__class__ }}",
        "{{ probe() }}{{ recipent_name }}",
        "{{ probe() }}{% if %}",
    ],
)
def test_render_user_template_refused_template_never_runs(body_src: str) -> None:
    calls: list[str] = []

    def probe() -> str:
        calls.append("called")
        return ""

    rejection(body_src, {**VARIABLES, "probe": probe})

    assert calls == []


def test_render_user_template_unknown_variable_suggests_the_closest() -> None:
    refused = rejection("Dear {{ recipent_first_name }},")

    assert refused.problem == "template_unknown_variable"
    assert refused.detail.startswith(
        '"recipent_first_name" is not a template variable. Did you mean "recipient_first_name"?'
    )


@pytest.mark.parametrize(
    "body_src", ["{{ self }}", "{{ lipsum(10**9) }}", "{{ dict() }}", "{{ namespace() }}"]
)
def test_render_user_template_jinja_globals_are_unknown_variables(body_src: str) -> None:
    assert rejection(body_src).problem == "template_unknown_variable"


def test_render_user_template_missing_item_is_an_unknown_variable() -> None:
    refused = rejection("{{ discussion_points[7] }}")

    assert (refused.problem, refused.detail) == (
        "template_unknown_variable",
        "tuple object has no element 7",
    )


@pytest.mark.parametrize(
    ("body_src", "detail"),
    [
        ("{% if %}", "Line 1: Expected an expression, got 'end of statement block'"),
        ("Hi\n{{ company|frobnicate }}", "Line 2: there is no filter named 'frobnicate'."),
        ("{{ company is frobnicated }}", "Line 1: there is no test named 'frobnicated'."),
        ("{% for x in discussion_points %}", "Line 1: Unexpected end of template. Jinja was "),
    ],
)
def test_render_user_template_syntax_error_names_the_line(body_src: str, detail: str) -> None:
    refused = rejection(body_src)

    assert refused.problem == "template_syntax"
    assert refused.detail.startswith(detail)


def test_render_user_template_oversized_template_is_refused_unread() -> None:
    refused = rejection("x" * 20_001)

    assert (refused.problem, refused.detail) == (
        "template_too_large",
        "The template is 20001 characters; the limit is 20000.",
    )


@pytest.mark.parametrize(
    ("body_src", "detail"),
    [
        ("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}", "The template is nested too deeply."),
        (
            "{{ company" + "|upper" * 100 + " }}",
            "Line 1: the template nests more than 60 levels deep.",
        ),
        (
            "{% for c in company %}" * 25 + "{% endfor %}" * 25,
            "The template nests loops too deeply.",
        ),
    ],
)
def test_render_user_template_deep_nesting_is_too_large(body_src: str, detail: str) -> None:
    refused = rejection(body_src)

    assert (refused.problem, refused.detail) == ("template_too_large", detail)


def test_render_user_template_runtime_failure_is_a_render_error() -> None:
    refused = rejection("{{ 1 / 0 }}")

    assert (refused.problem, refused.detail) == (
        "template_render_error",
        "ZeroDivisionError: division by zero",
    )


def test_render_user_template_time_limit_stops_a_slow_render() -> None:
    ticks = itertools.count(step=0.4)  # every clock reading is 0.4 s later

    with pytest.raises(TemplateRejected) as caught:
        render_user_template(
            None,
            "{% for point in discussion_points %}{{ point }}{% endfor %}",
            VARIABLES,
            clock=lambda: next(ticks),
        )

    assert (caught.value.problem, caught.value.detail) == (
        "template_too_slow",
        "Rendering took longer than 1 second.",
    )


def test_render_user_template_output_is_refused_once_past_the_limit() -> None:
    limits = RenderLimits(max_output_chars=100)

    with pytest.raises(TemplateRejected) as caught:
        render_user_template(
            None,
            "{% for i in range(50) %}{{ i }} {{ company }}\n{% endfor %}",
            VARIABLES,
            limits=limits,
        )

    assert (caught.value.problem, caught.value.detail) == (
        "template_output_too_large",
        "The rendered text is longer than 100 characters.",
    )


def test_validate_user_template_checks_without_facts() -> None:
    names = VARIABLE_DOCS.keys()

    validate_user_template("Thanks, {{ recipient_first_name }}", "{{ greeting }}", names)
    with pytest.raises(TemplateRejected) as caught:
        validate_user_template(None, "{{ greting }}", names)

    assert caught.value.problem == "template_unknown_variable"


TEMPLATE_PIECES = st.sampled_from(
    [
        *("{{", "}}", "{%", "%}", "{#", "#}", "(", ")", "[", "]", "'", '"', " ", "\n", ",", "."),
        *(" for ", " in ", " endfor ", " if ", " else ", " endif ", " set ", " = ", " is "),
        *("company", "discussion_points", "loop.index", "range(", "__class__", "x", "10"),
        *("|join", "|upper", "|default(", "~", "*", "**", "+", "%", "-", " not ", "defined"),
    ]
)


@settings(max_examples=300)
@given(st.lists(TEMPLATE_PIECES, max_size=30).map("".join))
def test_render_user_template_any_text_renders_or_is_rejected(source: str) -> None:
    # Anything but a TemplateRejected escaping would fail the test.
    try:
        render_user_template(source, source, VARIABLES)
        outcome = "rendered"
    except TemplateRejected as refused:
        outcome = refused.problem

    assert outcome in {"rendered", *get_args(ProblemCode)}
