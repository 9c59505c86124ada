"""Users' own note templates, rendered in a sandbox.

A user template is Jinja2 text that may read the documented variables (see
`api.drafts.facts.VARIABLE_DOCS`) and nothing else. Defense in depth:

1. Before anything runs, the parsed template is inspected: only plain output, `if`, `for`,
   `set` and `with` are allowed (no import, include, macro, block or call), no attribute
   or item name starting with "_", only an allow-listed set of filters, and every name
   must be a documented variable. A refused template never executes.
2. It is rendered by an `ImmutableSandboxedEnvironment` with no globals except a bounded
   `range`, attribute access limited to a few string methods and the `loop` variable,
   `str.format` and `%`-formatting refused (both can pad text to any width), and
   `StrictUndefined`, so a typo fails rather than printing nothing.
3. Everything that could grow without bound is metered while it runs: loop iterations
   (all loops together), `range()` sizes, string and list repetition and concatenation,
   list, tuple and dict literals (a list holding one big list many times prints as a
   huge text), anything turned into text, integer size, the output (streamed, so an
   enormous result is refused early) and the wall-clock time.

Output is plain text (no autoescaping); a None variable renders as empty text.
"""

from __future__ import annotations

import difflib
import functools
import math
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.tests import TESTS
from jinja2.visitor import NodeTransformer

from api.drafts.writer import Composed

ProblemCode = Literal[
    "template_syntax",
    "template_unsafe",
    "template_unknown_variable",
    "template_too_large",
    "template_output_too_large",
    "template_too_slow",
    "template_render_error",
]


TemplatePart = Literal["subject", "body"]


class TemplateRejected(Exception):
    """A user template that was refused; `problem` is a stable code, `detail` says why,
    and `part` which of the two templates (subject or body) was refused."""

    def __init__(self, problem: ProblemCode, detail: str, part: TemplatePart | None = None) -> None:
        super().__init__(f"{problem}: {detail}")
        self.problem: ProblemCode = problem
        self.detail = detail
        self.part: TemplatePart | None = part


@dataclass(frozen=True, slots=True)
class RenderLimits:
    max_template_chars: int = 20_000
    max_output_chars: int = 50_000
    max_subject_chars: int = 1_000
    max_range: int = 1_000
    max_loop_iterations: int = 10_000
    max_int_bits: int = 4_096
    max_nesting: int = 60
    time_limit_seconds: float = 1.0


DEFAULT_LIMITS = RenderLimits()

# Statements and expressions a note template may use; anything else is refused unrun.
_ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.If,
    nodes.For,
    nodes.Assign,
    nodes.With,
    nodes.Name,
    nodes.Const,
    nodes.Tuple,
    nodes.List,
    nodes.Dict,
    nodes.Pair,
    nodes.Keyword,
    nodes.CondExpr,
    nodes.Getattr,
    nodes.Getitem,
    nodes.Slice,
    nodes.Concat,
    nodes.Compare,
    nodes.Operand,
    nodes.Filter,
    nodes.Test,
    nodes.Call,
    nodes.Add,
    nodes.Sub,
    nodes.Mul,
    nodes.Div,
    nodes.FloorDiv,
    nodes.Mod,
    nodes.Pow,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Neg,
    nodes.Pos,
)
_REFUSED_TAGS: dict[type[nodes.Node], str] = {
    nodes.Extends: "{% extends %}",
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from … import %}",
    nodes.Macro: "{% macro %}",
    nodes.CallBlock: "{% call %}",
    nodes.Block: "{% block %}",
    nodes.FilterBlock: "{% filter %}",
    nodes.AssignBlock: "{% set %}…{% endset %}",
    nodes.NSRef: "namespace assignment",
}
# Jinja's own filters that cannot grow text much; `join` and `replace` are metered copies.
_SAFE_FILTERS = (
    "abs capitalize count d default first float int last length list lower max min reverse "
    "round sort string title trim truncate unique upper wordcount"
).split()
_METERED_FILTERS = ("join", "replace")
_STR_METHODS = frozenset(
    {"upper", "lower", "title", "capitalize", "strip", "lstrip", "rstrip", "split"}
    | {"startswith", "endswith"}
)
_LOOP_ATTRIBUTES = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0"}
    | {"previtem", "nextitem", "cycle", "changed"}
)
_GLOBALS = frozenset({"range"})
# Names the rewritten template calls; user templates cannot reach them, since every name
# a template uses is checked against the documented variables before the rewrite.
_LOOP_GUARD = "__afterword_loop__"
_CONCAT_GUARD = "__afterword_concat__"
_CONTAINER_GUARD = "__afterword_container__"


