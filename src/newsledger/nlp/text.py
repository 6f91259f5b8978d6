"""Characters of a parsed document without rebuilding its whole text.

spaCy's ``Doc.text`` joins every token anew on each access, which costs milliseconds on a long article; a
rule that reads a few characters per event must not pay that for each one.
"""

from __future__ import annotations

from spacy.tokens import Doc


def doc_slice(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]``, built from the tokens that cover those characters only."""
    if start >= end:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    first = span.start
    while first > 0 and doc[first].idx > start:
        first -= 1  # ``start`` falls in the whitespace after the token before the span
    offset = doc[first].idx
    covered = "".join(t.text_with_ws for t in doc[first:span.end])
    return covered[start - offset:end - offset]
