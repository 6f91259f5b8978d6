"""Wire datelines ("NAIROBI, June 25 (Reuters) - Kenyan police ..."): where and when a report was filed, never a
participant, a speaker, an event's place or its date. One grammar serves every stage that must step over them:
the parse (``nlp.model`` ends a dateline at its dash), the speaker and content of quotes, and the places and
dates of events.

A dateline opens a line: a place whose words are capitalised ("BAMAKO", "GOMA, Democratic Republic of Congo",
"WASHINGTON, D.C."), perhaps a date ("Feb 2", "10 March 2023") and an agency in brackets ("(Reuters)"), then a
dash (AP's old wire copy: an underscore), or a colon after a place in capitals ("NEW DELHI:"). A place in capitals
needs nothing more; a place in its own case needs a date or an agency, so that "Ukraine - the latest" or "NATO
leaders met in Vilnius on Tuesday - and agreed ..." are no datelines.

The places module recognises the place named in a dateline with a looser pattern of its own
(``extract.places.recognise``): there a name in capitals opening a line is a toponym even with no dash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.nlp.text import doc_slice

_CAP_WORD = r"[A-Z][A-Za-z'’.\-]*"
_MONTH = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
          r"august|september|october|november|december)\b\.?")
_DATE = rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?)"
# After the comma, a region or country in its own case: "Democratic Republic of Congo", "N.M.", "Ukraine".
_REGION = rf"(?!{_DATE}){_CAP_WORD}(?:[ \t]+(?:of|the|and|de|del|al|el|(?!{_DATE}){_CAP_WORD})){{0,4}}"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}})"
    rf"(?:,[ \t]*(?P<region>{_REGION}))?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?"
    rf"[ \t]*(?P<agency>\([^()\n]{{1,40}}\))?"
    # A hyphen or colon needs a space after it ("ABC-TV"); a long dash may touch the word ("WASHINGTON\u2014The");
    # AP's wire copy of the 1990s has an underscore ("UNITED NATIONS (AP) _ The Security Council ...").
    rf"[ \t]*(?P<sep>(?:--|-|_|:)(?=\s)|\u2013|\u2014)"
)

# A dateline's dash comes within this many characters, and tokens, of its start.
_REACH = 200
_REACH_TOKENS = 24


@dataclass(frozen=True)
class Dateline:
    """Character offsets: the dateline runs from ``start`` to the end of its dash (``end``); ``sep`` is where the
    dash starts."""

    start: int
    sep: int
    end: int


def dateline_at(text: str, pos: int) -> Dateline | None:
    """The dateline that the character at ``pos`` belongs to, if its line opens with one and ``pos`` lies before
    the dateline's dash ends."""
    line = text.rfind("\n", 0, pos) + 1
    found = _match(text, line)
    return found if found is not None and pos < found.end else None


def _match(text: str, at: int) -> Dateline | None:
    m = _DATELINE.match(text, at)
    if m is None:
        return None
    place = m["place"]
    in_capitals = place.upper() == place and sum(c.isalpha() for c in place) > 1
    if not in_capitals and ((m["date"] is None and m["agency"] is None) or m["sep"] == ":"):
        return None
    return Dateline(m.start("place"), m.start("sep"), m.end("sep"))


def dateline_dash(doc: Doc, start: int) -> Token | None:
    """The dash that ends a dateline opening at token ``start`` ("BAMAKO, Feb 2 (Reuters) -"), or None when the
    words from ``start`` are anything else."""
    found = _match_from(doc, start)
    if found is None:
        return None
    span = doc.char_span(found.sep, found.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def in_dateline(tok: Token) -> bool:
    """The word is part of a dateline before its dash ("PHILADELPHIA" in "PHILADELPHIA, July 25 (UPI) - The DNC
    released ...", which the parser may make the subject of "released")."""
    if not (tok.text[:1].isupper() or tok.like_num):
        return False  # every word a dateline's subject could be is capitalised or a number; most words are neither
    doc, start = tok.doc, tok.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
        if tok.i - start > _REACH_TOKENS:
            return False
    found = _match_from(doc, start)
    return found is not None and tok.idx < found.sep


def _match_from(doc: Doc, start: int) -> Dateline | None:
    """``_match`` at token ``start``, in document offsets, reading only the characters a dateline can span
    (``Doc.text`` rebuilds the whole text on each access)."""
    at = doc[start].idx
    end = doc[-1].idx + len(doc[-1].text)
    text = doc_slice(doc, at, min(end, at + _REACH))
    found = _match(text, 0)
    if found is None or found.start != 0:
        return None
    return Dateline(at, at + found.sep, at + found.end)
