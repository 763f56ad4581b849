"""The ISO 18626 v1.2 XSD, loaded once, and validation against it.

Where the XSD comes from, first match wins: the path the caller gives, the
setting ``interop.iso18626_xsd``, the environment variable
``ILLDESK_ISO18626_XSD``, and ``shared/corpus/iso18626/ISO-18626-v1_2.xsd``
beside the checkout.  Without one the program still starts: the schema object
says validation is unavailable, incoming messages are read tolerantly with a
note, and :mod:`build` refuses to send (nothing leaves unvalidated).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from illdesk.domain.errors import DeskError
from illdesk.domain.settings import Settings

ENV_VAR = "ILLDESK_ISO18626_XSD"
SETTING_KEY = "interop.iso18626_xsd"
_BESIDE_CHECKOUT = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "corpus"
    / "iso18626"
    / "ISO-18626-v1_2.xsd"
)


class SchemaUnavailable(DeskError):
    """The ISO 18626 XSD could not be found or loaded, so nothing can be validated."""


@dataclass(frozen=True)
class SchemaProblem:
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class Iso18626Schema:
    """The compiled XSD, or the reason there is none (``available`` is then False)."""

    def __init__(self, path: Path | None, xsd: etree.XMLSchema | None, reason: str = "") -> None:
        self.path = path
        self._xsd = xsd
        self.unavailable_reason = reason
        # XMLSchema.validate keeps its error log on the object: one validation at a time.
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self._xsd is not None

    def describe(self) -> str:
        if self.available:
            return f"ISO 18626 validation uses {self.path}."
        return f"ISO 18626 validation is unavailable: {self.unavailable_reason}"

    def require(self) -> None:
        if not self.available:
            raise SchemaUnavailable(self.describe())

    def problems(self, element: etree._Element) -> list[SchemaProblem]:
        """Every schema error for ``element`` (empty when valid); raises if unavailable."""
        self.require()
        assert self._xsd is not None
        with self._lock:
            if self._xsd.validate(element):
                return []
            return [
                SchemaProblem(entry.line, entry.path or "", entry.message)
                for entry in self._xsd.error_log
            ]

    def first_problem(self, element: etree._Element) -> SchemaProblem | None:
        """The first schema error for ``element`` (None when valid); raises if unavailable.

        What the reader and the builder need: one validation, and only the first entry
        of the error log turned into words (an invalid message can have dozens)."""
        self.require()
        assert self._xsd is not None
        with self._lock:
            if self._xsd.validate(element):
                return None
            entry = self._xsd.error_log[0]
            return SchemaProblem(entry.line, entry.path or "", entry.message)

    def is_valid(self, element: etree._Element) -> bool:
        self.require()
        assert self._xsd is not None
        with self._lock:
            return bool(self._xsd.validate(element))


def resolve_xsd_path(
    path: str | Path | None = None, settings: Settings | None = None
) -> Path | None:
    """The first XSD location that is configured (not necessarily existing), or the default."""
    if path:
        return Path(path)
    if settings is not None:
        configured = settings.get_str(SETTING_KEY).strip()
        if configured:
            return Path(configured)
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env)
    if _BESIDE_CHECKOUT.exists():
        return _BESIDE_CHECKOUT.resolve()
    return None


_CACHE: dict[Path, Iso18626Schema] = {}
_CACHE_LOCK = threading.Lock()


def load_schema(path: str | Path | None = None, settings: Settings | None = None) -> Iso18626Schema:
    """The schema (compiled once per file); never raises - check ``available``."""
    where = resolve_xsd_path(path, settings)
    if where is None:
        return Iso18626Schema(
            None,
            None,
            f"no XSD configured (setting {SETTING_KEY}, environment variable {ENV_VAR}) "
            "and none found beside the program.",
        )
    key = where.resolve()
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        schema = _compile(key)
        if schema.available:
            _CACHE[key] = schema
        return schema


def _compile(path: Path) -> Iso18626Schema:
    if not path.is_file():
        return Iso18626Schema(path, None, f"the XSD file {path} does not exist.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        document = etree.parse(str(path), parser)
        xsd = etree.XMLSchema(document)
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
        return Iso18626Schema(path, None, f"the XSD file {path} cannot be loaded: {exc}")
    return Iso18626Schema(path, xsd)
