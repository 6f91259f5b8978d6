"""Who says so: attributed statements with their content, cue, speaker and reporting chain.

``extract_quotes(doc, context)`` finds three kinds of attribution in one parsed article:

* ``direct``: a passage in quotation marks (any style, over several sentences or paragraphs)
  with its cue before or after it; a quote with no cue of its own that follows another one in the
  same or the next paragraph keeps that quote's speaker (“...,” he said. “...”);
* ``indirect``: a reporting verb or noun with its complement ("Prigozhin said that ...", "warned
  of ...", "called on Russia to ...", "the claim that ...");
* ``according_to``: "according to X, ..." with no other speaker in the sentence.

"according to X" beside another speaker's cue, and an outlet the speaker told or spoke to, go into
``via``: the chain the statement came through.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.quotes.lexicon import (
    ADDRESSEE_VERBS,
    APPEARANCE_VERBS,
    BELIEF_VERBS,
    INTENT_VERBS,
    LEMMA_REPAIRS,
    MANNER_VERBS,
    MEDIUM_NOUNS,
    OBJECT_CONTENT_VERBS,
    PARTICLE_REQUIRED,
    PASSIVE_BELIEF_VERBS,
    PREP_CONTENT_VERBS,
    REPORTING_NOUNS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    XCOMP_CONTENT_VERBS,
)
from newsledger.extract.quotes.marks import Quoted, find_quoted
from newsledger.extract.quotes.speakers import SpeakerResolver
from newsledger.records import Quote, SpanRef

logger = logging.getLogger(__name__)

__all__ = ["extract_quotes", "find_quoted"]

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS
# A quote with no cue and no speaker before it is kept only when it reads as a statement.
MIN_UNATTRIBUTED_WORDS = 5
# A quote after its cue ("warned of the “alarming” recruitment") is a statement only when it
# closes the sentence or is long; a short one mid-sentence is a scare quote.
MIN_MIDSENTENCE_WORDS = 8
# Tokens between a quote's end and the verb of its cue ("“...,” Haley Morris, a spokeswoman, said").
MAX_CUE_DISTANCE = 12
# An indirect complement that merely frames a quote ("that “...”") counts as the direct quote.
DIRECT_SHARE = 0.6
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_SENTENCE_END = frozenset({".", "!", "?"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_TRIM = frozenset(".,;:—–-")
_OUTLET = "OUTLET"


@dataclass
class _Cand:
    kind: str
    content: tuple[int, int]
    cue_token: int | None  # token index of the cue's head word
    cue: tuple[int, int] | None
    subject: Token | None = None
    quoted: Quoted | None = None
    via: list[SpanRef] = field(default_factory=list)
    speaker: SpanRef | None = None
    local: tuple[int, int] | None = None
    given: SpanRef | None = None  # a speaker known without resolution ("according to X")

    @property
    def position(self) -> int:
        return self.cue[0] if self.cue is not None else self.content[0]


def extract_quotes(doc: Doc, context: ExtractContext) -> tuple[Quote, ...]:
    """Every attributed statement in ``doc``, in text order, with ids q1, q2, ..."""
    text = doc.text  # Doc.text is rebuilt from the tokens on every access
    starts = [t.idx for t in doc]
    quoted = find_quoted(text)
    resolver = SpeakerResolver(doc, text, context.entities, [q.inner for q in quoted])
    direct = _direct_candidates(doc, quoted, starts)
    cands = _indirect_candidates(doc, text, direct, quoted)
    cands.extend(_according_to(doc, cands, resolver))
    cands.extend(_transcript_lines(doc, text, starts, cands, resolver))
    cands.sort(key=lambda c: (c.position, c.content[0]))
    for cand in cands:
        _resolve(cand, resolver)
        if cand.cue_token is not None:
            cand.via.extend(_outlets_addressed(doc[cand.cue_token], cand, resolver, context))
    kept = _continue_speakers(text, cands)
    kept.sort(key=lambda c: (c.content[0], c.content[1]))
    return tuple(
        Quote(
            id=f"q{n}",
            kind=c.kind,
            content=c.content,
            cue=c.cue,
            speaker=c.speaker,
            via=tuple(_dedupe(c.via, c.speaker)),
            speaker_mention=c.local if c.speaker is not None else None,
        )
        for n, c in enumerate(kept, 1)
    )


# -- direct quotes ----------------------------------------------------------------------------------


def _direct_candidates(doc: Doc, quoted: list[Quoted], starts: list[int]) -> list[_Cand]:
    quote_starts = {q.start for q in quoted}
    ends = {q.end for q in quoted}
    out: list[_Cand] = []
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
        closes = not after or after[0].text in _SENTENCE_END or "\n" in after[0].text
        before = _window_before(doc, bisect.bisect_left(starts, q.start) - 1, ends)
        if not before:
            before = _colon_lead(doc, bisect.bisect_left(starts, q.start) - 1, ends)
        verb = _cue_before(before)
        if verb is not None and words >= 2 and (closes or words >= MIN_MIDSENTENCE_WORDS):
            out.append(_direct(q, verb, _subject(verb)))
            continue
        if before and before[-1].text == ":" and words >= 2:
            subject = _colon_speaker(before)
            if subject is not None:
                colon = before[-1]
                out.append(_Cand("direct", q.inner, colon.i, (colon.idx, colon.idx + 1), subject=subject, quoted=q))
                continue
        starts_sentence = not before or before[-1].text in _SENTENCE_END or ":" in before[-1].text
        if words >= MIN_UNATTRIBUTED_WORDS and (starts_sentence or closes):
            out.append(_Cand("direct", q.inner, None, None, quoted=q))
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
        return _chunk_root(before[-2])
    for tok in reversed(before):
        if tok.tag_.startswith("VB"):
            return _subject(tok)
    return None


def _direct(q: Quoted, verb: Token, subject: Token | None) -> _Cand:
    return _Cand("direct", q.inner, verb.i, _cue_offsets(verb), subject=subject, quoted=q)


def _window_after(doc: Doc, i: int, quote_starts: set[int]) -> list[Token]:
    """Tokens from a quote's end (token ``i``) to the end of its sentence (or the next quote)."""
    out: list[Token] = []
    while i < len(doc) and len(out) < 30:
        tok = doc[i]
        if tok.idx in quote_starts or "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in _SENTENCE_END:
            break
        i += 1
    return out


