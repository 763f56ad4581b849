"""The sandbox that fills in staff-written notice templates: Jinja2's immutable sandbox
with limits on time, size and numbers.  Imported with the first notice filled in or
template checked (Jinja2 is not needed to start the desk); see ``notice_templates``."""

from __future__ import annotations

import functools
import math
import re
import time
from collections.abc import Callable, Mapping
from types import FrameType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from illdesk.domain.words import N_, Sentence
from illdesk.services.notice_templates import FIELDS

MAX_OUTPUT_CHARS = 100_000
"""Longest notice (subject or body) a template may produce."""
MAX_TEMPLATE_CHARS = 20_000
MAX_NUMBER = 100_000
"""Largest number a template may hand to a function or filter (a width, a count)."""
MAX_RANGE = 10_000
MAX_SECONDS = 1.0
"""Longest a template may take to fill in; a loop that runs longer is stopped."""


class TemplateProblem(Exception):
    """A staff-written template that cannot be filled in; ``words`` says why."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


class Budget:
    """The time limit of one render, enforced by a trace function on the rendering thread
    (the template's loops are Python code, so every step passes through it)."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.steps = 0

    Tracer = Callable[[FrameType, str, Any], Any]

    def trace(self, frame: FrameType, event: str, arg: Any) -> Budget.Tracer:
        self.steps += 1
        if self.steps % 256 == 0 and time.monotonic() > self.deadline:
            raise TemplateProblem(
                Sentence(
                    N_(
                        "filling it in took longer than {max_seconds:g} seconds (a loop that runs "
                        "too often?)"
                    ),
                    max_seconds=MAX_SECONDS,
                )
            )
        return self.trace


def _too_big(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) > MAX_NUMBER
    if isinstance(value, float):
        return not math.isfinite(value) or abs(value) > MAX_NUMBER
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value) > MAX_OUTPUT_CHARS
    return False


_PERCENT_WIDTH = re.compile(r"%[-+ #0]*(?:\*|\d{6,}|\d*\.(?:\*|\d{6,}))")
_BRACE_WIDTH = re.compile(r"\{[^{}]*:[^{}]*(?:\d{6,}|\{)")


def _limited_range(*args: int) -> range:
    made = range(*args)
    if len(made) > MAX_RANGE:
        raise TemplateProblem(
            Sentence(N_("range() may give at most {max_range} numbers"), max_range=MAX_RANGE)
        )
    return made


class _LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox (a template can never run code or change data) plus
    limits on size: repeated strings and lists, powers, widths and counts stay small."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > 64:
                raise TemplateProblem(N_("a power in the template is too large"))
            if _too_big(left) and isinstance(left, int | float):
                raise TemplateProblem(N_("a number in the template is too large"))
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * max(times, 0) > MAX_OUTPUT_CHARS
                ):
                    raise TemplateProblem(
                        Sentence(
                            N_(
                                "the template repeats text to more than {max_output_chars} "
                                "characters"
                            ),
                            max_output_chars=MAX_OUTPUT_CHARS,
                        )
                    )
        if (
            operator == "+"
            and isinstance(left, str | list | tuple)
            and isinstance(right, str | list | tuple)
        ) and len(left) + len(right) > MAX_OUTPUT_CHARS:
            raise TemplateProblem(N_("the template joins text to more than the notice can hold"))
        if operator == "%" and isinstance(left, str) and _PERCENT_WIDTH.search(left):
            raise TemplateProblem(N_("a %-format in the template asks for a huge width"))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        values = [*args, *kwargs.values()]
        if any(_too_big(v) for v in values):
            raise TemplateProblem(
                Sentence(
                    N_(
                        "a number above {max_number} or a text longer than {max_output_chars} "
                        "characters was handed to a function"
                    ),
                    max_number=MAX_NUMBER,
                    max_output_chars=MAX_OUTPUT_CHARS,
                )
            )
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and _BRACE_WIDTH.search(owner):
            name = getattr(value, "__name__", "")
            if name in ("format", "format_map"):

                def refused(*_args: Any, **_kwargs: Any) -> str:
                    raise TemplateProblem(N_("a format in the template asks for a huge width"))

                return refused
        wrapped: Callable[..., str] | None = super().wrap_str_format(value)
        return wrapped


def _limit_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def limited(*args: Any, **kwargs: Any) -> Any:
        if any(_too_big(v) for v in [*args[1:], *kwargs.values()] if not isinstance(v, Context)):
            raise TemplateProblem(
                Sentence(
                    N_("the filter {name} was given a number or text that is too large"), name=name
                )
            )
        return function(*args, **kwargs)

    for marker in ("jinja_pass_arg",):
        if hasattr(function, marker):
            setattr(limited, marker, getattr(function, marker))
    return limited


def _environment() -> _LimitedSandbox:
    env = _LimitedSandbox(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True, loader=None
    )
    for name in ("lipsum", "cycler", "joiner", "namespace"):
        env.globals.pop(name, None)
    env.globals["range"] = _limited_range
    env.filters = {name: _limit_filter(name, f) for name, f in env.filters.items()}
    return env


_ENV = _environment()


@functools.lru_cache(maxsize=64)
def _compiled(template: str) -> Template:
    """A template compiled once per text: an overdue round or a scan that queues a notice
    renders it without parsing it again (a text with a syntax error raises every time)."""
    return _ENV.from_string(template)


def fill(template: str, fields: Mapping[str, object], what: str) -> str:
    if len(template) > MAX_TEMPLATE_CHARS:
        raise TemplateProblem(
            Sentence(
                N_("the {what} is longer than {max_template_chars} characters"),
                what=what,
                max_template_chars=MAX_TEMPLATE_CHARS,
            )
        )
    compiled = _compiled(template)
    out: list[str] = []
    size = 0
    for piece in compiled.generate(fields):
        size += len(piece)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateProblem(
                Sentence(
                    N_("the {what} would be longer than {max_output_chars} characters"),
                    what=what,
                    max_output_chars=MAX_OUTPUT_CHARS,
                )
            )
        out.append(piece)
    return "".join(out)


def words(exc: BaseException) -> str:
    if isinstance(exc, TemplateProblem):
        return exc.words
    if isinstance(exc, TemplateSyntaxError):
        return Sentence(N_("line {line}: {message}"), line=exc.lineno, message=exc.message or "")
    if isinstance(exc, UndefinedError):
        return Sentence(
            N_("{message} (known fields: {fields})"),
            message=exc.message or "",
            fields=", ".join(FIELDS),
        )
    if isinstance(exc, SecurityError):
        return Sentence(N_("it tries something templates may not do ({why})"), why=str(exc))
    if isinstance(exc, RecursionError):
        return N_("a macro calls itself without end")
    if isinstance(exc, MemoryError):
        return N_("it needs more memory than a notice may use")
    if isinstance(exc, OverflowError):
        return Sentence(N_("a number in it is too large ({why})"), why=str(exc))
    if isinstance(exc, TypeError) and "loader" in str(exc):
        return N_("include, import and extends are not available in notice templates")
    return f"{type(exc).__name__}: {exc}"
