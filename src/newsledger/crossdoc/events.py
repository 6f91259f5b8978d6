"""When two event mentions report the same real-world event, and whether they agree.

Two mentions match when they have the same type, compatible times (overlapping intervals), a
compatible place (same country when both are known), no conflicting participants, and at least
one piece of positive evidence beyond type and actor: the same target, the same explicit time,
the same place, the same number, or a shared content word in the event's clause ("recruitment
of *prisoners*" / "recruitment from *prisons*"). The same code serves the ledger and the MEANTIME
evaluation, where the type is the trigger's lemma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

OPEN_END = date.max
SLACK = timedelta(days=1)
# Undated events are placed in the month before their report.
UNDATED_WINDOW = timedelta(days=30)
_CESSATION = re.compile(
    r"^\W*(?:\w+\W+){0,6}?(?:had|has|have|was|were|is|are)?\s*(?:been\s+)?"
    r"(?:ended|stopped|halted|ceased|suspended|over|finished|discontinued|no longer)\b",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "that",
        "this", "these", "those", "its", "their", "his", "her", "our", "your", "have", "has", "had", "be", "been",
        "being", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might", "can", "said",
        "says", "say", "also", "about", "after", "before", "into", "over", "under", "than", "then", "there",
        "which", "who", "whom", "whose", "what", "when", "where", "while", "as", "it", "they", "them", "he", "she",
        "we", "you", "i", "not", "no",
    }
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


@dataclass(frozen=True)
class EventMention:
    key: str  # the PLOVER type (ledger) or the trigger lemma (MEANTIME)
    first: date | None = None
    last: date | None = None
    timed: bool = False  # True when the time comes from the text, not the report date
    country: str | None = None
    place: int | None = None  # a GeoNames id below country level
    actor: str | None = None
    target: str | None = None
    # Parties coordinated with the actor or target ("the United States and France accused Russia").
    co_actors: frozenset[str] = field(default_factory=frozenset)
    co_targets: frozenset[str] = field(default_factory=frozenset)
    quantities: frozenset[float] = field(default_factory=frozenset)
    stems: frozenset[str] = field(default_factory=frozenset)
    trigger_stem: str = ""
    polarity: int = 1


def stem(word: str) -> str:
    return word.casefold().replace("’", "'")[:5]


def clause_stems(text: str, start: int, end: int, width: int = 70) -> frozenset[str]:
    """Stems of the lower-case content words around a trigger, within its sentence."""
    left = text.rfind(".", max(0, start - width), start) + 1 or max(0, start - width)
    right_stop = text.find(".", end, end + width)
    right = right_stop if right_stop != -1 else min(len(text), end + width)
    window = text[max(left, start - width) : right]
    if left < start - width:
        window = window.split(" ", 1)[-1]  # drop a word cut in half by the window
    words = _WORD.findall(window)
    return frozenset(stem(w) for w in words if w[0].islower() and w.casefold() not in _STOPWORDS)


def is_cessation(text: str, trigger_end: int, stop: int) -> bool:
    """"recruitment from prisons had ended": the clause after the trigger says it stopped."""
    return bool(_CESSATION.match(text[trigger_end:stop]))


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 date value covers: ``2023``, ``2023-02``, ``2023-03-10`` (others: None)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = date(year, int(month or 1), int(day))
            return d, d
        if month:
            first = date(year, int(month), 1)
            nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _overlap(a: EventMention, b: EventMention, slack: timedelta = SLACK) -> bool:
    if a.first is None or b.first is None:
        return True
    a_last, b_last = a.last or a.first, b.last or b.first
    return a.first - slack <= b_last and b.first - slack <= a_last


def conflict(a: EventMention, b: EventMention) -> bool:
    """Whether ``a`` and ``b`` cannot be the same event: other type, time, country or participants."""
    if a.key != b.key or not _overlap(a, b):
        return True
    if a.country and b.country and a.country != b.country:
        return True
    # Two reports name different sides only when no party of one is a party of the other: "the United
    # States and France accused Russia" and "France accused Russia" can be one accusation.
    return any(x and y and x.isdisjoint(y) for x, y in ((_actors(a), _actors(b)), (_targets(a), _targets(b))))


def _actors(m: EventMention) -> frozenset[str]:
    return m.co_actors | {m.actor} if m.actor else m.co_actors


def _targets(m: EventMention) -> frozenset[str]:
    return m.co_targets | {m.target} if m.target else m.co_targets


def match(a: EventMention, b: EventMention) -> list[str]:
    """The evidence that ``a`` and ``b`` report the same event; empty when they do not."""
    if conflict(a, b):
        return []
    evidence = []
    if _actors(a) & _actors(b):
        evidence.append("same actor")
    if _targets(a) & _targets(b):
        evidence.append("same target")
    if a.timed and b.timed and _overlap(a, b, timedelta(0)):
        evidence.append("same time")
    if a.place and a.place == b.place:
        evidence.append("same place")
    if a.quantities & b.quantities:
        evidence.append("same number")
    shared = (a.stems & b.stems) - {a.trigger_stem, b.trigger_stem}
    if shared:
        evidence.append("shared words: " + ", ".join(sorted(shared)))
    # Type and actor alone are too weak: one actor does many things of one type in a month.
    strong = [e for e in evidence if e != "same actor"]
    return evidence if strong else []


def cessation_interval(first: date) -> tuple[date, date]:
    """A claim that something ended at ``first`` denies it from then on."""
    return first, OPEN_END