def _window_before(doc: Doc, i: int, quote_ends: set[int]) -> list[Token]:
    """Tokens from the start of the sentence a quote is in up to the quote (ending at token ``i``)."""
    out: list[Token] = []
    while i >= 0 and len(out) < 40:
        tok = doc[i]
        if tok.text in _SENTENCE_END or "\n" in tok.text or tok.idx + len(tok.text) in quote_ends:
            break
        out.append(tok)
        i -= 1
    out.reverse()
    return out


def _lemma(tok: Token) -> str:
    lower = tok.lower_
    return LEMMA_REPAIRS.get(lower) or tok.lemma_.lower()


def _is_cue_verb(tok: Token) -> bool:
    if not tok.tag_.startswith("VB") or _lemma(tok) not in CUE_VERBS:
        return False
    needed = PARTICLE_REQUIRED.get(_lemma(tok))
    return needed is None or any(c.lower_ in needed or _marked(c, needed) for c in tok.children)


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    """A clause opened by one of ``marks``: "calling for the US to step up" parses "for" as its mark."""
    return clause.dep_ in {"advcl", "ccomp", "xcomp"} and any(
        m.dep_ == "mark" and m.lower_ in marks for m in clause.children
    )


def _cue_after(window: list[Token]) -> Token | None:
    for n, tok in enumerate(window):
        if n > MAX_CUE_DISTANCE or tok.text in _SENTENCE_END:
            return None
        if _is_quote_cue(tok):
            return tok
    return None


