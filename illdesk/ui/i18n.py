"""The desk's language: translators, the marked sentences of the domain, local formats.

* :func:`install` loads, at start, the desk's translation (``resources/translations/
  illdesk_<lang>.qm``, made by ``tools/translations.py`` from the ``.ts`` beside it) and
  Qt's own ``qtbase_<lang>.qm`` (standard buttons: OK, Cancel, Yes …; shipped with
  PySide6), for the language of *Settings → desk: language* or, on "system", the system
  locale.
* :func:`words` translates what the domain and the services hand over: a sentence marked
  with ``N_()`` or a :class:`~illdesk.domain.words.Sentence` with its placeholders, and a
  :class:`~illdesk.domain.errors.DeskError`'s message.  Those sentences sit in the
  catalogue context (the ``.ts`` context without a name).
* :func:`date_text`, :func:`datetime_text`, :func:`number_text`, :func:`money_text` write
  values in the desk locale's format; the C locale (no language chosen, tests) keeps
  ISO 8601 dates and plain numbers.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path
from string import Formatter

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from illdesk import resources
from illdesk.domain.errors import DeskError, ValidationFailed
from illdesk.domain.words import Sentence

log = logging.getLogger(__name__)

CATALOGUE = ""
"""The translation context of the sentences marked with ``N_()`` (domain, services, the
menu and key tables)."""

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The languages the desk ships (English is the source language)."""

SETTING_KEY = "settings/desk.language"
"""Where this desk keeps its language (QSettings; declared in services/settings_defs)."""

_installed: list[QTranslator] = []

BORROWED_CONTEXTS = ("parent", "self.parent_widget", "widget", CATALOGUE)
"""Where lupdate files strings it cannot tie to a class: ``parent.tr("…")`` is filed under
the variable's name, while Qt asks with the class of the widget at run time."""


class DeskTranslator(QTranslator):
    """The desk's catalogue: a string not found under the class Qt asks with is looked up
    under :data:`BORROWED_CONTEXTS` too, so a helper's ``parent.tr()`` is translated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None when not found here (C++'s null QString; "" would be the translation)."""
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        for other in BORROWED_CONTEXTS:
            if other != context:
                found = super().translate(other, source, disambiguation, n)
                if found:
                    return found
        return None  # an empty string would be taken as the translation: the text blank


def translations_dir() -> Path:
    return resources.path("translations")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def chosen_locale(setting: str) -> QLocale:
    """The locale for a language setting: "system" (or empty) is the system locale."""
    setting = (setting or "system").strip()
    if setting == "system":
        return QLocale.system()
    return QLocale(setting)


def install(app: QCoreApplication, setting: str = "system") -> QLocale:
    """Loads the translators for ``setting`` into ``app``; the locale it chose.

    A language the desk does not ship leaves the desk in English (Qt's buttons may still
    be translated); the locale's formats are used either way."""
    remove(app)
    locale = chosen_locale(setting)
    QLocale.setDefault(locale)
    language = locale.name().split("_")[0]
    if language in ("C", "en"):
        return locale
    ours = DeskTranslator(app)
    if ours.load(locale, "illdesk", "_", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.info("no illdesk translation for %s; the desk stays in English", locale.name())
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_translations_dir()):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale


def install_for_desk(app: QCoreApplication, desk: QSettings) -> QLocale:
    """The language this desk keeps (*Settings → desk: language*), loaded at start."""
    return install(app, str(desk.value(SETTING_KEY, "system") or "system"))


def remove(app: QCoreApplication) -> None:
    """Takes the translators :func:`install` loaded out of ``app`` again."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.c())


def translate(text: str) -> str:
    """A sentence marked with ``N_()``, translated (the catalogue context)."""
    return QCoreApplication.translate(CATALOGUE, text) if text else text


def words(text: object) -> str:
    """What a desk worker reads for ``text``: a marked sentence translated with its
    placeholders filled in (values as :func:`value_text` writes them), or an error's
    message; plain words (a name, a title) come back as they are."""
    if isinstance(text, ValidationFailed):
        return " ".join(words(problem) for problem in text.problems.values())
    if isinstance(text, DeskError):
        return words(text.message)
    if isinstance(text, Sentence):
        try:
            return _fill(translate(text.template), text.params)
        except (KeyError, IndexError, ValueError, TypeError):  # a translation that does not fit
            log.warning("translation of %r does not fit its placeholders", text.template)
            return _fill(text.template, text.params)
    if isinstance(text, str):
        return translate(text)
    return str(text)


def _fill(template: str, params: dict[str, object]) -> str:
    """``template`` with its named placeholders filled: a value with a format spec of its
    own (``{due:%d.%m.}``, ``{amount:.2f}``) is formatted by it, the rest by
    :func:`value_text`."""
    out: list[str] = []
    for literal, name, spec, conversion in Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        value = params[name]
        if conversion:
            value = repr(value) if conversion == "r" else str(value)
        if spec:
            made = format(value, spec)
            if isinstance(value, float | Decimal) and not _is_c(_locale()):
                made = made.replace(".", _locale().decimalPoint())
            out.append(made)
        else:
            out.append(value_text(value))
    return "".join(out)


def value_text(value: object) -> str:
    """A placeholder's value in the desk's format."""
    if isinstance(value, Sentence):
        return words(value)
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, int | Decimal | float):
        return number_text(value)
    return str(value)


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    locale = _locale()
    if _is_c(locale):
        return value.isoformat()
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def datetime_text(value: dt.datetime | None, seconds: bool = False) -> str:
    if value is None:
        return ""
    locale = _locale()
    if _is_c(locale):
        return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
    )
    if seconds:
        return locale.toString(moment, QLocale.FormatType.ShortFormat).replace(
            locale.toString(moment.time(), QLocale.FormatType.ShortFormat),
            locale.toString(moment.time(), "HH:mm:ss"),
        )
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def number_text(value: int | float | Decimal) -> str:
    """A number with the locale's decimal point; whole numbers (counts, years, request
    numbers) as they are."""
    if isinstance(value, int):
        return str(value)
    locale = _locale()
    text = f"{value:.2f}" if isinstance(value, Decimal) else str(value)
    return text if _is_c(locale) else text.replace(".", locale.decimalPoint())


def money_text(amount: Decimal | float | None, currency: str = "") -> str:
    """An amount with its currency code, e.g. "12,50 EUR" in German, "12.50 EUR" in C."""
    if amount is None:
        return ""
    figure = Decimal(str(amount)).quantize(Decimal("0.01"))
    locale = _locale()
    number = f"{figure}" if _is_c(locale) else locale.toString(float(figure), "f", 2)
    return f"{number} {currency}".strip()
