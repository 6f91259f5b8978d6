"""Time expressions: every date, time, duration and set in the text, resolved to a TIMEX3 value.

Recognition and normalisation are a rule grammar of our own (``grammar``), measured against
TimeML gold (``newsledger.evaluate.times``; figures in docs/quality/times.md). Relative
expressions ("Friday", "last month", "two weeks ago") are resolved against the publication
date; the clause's tense, read from spaCy's parse, decides whether a bare weekday or month
points back or forward. "The next day", "a year earlier" count from the last date the text
itself gave. Without a publication date, relative values stay unresolved in TIMEX3 style:
``XXXX-WXX-5`` for "Friday", ``XXXX-02`` for "February", ``PAST_REF`` for "yesterday" or "two
weeks ago", ``PRESENT_REF`` for "today".

``governing_time`` picks the expression that dates a given clause (used by event extraction).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.times.calendar import interval
from newsledger.extract.times.grammar import PRESENT, RULES, Resolver
from newsledger.extract.times.lexicon import MONTHS, NOT_A_YEAR_BEFORE, STREET_WORDS
from newsledger.records import TimeExpression

logger = logging.getLogger(__name__)

__all__ = ["extract_times", "governing_time"]

# Words before an expression that belong to it and set its mod (TimeML puts them in the extent).
_POSITION_PREFIX = re.compile(
    r"(?:\b(?P<w>early|late|mid|(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close)\s+of|"
    r"sometime)(?:\s+|-)|\b(?P<h>mid)-)$",
    re.IGNORECASE,
)
_AMOUNT_PREFIX = re.compile(
    r"\b(?P<w>about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|over|"
    r"at\s+least|up\s+to|under|fewer\s+than|at\s+most|just\s+over|just\s+under)\s+$",
    re.IGNORECASE,
)
_MODS = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END", "close": "END",
    "mid": "MID", "middle": "MID", "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "just under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
}  # fmt: skip
# Signals before a date that bound it on one side ("since 2014", "until Friday").
_BOUND_SIGNAL = re.compile(r"\b(?P<w>since|until|till|through|before|after|by)\s+$", re.IGNORECASE)
_BOUND_MODS = {"since": "ON_OR_AFTER", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE",
               "through": "ON_OR_BEFORE", "before": "BEFORE", "after": "AFTER", "by": "ON_OR_BEFORE"}  # fmt: skip
# "March 3 to 5": the second day of a range inherits the first one's month and year.
_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|to|through|until|and)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%:.,]\d|\d)"
)
_TRIGGER = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|"
    r"yesterday|tomorrow|now|current|recent|year|month|week|day|hour|minute|second|decade|centur|quarter|"
    r"spring|summer|fall|autumn|winter|morning|afternoon|evening|night|daily|weekly|monthly|annual|yearly|"
    r"hourly|nightly|soon|future|past|lately|nowadays|present|christmas|thanksgiving|halloween|new year|"
    r"independence|election|fortnight|noon|midnight|weekend|period|fiscal|first|third|fourth|half|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|several|few|many|couple|dozen|decades|near\s+term)",
    re.IGNORECASE,
)
_WINDOW = 70
_PLAN_VERBS = {"plan", "expect", "schedule", "intend", "aim", "hope", "want", "propose", "set", "due", "seek",
               "prepare", "vow", "promise", "threaten", "agree", "decide"}  # fmt: skip
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_PAST_AUX_TAGS = {"VBD"}
_SCHEDULE_VERBS = {"schedule", "plan", "expect", "due"}


def extract_times(doc: Doc, context: ExtractContext) -> tuple[TimeExpression, ...]:
    """Every time expression in ``doc``, resolved against ``context.published``."""
    text = doc.text
    found = _recognise(text)
    resolver = Resolver(
        anchor=context.published,
        direction=lambda start, end: clause_direction(doc, start, end),
        sentence=lambda start, end: _sentence_text(doc, start, end),
        text=text,
    )
    out: list[TimeExpression] = []
    taken_until = 0
    for start, end, rule_index, match in found:
        rule = RULES[rule_index]
        if rule.name == "year" and not _plausible_year(doc, start, end):
            continue
        value = rule.handler(match, resolver)
        if value is None:
            continue
        kind, val, mod = value
        start, mod = _extend_left(text, start, max(taken_until, 0), kind, val, mod, rule.name)
        mod = mod or _bound_mod(text, start, kind)
        out.append(_record(text, start, end, kind, val, mod))
        taken_until = end
        out.extend(_range_tail(text, end, kind, val, mod))
    return tuple(out)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around words that can start or end a time expression, merged."""
    out: list[tuple[int, int]] = []
    for m in _TRIGGER.finditer(text):
        start, end = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _recognise(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Longest non-overlapping matches of every rule, in text order (earlier rules win ties)."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    # Most of a news text holds no time word; running the rules only near one is what keeps
    # this extractor a few per cent of the parse time.
    for window_start, window_end in _windows(text):
        for i, rule in enumerate(RULES):
            for m in rule.pattern.finditer(text, window_start, window_end):
                if m.end() > m.start() and "\n" not in m[0]:
                    candidates.append((m.start(), m.end(), i, m))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    occupied: list[tuple[int, int]] = []
    for c in candidates:
        if any(c[0] < e and s < c[1] for s, e in occupied):
            continue
        chosen.append(c)
        occupied.append((c[0], c[1]))
    chosen.sort(key=lambda c: c[0])
    return chosen


def _record(text: str, start: int, end: int, kind: str, value: str, mod: str | None) -> TimeExpression:
    span = None
    if kind in ("DATE", "TIME"):
        span = interval(value, mod if mod in ("START", "MID", "END") else None)
    return TimeExpression(start=start, end=end, text=text[start:end], type=kind, value=value, mod=mod, interval=span)


def _extend_left(
    text: str, start: int, floor: int, kind: str, value: str, mod: str | None, rule: str
) -> tuple[int, str | None]:
    """Take in a modifier word before the expression ("early February", "nearly two years")."""
    before = text[max(floor, start - 30) : start]
    m = _POSITION_PREFIX.search(before)
    if m and kind in ("DATE", "TIME") and not value.endswith("_REF"):
        word = (m["w"] or m["h"] or "").lower()
        key = word.split()[-2] if word.endswith(" of") else word
        key = key.split()[-1] if " " in key else key
        return start - len(m[0]), mod or _MODS.get(key)
    m = _AMOUNT_PREFIX.search(before)
    if m and (kind == "DURATION" or rule == "ago") and not text[start:].lower().startswith("the"):
        word = re.sub(r"\s+", " ", m["w"].lower())
        new_mod = mod or _MODS.get(word)
        # TimeML leaves "about" out of the extent but takes in "nearly", "more than", "at least"
        if new_mod == "APPROX" or (word == "over" and not text[start].isdigit()):
            return start, new_mod
        return start - len(m[0]), new_mod
    return start, mod


def _bound_mod(text: str, start: int, kind: str) -> str | None:
    if kind not in ("DATE", "TIME"):
        return None
    m = _BOUND_SIGNAL.search(text[max(0, start - 8) : start])
    return _BOUND_MODS[m["w"].lower()] if m else None


def _range_tail(text: str, end: int, kind: str, value: str, mod: str | None) -> list[TimeExpression]:
    if kind != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return []
    m = _RANGE_TAIL.match(text, end)
    if not m:
        return []
    day = int(m["day"])
    if day <= int(value[8:10]):
        return []
    second = f"{value[:8]}{day:02d}"
    return [_record(text, m.start("day"), m.end(), "DATE", second, None)]


def _plausible_year(doc: Doc, start: int, end: int) -> bool:
    """False for four-digit numbers that are counts, addresses, section or model numbers."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span[0]
    if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "FAC", "LAW", "PRODUCT"):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.text in NOT_A_YEAR_BEFORE or prev.tag_ == "CD"):
        return False
    if prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.lower_.rstrip(".") not in MONTHS:
        return False  # a name with a number: "Orion 1980", "Euro 2012"
    after = doc[tok.i + 1 : tok.i + 4]
    if any(t.text.rstrip(".") in STREET_WORDS for t in after[1:] if t.is_title or t.text.endswith(".")):
        return False
    nxt = after[0] if len(after) else None
    if nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("elections", "olympics", "games"):
        return False
    return not (nxt is not None and nxt.tag_ == "CD" and not nxt.text.startswith("-"))


# --- tense and clauses ---------------------------------------------------------------------


def _span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb that heads the clause an expression attaches to (up to four steps up the parse)."""
    span = _span(doc, start, end)
    if span is None:
        return None
    tok = span.root
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def verb_direction(verb: Token, depth: int = 0) -> int:
    """-1 when the clause is in a past tense, +1 for future or plans, 0 when unclear."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or verb.lemma_ in _SCHEDULE_VERBS:
        return 1
    if verb.tag_ == "VB" and "to" in words and verb.head.lemma_ == "be" and verb.head != verb:
        return 1  # "is to resume trading Tuesday"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going" and depth < 2:
        return 1
    if verb.tag_ in _PAST_AUX_TAGS or any(a.tag_ in _PAST_AUX_TAGS for a in auxes):
        return -1
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "had"}:
        return -1
    if "been" in words and words & {"has", "have", "'ve", "had"}:
        return -1  # present perfect progressive: "have been searching since the Oct. 23 slaying"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT  # a weekday then points forward; a month or season stays near
    if words & {"would", "could", "might", "should"}:
        return 0
    if words & {"can", "may", "must"}:
        return 1
    if verb.tag_ == "VB" and "to" in words and depth < 2 and verb.head != verb:
        if verb.head.lemma_ in _PLAN_VERBS:
            return 1
        return verb_direction(verb.head, depth + 1)
    if verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("acl", "relcl", "advcl", "xcomp") and depth < 2:
        return verb_direction(verb.head, depth + 1) if verb.head.pos_ in ("VERB", "AUX") else 0
    return 0


def clause_direction(doc: Doc, start: int, end: int) -> int:
    verb = clause_verb(doc, start, end)
    return verb_direction(verb) if verb is not None else 0


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    span = _span(doc, start, end)
    return span.sent.text if span is not None else ""


def governing_time(
    times: Sequence[TimeExpression], start: int, end: int, doc: Doc
) -> TimeExpression | None:
    """The DATE or TIME expression that dates the clause spanning ``[start, end)`` characters.

    Preference: one attached to the same verb as the clause; then one inside that verb's
    subtree; then the nearest one in the same sentence. Durations and sets never govern.
    """
    span = _span(doc, start, end)
    if span is None:
        return None
    sentence = span.sent
    candidates = [
        t for t in times
        if t.type in ("DATE", "TIME") and sentence.start_char <= t.start and t.end <= sentence.end_char
    ]  # fmt: skip
    if not candidates:
        return None
    verb = clause_verb(doc, start, end) or span.root
    same_verb = [t for t in candidates if clause_verb(doc, t.start, t.end) == verb]
    if same_verb:
        return min(same_verb, key=lambda t: _distance(t, start, end))
    subtree = {tok.i for tok in verb.subtree}
    inside = [t for t in candidates if (s := _span(doc, t.start, t.end)) is not None and s.root.i in subtree]
    pool = inside or candidates
    return min(pool, key=lambda t: _distance(t, start, end))


def _distance(t: TimeExpression, start: int, end: int) -> int:
    if t.end <= start:
        return start - t.end
    if t.start >= end:
        return t.start - end
    return 0