def _is_quote_cue(tok: Token) -> bool:
    lemma = _lemma(tok)
    return tok.tag_.startswith("VB") and (lemma in MANNER_VERBS or (lemma in SPEECH_VERBS and _is_cue_verb(tok)))


def _cue_before(window: list[Token]) -> Token | None:
    for tok in reversed(window):
        if _is_quote_cue(tok):
            return tok
    return None


def _subject_after(verb: Token, window: list[Token]) -> Token | None:
    subject = _subject(verb)
    if subject is not None:
        return subject
    # "..., said Smith": the small model often misses the inverted subject.
    for tok in window:
        if tok.i > verb.i and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            return _chunk_root(tok)
        if tok.i > verb.i + 4:
            break
    for tok in reversed(window):
        if tok.i < verb.i and tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            return _chunk_root(tok)
    return None


def _chunk_root(tok: Token) -> Token:
    while tok.dep_ in {"compound", "amod", "det", "poss", "nummod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, or of the verb it hangs from ("..., adding that")."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            # A passive subject is the speaker only of a verb the cue inherits it from ("Trump was
            # forced into damage control and said ..."), or of "was quoted as saying".
            passive = child.dep_ == "nsubjpass" and tok.i == verb.i and _lemma(tok) != "quote"
            if child.dep_ in _SUBJECT_DEPS and not passive:
                return child
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if tok.dep_ in _INHERIT_SUBJECT_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "prep" and tok.i != verb.i and tok.head.pos_ in {"VERB", "AUX"}:
            tok = tok.head  # "rallied thousands by promising to ...": through the preposition
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head  # "handwritten ledgers showing he was designated ..."
        break
    return _detached_subject(verb)


def _detached_subject(verb: Token) -> Token | None:
    """"Prigozhin, announced ...": a name cut off from its verb by a stray comma."""
    if verb.tag_ in {"VBG", "VBN"}:
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].text == ",":
        i -= 1
    if i < 0 or i == verb.i - 1:
        return None
    tok = verb.doc[i]
    # The small model hangs "According to X, Y, announced" Y off "according" as a second object.
    loose = tok.dep_ not in {"pobj", "dobj", "dative"} or tok.head.lower_ == "according"
    if tok.pos_ in {"PROPN", "NOUN", "PRON"} and loose:
        return _chunk_root(tok)
    return None


def _cue_offsets(verb: Token) -> tuple[int, int]:
    """The cue's words: the verb with its particle ("call on") or medium ("said in a statement")."""
    doc = verb.doc
    end = verb.idx + len(verb.text)
    needed = PARTICLE_REQUIRED.get(_lemma(verb))
    if needed:
        for child in verb.children:
            if child.lower_ in needed and child.i == verb.i + 1:
                end = child.idx + len(child.text)
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "in" and doc[nxt].head.i == verb.i:
        for obj in doc[nxt].children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in MEDIUM_NOUNS and obj.i <= nxt + 3:
                end = obj.idx + len(obj.text)
    return verb.idx, end


# -- indirect speech --------------------------------------------------------------------------------


def _indirect_candidates(doc: Doc, text: str, direct: list[_Cand], quoted: list[Quoted]) -> list[_Cand]:
    by_cue = {c.cue_token: c for c in direct if c.cue_token is not None}
    inside = bytearray(len(text) + 1)
    for c in direct:
        inside[c.content[0] : c.content[1]] = b"\x01" * (c.content[1] - c.content[0])
    inside_quote = bytearray(len(text) + 1)
    for q in quoted:
        inside_quote[q.inner[0] : q.inner[1]] = b"\x01" * (q.inner[1] - q.inner[0])
    out = list(direct)
    for tok in doc:
        if inside[tok.idx] and tok.i not in by_cue:
            continue  # speech reported inside someone's quote
        found = _verb_content(tok) if _is_content_verb(tok) else _noun_content(tok)
        if found is None:
            continue
        content, subject = found
        if tok.i in by_cue and _reframe(by_cue[tok.i], content, doc):
            continue
        if tok.i in by_cue and not _apart(by_cue[tok.i], content):
            continue
        if inside_quote[content[0]] and inside_quote[max(content[1] - 1, content[0])]:
            continue  # a clause inside a quotation is the quote's business
        content = _within_paragraph(text, content, tok.idx)
        if content[1] - content[0] < 2 or not any(ch.isalnum() for ch in text[content[0] : content[1]]):
            continue
        out.append(_Cand("indirect", content, tok.i, _cue_offsets(tok), subject=subject))
    return out


