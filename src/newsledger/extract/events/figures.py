"""Figures in news text: numbers as words or digits, and how many people a phrase names.

ACLED's conventions: a vague plural is its least reading ("tens" 10, "dozens" 12, "hundreds" 100); a
plural with no figure ("several", "many", a bare "people were killed") is 10; groups coordinated in one
phrase add up ("two police officers and three militants"); "no one" is 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.extract.times.lexicon import NUMBERS

MULTIPLIERS = frozenset({"dozen", "hundred", "thousand", "million"})
# The time grammar's number words, less the two that count no people here ("couple", "half"), and millions.
NUMBER_WORDS = {w: int(v) for w, v in NUMBERS.items() if w not in ("couple", "half")} | {"million": 1_000_000}
# ACLED's readings of vague figures: "tens" 10, "dozens" 12, "hundreds" 100 (and "scores" 20).
VAGUE_PLURALS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                 "millions": 1_000_000}
# ACLED codes 10 where deaths are reported with no figure ("several", "many", a bare plural).
UNKNOWN_PLURAL = 10
VAGUE_DETERMINERS = frozenset({"several", "many", "some", "numerous", "multiple", "countless", "few"})
NOBODY = frozenset({"nobody", "none", "noone"})
# Groups counted by their "of" phrase ("a family of five").
GROUP_NOUNS = frozenset({"family", "group", "total", "team", "crew", "couple"})


def count_people(victims: Token | None) -> int | None:
    """The number of people a victims phrase names, groups coordinated with it added up; beside a group with
    a figure, one without adds nothing ("1.5 million Armenians, Assyrians, Greeks and others")."""
    if victims is None:
        return None
    parts = [victims, *_coordinated(victims)]
    figured = any(not vague(p) for p in parts if count_one(p) not in (None, 1))
    total: int | None = None
    for part in parts:
        value = count_one(part)
        if value is not None and not (figured and vague(part)):
            total = (total or 0) + value
    return total


def vague(t: Token) -> bool:
    """A group named with no figure ("civilians", "several people"), which ACLED counts as 10."""
    return count_one(t) == UNKNOWN_PLURAL and read_number(t) is None and not any(
        (c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.pos_ == "NUM")) and read_number(c) is not None
        for c in t.children)


def count_one(t: Token) -> int | None:
    """The people one word of a victims phrase names: its number, one person, an unknown plural, or none."""
    lower = t.lower_
    if lower in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return 0
    number = read_number(t)
    if number is not None:
        if lower == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return 1  # "one of the attackers"
        of = of_number(t)
        return int(number * of) if of is not None and lower in VAGUE_PLURALS else int(number)
    # "killing fifteen militants": the parser may hang a number word as an adjective
    numbers = [v for c in t.children if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.pos_ == "NUM")
               for v in [read_number(c)] if v is not None]
    if not numbers:  # "killed about 20 ISGS militants": the figure hung on the name before the noun
        numbers = [v for c in t.children if c.i < t.i and c.pos_ == "PROPN"
                   for g in c.children if g.dep_ == "nummod" for v in [read_number(g)] if v is not None]
    if numbers:
        return int(min(numbers))
    if t.lemma_.lower() in GROUP_NOUNS:
        of = of_number(t)
        if of is not None:
            return int(of)
    if lower in VAGUE_DETERMINERS:
        return UNKNOWN_PLURAL  # "and several wounded"
    if t.pos_ == "PRON":
        return 1 if lower in ("him", "her", "he", "she", "himself", "herself") else None
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    if t.tag_ in ("NNS", "NNPS"):
        return UNKNOWN_PLURAL
    if any(c.dep_ in ("det", "amod") and c.lower_ in VAGUE_DETERMINERS for c in t.children):
        return UNKNOWN_PLURAL
    return 1


def read_number(t: Token) -> float | None:
    """The number a token writes, in digits or words ("12", "twelve", "Twenty-one", "two dozen", "dozens")."""
    lower = t.lower_
    if lower in VAGUE_PLURALS:
        return float(VAGUE_PLURALS[lower])
    if lower in ("a", "an"):
        return None
    if lower in MULTIPLIERS:
        times = next((c for c in t.children if (c.dep_ in ("nummod", "compound") and c.lower_ in NUMBER_WORDS)
                      or c.like_num), None)  # "two dozen people"
        factor = read_number(times) if times is not None else None
        return float(NUMBER_WORDS[lower]) * (factor or 1.0)
    if lower in NUMBER_WORDS:
        # "Twenty-one" may come as "Twenty" hung on "one"
        unit = NUMBER_WORDS[lower]
        tens = sum(NUMBER_WORDS[c.lower_] for c in t.children if c.dep_ == "compound" and c.lower_ in NUMBER_WORDS
                   and 20 <= NUMBER_WORDS[c.lower_] <= 90 and unit < 10)
        return float(unit + tens) * _scale(t)
    if "-" in lower:
        first, _, second = lower.partition("-")  # "twenty-one"
        if first in NUMBER_WORDS and second in NUMBER_WORDS and NUMBER_WORDS[second] < 10:
            return float(NUMBER_WORDS[first] + NUMBER_WORDS[second])
    if t.like_num:
        try:
            return float(t.text.replace(",", "")) * _scale(t)
        except ValueError:
            return None
    return None


def _scale(t: Token) -> float:
    """ "two dozen", "3 million": a number word after it multiplies it."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in MULTIPLIERS and nxt.head in (t, t.head):
        return float(NUMBER_WORDS[nxt.lower_])
    return 1.0


def of_number(t: Token) -> float | None:
    """ "a family of five" -> 5; "tens of thousands" -> 1000 (multiplied by the caller)."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = child_with(of, ("pobj",)) if of is not None else None
    return read_number(obj) if obj is not None else None


def _coordinated(t: Token) -> list[Token]:
    out: list[Token] = []
    pending = [t]
    while pending:
        for c in pending.pop().children:
            if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN", "NUM") or read_number(c) is not None):
                out.append(c)
                pending.append(c)
    return out


def child_with(t: Token | None, deps: Sequence[str]) -> Token | None:
    if t is None:
        return None
    return next((c for c in t.children if c.dep_ in deps), None)
