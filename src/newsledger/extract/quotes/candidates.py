"""The candidate statement every kind of cue produces, and the token helpers they share.

``Cand`` is one attributed statement on its way to a ``Quote``: its kind, content, cue and the
subject its speaker will be resolved from. The helpers read spaCy tokens for every cue kind: the
lemma (with repairs), whether a verb is a cue, the subject of a cue verb, the cue's own words,
and offsets of a span trimmed of edge punctuation and space.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsledger.extract.quotes.lexicon import (
    BELIEF_VERBS,
    LEMMA_REPAIRS,
    MEDIUM_NOUNS,
    PARTICLE_REQUIRED,
    SPEECH_VERBS,
)
from newsledger.extract.quotes.marks import Quoted
from newsledger.nlp.datelines import in_dateline
from newsledger.records import SpanRef

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
SENTENCE_END = frozenset({".", "!", "?"})
_TRIM = frozenset(".,;:—–-")


@dataclass
class Cand:
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


def lemma_of(tok: Token) -> str:
    lower = tok.lower_
    return LEMMA_REPAIRS.get(lower) or tok.lemma_.lower()


def is_cue_verb(tok: Token) -> bool:
    if not tok.tag_.startswith("VB") or lemma_of(tok) not in CUE_VERBS:
        return False
    needed = PARTICLE_REQUIRED.get(lemma_of(tok))
    return needed is None or any(c.lower_ in needed or marked(c, needed) for c in tok.children)


def marked(clause: Token, marks: frozenset[str]) -> bool:
    """A clause opened by one of ``marks``: "calling for the US to step up" parses "for" as its mark."""
    return clause.dep_ in {"advcl", "ccomp", "xcomp"} and any(
        m.dep_ == "mark" and m.lower_ in marks for m in clause.children
    )


def chunk_root(tok: Token) -> Token:
    while tok.dep_ in {"compound", "amod", "det", "poss", "nummod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, or of the verb it hangs from ("..., adding that")."""
    tok = verb
    for _ in range(4):
        # A passive subject is the speaker only of a verb the cue inherits it from ("Trump was forced into
        # damage control and said ..."), or of "was quoted as saying". Of two subjects the one nearest the verb
        # speaks: "..., killing at least 40 people, including three children, governor Serhiy Lysak said" has
        # the parser hang the people on "said" as well.
        passive_ok = tok.i != verb.i or lemma_of(tok) == "quote"
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and (c.dep_ != "nsubjpass" or passive_ok)
                    and not in_dateline(c)]  # "PHILADELPHIA, July 25 (UPI) — The DNC released ...": the DNC
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - tok.i))
        for child in tok.children:
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
        return chunk_root(tok)
    return None


def cue_offsets(verb: Token) -> tuple[int, int]:
    """The cue's words: the verb with its particle ("call on") or medium ("said in a statement")."""
    doc = verb.doc
    end = verb.idx + len(verb.text)
    needed = PARTICLE_REQUIRED.get(lemma_of(verb))
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


def trimmed(span: Span) -> tuple[int, int]:
    toks = [t for t in span if not t.is_space]
    while toks and (toks[0].text in _TRIM or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].text in _TRIM or toks[-1].is_space):
        toks.pop()
    if not toks:
        return span.start_char, span.start_char
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def rstrip_index(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM):
        end -= 1
    return end


def lstrip_index(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in _TRIM):
        start += 1
    return start