def _within_paragraph(text: str, content: tuple[int, int], cue: int) -> tuple[int, int]:
    """A parse that runs over a line break (a dateline, a heading) is cut at the break."""
    start, end = content
    if "\n" not in text[start:end]:
        return content
    if cue < start:
        cut = text.find("\n", start, end)
        return start, _rstrip(text, start, cut)
    if cue >= end:
        cut = text.rfind("\n", start, end) + 1
        return _lstrip(text, cut, end), end
    # The cue sits inside: keep the paragraph it is in.
    first = _lstrip(text, text.rfind("\n", start, cue) + 1, end)
    stop = text.find("\n", cue, end)
    return first, _rstrip(text, first, stop) if stop >= 0 else end


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM):
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in _TRIM):
        start += 1
    return start


def _is_content_verb(tok: Token) -> bool:
    if not tok.tag_.startswith("VB"):
        return False
    lemma = _lemma(tok)
    return (
        lemma in STANCE_VERBS
        or lemma in INTENT_VERBS
        or lemma in PREP_CONTENT_VERBS
        or lemma in APPEARANCE_VERBS
        or lemma in PASSIVE_BELIEF_VERBS
        or _is_cue_verb(tok)
        or _as_clause(tok)
    )


def _appearance(verb: Token) -> tuple[tuple[int, int], Token | None] | None:
    """"Trump appears to have learned ...", "Sanders is expected to win", "she is seen by X as ...".

    The content runs from the subject to the complement; the source is the agent of a passive, if any.
    """
    lemma = _lemma(verb)
    if lemma in APPEARANCE_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.tag_ == "VBN" and (lemma in PASSIVE_BELIEF_VERBS or lemma in STANCE_VERBS):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        if subject is None and as_phrase is not None and verb.dep_ in {"acl", "advcl", "relcl"}:
            # "the contests known as Super Tuesday", "his call ..., denounced as inhumane"
            objects = [g for g in as_phrase.children if g.dep_ in {"pobj", "pcomp", "amod", "acomp"}]
            if objects:
                return _subtree_offsets(objects[0]), _agent(verb)
    else:
        return None
    comp = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in {"xcomp", "acomp", "ccomp", "oprd"} or (c.dep_ == "prep" and c.lower_ in {"as", "like"}))
        ),
        None,
    )
    if subject is None or comp is None:
        return None
    if comp.dep_ == "xcomp" and (_lemma(comp) in SPEECH_VERBS or _lemma(comp) in STANCE_VERBS):
        return None  # "seemed to blame the network": the inner verb is the cue
    return _trimmed(verb.doc[subject.left_edge.i : comp.right_edge.i + 1]), _agent(verb)


