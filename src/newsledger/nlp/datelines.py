"""Wire datelines inside parsed text ("NAIROBI, June 25 (Reuters) - Kenyan police ..."), which the parser
often makes the subject of the story's first verb: a place of filing, never a participant or a speaker."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


PLACE_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "al", "el"})
MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"})


def dateline_dash(doc: Doc, start: int) -> Token | None:
    """The dash that ends a dateline opening at token ``start``: place names in capitals, a date, an agency in
    brackets ("BAMAKO, Feb 2 (Reuters) -", "NAIROBI (AP) —"), and nothing else before it. None when the words
    from ``start`` are anything else ("NATO leaders met in Vilnius on Tuesday - and agreed ...")."""
    if not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1):
        return None
    depth, after_comma = 0, False
    for tok in doc[start + 1 : start + 14]:
        if tok.text in DATELINE_DASHES and depth == 0:
            return tok
        depth += tok.text == "("
        depth -= tok.text == ")"
        after_comma = after_comma or tok.text == ","
        # "GOMA, Democratic Republic of Congo (AFP) —": after the comma, a country's name in its own case
        named = after_comma and (tok.is_title or tok.lower_ in PLACE_CONNECTORS)
        if depth > 0 or named or tok.is_upper or tok.is_punct or tok.like_num or tok.lower_.rstrip(".") in MONTHS:
            continue
        return None
    return None
