"""Rules that find the actor of an event when the trigger's own subject, "by" agent or possessive does
not name it.

The subject a verb shares with the verb it hangs from ("prepared to resume shelling"), the doer of
what is done in protest ("staged a sit-in in protest at the tax"), the agent of a participle that
describes an event noun ("the demonstration staged by students"), the party acting through a thing
a participle describes ("the PKK issued a declaration demanding ..."), and the first side of a
reciprocal act ("talks between Israel and Syria").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.found import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _child,
    _Found,
    _is_in_protest,
    _is_passive,
    _light_verb,
    _prep_object,
)
from newsledger.extract.events.parties import _is_party, _party_inside

# Acts two sides do together ("talks between X and Y", "clashes between X and Y").
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})


def _protest_clause_actor(f: _Found) -> Token | None:
    """"workers staged a sit-in in protest at the tax": whoever does what is done in protest protests."""
    if not _is_in_protest(f.token):
        return None
    clause = f.token.head.head
    verb = _light_verb(clause) if clause.pos_ != "VERB" else clause
    if verb is None and clause.dep_ in OBJECT_DEPS and clause.head.pos_ == "VERB":
        verb = clause.head
    if verb is None or _is_passive(verb):
        return None
    return _child(verb, SUBJECT_DEPS) or _inherited_subject(verb)


def _first_side_between(noun: Token) -> Token | None:
    """"talks between Israel and Syria", "clashes between police and protesters": both sides act, so the
    PLOVER manual ("Compound and Reciprocal Actors") makes them all actors and names no recipient; an
    event holds one actor, the first side."""
    first = _prep_object(noun, ("between",))
    return first if first is not None and _child(first, ("conj",)) is not None else None


def _staged_by(noun: Token) -> Token | None:
    """"the demonstration staged by students", "an attack carried out by rebels": the agent of a participle
    that describes the event noun is its actor."""
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            agent = _prep_object(participle, ("by",))
            if agent is not None:
                return agent
    return None


def _author_of(noun: Token) -> Token:
    """Who acts through a noun a participle describes: the party itself ("protesters demanding"), the one
    who issued the thing ("the PKK issued a declaration demanding ..."), or its author named inside it."""
    if _is_party(noun):
        return noun
    light = _light_verb(noun)
    if light is not None:
        issuer = _child(light, SUBJECT_DEPS) or _inherited_subject(light)
        if issuer is not None:
            return issuer
    # "rejected a UN resolution condemning ...": the author named in the thing, not who rejects it.
    return _party_inside(noun) or noun


def _inherited_subject(tok: Token) -> Token | None:
    """The subject a verb shares with the verb it hangs from ("prepared to resume shelling")."""
    current = tok
    for _ in range(3):
        if current.dep_ not in ("xcomp", "conj", "advcl") or current.head is current:
            return None
        head = current.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and current.dep_ == "xcomp":
            # "France is ready to contribute", "Syria is willing to withdraw".
            current, head = head, head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if _is_passive(head) and current.dep_ == "xcomp":
            return None
        subject = _child(head, SUBJECT_DEPS)
        if subject is not None:
            return subject
        current = head
    return None
