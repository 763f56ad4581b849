"""Notice texts: staff-editable templates with named fields, rendered in a sandbox.

Templates use Jinja2's immutable sandbox so that a template typed by staff can fill in
fields but never run code, and limits so that it can never hang a desk or fill its
memory: a time limit, a size limit on the notice, small ranges, numbers and repeats.
Every way a template can fail comes out of :func:`render` as ``ValidationFailed`` in
words; templates are checked with :func:`check_template` when staff save them.
"""

from __future__ import annotations

import functools
import math
import re
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import FrameType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import SettingDef, Settings
from illdesk.domain.words import N_, Sentence, as_sentence

KINDS: dict[str, str] = {
    "ready_for_pickup": N_("Ready for pickup"),
    "overdue": N_("Overdue"),
    "recall": N_("Recall"),
    "unfilled": N_("Could not be supplied"),
    "cancelled": N_("Cancelled"),
    "renewal_answer": N_("Renewal answer"),
    "delivery": N_("Your article"),
    "partner_overdue": N_("Overdue reminder to a borrowing library"),
    "partner_recall": N_("Recall sent to a borrowing library"),
    "copy_supplied": N_("Article copy sent to a borrowing library"),
}

FIELDS = (
    "partner_name",
    "their_request_id",
    "patron_name",
    "request_number",
    "title",
    "author",
    "due_date",
    "pickup_location",
    "lender",
    "conditions",
    "library_name",
    "library_email",
    "reason",
    "overdue_level",
    "renewal_granted",
    "copyright_warning",
)

#: The warning of 37 CFR 201.14 (US), sent with every copy delivered to a patron.
US_COPYRIGHT_WARNING = (
    "NOTICE: WARNING CONCERNING COPYRIGHT RESTRICTIONS\n"
    "The copyright law of the United States (Title 17, United States Code) governs the "
    "making of photocopies or other reproductions of copyrighted material. Under certain "
    "conditions specified in the law, libraries and archives are authorized to furnish a "
    "photocopy or other reproduction. One of these specific conditions is that the "
    "photocopy or reproduction is not to be “used for any purpose other than private "
    "study, scholarship, or research.” If a user makes a request for, or later uses, a "
    "photocopy or reproduction for purposes in excess of “fair use,” that user may be "
    "liable for copyright infringement."
)

_DEFAULTS: dict[str, tuple[str, str]] = {
    "partner_overdue": (
        "Overdue interlibrary loan {{ request_number }}: {{ title }}",
        "Dear colleagues at {{ partner_name }},\n\n"
        "the item we lent you{% if their_request_id %} (your request {{ their_request_id }})"
        "{% endif %} was due back on {{ due_date }}:\n\n"
        "  {{ title }}{% if author %} ({{ author }}){% endif %}\n"
        "  Our request {{ request_number }}, reminder {{ overdue_level }}\n\n"
        "Please return it or ask us for a renewal.\n\n{{ library_name }}\n{{ library_email }}\n",
    ),
    "partner_recall": (
        "Recall of interlibrary loan {{ request_number }}: {{ title }}",
        "Dear colleagues at {{ partner_name }},\n\n"
        "we need the item below back by {{ due_date }}"
        "{% if reason %} ({{ reason }}){% endif %}:\n\n"
        "  {{ title }}\n  Our request {{ request_number }}"
        "{% if their_request_id %}, your request {{ their_request_id }}{% endif %}\n\n"
        "{{ library_name }}\n{{ library_email }}\n",
    ),
    "copy_supplied": (
        "{% if their_request_id %}Your request {{ their_request_id }}: {% endif %}"
        "copy of {{ title }} (our number {{ request_number }})",
        "Dear colleagues at {{ partner_name }},\n\n"
        "here is the copy you asked for{% if their_request_id %} in your request "
        "{{ their_request_id }}{% endif %}:\n\n"
        "  {{ title }}{% if author %} ({{ author }}){% endif %}\n"
        "  Our number {{ request_number }}\n\n"
        "{{ reason }}\n"
        "{% if conditions %}\nConditions of supply: {{ conditions }}\n{% endif %}\n"
        "{{ library_name }}\n{{ library_email }}\n",
    ),
    "ready_for_pickup": (
        "Ready for pickup: {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "the item you asked for through interlibrary loan has arrived:\n\n"
        "  {{ title }}{% if author %} ({{ author }}){% endif %}\n"
        "  Request {{ request_number }}, lent by {{ lender }}\n\n"
        "You can pick it up at {{ pickup_location }}. Please return it by {{ due_date }}."
        "{% if conditions %}\n\nThe lending library asks: {{ conditions }}{% endif %}\n\n"
        "{{ library_name }}\n{{ library_email }}\n",
    ),
    "overdue": (
        "Overdue (reminder {{ overdue_level }}): {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "the interlibrary loan below was due on {{ due_date }}. It belongs to {{ lender }}, "
        "who is waiting for it; please bring it back as soon as you can.\n\n"
        "  {{ title }}\n  Request {{ request_number }}\n\n{{ library_name }}\n",
    ),
    "recall": (
        "Recalled: please return {{ title }} by {{ due_date }}",
        "Dear {{ patron_name }},\n\n"
        "{{ lender }} has recalled the item below. Please return it by {{ due_date }}.\n\n"
        "  {{ title }}\n  Request {{ request_number }}\n\n{{ library_name }}\n",
    ),
    "unfilled": (
        "We could not obtain {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "we are sorry: no library could supply the item below.\n\n"
        "  {{ title }}\n  Request {{ request_number }}\n"
        "{% if reason %}  Last answer: {{ reason }}\n{% endif %}\n"
        "Ask us about other ways to get it.\n\n{{ library_name }}\n",
    ),
    "cancelled": (
        "Request cancelled: {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "your interlibrary loan request {{ request_number }} for\n\n  {{ title }}\n\n"
        "has been cancelled.{% if reason %} Reason: {{ reason }}{% endif %}\n\n"
        "{{ library_name }}\n",
    ),
    "renewal_answer": (
        "Renewal {% if renewal_granted %}granted{% else %}refused{% endif %}: {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "{% if renewal_granted %}{{ lender }} has renewed the item below; it is now due on "
        "{{ due_date }}.{% else %}{{ lender }} could not renew the item below; please return it "
        "by {{ due_date }}.{% if reason %} ({{ reason }}){% endif %}{% endif %}\n\n"
        "  {{ title }}\n  Request {{ request_number }}\n\n{{ library_name }}\n",
    ),
    "delivery": (
        "Your article: {{ title }}",
        "Dear {{ patron_name }},\n\n"
        "the article you asked for is here:\n\n  {{ title }}\n"
        "{% if reason %}  {{ reason }}\n{% endif %}\n{{ library_name }}\n"
        "{% if copyright_warning %}\n{{ copyright_warning }}\n{% endif %}",
    ),
}