def _agent(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _as_clause(verb: Token) -> bool:
    """"As the Times noted, ..." / "..., as Trump put it": a cue clause set in the clause it reports."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    lemma = _lemma(verb)
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return lemma in SPEECH_VERBS or lemma in BELIEF_VERBS or lemma in MANNER_VERBS


def _outside(verb: Token) -> tuple[int, int]:
    """The clause ``verb`` hangs from, without the verb's own clause (the longer side of it)."""
    doc = verb.doc
    head = verb.head
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[head.left_edge.i : left]
    after = doc[right + 1 : head.right_edge.i + 1]
    return _trimmed(after if len(after) >= len(before) else before)


def _reframe(cand: _Cand, content: tuple[int, int], doc: Doc) -> bool:
    """A quote inside a longer reported clause ("says the candidate has “always run ...”").

    True when the quote lies inside the cue's clausal content (then that content is the quote's).
    """
    q = cand.quoted
    if q is None or not (content[0] <= q.start and q.end <= content[1] + 1):
        return False
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    inner = doc.char_span(q.inner[0], q.inner[1], alignment_mode="expand")
    if span is None or inner is None:
        return True
    if len(inner) < DIRECT_SHARE * len(span):
        cand.kind = "indirect"
        cand.content = content
    return True


def _apart(cand: _Cand, content: tuple[int, int]) -> bool:
    """A cue that took a quote from an earlier clause but reports its own clause too.

    "Though he said it led to a “handful of people” filing papers, John said none were added": the
    quote came before "John said", whose own complement is another statement.
    """
    return cand.content[1] <= content[0] or content[1] <= cand.content[0]


def _verb_content(verb: Token) -> tuple[tuple[int, int], Token | None] | None:
    lemma = _lemma(verb)
    subject = _subject(verb)
    if _as_clause(verb):
        return _outside(verb), subject
    if _is_cue_verb(verb):
        found = _said_content(verb, lemma)
        if found is not None:
            return found, subject
    seeming = _appearance(verb)
    if seeming is not None:
        return seeming
    if subject is None or subject.lower_ in {"who", "that", "which"}:
        return None
    if not _is_cue_verb(verb) and lemma in PREP_CONTENT_VERBS:
        # "talked about the economy", "railed against the deal": the rest of the verb phrase; but
        # "“...,” Prigozhin said, referring to his company" is the writer's gloss on the quote.
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and _is_cue_verb(verb.head):
            return None
        for child in verb.children:
            if child.dep_ == "prep" and child.i > verb.i and child.lower_ in PREP_CONTENT_VERBS[lemma]:
                return _trimmed(verb.doc[child.i : verb.right_edge.i + 1]), subject
    if lemma in STANCE_VERBS or lemma == "call":
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
                if lemma == "call" and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):
                    break  # "called a meeting", not "called him a loser"
                return _object_phrase(verb, child), subject
    if lemma in INTENT_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return _subtree_offsets(child), subject
    return None


def _said_content(verb: Token, lemma: str) -> tuple[int, int] | None:
    doc = verb.doc
    preps = PREP_CONTENT_VERBS.get(lemma, frozenset())
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in preps:
            # "warned of the recruitment ... through tactics that ...": the rest of the verb phrase.
            return _trimmed(doc[child.i : verb.right_edge.i + 1])
        if child.i > verb.i and (_marked(child, preps) or _marked(child, _QUESTION_MARKS)):
            # "is calling for the US to step up ...", "was asked if she had ever ..."
            return _subtree_offsets(child)
    # A clausal complement after the verb first: one before it is often the sentence before,
    # glued on by a missed sentence break, or the clause an interposed cue reports.
    ccomps = sorted((c for c in verb.children if c.dep_ == "ccomp"), key=lambda c: (c.i < verb.i, c.i))
    if ccomps:
        return _subtree_offsets(ccomps[0])
    if lemma in SPEECH_VERBS or lemma in {"think", "believe"}:
        if _closes_clause(verb):
            span = doc[verb.head.left_edge.i : verb.left_edge.i]
            if len(span) >= 3:
                return _trimmed(span)
        if _interposed(verb):
            return _subtree_offsets(verb.head)
    if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS and lemma not in OBJECT_CONTENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and _object_is_content(verb, lemma) and child.pos_ in {"NOUN", "PROPN"}:
            return _subtree_offsets(child)
        speech_xcomp = lemma in SPEECH_VERBS and lemma != "continue"  # "continued to rise" is no statement
        if child.dep_ == "xcomp" and (lemma in XCOMP_CONTENT_VERBS or speech_xcomp) and child.i > verb.i:
            return _subtree_offsets(child)  # "called on X to ...", "said legalizing it could ..."

    return None