def validate_user_template(
    subject_src: str | None,
    body_src: str,
    variable_names: Collection[str],
    *,
    limits: RenderLimits = DEFAULT_LIMITS,
) -> None:
    """Refuse a template that could never render safely, without rendering it.

    For saving a template in the user's settings, when there are no facts yet.
    """
    if subject_src is not None:
        with _blaming("subject"):
            _parse_and_check(subject_src, variable_names, limits)
    with _blaming("body"):
        _parse_and_check(body_src, variable_names, limits)


def render_user_template(
    subject_src: str | None,
    body_src: str,
    variables: Mapping[str, object],
    *,
    limits: RenderLimits = DEFAULT_LIMITS,
    clock: Callable[[], float] = time.monotonic,
) -> Composed:
    """Render a user's subject and body templates; raise `TemplateRejected` if refused."""
    meter = _Meter(limits, clock)
    subject = None
    if subject_src is not None:
        with _blaming("subject"):
            subject = " ".join(
                _render(subject_src, variables, meter, max_chars=limits.max_subject_chars).split()
            )
    with _blaming("body"):
        body = _render(body_src, variables, meter, max_chars=limits.max_output_chars)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Composed(subject=subject, body="\n".join(line.rstrip() for line in lines).strip())


@contextmanager
def _blaming(part: TemplatePart) -> Iterator[None]:
    """Name the template a refusal came from."""
    try:
        yield
    except TemplateRejected as exc:
        exc.part = part
        raise


def _parse_and_check(
    source: str, variable_names: Collection[str], limits: RenderLimits
) -> nodes.Template:
    if len(source) > limits.max_template_chars:
        raise TemplateRejected(
            "template_too_large",
            f"The template is {len(source)} characters; the limit is {limits.max_template_chars}.",
        )
    environment = _NoteSandbox(_Meter(limits, time.monotonic))
    try:
        tree = environment.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateRejected("template_syntax", f"Line {exc.lineno}: {exc.message}") from exc
    except RecursionError as exc:
        raise TemplateRejected("template_too_large", "The template is nested too deeply.") from exc
    except Exception as exc:  # the lexer can fail on odd literals, e.g. a huge number
        raise TemplateRejected("template_syntax", str(exc)) from exc
    _check_nesting(tree, limits.max_nesting)
    _check_structure(tree)
    _check_names(tree, variable_names)
    return tree


def _check_nesting(tree: nodes.Template, max_nesting: int) -> None:
    """Refuse deep nesting up front: everything after parsing walks the tree recursively."""
    pending: list[tuple[nodes.Node, int]] = [(tree, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > max_nesting:
            raise TemplateRejected(
                "template_too_large",
                f"Line {node.lineno}: the template nests more than {max_nesting} levels deep.",
            )
        pending.extend((child, depth + 1) for child in node.iter_child_nodes())


def _check_structure(tree: nodes.Template) -> None:
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED_NODES):
            tag = _REFUSED_TAGS.get(type(node), type(node).__name__)
            raise TemplateRejected(
                "template_unsafe", f"Line {node.lineno}: {tag} is not available in note templates."
            )
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            raise TemplateRejected(
                "template_unsafe", f"Line {node.lineno}: the attribute {node.attr!r} is private."
            )
        if (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str)
            and node.arg.value.startswith("_")
        ):
            raise TemplateRejected(
                "template_unsafe", f"Line {node.lineno}: the item {node.arg.value!r} is private."
            )
        if isinstance(node, nodes.For) and node.recursive:
            raise TemplateRejected(
                "template_unsafe", f"Line {node.lineno}: recursive loops are not available."
            )
        if isinstance(node, nodes.Filter) and node.name not in (*_SAFE_FILTERS, *_METERED_FILTERS):
            if node.name in FILTERS:
                raise TemplateRejected(
                    "template_unsafe",
                    f"Line {node.lineno}: the filter {node.name!r} is not available in note "
                    "templates.",
                )
            raise TemplateRejected(
                "template_syntax", f"Line {node.lineno}: there is no filter named {node.name!r}."
            )
        if isinstance(node, nodes.Test) and node.name not in TESTS:
            raise TemplateRejected(
                "template_syntax", f"Line {node.lineno}: there is no test named {node.name!r}."
            )


