"""The rule grammar: regular expressions that recognise time expressions and resolve them.

Each ``Rule`` pairs a pattern with a handler. Recognition runs every pattern over the text and
keeps the longest non-overlapping matches; resolution then walks them in text order with a
``Resolver`` that knows the publication date (the anchor), the last date the text itself set
(the reference, for "the next day", "a year earlier") and the tense of the clause around a span
(for "Friday", "in March", "last spring", which point back or forward depending on it).

A handler returns ``(type, value, mod)`` or None to reject the match (e.g. "May" the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newsledger.extract.times.calendar import add_months, coarser, fmt, season_of, shift
from newsledger.extract.times.lexicon import (
    DAY,
    FUTURE_REF,
    MONTH,
    MONTHS,
    NUM,
    ORDINAL,
    ORDINALS,
    PART,
    PARTS_OF_DAY,
    PAST_REF,
    PRESENT_REF,
    SEASON,
    SEASONS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number,
)

Value = tuple[str, str, str | None]
TENSE_PENALTY_DAYS = 200
# A bare month ("in January") never lies on the side the tense contradicts.
MONTH_TENSE_PENALTY_DAYS = 400
# Without a tense, news reports more past than future: a later candidate pays this much.
NEUTRAL_FUTURE_PENALTY_DAYS = 60
PRESENT = 2  # what a direction callback returns for a present-tense clause


@dataclass
class Resolver:
    """What resolution needs besides the match: anchor, reference date, tense, last quarter."""

    anchor: date | None
    direction: Callable[[int, int], int] = lambda start, end: 0  # -1 past, +1 future, 0 unknown
    sentence: Callable[[int, int], str] = lambda start, end: ""
    ref: date | None = None
    ref_granularity: str = "day"
    last_quarter: tuple[int, int] | None = None  # the quarter a results report is about
    months_period: bool = False  # the last results period named was "the (first) nine months"
    text: str = ""

    def __post_init__(self) -> None:
        if self.ref is None:
            self.ref = self.anchor

    def relative(self, unit: str, n: int, granularity: str, *, from_ref: bool = False) -> str:
        """The unit ``n`` ``unit``s from the anchor (or the reference), or a REF value without one."""
        base = self.ref if from_ref else self.anchor
        if base is None:
            return "PRESENT_REF" if n == 0 else ("PAST_REF" if n < 0 else "FUTURE_REF")
        if from_ref:
            granularity = coarser(granularity, self.ref_granularity)
        return fmt(shift(base, unit, n), granularity)

    def set_reference(self, value: str, granularity: str) -> None:
        try:
            if granularity == "day":
                self.ref = date.fromisoformat(value[:10])
            elif granularity == "month":
                self.ref = date(int(value[:4]), int(value[5:7]), 1)
            elif granularity == "year":
                self.ref = date(int(value[:4]), 7, 1)
            else:
                return
        except ValueError:
            return
        self.ref_granularity = granularity


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], Resolver], Value | None]


def _year_of(text: str) -> int:
    return int(text)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _weekday(text: str) -> int:
    return WEEKDAYS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _settled(direction: int) -> int:
    """A present tense says nothing about which side of the anchor a month or season lies."""
    return 0 if direction == PRESENT else direction


_BOUND_BEFORE = re.compile(r"\b(?:through|until|till|by)\s+$", re.IGNORECASE)


def _nearest_year(r: Resolver, m: re.Match[str], month: int, day: int | None) -> int | None:
    """The year of a month (and day) given without one: the nearest one, the tense weighing in.

    A day on the side the tense contradicts pays ``TENSE_PENALTY_DAYS``, so "payable Dec. 7"
    in a past-tense sentence of late October is still this December; a bare month pays
    ``MONTH_TENSE_PENALTY_DAYS``, so "In January, a bombing killed..." in October is this
    January, and "in February" said in a past-tense sentence of March is last month. Without a
    tense a later candidate pays ``NEUTRAL_FUTURE_PENALTY_DAYS`` ("products introduced in
    April", said in October, is this April).
    """
    if r.anchor is None:
        return None
    a = r.anchor
    direction = _settled(r.direction(m.start(), m.end()))
    if direction < 0 and _BOUND_BEFORE.search(r.text[max(0, m.start() - 10) : m.start()]):
        direction = 0  # "has extended loans through January": the bound may lie ahead
    penalty = TENSE_PENALTY_DAYS if day else MONTH_TENSE_PENALTY_DAYS
    best: tuple[float, int] | None = None
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            continue
        delta = (when - a).days
        if day is None and month == a.month and year == a.year:
            delta = 0
        cost = abs(delta) + (penalty if delta * direction < 0 else 0)
        if direction == 0 and delta > 0:
            cost += NEUTRAL_FUTURE_PENALTY_DAYS
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else a.year


def _year_with_weekday(year: int, month: int, day: int, wd: int) -> int:
    for candidate in (year, year - 1, year + 1):
        try:
            if date(candidate, month, day).isoweekday() == wd:
                return candidate
        except ValueError:
            continue
    return year


# --- handlers ----------------------------------------------------------------------------------


def full_date(m: re.Match[str], r: Resolver) -> Value | None:
    month, day = _month(m["month"]), _day(m["day"])
    year = _year_of(m["year"]) if m["year"] else _nearest_year(r, m, month, day)
    if m["wd"] and not m["year"] and year is not None:
        year = _year_with_weekday(year, month, day, _weekday(m["wd"]))
    if day > 31:
        return None
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    if m["year"]:
        r.set_reference(value, "day")
    return "DATE", value, None


def numeric_date(m: re.Match[str], r: Resolver) -> Value | None:
    if m["iso"]:
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    else:
        mo, d, y = int(m["mo2"]), int(m["d2"]), int(m["y2"])
        if y < 100:
            y += 1900 if y > 50 else 2000
    try:
        value = date(y, mo, d).isoformat()
    except ValueError:
        return None
    r.set_reference(value, "day")
    return "DATE", value, None


def month_year(m: re.Match[str], r: Resolver) -> Value | None:
    value = f"{int(m['year']):04d}-{_month(m['month']):02d}"
    r.set_reference(value, "month")
    return "DATE", value, None


def month_relative_year(m: re.Match[str], r: Resolver) -> Value | None:
    n = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    if r.anchor is None:
        return "DATE", f"XXXX-{_month(m['month']):02d}", None
    return "DATE", f"{r.anchor.year + n:04d}-{_month(m['month']):02d}", None


def month_alone(m: re.Match[str], r: Resolver) -> Value | None:
    month = _month(m["month"])
    word = m["month"]
    if len(word) <= 4 and not word.endswith(".") and word not in ("May", "June", "July"):
        return None  # "Jan Kavan": a bare abbreviation is a date only with a day or year
    if word == "May" and not m["rel"] and not re.search(
        r"(?:\b(?:in|since|until|till|by|of|early|late|during|through|from|to|before|after|and|or)\s+|mid-)$",
        r.text[max(0, m.start() - 12) : m.start()],
    ):
        return None
    rel = (m["rel"] or "").lower().split()
    if r.anchor is None:
        return "DATE", f"XXXX-{month:02d}", None
    a = r.anchor
    if "last" in rel or "past" in rel:
        year = a.year if month < a.month else a.year - 1
    elif "next" in rel or "coming" in rel:
        year = a.year if month > a.month else a.year + 1
    elif "this" in rel:
        year = a.year
    else:
        year = _nearest_year(r, m, month, None) or a.year
    return "DATE", f"{year:04d}-{month:02d}", None


def year_alone(m: re.Match[str], r: Resolver) -> Value | None:
    value = m["year"]
    r.set_reference(value, "year")
    return "DATE", value, None


def decade(m: re.Match[str], r: Resolver) -> Value | None:
    if m["short"]:
        century = "19"
        return "DATE", f"{century}{m['short']}", None
    return "DATE", f"{m['cent']}{m['dec']}", None


def century(m: re.Match[str], r: Resolver) -> Value | None:
    word = m["ord"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINALS.get(word)
    if not n or n > 21:
        return None
    if m["rel"] and r.anchor is not None:
        return "DATE", f"{r.anchor.year // 100:02d}", None
    return "DATE", f"{n - 1:02d}", None


def this_century(m: re.Match[str], r: Resolver) -> Value | None:
    return "DATE", r.relative("century", {"this": 0, "last": -1, "next": 1}[m["rel"].lower()], "century"), None


def season(m: re.Match[str], r: Resolver) -> Value | None:
    code = SEASONS[m["season"].lower()]
    bare = not (m["rel"] or m["year"] or m[0].lower().startswith("the"))
    if bare and not re.search(r"\b(?:in|this|last|next|during|by|until|since|early|late|mid|of)[\s-]+$",
                              r.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
        return None  # "prices fall", "a spring in his step"
    if m["year"]:
        return "DATE", f"{m['year']}-{code}", None
    if r.anchor is None:
        return "DATE", f"XXXX-{code}", None
    a = r.anchor
    current = season_of(a)
    order = ["WI", "SP", "SU", "FA"]
    year = a.year - 1 if a.month <= 2 else a.year  # the year a current winter began in
    rel = (m["rel"] or "").lower()
    diff = order.index(code) - order.index(current)
    direction = -1 if ("last" in rel or "past" in rel) else 1 if ("next" in rel or "coming" in rel) else 0
    if direction == 0 and "this" not in rel:
        direction = _settled(r.direction(m.start(), m.end()))
    if direction < 0 and diff >= 0:
        diff -= 4
    elif direction > 0 and diff <= 0:
        diff += 4
    base = date(year, 1 if current == "WI" else a.month, 1) if current != "WI" else date(year, 12, 1)
    target = shift(base, "season", diff)
    return "DATE", fmt(target, "season") if direction or diff else f"{year}-{code}", None


def quarter(m: re.Match[str], r: Resolver) -> Value | None:
    q = ORDINALS.get((m["ord"] or "").lower()) or (int(m["qn"]) if m["qn"] else None)
    if q is None or q > 4:
        return None
    if m["year"] or m["y1"]:
        year: int | None = int(m["year"] or m["y1"])
    elif r.anchor is None:
        return "DATE", f"XXXX-Q{q}", None
    else:
        year = r.anchor.year
        current_q = (r.anchor.month - 1) // 3 + 1
        if m["ago"] or (q > current_q and r.direction(m.start(), m.end()) < 0):
            year -= 1
    value = f"{year:04d}-Q{q}"
    r.months_period = False
    reported = (year + 1 if m["ago"] else year, q) if year is not None else None
    if reported is not None and (r.last_quarter is None or _reporting_quarter(r, m, *reported)):
        r.last_quarter = reported
    if m["year"] or m["y1"]:
        r.set_reference(value[:4], "year")
    return "DATE", value, None


def _reporting_quarter(r: Resolver, m: re.Match[str], year: int, q: int) -> bool:
    """Whether a quarter named in the text can be the one a results report is about.

    It must have ended within about nine months before the publication date: "a fourth-quarter
    charge" expected, "the third quarter of 1990" forecast or "the 1988 second quarter" recalled
    in a third-quarter report do not change what "a year ago" compares with, nor does "a flat
    second quarter" (an indefinite article).
    """
    if r.anchor is None:
        return False
    end = add_months(date(year, 3 * q, 1), 1) - timedelta(days=1)
    if not timedelta(0) <= r.anchor - end <= timedelta(days=270):
        return False
    return not re.search(r"\ban?\s+(?:[\w-]+\s+)?$", r.text[max(0, m.start() - 20) : m.start()], re.IGNORECASE)


def the_quarter(m: re.Match[str], r: Resolver) -> Value | None:
    word = (m["which"] or "").lower()
    if r.anchor is None:
        return "DATE", "XXXX-QX", None
    r.months_period = False
    current = (r.anchor.year, (r.anchor.month - 1) // 3 + 1)
    previous = (current[0] - 1, 4) if current[1] == 1 else (current[0], current[1] - 1)
    if word in ("current", "this"):
        year, q = current
    elif word in ("latest", "recent"):
        year, q = r.last_quarter or previous
    elif word in ("next", "coming"):
        year, q = (current[0] + (current[1] == 4), current[1] % 4 + 1)
    else:
        base = r.last_quarter or previous
        year, q = base
        if word in ("year-ago", "year-earlier", "year-before", "last year's", "prior-year", "year ago"):
            year -= 1
        elif word in ("last", "previous", "past", "prior", "preceding"):
            year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return "DATE", f"{year:04d}-Q{q}", None


def half(m: re.Match[str], r: Resolver) -> Value | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["year"]:
        return "DATE", f"{m['year']}-H{h}", None
    if r.anchor is None:
        return "DATE", f"XXXX-H{h}", None
    year = r.anchor.year
    if h == 2 and r.anchor.month <= 6 and r.direction(m.start(), m.end()) < 0:
        year -= 1
    return "DATE", f"{year:04d}-H{h}", None


def relative_day(m: re.Match[str], r: Resolver) -> Value | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
         "the day after tomorrow": 2, "this": 0, "last": -1}.get(word, 0)  # fmt: skip
    part = m["part"] or ("night" if word == "last" else None)
    value = r.relative("day", n, "day")
    r.set_reference(value, "day")
    if part and r.anchor is not None:
        return "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}", None
    return "DATE", value, None


def weekday(m: re.Match[str], r: Resolver) -> Value | None:
    wd = _weekday(m["wd"])
    rel = (m["rel"] or "").lower()
    if r.anchor is None:
        return "DATE", f"XXXX-WXX-{wd}", None
    a = r.anchor
    back = (a.isoweekday() - wd) % 7
    if "last" in rel or "past" in rel or "previous" in rel:
        d = a - timedelta(days=back or 7)
    elif "next" in rel or "coming" in rel:
        d = a + timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    elif "this" in rel:
        d = a + timedelta(days=wd - a.isoweekday())
    elif back == 0:
        d = a
    elif _points_forward(r, m):
        d = a + timedelta(days=(wd - a.isoweekday()) % 7)
    else:
        d = a - timedelta(days=back)
    r.set_reference(d.isoformat(), "day")
    return "DATE", d.isoformat(), None


def _points_forward(r: Resolver, m: re.Match[str]) -> bool:
    direction = r.direction(m.start(), m.end())
    if direction == PRESENT and r.text[m.end() : m.end() + 2] in ("'s", "’s"):
        return False  # "follows Tuesday's declaration", "over Thursday's closing price"
    return direction > 0


def part_of_day(m: re.Match[str], r: Resolver) -> Value | None:
    word = m["part"].lower()
    n = -1 if (m["rel"] or "").lower() == "last" else 0
    if r.anchor is None:
        return "TIME", "PRESENT_REF" if n == 0 else "PAST_REF", None
    return "TIME", f"{r.relative('day', n, 'day')}T{PARTS_OF_DAY[word]}", None


_REL_STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
             "following": 1, "same": 0, "that": 0, "prior": -1, "preceding": -1}  # fmt: skip
_FROM_REF = {"following", "previous", "same", "that", "prior", "preceding"}


def relative_unit(m: re.Match[str], r: Resolver) -> Value | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if unit == "weekend":
        week = r.relative("week", _REL_STEP[rel], "week", from_ref=rel in _FROM_REF)
        return "DATE", f"{week}-WE" if "W" in week else week, None
    if unit == "quarter":
        return the_quarter_step(r, _REL_STEP[rel])
    calendar_unit = UNITS[unit][2]
    if m["the"] and rel == "past" and unit in ("year", "month", "week", "decade", "century"):
        return "DURATION", duration_value(1, unit), None
    return "DATE", r.relative(calendar_unit, _REL_STEP[rel], calendar_unit, from_ref=rel in _FROM_REF), None


def the_weekend(m: re.Match[str], r: Resolver) -> Value | None:
    """ "at the weekend", "over the weekend": the last weekend up to the anchor, the next one in a clause
    about the future (a weekend anchor is its own weekend either way)."""
    if r.anchor is None:
        return "DATE", "XXXX-WXX-WE", None
    a = r.anchor
    if a.isoweekday() >= 6:
        saturday = a - timedelta(days=a.isoweekday() - 6)
    elif r.direction(m.start(), m.end()) > 0:
        saturday = a + timedelta(days=6 - a.isoweekday())
    else:
        saturday = a - timedelta(days=a.isoweekday() + 1)
    year, week, _ = saturday.isocalendar()
    return "DATE", f"{year}-W{week:02d}-WE", None


def the_quarter_step(r: Resolver, n: int) -> Value:
    if r.anchor is None:
        return "DATE", "XXXX-QX", None
    value = fmt(shift(r.anchor, "quarter", n), "quarter")
    r.last_quarter = (int(value[:4]), int(value[-1]))
    r.months_period = False
    return "DATE", value, None


def earlier_this(m: re.Match[str], r: Resolver) -> Value | None:
    unit = m["unit"].lower()
    n = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    if unit == "day":
        return "DATE", r.relative("day", 0, "day"), None
    return "DATE", r.relative(unit, n, unit), None


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time, _ = UNITS[unit.rstrip("s").replace("centurie", "century")]
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    if letter == "DE":
        letter, n = "Y", n * 10
    elif letter == "CE":
        letter, n = "Y", n * 100
    if unit.startswith("fortnight"):
        n *= 2
    if n != int(n):
        whole, frac = int(n), n - int(n)
        smaller = {"Y": ("M", 12), "M": ("D", 30) if not is_time else ("S", 60), "D": ("H", 24),
                   "H": ("M", 60), "W": ("D", 7)}.get(letter)  # fmt: skip
        if smaller and (frac * smaller[1]).is_integer():
            small_letter, factor = smaller
            head = f"{whole}{letter}" if whole else ""
            if letter == "D" and small_letter == "H":
                return f"P{head}T{int(frac * factor)}H"
            return f"{prefix}{head}{int(frac * factor)}{small_letter}"
        return f"{prefix}{n:g}{letter}"
    return f"{prefix}{int(n)}{letter}"


def duration(m: re.Match[str], r: Resolver) -> Value | None:
    if m["old"]:
        return None  # ages ("a 6-year-old") are not times in TimeML
    unit = m["unit"].lower()
    raw = m["num"]
    n = number(raw)
    if raw.lower() in ("a", "an") and not m["pre"] and unit.rstrip("s") in ("second", "night"):
        return None
    if unit.rstrip("s") == "night" and n is None:
        return None
    if unit == "months" and (m["pre"] or "").lower().startswith("the"):
        r.months_period = True  # "in the first nine months": results for a span of months
    return "DURATION", duration_value(n, unit.rstrip("s")), None


def vague_quarters(m: re.Match[str], r: Resolver) -> Value | None:
    """TimeBank reads "the past several quarters" and "coming quarters" as references, not durations."""
    return "DATE", "PAST_REF" if m["past"] else "FUTURE_REF", None


def vague_plural(m: re.Match[str], r: Resolver) -> Value | None:
    if "q" in m.re.groupindex and not m["q"] and not re.search(
        r"\b(?:for|in|within|over|after)\s+$", r.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE
    ):
        return None
    unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
    return "DURATION", duration_value(None, unit), None


def ago(m: re.Match[str], r: Resolver) -> Value | None:
    unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
    n = number(m["num"])
    word = re.sub(r"\s+", " ", m["dir"].lower())
    sign = -1 if word in ("ago", "earlier", "before", "previously", "back", "prior") else 1
    from_ref = word not in ("ago", "from now", "hence", "back")
    _, is_time, cal = UNITS[unit]
    if n is None or is_time:
        if is_time and n is not None and r.anchor is not None:
            return "DATE", r.relative("day", 0, "day", from_ref=from_ref), None
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if n != int(n):
        n = round(n)
    granularity = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                   "decade": "decade", "century": "century"}[cal]  # fmt: skip
    if cal == "year" and n == 1 and r.anchor is not None and r.months_period:
        return "DATE", f"{r.anchor.year - 1:04d}", None  # "the nine months ... a year earlier"
    if cal == "year" and n == 1 and r.anchor is not None and (
        r.last_quarter is not None or "quarter" in r.sentence(m.start(), m.end()).lower()
    ):
        # "up from a year ago" in a quarterly report means the same quarter a year earlier
        base = r.last_quarter or (r.anchor.year, (r.anchor.month - 1) // 3 + 1)
        return "DATE", f"{base[0] - int(n):04d}-Q{base[1]}", None
    return "DATE", r.relative(cal, sign * int(n), granularity, from_ref=from_ref), None


def anaphoric_day(m: re.Match[str], r: Resolver) -> Value | None:
    text = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if ("before" in text or "previous" in text or "prior" in text) else 1 if (
        "next" in text or "following" in text or "after" in text) else 0
    value = r.relative("day", n, "day", from_ref=r.ref_granularity == "day")
    if "morning" in text or "night" in text or "evening" in text:
        part = "MO" if "morning" in text else "EV" if "evening" in text else "NI"
        return "TIME", f"{value}T{part}", None
    return "DATE", value, None


def reference_word(m: re.Match[str], r: Resolver) -> Value | None:
    text = re.sub(r"\s+", " ", m[0].lower())
    if text in PRESENT_REF or text.startswith("current"):
        return "DATE", "PRESENT_REF", None
    if text in PAST_REF or text.startswith("recent"):
        return "DATE", "PAST_REF", None
    if text in FUTURE_REF:
        return "DATE", "FUTURE_REF", None
    return None


def clock(m: re.Match[str], r: Resolver) -> Value | None:
    h = m["h"] or m["h2"]
    hour = int(h) if h else 12 if (m["word"] or "").lower() == "noon" else 0
    minute = int(m["min"] or m["min2"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    if m["part"]:
        pm = m["part"].lower() in ("afternoon", "evening", "night")
        if pm and hour < 12:
            hour += 12
    zone = "Z" if (m["zone"] or "").upper() in ("UTC", "GMT") else ""
    day = r.ref if r.ref_granularity == "day" else r.anchor
    if m["wd"] and r.anchor is not None:
        wd_value = weekday(m, r)
        day = date.fromisoformat(wd_value[1][:10]) if wd_value else day
    elif m["rday"] and r.anchor is not None:
        day = shift(r.anchor, "day", {"today": 0, "yesterday": -1, "tomorrow": 1}[m["rday"].lower()])
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}", None


def set_adverb(m: re.Match[str], r: Resolver) -> Value | None:
    word = m["adv"].lower()
    if word == "annual":
        return "DURATION", "P1Y", None  # "annual profit": TimeML reads the adjective as the period
    value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
             "annually": "P1Y", "hourly": "PT1H"}[word]  # fmt: skip
    return "SET", value, None


def set_every(m: re.Match[str], r: Resolver) -> Value | None:
    if m["wd"]:
        value = f"XXXX-WXX-{_weekday(m['wd'])}"
        return "SET", f"{value}T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else value, None
    if m["month"]:
        return "SET", f"XXXX-{_month(m['month']):02d}", None
    if m["pod"]:
        return "SET", f"T{PARTS_OF_DAY[m['pod'].lower()]}", None
    unit = m["unit"].lower().rstrip("s")
    n = number(m["num"]) if m["num"] else 1
    return "SET", duration_value(n, unit), None


def set_per(m: re.Match[str], r: Resolver) -> Value | None:
    return "SET", duration_value(1, m["unit"].lower()), None


def holiday(m: re.Match[str], r: Resolver) -> Value | None:
    name = re.sub(r"\s+", " ", m["name"].lower())

    def day_in(year: int) -> date:
        if name.startswith("christmas eve"):
            return date(year, 12, 24)
        if name.startswith("christmas"):
            return date(year, 12, 25)
        if name.startswith("new year's eve"):
            return date(year, 12, 31)
        if name.startswith("new year"):
            return date(year, 1, 1)
        if name.startswith("halloween"):
            return date(year, 10, 31)
        if name.startswith("independence") or name.startswith("july fourth") or name.startswith("fourth of"):
            return date(year, 7, 4)
        first = date(year, 11, 1)
        if name.startswith("thanksgiving"):
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        # election day: the Tuesday after the first Monday of November
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)

    if m["year"]:
        return "DATE", day_in(int(m["year"])).isoformat(), None
    if r.anchor is None:
        return "DATE", "XXXX-XX-XX", None
    this_year = day_in(r.anchor.year)
    rel = (m["rel"] or "").lower()
    direction = -1 if rel == "last" else 1 if rel == "next" else _settled(r.direction(m.start(), m.end()))
    if direction < 0 and this_year > r.anchor:
        this_year = day_in(r.anchor.year - 1)
    elif direction > 0 and this_year < r.anchor:
        this_year = day_in(r.anchor.year + 1)
    return "DATE", this_year.isoformat(), None


def fiscal_year(m: re.Match[str], r: Resolver) -> Value | None:
    year = int(m["year"])
    if year < 100:
        year += 1900 if year > 50 else 2000
    return "DATE", f"{year:04d}", None


def the_year(m: re.Match[str], r: Resolver) -> Value | None:
    unit = m["unit"].lower()
    if unit == "day":
        return "DATE", r.relative("day", 0, "day", from_ref=True), None
    return "DATE", r.relative("year", 0, "year", from_ref=True), None


def period_edge(m: re.Match[str], r: Resolver) -> Value | None:
    unit = m["unit"].lower()
    step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    mod = {"beginning": "START", "start": "START", "end": "END", "close": "END", "middle": "MID"}
    return "DATE", r.relative(unit, step, unit), mod[m["edge"].lower()]


def year_end(m: re.Match[str], r: Resolver) -> Value | None:
    return "DATE", r.relative("year", 0, "year"), "END"


def fiscal_period(m: re.Match[str], r: Resolver) -> Value | None:
    if m["year"]:
        # "the 1988 period" in a quarterly report is that year's quarter
        if r.last_quarter is not None and not r.months_period:
            return "DATE", f"{m['year']}-Q{r.last_quarter[1]}", None
        return "DATE", m["year"], None
    if "current" in m[0].lower():
        return "DATE", r.relative("year", 0, "year"), None
    if re.match(r"\s+end(?:ed|ing)\b", r.text[m.end() : m.end() + 10]):
        return "DURATION", "P1Y", None
    if re.match(r"the\s+full\b", m[0], re.IGNORECASE):
        return "DATE", r.relative("year", 0, "year"), None  # "forecast an increase for the full year"
    return "DATE", r.relative("year", 0, "year", from_ref=True), None


def year_ago_adjective(m: re.Match[str], r: Resolver) -> Value | None:
    if r.anchor is None:
        return "DATE", "PAST_REF", None
    if r.last_quarter is not None and not r.months_period:
        return "DATE", f"{r.last_quarter[0] - 1:04d}-Q{r.last_quarter[1]}", None
    return "DATE", f"{r.anchor.year - 1:04d}", None


def months_span(m: re.Match[str], r: Resolver) -> Value | None:
    n = number(m["num"])
    r.months_period = True
    return "DURATION", duration_value(n, "month"), None


# --- the rules -------------------------------------------------------------------------------

B = r"(?<![\w$£€])"  # a word starts here
E = r"(?![\w])"  # a word ends here
REL = r"(?:this|last|next|past|previous|following|coming|current|same|that|prior|preceding)"
_I = re.IGNORECASE


def _rule(name: str, pattern: str, handler: Callable[[re.Match[str], Resolver], Value | None]) -> Rule:
    return Rule(name, re.compile(B + "(?:" + pattern + ")" + E, _I), handler)


RULES: tuple[Rule, ...] = (
    _rule("full_date",
          rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY})(?:\s*,?\s*(?P<year>{YEAR}))?",
          full_date),
    _rule("full_date_dmy",
          rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?",
          full_date),
    _rule("numeric_date",
          r"(?:(?P<iso>(?P<y>(?:1[89]|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d))"
          r"|(?P<mo2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>(?:19|20)?\d\d))", numeric_date),
    _rule("month_year", rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", month_year),
    _rule("month_relative_year", rf"(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year",
          month_relative_year),
    _rule("month_alone",
          rf"(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming)\s+)?(?P<month>{MONTH})(?!\w|\.\w)"
          rf"(?!\s+(?:\d|(?-i:[A-Z][a-z]+)\s+(?:said|says)|(?:for|of)\s+(?-i:[A-Z])))",
          month_alone),
    _rule("year", rf"(?P<year>{YEAR})(?!\s*(?:%|percent|per\s*cent)|[.,]\d|-\d|s\b|'s)", year_alone),
    _rule("fiscal_year", r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>(?:19|20)\d\d|'?\d\d)", fiscal_year),
    _rule("decade",
          r"(?:(?:early|mid|late)[\s-]+)?(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0'?s"
          r"|'(?P<short>\d)0s)", decade),
    _rule("century", r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|\w+th|first|second|third|twenty-first)"
                     r"[\s-]+century(?P<rel>)", century),
    _rule("this_century", r"(?P<rel>this|last|next)\s+century", this_century),
    _rule("season",
          rf"(?:the\s+)?(?:(?P<rel>last|this(?:\s+past|\s+coming)?|next|past|coming)\s+)?(?P<season>{SEASON})"
          rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?!\s+(?:of\s+)?(?:the|a|an|\d)\b)", season),
    _rule("quarter",
          rf"(?:the\s+(?!(?:{ORDINAL})-))?(?:(?:(?P<ago>year-ago|year-earlier|year\s+ago|year-before)|fiscal|"
          rf"(?P<y1>{YEAR})|current|latest|same|comparable)[\s-]+)*"
          rf"(?:(?P<ord>{ORDINAL})[\s-]+(?:fiscal[\s-]+)?quarter|Q(?P<qn>[1-4]))"
          rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR}))?", quarter),
    _rule("the_quarter",
          r"(?:the|that|this|its)\s+(?:(?:comparable|same)\s+(?=\S+\s+quarter))?(?:(?P<which>year-ago|year-earlier|year-before|current|latest|recent|"
          r"last|previous|past|prior|preceding|next|coming|same|comparable)\s+)?(?:fiscal\s+)?(?:quarter|period)"
          r"(?!\s+of\s+\d|ly|-to-)", the_quarter),
    _rule("half", rf"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+(?:the\s+year|(?P<year>{YEAR})))?",
          half),
    _rule("relative_day",
          rf"(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
          rf"(?:\s+(?P<part>{PART}))?", relative_day),
    _rule("weekday",
          rf"(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past|previous)\s+)?(?P<wd>{WEEKDAY})",
          weekday),
    _rule("part_of_day", rf"(?P<rel>this|last)\s+(?P<part>{PART})", part_of_day),
    _rule("relative_unit",
          rf"(?P<the>the\s+)?(?P<rel>{REL})\s+(?P<unit>week|month|year|quarter|decade|weekend)", relative_unit),
    _rule("the_weekend", r"(?:(?<=\bat\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthrough\s))the\s+weekend\b",
          the_weekend),
    _rule("earlier_this", r"(?:earlier|later|early|late)\s+(?P<rel>this|last|next)\s+(?P<unit>year)",
          earlier_this),
    _rule("ago",
          rf"(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})\s+"
          rf"(?P<dir>ago|earlier|later|previously|back|from\s+now|hence|before(?=\s*[,.;])|after(?=\s*[,.;]))",
          ago),
    _rule("vague_ago", r"(?P<num>)(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)", ago),
    _rule("vague_quarters",
          r"(?:the\s+)?(?:(?P<past>past|recent|last|previous)(?:\s+(?:several|few))?"
          r"|coming|future|upcoming|next\s+(?:several|few))\s+quarters", vague_quarters),
    _rule("duration",
          rf"(?P<pre>(?:the\s+)?(?:(?:first|past|last|next|coming|previous|following|final|latest|recent|"
          rf"same|entire|full|whole|further|additional|another|consecutive|year-earlier|year-ago)\s+))?"
          rf"(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})(?P<old>[\s-]+old)?", duration),
    _rule("vague_plural",
          r"(?:(?:the\s+)?(?P<q>recent|past|coming|next|last|previous|many|several|few|some)\s+)?"
          r"(?P<unit>years|months|weeks|days|hours|minutes|decades)(?!\s+(?:of|ago|earlier|later))",
          vague_plural),
    _rule("the_years", r"the\s+(?P<unit>years|decades)(?!\s+(?:of|ago|to|before|after))", vague_plural),
    _rule("anaphoric_day",
          rf"(?:the|that)\s+(?:(?:next|following|previous|same|prior)\s+)?(?:day|{PART})(?:\s+(?:before|after))?"
          rf"(?=\s*[,.;]|\s+(?:and|but|when|as|after|before|to|in|at|by|with|he|she|it|they|we|the)\b)"
          rf"|(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|night)"
          rf"|(?:the\s+)?day\s+(?:before|after)(?=\s*[,.;])|that\s+day|the\s+same\s+day",
          anaphoric_day),
    _rule("reference_word",
          r"right\s+now|now|currently|current(?!ly|\s+account)"
          r"|at\s+present|nowadays|these\s+days|recently|recent|lately|the\s+past(?!\s+\w+\s+(?:years|months|weeks|"
          r"days))|as\s+soon\s+as\s+possible|soon|very\s+soon|the\s+(?:near\s+|distant\s+)?future|the\s+near\s+term",
          reference_word),
    _rule("clock",
          rf"(?:(?P<h>[012]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)"
          rf"|(?P<h2>[012]?\d):(?P<min2>[0-5]\d)(?!\d|:\d)|(?P<word>noon|midnight))"
          rf"(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC))?(?:\s+(?:in\s+the\s+)?(?P<part>{PART}))?"
          rf"(?:\s+(?:on\s+)?(?:(?P<rel>)(?P<wd>{WEEKDAY})|(?P<rday>today|yesterday|tomorrow)))?", clock),
    _rule("set_adverb", r"(?P<adv>daily|nightly|weekly|monthly|yearly|annually|hourly|annual)", set_adverb),
    _rule("set_every",
          rf"(?:every|each)\s+(?:(?P<num>other|{NUM})\s+)?(?:(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?"
          rf"|(?P<month>{MONTH})|(?P<pod>morning|afternoon|evening|night)|(?P<unit>{UNIT}))", set_every),
    _rule("set_per", r"(?:(?<=\btwice\s)|(?<=\bonce\s)|(?<=\btimes\s)|(?<=\bper\s))(?:an?\s+)?"
                     r"(?P<unit>day|week|month|year|hour)", set_per),
    _rule("holiday",
          rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>Christmas(?:\s+Eve|\s+Day)?|New\s+Year'?s(?:\s+Eve|\s+Day)?|"
          rf"Thanksgiving(?:\s+Day)?|Halloween|Independence\s+Day|Fourth\s+of\s+July|Election\s+Day)"
          rf"(?:\s+(?P<year>{YEAR}))?", holiday),
    _rule("the_year", r"(?:the|that)\s+(?P<unit>year)(?=\s*[,.;]|\s+(?:and|but|before|ago|earlier)\b)", the_year),
    _rule("period_edge",
          r"(?:the\s+)?(?:very\s+)?(?P<edge>beginning|start|end|middle|close)\s+of\s+(?:the|this|(?P<rel>last|next))"
          r"\s+(?P<unit>year|month|week|decade|century)", period_edge),
    _rule("year_end", r"(?:the\s+)?year[\s-]end", year_end),
    _rule("fiscal_period",
          r"the\s+(?:(?:full|entire|whole)\s+)?(?:fiscal\s+|calendar\s+)?year(?=\s+end(?:ed|ing)\b|\s*[,.;])"
          r"|the\s+full\s+(?:fiscal\s+|calendar\s+)?year(?!\s+(?:of|ago|earlier|before|after)\b)"
          r"|the\s+current\s+(?:fiscal\s+|calendar\s+)?year|the\s+(?P<year>{YEAR})\s+(?:period|fiscal\s+year)"
          .replace("{YEAR}", YEAR), fiscal_period),
    _rule("year_ago_adjective", r"year-(?:earlier|ago)(?!\s+(?:quarter|period|third|second|first|fourth))",
          year_ago_adjective),
    _rule("period_of", rf"an?\s+(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})\s+(?:period|span|stretch)(?P<pre>)(?P<old>)",
          duration),
    _rule("months_span", rf"the\s+(?:first\s+)?(?P<num>{NUM})\s+months", months_span),
)
