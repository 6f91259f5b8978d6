"""News outlets cited as sources ("according to EuropePress", "the Moscow Times").

An outlet is recognised from a lexicon of well-known outlets and wire services, or from the shape
of its name (a proper name ending in a press word such as Times, Post or News). An outlet span
overrides any entity inside it, so "the Moscow Times" is never a mention of Moscow.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

KNOWN_OUTLETS = (
    "Agence France-Presse", "AFP", "Al Jazeera", "Al Arabiya", "Associated Press", "AP",
    "Axios", "BBC", "BBC News", "Bloomberg", "Breitbart", "BuzzFeed News", "CBS News", "CNBC", "CNN",
    "Deutsche Welle", "DW", "EFE", "Europa Press", "EuropePress", "Euronews", "Fox News",
    "Haaretz", "Interfax", "Izvestia", "Kommersant", "Kyiv Independent", "Le Monde", "Meduza",
    "MSNBC", "NBC News", "NPR", "Novaya Gazeta", "Politico", "ProPublica", "RIA Novosti",
    "RT", "Reuters", "Sky News", "Sputnik", "TASS", "Ukrainska Pravda", "UPI", "Xinhua",
    "Yonhap", "The Moscow Times", "The New York Times", "The Washington Post", "The Guardian",
    "The Times", "The Wall Street Journal", "The Independent", "The Telegraph", "The Economist",
    "The Financial Times", "Financial Times", "The Hill", "The Atlantic", "Der Spiegel",
    "El País", "Le Figaro", "Vedomosti", "Novaya Gazeta Europe", "Mediazona", "Agence France Presse",
)

# A capitalised name ending in one of these words is taken as an outlet's name.
PRESS_WORDS = frozenset(
    {
        "Times", "Post", "News", "Press", "Herald", "Journal", "Tribune", "Gazette", "Telegraph",
        "Chronicle", "Guardian", "Observer", "Daily", "Wire", "Newsweek", "Magazine", "Radio",
        "Television", "TV", "Broadcasting", "Dispatch", "Courier", "Examiner", "Inquirer",
        "Register", "Star", "Sun", "Mirror", "Express", "Standard", "Bulletin", "Monitor",
    }
)
_PRESS_SUFFIX = re.compile(r"^[A-Z][a-z]+(Press|News|Times|Post)$")
_KNOWN = {name.lower().removeprefix("the ") for name in KNOWN_OUTLETS}


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` (as written, with or without "the") looks like a news outlet's name."""
    bare = name.strip()
    if bare.lower().removeprefix("the ") in _KNOWN:
        return True
    words = bare.split()
    if len(words) >= 2 and words[-1] in PRESS_WORDS and all(w[:1].isupper() for w in words if w != "the"):
        return True
    return len(words) == 1 and bool(_PRESS_SUFFIX.match(bare))


def find_outlets(doc: Doc) -> list[Span]:
    """Outlet spans in ``doc``: known outlets and press-shaped proper names, longest first wins."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in {"ORG", "GPE", "PERSON", "WORK_OF_ART", "PRODUCT", "NORP", "FAC"}:
            span = _extend_to_press_word(doc, ent)
            if is_outlet_name(span.text):
                spans.append(span)
    spans.extend(_lexicon_matches(doc))
    return _longest_non_overlapping(spans)


def _extend_to_press_word(doc: Doc, ent: Span) -> Span:
    """``Moscow`` tagged GPE in "the Moscow Times": widen the span to cover the press word."""
    end = ent.end
    while end < len(doc) and doc[end].text in PRESS_WORDS and doc[end].is_title:
        end += 1
    start = ent.start
    if start > 0 and doc[start - 1].lower_ == "the" and end > ent.end:
        start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _lexicon_matches(doc: Doc) -> list[Span]:
    found: list[Span] = []
    tokens = list(doc)
    for i, first in enumerate(tokens):
        if not first.text[:1].isupper():
            continue
        for length in (4, 3, 2, 1):
            if i + length > len(tokens):
                continue
            text = "".join(t.text_with_ws for t in tokens[i : i + length]).rstrip()
            if text.lower().removeprefix("the ") in _KNOWN:
                # Short acronyms (AP, RT, DW) count only where the model also saw a name.
                if len(text) <= 3 and not any(t.ent_type_ for t in tokens[i : i + length]):
                    continue
                found.append(doc[i : i + length])
                break
    return found


def _longest_non_overlapping(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)
