"""Word tables and regular-expression pieces of the time grammar."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "dozen": 12, "couple": 2, "half": 0.5,
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "final": 4, "last": 4,
}  # fmt: skip
VAGUE = {"several", "few", "many", "some", "a few", "a couple of", "couple of", "numerous", "the"}
# unit word -> (TIMEX3 letter, is a time-of-day unit, calendar unit for arithmetic)
UNITS = {
    "second": ("S", True, "day"), "minute": ("M", True, "day"), "hour": ("H", True, "day"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
PRESENT_REF = {"now", "right now", "currently", "current", "at present", "presently", "nowadays", "these days",
               "the present", "today's"}
PAST_REF = {"recently", "recent", "previously", "formerly", "the past", "lately", "once", "earlier"}
FUTURE_REF = {"soon", "the future", "the near future", "future", "shortly", "the coming", "very soon",
              "the near term", "the long term", "later", "as soon as possible"}
STREET_WORDS = (
    "St", "Street", "Ave", "Avenue", "Road", "Rd", "Blvd", "Boulevard", "Lane", "Ln", "Drive", "Dr",
    "Way", "Place", "Pl", "Court", "Ct", "Highway", "Hwy", "Square", "Terrace", "Parkway",
)
NOT_A_YEAR_BEFORE = (
    "no", "No", "No.", "number", "Number", "Section", "section", "Article", "article", "Art.", "Rule",
    "rule", "Route", "route", "Flight", "flight", "Room", "room", "Suite", "Box", "page", "Page",
    "Chapter", "chapter", "Resolution", "resolution", "Highway", "Interstate", "Model", "model",
    "$", "US$", "£", "€", "#", "Form", "form", "Bill", "bill", "H.R.", "S.", "Windows", "Boeing", "Airbus",
    "Paragraph", "paragraph", "Title", "Item", "item", "Code", "code", "Regulation", "version", "Version",
)

# Regular-expression pieces. Month and weekday names must be capitalised ("may", "march", "sat").
MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?))")
WEEKDAY = (r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|"
           r"Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.))")
NUMWORD = r"(?:" + "|".join(w for w in NUMBERS if w not in ("a", "an", "half", "couple")) + ")"
NUM = (rf"(?:\d[\d,]*(?:\.\d+)?(?:\s+\d/\d)?|\d+/\d+|(?:a\s+)?couple\s+of|a\s+few|few|several|many|"
       rf"numerous|{NUMWORD}(?:[\s-]+(?:and\s+)?{NUMWORD})*(?:\s+and\s+a\s+half)?|an?|half\s+an?|a\s+half)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
PART = r"(?:morning|afternoon|evening|night)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
ORDINAL = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th|last)"


def number(text: str) -> float | None:
    """The value of a number written in digits or words; None for vague ones ("several")."""
    s = text.lower().replace(",", "").strip()
    s = re.sub(r"[\s-]+", " ", s)
    if not s:
        return None
    if s in VAGUE or s in ("few", "a few", "couple of", "a couple of"):
        return 2.0 if "couple" in s else None
    if s in ("half a", "half an", "a half"):
        return 0.5
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d+)/(\d+))?", s)
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return int(m.group(1)) / int(m.group(2))
    half = s.endswith(" and a half")
    s = s.removesuffix(" and a half")
    total, current = 0.0, 0.0
    for word in s.split():
        if word == "and":
            continue
        n = NUMBERS.get(word)
        if n is None:
            return None
        if n in (100, 1000):
            current = max(current, 1) * n
            if n == 1000:
                total, current = total + current, 0
        else:
            current += n
    return total + current + (0.5 if half else 0)
