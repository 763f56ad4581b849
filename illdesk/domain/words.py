"""Sentences the domain and the services hand to the ui, marked for translation.

The domain and the services do no Qt, so they cannot translate; they *mark* what a desk
worker reads and the ui translates it when it shows it:

* ``N_("Scan the pull slip first, then the copy.")`` marks a fixed sentence (the gettext
  name; ``pyside6-lupdate`` is told to read ``N_`` as ``QT_TR_NOOP``, so the sentence lands
  in the catalogue, the ``.ts`` context without a name);
* ``Sentence(N_("No request has the number {number}."), number=text)`` is a sentence with
  named placeholders.  It *is* the English string (a ``str``), so logs, tests and
  ``str(error)`` read as before, and it keeps its template and values so the ui can
  translate the template and fill in the values in the desk's language and formats.

Never build a sentence by concatenation: a translation may need another word order.
"""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:  # noqa: N802 — the gettext name translators know
    """Marks ``text`` for translation; the ui translates it where it shows it."""
    return text


class Sentence(str):
    """A marked sentence with named placeholders, already filled in English."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Sentence:
        made = super().__new__(cls, template.format(**params) if params else template)
        # (a template without placeholders is stored as is: "{" in it needs no doubling)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Sentence:
    return Sentence(template, **params)


def joined(*parts: str, sep: str = " ") -> Sentence:
    """Sentences said one after another (each translated on its own in the ui)."""
    names = {f"part{n}": as_sentence(part) for n, part in enumerate(parts)}
    return Sentence(sep.join("{" + name + "}" for name in names), **names)


def as_sentence(text: str) -> Sentence:
    """``text`` as a marked sentence (a fixed ``N_()`` text becomes one without values)."""
    return text if isinstance(text, Sentence) else Sentence(text)
