"""One exception hierarchy: every error newsledger raises on purpose is a ``NewsledgerError``."""

from __future__ import annotations


class NewsledgerError(Exception):
    """Base class; its message is written for the person running the tool."""


class ConfigError(NewsledgerError):
    """A setting (option, environment variable) has a value we cannot use."""


class ModelNotFoundError(NewsledgerError):
    """The spaCy pipeline named in the settings is not installed."""


class InputError(NewsledgerError):
    """An input cannot become an article. ``source`` names it, ``reason`` is a short kind."""

    def __init__(self, source: str, reason: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.detail = message


class StoreError(NewsledgerError):
    """The ledger database cannot be opened, migrated, read or written."""


class QueryError(StoreError):
    """A search query the full-text engine cannot parse."""


class NotFoundError(StoreError):
    """No stored record has the given id."""


class EvaluationError(NewsledgerError):
    """Gold data for an evaluation is missing or not in the expected format."""