def _object_is_content(verb: Token, lemma: str) -> bool:
    """Whether a speech verb's noun object is what was said ("mentioned the wall", "cited a poll").

    Beyond the verbs that announce something, only with a subject before the verb: after a quote
    the small model reads an inverted subject as the object ("'...,' wrote a man calling himself").
    """
    if lemma in OBJECT_CONTENT_VERBS:
        return True
    if lemma not in SPEECH_VERBS or lemma in ADDRESSEE_VERBS:
        return False
    subject = _subject(verb)
    return subject is not None and subject.i < verb.i


def _object_phrase(verb: Token, obj: Token) -> tuple[int, int]:
    """The object with what the verb says of it ("called him a loser", "accused her of lying")."""
    end = obj.right_edge.i
    for child in verb.children:
        if child.i > obj.i and (child.dep_ in {"oprd", "xcomp", "ccomp"} or child.lower_ in {"as", "of", "for"}):
            end = max(end, child.right_edge.i)
    return _trimmed(verb.doc[obj.left_edge.i : end + 1])


def _interposed(verb: Token) -> bool:
    """"In any case, Mr. DiPietro said, the golf industry was ...": a cue set off inside its clause."""
    if verb.dep_ != "parataxis" or verb.head.i <= verb.i:
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    # The commas around the cue hang from the verb or from the clause, as the parse has it.
    return (
        any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and (_dash_or_comma(doc, right) or _dash_or_comma(doc, right + 1))
        and (left == 0 or _dash_or_comma(doc, left) or _dash_or_comma(doc, left - 1) or doc[left].is_sent_start is True)
    )


def _dash_or_comma(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text in {",", "—", "–"}


def _closes_clause(verb: Token) -> bool:
    """"..., Prigozhin added.": the cue verb hangs off the clause it reports, after a comma."""
    if verb.dep_ not in {"parataxis", "ccomp", "advcl", "conj"} or verb.head.i >= verb.i:
        return False
    # A participle ("..., adding that ...") carries its own complement; only a finite verb with its
    # own subject ("..., Prigozhin added.") reports the clause before it.
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    doc = verb.doc
    left = verb.left_edge.i
    if left == 0 or not (_dash_or_comma(doc, left) or _dash_or_comma(doc, left - 1)):
        return False
    last = verb.right_edge.i
    return last + 1 >= len(doc) or doc[last + 1].text in _SENTENCE_END or "\n" in doc[last + 1].text


def _noun_content(noun: Token) -> tuple[tuple[int, int], Token | None] | None:
    if noun.pos_ != "NOUN":
        return None
    preps = STANCE_NOUNS.get(noun.lemma_.lower())
    if preps is not None:
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        for child in noun.children:
            if holder is not None and child.dep_ == "prep" and child.lower_ in preps and child.i > noun.i:
                objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return _subtree_offsets(objects[0]), holder
    if noun.lemma_.lower() not in REPORTING_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i and _is_cue_verb(noun.head.head):
        return None  # "said in a statement that": the verb is the cue
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            subject = next((c for c in noun.children if c.dep_ == "poss"), None)
            return _subtree_offsets(child), subject
    return None


def _subtree_offsets(tok: Token) -> tuple[int, int]:
    return _trimmed(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])


def _trimmed(span: Span) -> tuple[int, int]:
    toks = [t for t in span if not t.is_space]
    while toks and (toks[0].text in _TRIM or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].text in _TRIM or toks[-1].is_space):
        toks.pop()
    if not toks:
        return span.start_char, span.start_char
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# -- according to -----------------------------------------------------------------------------------


def _according_to(doc: Doc, cands: list[_Cand], resolver: SpeakerResolver) -> list[_Cand]:
    out: list[_Cand] = []
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None and tok.i + 2 < len(doc):
            obj = _chunk_root(doc[tok.i + 2])
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
        out.append(_Cand("according_to", content, None, cue, given=ref))
    return out


