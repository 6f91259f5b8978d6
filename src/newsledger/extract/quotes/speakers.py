"""Who speaks: the speaker phrase of a cue, tied to an entity through the article's mentions.

A named speaker takes the entity whose mention covers the phrase's head ("the head of Wagner,
Yevgeny Prigozhin" -> Prigozhin). A pronoun ("he", "they") takes the latest fitting speaker or
mention before it. A description with no entity of its own ("the experts") goes back to the first
fuller phrase with the same head noun ("UN experts"), and the ``SpanRef`` then names that
antecedent. A group named after an organisation ("UN experts", "Russian officials") keeps the
organisation's entity id: it is the handle a researcher searches by, and the span text says it
is the experts, not the organisation itself, who speak.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.records import Entity, SpanRef

_SINGULAR_PERSON = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
# First and second persons outside a quote: the writer or an interviewee speaks for themselves.
_PERSONAL = frozenset({"i", "we", "me", "us", "you"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_DEFINITE = frozenset({"the", "this", "these", "those", "that", "his", "her", "its", "their"})
_AFFILIATION_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_AFFILIATION_TYPES = frozenset({"ORG", "GPE", "NORP", "OUTLET", "PERSON"})
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "case"})
_PLURAL_ORG_TYPES = frozenset({"ORG", "NORP", "OUTLET", "GPE"})


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity


class SpeakerResolver:
    """Resolves speaker phrases of one document, remembering earlier speakers as antecedents."""

    def __init__(self, doc: Doc, text: str, entities: tuple[Entity, ...], skip: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = text
        mentions = [_Mention(s, e, ent) for ent in entities for s, e in ent.mentions]
        mentions.sort(key=lambda m: (m.start, m.end))
        self._mentions = mentions
        self._starts = [m.start for m in mentions]
        # Quoted passages: a name inside someone's quote is not an antecedent for "he" outside it.
        self._skip = skip
        self._speakers: list[tuple[int, SpanRef, bool]] = []  # (position, speaker, plural)

    def remember(self, position: int, speaker: SpanRef, plural: bool) -> None:
        self._speakers.append((position, speaker, plural))

    def phrase(self, head: Token) -> Span:
        """The speaker's noun phrase around ``head``, without relative clauses or conjuncts."""
        doc = head.doc
        keep = [head.i]
        for child in head.children:
            if child.dep_ in _CUT_DEPS and not (child.dep_ == "punct" and head.left_edge.i < child.i < head.i):
                continue
            keep.extend(t.i for t in child.subtree)
        lo, hi = min(keep), max(keep)
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        return doc[lo : hi + 1]

    def resolve(self, head: Token) -> tuple[SpanRef | None, tuple[int, int] | None]:
        """The speaker for a subject head token, and the local mention's offsets."""
        span = self.phrase(head)
        local = (span.start_char, span.end_char)
        lower = head.lower_
        if lower in _RELATIVE and head.head.dep_ == "relcl":
            # "Obama, who has often complained ...": the noun the relative clause hangs from.
            return self.resolve(head.head.head)[0], local
        if head.tag_ in {"PRP", "PRP$"} or lower in _RELATIVE:
            itself = SpanRef(span.start_char, span.end_char, span.text)
            if lower in _SINGULAR_PERSON or lower in _PLURAL:
                # A pronoun with no antecedent stays as itself: someone spoke, unresolved.
                return self._antecedent(head.idx, plural=lower in _PLURAL) or itself, local
            if lower in _PERSONAL or lower == "it":
                # I/we/you: the writer or an interviewee; "it": a poll, an ad, a report.
                return itself, local
            return None, local  # a relative pronoun with no noun to hang from
        entity = self._entity_of(span, head)
        plural = head.tag_ in {"NNS", "NNPS"}
        # "the experts", "her daughter" and a bare "police" point back to a fuller phrase ("UN experts", "Chicago
        # police"); "rights groups", with a modifier and no determiner, brings in groups of its own.
        described = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children) or not any(
            c.dep_ in _AFFILIATION_DEPS or c.dep_ == "prep" for c in head.children)
        if entity is None and head.pos_ == "NOUN" and described:
            earlier = self._description_antecedent(head)
            if earlier is not None:
                return earlier, local
        ref = SpanRef(span.start_char, span.end_char, span.text, entity)
        self.remember(span.start_char, ref, plural)
        return ref, local

    def span_ref(self, span: Span) -> SpanRef:
        """A plain span tied to the entity its head names (an outlet in ``via``, say)."""
        return SpanRef(span.start_char, span.end_char, span.text, self._entity_of(span, span.root))

    # -- internals --------------------------------------------------------------------------------

    def _covering(self, start: int, end: int) -> _Mention | None:
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0:
            m = self._mentions[i]
            if m.start <= start and m.end >= end:
                return m
            if start - m.start > 200:
                break
            i -= 1
        return None

    def _entity_of(self, span: Span, head: Token) -> str | None:
        m = self._covering(head.idx, head.idx + len(head.text))
        if m is not None:
            return m.entity.id
        for child in head.children:
            if child.dep_ == "appos":
                m = self._covering(child.idx, child.idx + len(child.text))
                if m is not None:
                    return m.entity.id
        for child in head.children:
            if child.dep_ in _AFFILIATION_DEPS:
                m = self._covering(child.idx, child.idx + len(child.text))
                if m is not None and m.entity.type in _AFFILIATION_TYPES:
                    return m.entity.id
        # A mention that fills the whole phrase ("the head of Wagner").
        m = self._covering(span.start_char, span.end_char)
        return m.entity.id if m is not None else None

    def _inside_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self._skip)

    def _antecedent(self, position: int, *, plural: bool) -> SpanRef | None:
        best: SpanRef | None = None
        best_pos = -1
        for pos, ref, was_plural in self._speakers:
            if pos < position and was_plural == plural and pos > best_pos:
                best, best_pos = ref, pos
        wanted = _PLURAL_ORG_TYPES if plural else frozenset({"PERSON"})
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0:
            m = self._mentions[i]
            if m.start <= best_pos:
                break
            if m.entity.type in wanted and m.end <= position and not self._inside_quote(m.start):
                return SpanRef(m.start, m.end, self.text[m.start : m.end], m.entity.id)
            i -= 1
        return best

    def _description_antecedent(self, head: Token) -> SpanRef | None:
        """The first earlier, fuller phrase with the same head noun ("UN experts" for "the experts")."""
        lemma = head.lemma_.lower()
        for pos, ref, _plural in self._speakers:
            if pos < head.idx and ref.text.lower().split()[-1:] and self._head_lemma(ref) == lemma:
                return ref
        for root in self.doc[: head.i]:
            if root.lemma_.lower() == lemma and any(t.dep_ in _AFFILIATION_DEPS for t in root.children):
                span = self.phrase(root)
                return SpanRef(span.start_char, span.end_char, span.text, self._entity_of(span, root))
        return None

    def _head_lemma(self, ref: SpanRef) -> str:
        span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        return span.root.lemma_.lower() if span is not None else ""