SETTINGS: tuple[SettingDef, ...] = tuple(
    definition
    for kind, (subject, body) in _DEFAULTS.items()
    for definition in (
        SettingDef(
            f"notices.{kind}.subject",
            str,
            subject,
            Sentence(
                N_("Subject line of the “{kind}” notice (fields in {{{{ }}}})."),
                kind=as_sentence(KINDS[kind]),
            ),
            label=Sentence(N_("“{kind}” notice: subject"), kind=as_sentence(KINDS[kind])),
        ),
        SettingDef(
            f"notices.{kind}.body",
            str,
            body,
            Sentence(
                N_("Text of the “{kind}” notice. Fields: {fields}."),
                kind=as_sentence(KINDS[kind]),
                fields=", ".join(FIELDS),
            ),
            label=Sentence(N_("“{kind}” notice: text"), kind=as_sentence(KINDS[kind])),
        ),
    )
) + (
    # the warning sent with every article copy to a patron
    SettingDef(
        "notices.copyright_warning",
        str,
        US_COPYRIGHT_WARNING,
        N_(
            "The copyright warning sent with every copy delivered to a patron (the US wording "
            "of 37 CFR 201.14 unless changed); the field copyright_warning of the notices."
        ),
        label=N_("Copyright warning on delivered copies"),
    ),
)

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


class _Budget:
    """The time limit of one render, enforced by a trace function on the rendering thread
    (the template's loops are Python code, so every step passes through it)."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.steps = 0

    Tracer = Callable[[FrameType, str, Any], Any]

    def trace(self, frame: FrameType, event: str, arg: Any) -> _Budget.Tracer:
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


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    body: str


def _fill(template: str, fields: Mapping[str, object], what: str) -> str:
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


def _words(exc: BaseException) -> str:
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


def render(
    template_subject: str, template_body: str, fields: Mapping[str, object]
) -> RenderedNotice:
    """Fill a template within limits (time, size, numbers); any failure at all is a
    :class:`ValidationFailed` in words, never another exception."""
    budget = _Budget(MAX_SECONDS)
    previous = sys.gettrace()
    sys.settrace(budget.trace)
    try:
        subject = _fill(template_subject, fields, "subject")
        body = _fill(template_body, fields, "text")
    except Exception as exc:  # noqa: BLE001 - every way a template fails is reported in words
        sys.settrace(previous)
        raise ValidationFailed(
            {
                "template": Sentence(
                    N_("The notice template cannot be used: {words}."), words=_words(exc)
                )
            }
        ) from exc
    finally:
        sys.settrace(previous)
    return RenderedNotice(" ".join(subject.split()), body)


SAMPLE_FIELDS: dict[str, object] = {
    "partner_name": "Staatsbibliothek zu Berlin",
    "their_request_id": "SBB-4711",
    "patron_name": "Hana Nakamura",
    "copyright_warning": US_COPYRIGHT_WARNING,
    "request_number": "B-2026-000123",
    "title": "Der Zauberberg",
    "author": "Mann, Thomas",
    "due_date": "2026-04-01",
    "pickup_location": "Main desk",
    "lender": "Hudson Valley College",
    "conditions": "Library use only",
    "library_name": "Millbrook Public Library",
    "library_email": "ill@millbrook.example.org",
    "reason": "Not on shelf",
    "overdue_level": 1,
    "renewal_granted": True,
}


def check_template(text: str, what: str = "text") -> None:
    """Refuse a template staff typed when it does not compile or fill in with sample data
    (once with every field filled, once with the optional ones empty)."""
    blank = {
        **SAMPLE_FIELDS,
        "their_request_id": "",
        "author": "",
        "conditions": "",
        "reason": "",
        "renewal_granted": False,
    }
    for fields in (SAMPLE_FIELDS, blank):
        if what == "subject":
            render(text, "", fields)
        else:
            render("", text, fields)


def is_template_key(key: str) -> bool:
    return key.startswith("notices.") and key.rsplit(".", 1)[-1] in ("subject", "body")


def render_kind(settings: Settings, kind: str, fields: Mapping[str, object]) -> RenderedNotice:
    return render(
        settings.get_str(f"notices.{kind}.subject"),
        settings.get_str(f"notices.{kind}.body"),
        fields,
    )