def _sentence_without(sent: Span, start: int, end: int) -> tuple[int, int]:
    """The sentence minus its "according to X" phrase (the longer side when it sits mid-sentence)."""
    doc = sent.doc
    before = doc[sent.start : start]
    after = doc[end : sent.end]
    part = after if len(after) >= len(before) else before
    return _trimmed(part) if len(part) else (sent.start_char, sent.start_char)


# Line labels that look like a speaker before a colon but are not one.
_LABELS = frozenset({"update", "note", "correction", "source", "photo", "watch", "read more", "editor's note",
                     "related", "video", "advertisement", "q", "a", "sources", "credit", "caption"})
_TRANSCRIPT = re.compile(r"^[ \t]*((?:[A-Z][\w.'’-]*\s?){1,4}):[ \t]+(\S[^\n]*)$", re.MULTILINE)


def _transcript_lines(
    doc: Doc, text: str, starts: list[int], cands: list[_Cand], resolver: SpeakerResolver
) -> list[_Cand]:
    """Interview transcripts: "TAPPER: Donald Trump released a video ..." is the named speaker's."""
    taken = [c.content for c in cands]
    out: list[_Cand] = []
    for m in _TRANSCRIPT.finditer(text):
        name_start, name_end = m.span(1)
        content = (m.start(2), _rstrip(text, m.start(2), m.end(2)))
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
        out.append(_Cand("direct", content, None, (colon, colon + 1), given=ref))
    return out


# -- speakers and chains ----------------------------------------------------------------------------


def _resolve(cand: _Cand, resolver: SpeakerResolver) -> None:
    if cand.given is not None:
        cand.speaker, cand.local = cand.given, (cand.given.start, cand.given.end)
        return
    if cand.subject is not None:
        cand.speaker, cand.local = resolver.resolve(cand.subject)


def _outlets_addressed(verb: Token, cand: _Cand, resolver: SpeakerResolver, context: ExtractContext) -> list[SpanRef]:
    """Outlets the speaker told or spoke to ("told the Moscow Times", "in an interview with CNN")."""
    outlets = {e.id for e in context.entities if e.type == _OUTLET}
    if not outlets:
        return []
    found: list[SpanRef] = []
    for child in verb.children:
        if child.dep_ not in {"dobj", "dative", "prep"}:
            continue
        for tok in child.subtree:
            if tok.pos_ != "PROPN" or cand.content[0] <= tok.idx < cand.content[1]:
                continue
            ref = resolver.span_ref(resolver.phrase(_chunk_root(tok)))
            if ref.entity in outlets:
                found.append(ref)
                break
    return found


def _continue_speakers(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Give a quote with no cue the speaker of the quote just before it, or drop a stray one."""
    kept: list[_Cand] = []
    previous: _Cand | None = None
    for cand in sorted(cands, key=lambda c: c.content[0]):
        if (
            cand.kind == "direct"
            and cand.cue is None
            and cand.quoted is not None
            and previous is not None
            and previous.quoted is not None
            and previous.speaker is not None
        ):
            gap = text[previous.quoted.end : cand.quoted.start]
            if gap.count("\n") <= 2 and gap.strip("\n ").count("\n") <= 1:
                cand.speaker, cand.via = previous.speaker, list(previous.via)
                cand.local = previous.local
                cand.cue = previous.cue if "\n" not in gap else None
        if cand.kind == "direct":
            previous = cand
        elif cand.speaker is not None:
            previous = None
        kept.append(cand)
    return kept


def _dedupe(refs: list[SpanRef], speaker: SpanRef | None) -> list[SpanRef]:
    out: list[SpanRef] = []
    for ref in refs:
        if speaker is not None and ref.start < speaker.end and speaker.start < ref.end:
            continue
        if speaker is not None and ref.entity is not None and ref.entity == speaker.entity:
            continue
        if all((r.start, r.end) != (ref.start, ref.end) for r in out):
            out.append(ref)
    return out
