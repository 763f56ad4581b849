"""Amounts as staff type them: one reading, one way of refusing.

"12.50", "12,50", " 85 " and "7.500" are amounts; "ten", "1.234,50", "NaN", "-3" and
"12.345" are not.  A refusal is a :class:`ValidationFailed` naming the form field, with
the reason in words, so a form shows it under the field and keeps what was typed.
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation
from typing import Literal, overload

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.words import N_, Sentence

CENT = Decimal("0.01")
_WIDE = Context(prec=60)
"""Enough digits to quantize any amount a person types (1e30 included) to cents."""


def _number(text: str, field: str, kind: str, what: str) -> Decimal | None:
    """The non-negative number in ``text``; None when blank."""
    typed = text.strip()
    if not typed:
        return None
    try:
        value = Decimal(typed.replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationFailed(
            {
                field: Sentence(
                    N_("“{typed}” is not {article}."), typed=typed, article=_article(kind)
                )
            }
        ) from exc
    if not value.is_finite():
        raise ValidationFailed(
            {
                field: Sentence(
                    N_("“{typed}” is not {article}."), typed=typed, article=_article(kind)
                )
            }
        )
    if value < 0:
        raise ValidationFailed(
            {
                field: Sentence(
                    N_("{capitalize} cannot be negative."), capitalize=_article(what).capitalize()
                )
            }
        )
    return value


def _article(what: str) -> str:
    return f"an {what}" if what[:1] in "aeiou" else f"a {what}"


@overload
def parse_amount(
    text: str, field: str = ..., *, required: Literal[True], what: str = ...
) -> Decimal: ...


@overload
def parse_amount(
    text: str, field: str = ..., *, required: bool = ..., what: str = ...
) -> Decimal | None: ...


def parse_amount(
    text: str, field: str = "amount", *, required: bool = False, what: str = "amount"
) -> Decimal | None:
    """A sum of money typed by staff, in whole cents, or ValidationFailed under ``field``.

    Blank is None unless ``required``.  ``what`` names the amount in the refusal
    ("A charge cannot be negative.").  More than two decimals is refused, never rounded:
    "7.500" is 7.50, "12.345" is a mistake to show.
    """
    value = _number(text, field, "amount", what)
    if value is None:
        if required:
            raise ValidationFailed({field: Sentence(N_("Type the {what}."), what=what)})
        return None
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValidationFailed({field: N_("Use at most 2 decimals (whole cents).")})
    try:
        return value.quantize(CENT, context=_WIDE)
    except InvalidOperation as exc:
        raise ValidationFailed(
            {field: Sentence(N_("“{strip}” is too large an amount."), strip=text.strip())}
        ) from exc


def parse_quantity(text: str, field: str, *, what: str = "number") -> Decimal | None:
    """A non-negative measure typed by staff (a weight in kg), any precision; None when
    blank; ValidationFailed under ``field`` in the same words as :func:`parse_amount`."""
    return _number(text, field, "number", what)