def _check_names(tree: nodes.Template, variable_names: Collection[str]) -> None:
    known = set(variable_names) | _GLOBALS
    unknown = set(meta.find_undeclared_variables(tree)) - known
    # `self` is Jinja's reference to the template itself; meta does not report it.
    if any(node.name == "self" and node.ctx == "load" for node in tree.find_all(nodes.Name)):
        unknown.add("self")
    if not unknown:
        return
    name = sorted(unknown)[0]
    close = difflib.get_close_matches(name, sorted(variable_names), n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    raise TemplateRejected(
        "template_unknown_variable",
        f'"{name}" is not a template variable.{hint} '
        f"Available: {', '.join(sorted(variable_names))}.",
    )


class _Meter:
    """The budget of one render: time, loop iterations and sizes, checked as it runs."""

    def __init__(self, limits: RenderLimits, clock: Callable[[], float]) -> None:
        self.limits = limits
        self.clock = clock
        self.deadline = clock() + limits.time_limit_seconds
        self.iterations = 0

    def tick(self) -> None:
        if self.clock() > self.deadline:
            seconds = self.limits.time_limit_seconds
            unit = "second" if seconds == 1 else "seconds"
            raise TemplateRejected(
                "template_too_slow", f"Rendering took longer than {seconds:g} {unit}."
            )

    def loop(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.iterations += 1
            if self.iterations > self.limits.max_loop_iterations:
                raise TemplateRejected(
                    "template_too_slow",
                    f"Loops ran more than {self.limits.max_loop_iterations} times in total.",
                )
            self.tick()
            yield item

    def range(self, *args: int) -> range:
        numbers = range(*args)
        if len(numbers) > self.limits.max_range:
            raise TemplateRejected(
                "template_too_slow",
                f"range() is limited to {self.limits.max_range} numbers; this one has "
                f"{len(numbers)}.",
            )
        return numbers

    def check_size(self, size: int) -> None:
        if size > self.limits.max_output_chars:
            raise TemplateRejected(
                "template_output_too_large",
                f"The template builds text longer than {self.limits.max_output_chars} characters.",
            )

    def weigh(self, value: object) -> int:
        """About how many characters `str(value)` takes: the length of the text in it plus
        one per container element, counted through nested lists (which can share one big
        list many times over). Counting stops once past the output limit."""
        limit = self.limits.max_output_chars
        total = 0
        pending = [value]
        while pending and total <= limit:
            item = pending.pop()
            if isinstance(item, str):
                total += len(item)
            elif isinstance(item, list | tuple | set | frozenset | dict):
                total += 1 + len(item)
                if total <= limit:
                    pending.extend(item.items() if isinstance(item, dict) else item)
            else:
                total += 1
        return total

    def checked(self, value: Any) -> Any:
        """The value, once it is known to be small enough to turn into text."""
        self.check_size(self.weigh(value))
        return value

    def text(self, value: object) -> str:
        """`str(value)`, refused in advance when the result would be too long."""
        if value is None:
            return ""
        return value if isinstance(value, str) else str(self.checked(value))

    def concat(self, *parts: object) -> str:
        texts = [self.text(part) for part in parts]
        self.check_size(sum(map(len, texts)))
        return "".join(texts)

    def join(self, value: Iterable[object], separator: str = "") -> str:
        texts: list[str] = []
        size = 0
        for item in value:
            self.tick()
            text = self.text(item)
            size += len(text) + (len(separator) if texts else 0)
            self.check_size(size)
            texts.append(text)
        return separator.join(texts)

    def replace(self, value: object, old: str, new: str, count: int | None = None) -> str:
        text, old, new = self.text(value), self.text(old), self.text(new)
        occurrences = text.count(old) if old else len(text) + 1
        if count is not None:
            occurrences = min(occurrences, max(count, 0))
        self.check_size(len(text) + occurrences * (len(new) - len(old)))
        return text.replace(old, new, -1 if count is None else count)

    def check_binop(self, operator: str, left: Any, right: Any) -> None:
        sized = (str, list, tuple)
        if operator == "%" and isinstance(left, str):
            raise TemplateRejected(
                "template_unsafe", "%-formatting is not available; use {{ … }} or ~ instead."
            )
        if operator == "*":
            if isinstance(left, sized) and isinstance(right, int):
                self.check_size(self.weigh(left) * right)
            elif isinstance(right, sized) and isinstance(left, int):
                self.check_size(self.weigh(right) * left)
            elif isinstance(left, int) and isinstance(right, int):
                self._check_bits(left.bit_length() + right.bit_length())
        elif operator == "+" and isinstance(left, sized) and isinstance(right, sized):
            self.check_size(self.weigh(left) + self.weigh(right))
        elif (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right > 0
        ):
            self._check_bits(right * math.log2(abs(left)))

    def _check_bits(self, bits: float) -> None:
        if bits > self.limits.max_int_bits:
            raise TemplateRejected("template_too_slow", "The template computes too large a number.")


class _NoteSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, meter: _Meter) -> None:
        super().__init__(
            autoescape=False,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=meter.text,
        )
        self.meter = meter
        self.globals.clear()
        self.globals.update(
            {
                "range": meter.range,
                _LOOP_GUARD: meter.loop,
                _CONCAT_GUARD: meter.concat,
                _CONTAINER_GUARD: meter.checked,
            }
        )
        self.filters = {name: _metered_filter(meter, FILTERS[name]) for name in _SAFE_FILTERS}
        self.filters.update({"join": meter.join, "replace": meter.replace})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str):
            allowed = attr in _STR_METHODS
        elif isinstance(obj, LoopContext):
            allowed = attr in _LOOP_ATTRIBUTES
        else:
            allowed = False
        return allowed and super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> None:
        # str.format is refused outright (not sandboxed): "{:>999999999}" pads to any width.
        return None

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.meter.tick()
        return super().call(context, obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.meter.tick()
        self.meter.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)


