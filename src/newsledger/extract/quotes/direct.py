"""Direct quotes: a passage in quotation marks with its cue before or after it.

The cue is looked for after the quote, to the end of its sentence ("“...,” Prigozhin said"), then
before it ("Prigozhin said: “...”"), also in a paragraph that ends in a colon; a name or subject
before a colon stands for the cue ("Dr. Ben Carson: “...”"). A quote with no cue is kept only when
it reads as a statement; its speaker may come later from the quote before it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsledger.extract.quotes.candidates import (
    SENTENCE_END,
    Cand,
    chunk_root,
    cue_offsets,
    is_cue_verb,
    lemma_of,
    subject_of,
)
from newsledger.extract.quotes.lexicon import MANNER_VERBS, SPEECH_VERBS
from newsledger.extract.quotes.marks import Quoted

# A quote with no cue and no speaker before it is kept only when it reads as a statement.
MIN_UNATTRIBUTED_WORDS = 5
# A quote after its cue ("warned of the “alarming” recruitment") is a statement only when it
# closes the sentence or is long; a short one mid-sentence is a scare quote.
MIN_MIDSENTENCE_WORDS = 8
# Tokens between a quote's end and the verb of its cue ("“...,” Haley Morris, a spokeswoman, said").
MAX_CUE_DISTANCE = 12


def direct_candidates(doc: Doc, quoted: list[Quoted], starts: list[int]) -> list[Cand]:
    quote_starts = {q.start for q in quoted}
    ends = {q.end for q in quoted}
    out: list[Cand] = []
    for q in quoted:
        inner = doc.char_span(q.inner[0], q.inner[1], alignment_mode="expand")
        if inner is None or not len(inner):
            continue
        words = sum(1 for t in inner if t.is_alpha)
        after = _window_after(doc, bisect.bisect_left(starts, q.end), quote_starts)
        verb = _cue_after(after)
        if verb is not None and words >= 1:
            out.append(_direct(q, verb, _subject_after(verb, after)))
            continue
        closes = not after or after[0].text in SENTENCE_END or "\n" in after[0].text
        before = _window_before(doc, bisect.bisect_left(starts, q.start) - 1, ends)
        if not before:
            before = _colon_lead(doc, bisect.bisect_left(starts, q.start) - 1, ends)
        verb = _cue_before(before)
        if verb is not None and words >= 2 and (closes or words >= MIN_MIDSENTENCE_WORDS):
            out.append(_direct(q, verb, subject_of(verb)))
            continue
        if before and before[-1].text == ":" and words >= 2:
            subject = _colon_speaker(before)
            if subject is not None:
                colon = before[-1]
                out.append(Cand("direct", q.inner, colon.i, (colon.idx, colon.idx + 1), subject=subject, quoted=q))
                continue
        starts_sentence = not before or before[-1].text in SENTENCE_END or ":" in before[-1].text
        if words >= MIN_UNATTRIBUTED_WORDS and (starts_sentence or closes):
            out.append(Cand("direct", q.inner, None, None, quoted=q))
    return out


def _colon_lead(doc: Doc, i: int, quote_ends: set[int]) -> list[Token]:
    """A quote that opens a paragraph after one ending in a colon ("Dr. Ward stated:"): that sentence."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return []  # (called only when a line break ends the window: the colon closed the paragraph)
    return _window_before(doc, i, quote_ends)


def _colon_speaker(before: list[Token]) -> Token | None:
    """"Dr. Ben Carson: “...”" or "The statement read: “...”": the name or the subject before the colon."""
    if len(before) >= 2 and before[-2].pos_ in {"PROPN", "NOUN"}:
        return chunk_root(before[-2])
    for tok in reversed(before):
        if tok.tag_.startswith("VB"):
            return subject_of(tok)
    return None


def _direct(q: Quoted, verb: Token, subject: Token | None) -> Cand:
    return Cand("direct", q.inner, verb.i, cue_offsets(verb), subject=subject, quoted=q)


def _window_after(doc: Doc, i: int, quote_starts: set[int]) -> list[Token]:
    """Tokens from a quote's end (token ``i``) to the end of its sentence (or the next quote)."""
    out: list[Token] = []
    while i < len(doc) and len(out) < 30:
        tok = doc[i]
        if tok.idx in quote_starts or "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in SENTENCE_END:
            break
        i += 1
    return out


def _window_before(doc: Doc, i: int, quote_ends: set[int]) -> list[Token]:
    """Tokens from the start of the sentence a quote is in up to the quote (ending at token ``i``)."""
    out: list[Token] = []
    while i >= 0 and len(out) < 40:
        tok = doc[i]
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.idx + len(tok.text) in quote_ends:
            break
        out.append(tok)
        i -= 1
    out.reverse()
    return out


def _cue_after(window: list[Token]) -> Token | None:
    for n, tok in enumerate(window):
        if n > MAX_CUE_DISTANCE or tok.text in SENTENCE_END:
            return None
        if _is_quote_cue(tok):
            return tok
    return None


def _is_quote_cue(tok: Token) -> bool:
    lemma = lemma_of(tok)
    return tok.tag_.startswith("VB") and (lemma in MANNER_VERBS or (lemma in SPEECH_VERBS and is_cue_verb(tok)))


def _cue_before(window: list[Token]) -> Token | None:
    for tok in reversed(window):
        if _is_quote_cue(tok):
            return tok
    return None


def _subject_after(verb: Token, window: list[Token]) -> Token | None:
    subject = subject_of(verb)
    if subject is not None:
        return subject
    # "..., said Smith": the small model often misses the inverted subject.
    for tok in window:
        if tok.i > verb.i and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            return chunk_root(tok)
        if tok.i > verb.i + 4:
            break
    for tok in reversed(window):
        if tok.i < verb.i and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            return chunk_root(tok)
    return None
