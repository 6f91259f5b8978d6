"""Speakers and chains of the candidates: resolution, outlets addressed, continuation, dedupe.

Each candidate's speaker is resolved from its subject (or taken as given); an outlet the speaker
told or spoke to joins its ``via`` chain; a quote with no cue keeps the speaker of the quote just
before it; and a chain loses the refs that repeat each other or the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.quotes.candidates import Cand, chunk_root
from newsledger.extract.quotes.speakers import SpeakerResolver
from newsledger.records import SpanRef

_OUTLET = "OUTLET"


def resolve_speaker(cand: Cand, resolver: SpeakerResolver) -> None:
    if cand.given is not None:
        cand.speaker, cand.local = cand.given, (cand.given.start, cand.given.end)
        return
    if cand.subject is not None:
        cand.speaker, cand.local = resolver.resolve(cand.subject)


def outlets_addressed(verb: Token, cand: Cand, resolver: SpeakerResolver, context: ExtractContext) -> list[SpanRef]:
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
            ref = resolver.span_ref(resolver.phrase(chunk_root(tok)))
            if ref.entity in outlets:
                found.append(ref)
                break
    return found


def continue_speakers(text: str, cands: list[Cand]) -> list[Cand]:
    """Give a quote with no cue the speaker of the quote just before it, or drop a stray one."""
    kept: list[Cand] = []
    previous: Cand | None = None
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


def dedupe(refs: list[SpanRef], speaker: SpanRef | None) -> list[SpanRef]:
    out: list[SpanRef] = []
    for ref in refs:
        if speaker is not None and ref.start < speaker.end and speaker.start < ref.end:
            continue
        if speaker is not None and ref.entity is not None and ref.entity == speaker.entity:
            continue
        if all((r.start, r.end) != (ref.start, ref.end) for r in out):
            out.append(ref)
    return out
