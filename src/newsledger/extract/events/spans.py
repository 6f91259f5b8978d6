"""The span a participant token stands for in an event record.

``_span_ref`` turns a participant token into a ``SpanRef``: the head noun with its left modifiers and
the tail of its name (and, for a title, whom it belongs to: "the President of Chad"; for a kind of place, its
name: "the town of Kismayo"), never across a
line break, tied to an entity when one is there (also through a pronoun or a description such as "the group",
which ``extract.coref`` resolves); "we" in a quote is the quote's speaker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.events.found import SUBJECT_DEPS, _prep_object
from newsledger.extract.events.parties import PARTY_ENTITY_TYPES, PARTY_NOUNS, _place_named_after
from newsledger.nlp.text import doc_slice
from newsledger.records import Entity, Quote, SpanRef

# Modifiers kept on the left of a participant's head noun ("the international community").
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "predet",
                          "advmod", "npadvmod"})
PRONOUN_SPEAKER_WORDS = frozenset({"we", "i", "us"})
# Titles and bodies that belong to a named party ("the President of Chad", "inspectors of the IAEA").
TITLE_NOUNS = frozenset({"president", "leader", "chief", "head", "minister", "governor", "government",
                         "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "commander", "king",
                         "queen", "member", "inspector", "official", "representative", "delegation", "secretary",
                         "chairman", "director", "mayor", "premier", "emir", "army", "police", "forces",
                         "troops", "parliament", "people", "citizens", "brother", "sister", "son", "daughter",
                         "wife", "husband", "father", "mother", "relative", "family"})
# Kinds of place that take their name after "of" ("the border town of Beledweyne", "the province of Assiut").
PLACE_KIND_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "island", "islands",
                              "port", "capital", "county", "enclave", "state", "governorate", "municipality",
                              "suburb", "settlement", "camp", "valley", "peninsula", "archipelago"})
# The entity types of a name a span takes after a kind of place (a facility's too, unlike a target's).
SPAN_PLACE_NAME_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _title_holder(tok: Token) -> Token | None:
    """The named party a title or body belongs to: "the President of Chad" -> Chad, "the deputy chief of
    Israel's militia ally" -> ally."""
    if tok.lemma_.lower() not in TITLE_NOUNS and tok.lower_ not in TITLE_NOUNS:
        return None
    holder = _prep_object(tok, ("of",))
    if holder is None or holder.i < tok.i:
        return None
    named = holder.ent_type_ in PARTY_ENTITY_TYPES or holder.pos_ == "PROPN" or any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in PARTY_ENTITY_TYPES for c in holder.children)
    return holder if named or holder.lemma_.lower() in PARTY_NOUNS else None


def _name_end(tok: Token) -> Token:
    """The last word of a name headed by ``tok``: a name's tail stays together ("the Wagner Group"; "Islamic
    State (ISIS)" stays at its head)."""
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "nummod") and c.i == right.i + 1:
            right = c
    return right


def _np_bounds(tok: Token, place_name: Token | None) -> tuple[int, int]:
    """Character bounds of a participant: its head noun with the modifiers on its left, and the name of a place
    named by its kind (``place_name``, from ``parties._place_named_after``)."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in NP_LEFT_DEPS:
            left = min(left, c.left_edge, key=lambda t: t.i)
            break
    right = _name_end(tok)
    holder = _title_holder(tok) or place_name
    if holder is not None and not any(t.is_space or "\n" in t.whitespace_ for t in tok.doc[tok.i : holder.i]):
        # "the President of Chad", "inspectors of the IAEA": a title is nothing without whom it belongs to, nor
        # "the town of Kismayo" without its name.
        right = _name_end(holder)
    # Never across a line break: a caption or byline parsed into the phrase is not part of it.
    for t in tok.doc[left.i : tok.i]:
        if t.is_space or "\n" in t.whitespace_:
            left = t.nbor(1)
    if any(c.dep_ in SUBJECT_DEPS for t in tok.doc[left.i : tok.i] for c in t.children):
        # A misparse may hang a whole clause on the noun ("Eight personnel were killed, six others critically
        # injured ... after NSCN(K) militants", with "injured" read as the militants' adjective): then only the
        # words right before it that hang on it.
        left = tok
        while left.i > 0 and (prev := left.nbor(-1)).head.i in range(prev.i + 1, tok.i + 1) \
                and not prev.is_punct and not any(c.dep_ in SUBJECT_DEPS for c in prev.children):
            left = prev
    while (left.is_punct or left.is_space) and left.i < tok.i:
        left = left.nbor(1)
    return left.idx, right.idx + len(right.text)


def _span_ref(tok: Token, context: ExtractContext, quote: Quote | None,
              references: Mapping[int, str] | None = None) -> SpanRef:
    """``references``: the entity a pronoun or description refers to, by its first character (``coref``)."""
    if tok.lower_ in PRONOUN_SPEAKER_WORDS and quote is not None and quote.speaker is not None:
        return quote.speaker
    name = _place_named_after(tok, PLACE_KIND_NOUNS, SPAN_PLACE_NAME_TYPES)  # "the town of Kismayo" -> Kismayo
    start, end = _np_bounds(tok, name)
    text = doc_slice(tok.doc, start, end)
    named = _entity_at(name, start, end, context.entities) if name is not None else None
    entity = named or _entity_at(tok, start, end, context.entities) or (references or {}).get(tok.idx)
    return SpanRef(start, end, text, entity)


def _entity_at(tok: Token, start: int, end: int, entities: Iterable[Entity]) -> str | None:
    head = (tok.idx, tok.idx + len(tok.text))
    best: str | None = None
    for entity in entities:
        for s, e in entity.mentions:
            if s < head[1] and head[0] < e:
                return entity.id
            if best is None and s >= start and e <= end:
                best = entity.id
    return best
