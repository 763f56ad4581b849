"""Notice texts: staff-editable templates with named fields, rendered in a sandbox.

Templates use Jinja2's ``SandboxedEnvironment`` so that a template typed by staff can
fill in fields but never run code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.settings import SettingDef, Settings

KINDS: dict[str, str] = {
    "ready_for_pickup": "Ready for pickup",
    "overdue": "Overdue",
    "recall": "Recall",
    "unfilled": "Could not be supplied",
    "cancelled": "Cancelled",
    "renewal_answer": "Renewal answer",
    "delivery": "Your article",
    "partner_overdue": "Overdue reminder to a borrowing library",
    "partner_recall": "Recall sent to a borrowing library",
    "copy_supplied": "Article copy sent to a borrowing library",
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
        "{% if reason %}  {{ reason }}\n{% endif %}\n{{ library_name }}\n",
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
            f"Subject line of the “{KINDS[kind]}” notice (fields in {{{{ }}}}).",
            label=f"“{KINDS[kind]}” notice: subject",
        ),
        SettingDef(
            f"notices.{kind}.body",
            str,
            body,
            f"Text of the “{KINDS[kind]}” notice. Fields: {', '.join(FIELDS)}.",
            label=f"“{KINDS[kind]}” notice: text",
        ),
    )
)

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    body: str


def render(
    template_subject: str, template_body: str, fields: Mapping[str, object]
) -> RenderedNotice:
    """Fill a template; a template staff broke gives a message in words, not a traceback."""
    try:
        subject = _ENV.from_string(template_subject).render(fields)
        body = _ENV.from_string(template_body).render(fields)
    except TemplateError as exc:
        raise ValidationFailed(
            {
                "template": f"The notice template cannot be used: {exc}. "
                f"Known fields: {', '.join(FIELDS)}."
            }
        ) from exc
    return RenderedNotice(" ".join(subject.split()), body)


def render_kind(settings: Settings, kind: str, fields: Mapping[str, object]) -> RenderedNotice:
    return render(
        settings.get_str(f"notices.{kind}.subject"),
        settings.get_str(f"notices.{kind}.body"),
        fields,
    )
