"""Notice texts: staff-editable templates with named fields, rendered in a sandbox.

Templates use Jinja2's immutable sandbox so that a template typed by staff can fill in
fields but never run code, and limits so that it can never hang a desk or fill its
memory: a time limit, a size limit on the notice, small ranges, numbers and repeats.
Every way a template can fail comes out of :func:`render` as ``ValidationFailed`` in
words; templates are checked with :func:`check_template` when staff save them.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    body: str


def render(
    template_subject: str, template_body: str, fields: Mapping[str, object]
) -> RenderedNotice:
    """Fill a template within limits (time, size, numbers); any failure at all is a
    :class:`ValidationFailed` in words, never another exception."""
    from illdesk.services import notice_sandbox as sandbox

    budget = sandbox.Budget(sandbox.MAX_SECONDS)
    previous = sys.gettrace()
    sys.settrace(budget.trace)
    try:
        subject = sandbox.fill(template_subject, fields, "subject")
        body = sandbox.fill(template_body, fields, "text")
    except Exception as exc:  # noqa: BLE001 - every way a template fails is reported in words
        sys.settrace(previous)
        raise ValidationFailed(
            {
                "template": Sentence(
                    N_("The notice template cannot be used: {words}."), words=sandbox.words(exc)
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
