"""Statements whose speaker the form itself names, with no cue verb to take a subject from.

"according to X, ..." (with no other speaker's cue in the sentence; beside one, X joins that
statement's ``via`` chain) and interview transcript lines ("TAPPER: Donald Trump released ...").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from newsledger.extract.quotes.candidates import Cand, chunk_root, rstrip_index, trimmed
from newsledger.extract.quotes.speakers import SpeakerResolver


def according_to(doc: Doc, cands: list[Cand], resolver: SpeakerResolver) -> list[Cand]:
    out: list[Cand] = []
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None and tok.i + 2 < len(doc):
            obj = chunk_root(doc[tok.i + 2])
        if obj is None:
            continue
        source = resolver.phrase(obj)
        if not source.text.strip():
            continue
        ref = resolver.span_ref(source)
        sent = tok.sent
        others = [c for c in cands if c.cue_token is not None and sent.start <= c.cue_token < sent.end]
        if others:
            for c in others:
                c.via.append(ref)
            continue
        content = _sentence_without(sent, tok.i, source.end)
        if content[1] - content[0] < 10:
            continue
        cue = (tok.idx, to.idx + len(to.text))
        out.append(Cand("according_to", content, None, cue, given=ref))
    return out


def _sentence_without(sent: Span, start: int, end: int) -> tuple[int, int]:
    """The sentence minus its "according to X" phrase (the longer side when it sits mid-sentence)."""
    doc = sent.doc
    before = doc[sent.start : start]
    after = doc[end : sent.end]
    part = after if len(after) >= len(before) else before
    return trimmed(part) if len(part) else (sent.start_char, sent.start_char)


# Line labels that look like a speaker before a colon but are not one.
_LABELS = frozenset({"update", "note", "correction", "source", "photo", "watch", "read more", "editor's note",
                     "related", "video", "advertisement", "q", "a", "sources", "credit", "caption"})
_TRANSCRIPT = re.compile(r"^[ \t]*((?:[A-Z][\w.'’-]*\s?){1,4}):[ \t]+(\S[^\n]*)$", re.MULTILINE)


def transcript_lines(
    doc: Doc, text: str, starts: list[int], cands: list[Cand], resolver: SpeakerResolver
) -> list[Cand]:
    """Interview transcripts: "TAPPER: Donald Trump released a video ..." is the named speaker's."""
    taken = [c.content for c in cands]
    out: list[Cand] = []
    for m in _TRANSCRIPT.finditer(text):
        name_start, name_end = m.span(1)
        content = (m.start(2), rstrip_index(text, m.start(2), m.end(2)))
        if content[1] - content[0] < 10 or any(s < content[1] and content[0] < e for s, e in taken):
            continue
        first = bisect.bisect_left(starts, name_start)
        last = bisect.bisect_left(starts, name_end)
        name = doc[first:last]
        named = all(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in name)
        if not len(name) or not named or name.text.lower() in _LABELS:
            continue
        ref = resolver.span_ref(name)
        colon = name_end
        out.append(Cand("direct", content, None, (colon, colon + 1), given=ref))
    return out
