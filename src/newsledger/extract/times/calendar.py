"""Calendar arithmetic on TIMEX3 values: shifting an anchor, formatting at a granularity, intervals.

A TIMEX3 DATE value names a calendar unit: ``2023`` (year), ``2023-03`` (month), ``2023-03-10``
(day), ``2023-W10`` (ISO week), ``2023-Q1`` (quarter), ``2023-H1`` (half), ``2023-SP`` (season),
``202`` (decade), ``20`` (century). ``interval`` turns one, with its ``mod``, into the first
and last day it covers.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta

GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")

# Meteorological seasons, which give every season whole months (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
    return add_months(d, n * months.get(unit, 12))


def season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def fmt(d: date, granularity: str) -> str:
    """The TIMEX3 value of the ``granularity`` unit that contains ``d``."""
    if granularity == "day":
        return d.isoformat()
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "season":
        year = d.year - 1 if d.month <= 2 else d.year
        return f"{year:04d}-{season_of(d)}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def coarser(a: str, b: str) -> str:
    return a if GRANULARITIES.index(a) < GRANULARITIES.index(b) else b


_VALUE = re.compile(
    r"^(?:(?P<day>\d{4}-\d{2}-\d{2})|(?P<week>\d{4})-W(?P<w>\d{2})(?P<we>-WE)?|(?P<month>\d{4})-(?P<m>\d{2})"
    r"|(?P<quarter>\d{4})-Q(?P<q>[1-4])|(?P<half>\d{4})-H(?P<h>[12])|(?P<season>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<year>\d{4})|(?P<decade>\d{3})|(?P<century>\d{2}))(?:T.*)?$"
)


def bounds(value: str) -> tuple[date, date] | None:
    """First and last day of a resolved DATE (or the day of a TIME) value, else None."""
    m = _VALUE.match(value)
    if not m:
        return None
    try:
        if m["day"]:
            d = date.fromisoformat(m["day"])
            return d, d
        if m["week"]:
            first = date.fromisocalendar(int(m["week"]), int(m["w"]), 6 if m["we"] else 1)
            return first, date.fromisocalendar(int(m["week"]), int(m["w"]), 7)
        if m["month"]:
            y, mo = int(m["month"]), int(m["m"])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m["quarter"]:
            y, q = int(m["quarter"]), int(m["q"])
            return date(y, 3 * q - 2, 1), add_months(date(y, 3 * q - 2, 1), 3) - timedelta(days=1)
        if m["half"]:
            y, h = int(m["half"]), int(m["h"])
            return date(y, 6 * h - 5, 1), add_months(date(y, 6 * h - 5, 1), 6) - timedelta(days=1)
        if m["season"]:
            y = int(m["season"])
            first_month, last_month = SEASON_MONTHS[m["s"]]
            last_year = y + 1 if last_month < first_month else y
            last = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
            return date(y, first_month, 1), last
        if m["year"]:
            y = int(m["year"])
            return date(y, 1, 1), date(y, 12, 31)
        if m["decade"]:
            y = int(m["decade"]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        c = int(m["century"]) * 100
        return date(max(c, 1), 1, 1), date(c + 99, 12, 31)
    except ValueError:
        return None


def interval(value: str, mod: str | None) -> tuple[str, str] | None:
    """ISO first and last day covered; START/MID/END keep the first/middle/last third."""
    span = bounds(value)
    if span is None:
        return None
    first, last = span
    if mod in ("START", "MID", "END"):
        days = (last - first).days + 1
        third = math.ceil(days / 3)
        if mod == "START":
            last = first + timedelta(days=third - 1)
        elif mod == "END":
            first = last - timedelta(days=third - 1)
        else:
            first = first + timedelta(days=days // 3)
            last = first + timedelta(days=max(days - 2 * (days // 3), 1) - 1)
    return first.isoformat(), last.isoformat()
