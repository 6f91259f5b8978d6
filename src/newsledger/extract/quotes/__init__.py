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

import logging

from spacy.tokens import Doc

from newsledger.extract.context import ExtractContext
from newsledger.extract.quotes.attribution import continue_speakers, dedupe, outlets_addressed, resolve_speaker
from newsledger.extract.quotes.direct import direct_candidates
from newsledger.extract.quotes.indirect import indirect_candidates
from newsledger.extract.quotes.marks import find_quoted
from newsledger.extract.quotes.named_speaker import according_to, transcript_lines
from newsledger.extract.quotes.speakers import SpeakerResolver
from newsledger.records import Quote

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
    return tuple(
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
