"""Wire datelines inside parsed text ("NAIROBI, June 25 (Reuters) - Kenyan police ..."), which the parser
often makes the subject of the story's first verb: a place of filing, never a participant or a speaker."""

from __future__ import annotations

from spacy.tokens import Token

DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def in_dateline(tok: Token) -> bool:
    """An upper-case word opening its line and followed, within ten words, by a dateline's dash."""
    if not (tok.is_upper and tok.is_alpha and len(tok) > 1):
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    if any(not (w.is_upper or w.is_punct) for w in doc[start:tok.i]):
        return False
    return any(w.text in DATELINE_DASHES for w in doc[tok.i + 1 : tok.i + 10])