def _metered_filter(meter: _Meter, filter_: Callable[..., Any]) -> Callable[..., Any]:
    """A built-in filter that first checks its input is small enough to turn into text."""
    # Filters marked @pass_environment and the like take that argument before the value.
    value_index = 1 if hasattr(filter_, "jinja_pass_arg") else 0

    @functools.wraps(filter_)  # keeps the jinja_pass_arg marker
    def metered(*args: Any, **kwargs: Any) -> Any:
        meter.checked(args[value_index])
        return filter_(*args, **kwargs)

    return metered


class _Metered(NodeTransformer):
    """Route every loop, every `~` and every list, tuple or dict literal through the meter."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _call(_LOOP_GUARD, [node.iter], node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return _call(_CONCAT_GUARD, node.nodes, node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:
        self.generic_visit(node)
        return _call(_CONTAINER_GUARD, [node], node.lineno)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:
        self.generic_visit(node)
        return _call(_CONTAINER_GUARD, [node], node.lineno)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        self.generic_visit(node)
        # A tuple being assigned to ({% set a, b = … %}) is a target, not a value.
        return _call(_CONTAINER_GUARD, [node], node.lineno) if node.ctx == "load" else node


def _call(name: str, args: Sequence[nodes.Node], lineno: int) -> nodes.Call:
    return nodes.Call(nodes.Name(name, "load"), list(args), [], None, None, lineno=lineno)


def _render(source: str, variables: Mapping[str, object], meter: _Meter, *, max_chars: int) -> str:
    tree = _parse_and_check(source, variables.keys(), meter.limits)
    _Metered().visit(tree)
    environment = _NoteSandbox(meter)
    try:
        template = environment.from_string(tree)
        pieces: list[str] = []
        size = 0
        for piece in template.generate(dict(variables)):
            meter.tick()
            size += len(piece)
            if size > max_chars:
                raise TemplateRejected(
                    "template_output_too_large",
                    f"The rendered text is longer than {max_chars} characters.",
                )
            pieces.append(piece)
    except TemplateRejected:
        raise
    except SecurityError as exc:
        raise TemplateRejected("template_unsafe", str(exc)) from exc
    except UndefinedError as exc:
        raise TemplateRejected("template_unknown_variable", str(exc)) from exc
    except TemplateSyntaxError as exc:  # e.g. an unknown test, found when compiling
        raise TemplateRejected("template_syntax", f"Line {exc.lineno}: {exc.message}") from exc
    except SyntaxError as exc:  # Python allows only 20 nested loops in compiled code
        raise TemplateRejected(
            "template_too_large", "The template nests loops too deeply."
        ) from exc
    except RecursionError as exc:
        raise TemplateRejected("template_too_large", "The template is nested too deeply.") from exc
    except MemoryError as exc:
        raise TemplateRejected(
            "template_output_too_large", "The template needs too much memory."
        ) from exc
    except Exception as exc:  # any other failure is the template's: 1/0, int("x") on a list…
        raise TemplateRejected("template_render_error", f"{type(exc).__name__}: {exc}") from exc
    return "".join(pieces)
