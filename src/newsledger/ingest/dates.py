"""Publication dates as given in inputs: ``YYYY-MM-DD`` or an ISO 8601 date-time."""

from __future__ import annotations

from datetime import date, datetime

from newsledger.errors import InputError


def parse_date(value: object, source: str, line: int | None = None) -> date:
    """The calendar date of ``value``; an InputError naming the input if it is not a date."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InputError(source, "date", f"published must be a date like 2023-03-11, not {value!r}", line)
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise InputError(
            source, "date", f"unparseable date {text!r} (expected YYYY-MM-DD or an ISO date-time)", line
        ) from exc
