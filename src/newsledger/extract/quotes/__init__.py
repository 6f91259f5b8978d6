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

This module runs the steps; each kind of cue has its own module: ``direct`` (quotation marks),
``indirect`` (reported speech), ``named_speaker`` ("according to X", transcript lines), all
building the ``candidates.Cand`` record with the token helpers there; ``attribution`` resolves
speakers and chains, ``speakers`` ties a speaker phrase to an entity, ``marks`` pairs quotation
marks and ``lexicon`` lists the cue words.
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Doc

from newsledger.extract.context import ExtractContext
from newsledger.extract.coref import PERSON_PRONOUNS, PLURAL_PRONOUNS, entity_by_offset, resolve_with_groups
from newsledger.extract.events.parties import PARTY_NOUNS
from newsledger.extract.quotes.attribution import continue_speakers, dedupe, outlets_addressed, resolve_speaker
from newsledger.extract.quotes.direct import direct_candidates
from newsledger.extract.quotes.indirect import indirect_candidates
from newsledger.extract.quotes.marks import find_quoted
from newsledger.extract.quotes.named_speaker import according_to, transcript_lines
from newsledger.extract.quotes.speakers import SpeakerResolver
from newsledger.records import Entity, Quote, SpanRef

logger = logging.getLogger(__name__)

__all__ = ["extract_quotes", "find_quoted"]


def extract_quotes(doc: Doc, context: ExtractContext) -> tuple[Quote, ...]:
    """Every attributed statement in ``doc``, in text order, with ids q1, q2, ..."""
    text = doc.text  # Doc.text is rebuilt from the tokens on every access
    starts = [t.idx for t in doc]
    quoted = find_quoted(text)
    resolver = SpeakerResolver(doc, text, context.entities, [q.inner for q in quoted])
    direct = direct_candidates(doc, quoted, starts)
    cands = indirect_candidates(doc, text, direct, quoted)
    cands.extend(according_to(doc, cands, resolver))
    cands.extend(transcript_lines(doc, text, starts, cands, resolver))
    cands.sort(key=lambda c: (c.position, c.content[0]))
    for cand in cands:
        resolve_speaker(cand, resolver)
        if cand.cue_token is not None:
            cand.via.extend(outlets_addressed(doc[cand.cue_token], cand, resolver, context))
    kept = continue_speakers(text, cands)
    kept.sort(key=lambda c: (c.content[0], c.content[1]))
    quotes = tuple(
        Quote(
            id=f"q{n}",
            kind=c.kind,
            content=c.content,
            cue=c.cue,
            speaker=c.speaker,
            via=tuple(dedupe(c.via, c.speaker)),
            speaker_mention=c.local if c.speaker is not None else None,
        )
        for n, c in enumerate(kept, 1)
    )
    return _pronoun_speakers(doc, text, context.entities, quotes)


def _pronoun_speakers(doc: Doc, text: str, entities: tuple[Entity, ...],
                      quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """"He said": the one the article's coreference (``extract.coref``) ties "he" to, where it ties it, so that a
    quote and an event told with the same "he" name the same person; "they said" after a group no entity names,
    that group; elsewhere the speaker rule's latest fitting speaker stays."""
    pronouns = [q for q in quotes if q.speaker_mention is not None
                and text[q.speaker_mention[0] : q.speaker_mention[1]].lower() in PERSON_PRONOUNS | PLURAL_PRONOUNS]
    if not pronouns:
        return quotes
    references, groups = resolve_with_groups(doc, entities, quotes, PARTY_NOUNS)
    referents = entity_by_offset(references)
    mentions = {e.id: e.mentions for e in entities}
    changed: dict[str, Quote] = {}
    for q in pronouns:
        at = q.speaker_mention[0] if q.speaker_mention else 0
        entity = referents.get(at)
        if entity is None and at in groups and (q.speaker is None or q.speaker.entity is None):
            changed[q.id] = dataclasses.replace(q, speaker=groups[at])  # "Dozens of farmers ... They said"
            continue
        if entity is None or (q.speaker is not None and q.speaker.entity == entity):
            continue
        before = [m for m in mentions.get(entity, ()) if m[1] <= at]
        if before:
            start, end = max(before)
            changed[q.id] = dataclasses.replace(q, speaker=SpanRef(start, end, text[start:end], entity))
    return tuple(changed.get(q.id, q) for q in quotes)
