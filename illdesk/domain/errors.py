"""Errors a desk worker can read.  Every message is a full sentence in plain words."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error the program shows to staff instead of a traceback."""

    @property
    def message(self) -> str:
        """The sentence in English; a :class:`~illdesk.domain.words.Sentence` when marked,
        which the ui translates (``illdesk.ui.i18n.words``)."""
        if self.args and isinstance(self.args[0], str):
            return self.args[0]
        return str(self.args[0]) if self.args else self.__class__.__name__


class IllegalTransition(DeskError):
    """The action is not possible in the request's current state."""


class NotLendable(IllegalTransition):
    """The copy may not be lent (a do-not-lend shelf, or the lending policy): the answer is
    "unfilled, non-circulating"."""


class ValidationFailed(DeskError):
    """One or more fields are wrong; ``problems`` maps field name to a message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


class NotAllowed(DeskError):
    """The person signed in at this desk may not do this (their role is too low), or the
    sign-in itself failed (wrong PIN, locked)."""


class NotFound(DeskError):
    """A barcode, request number or record matched nothing."""


class ConflictError(DeskError):
    """Another desk changed the record since it was read."""


class DatabaseUnavailable(DeskError):
    """The database is locked, read-only, newer than this program, or unreachable."""
