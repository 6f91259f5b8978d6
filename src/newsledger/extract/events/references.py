"""Participants that refer to another word of the sentence, resolved to what they stand for.

Personal pronouns ("Iraq said it would allow") go to an agreeing subject or object of a governing
clause, relative pronouns ("the journalists who were arrested") to the noun their clause modifies, and
a common noun with an apposition ("his counterpart, Sergei Lavrov") to the name; a target never
resolves to its own event's actor. A pronoun subject opening a sentence may stand for the one agreeing
subject of the sentence before ("Police reached the mosque. They fired tear gas").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.events.found import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    _child,
    _Found,
    _same,
)
from newsledger.extract.events.parties import PARTY_ENTITY_TYPES, PARTY_NOUNS, _through_partitive
from newsledger.nlp.text import doc_slice

# Personal pronouns an actor may be, with what they can stand for.
SINGULAR_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
PERSON_PRONOUNS = frozenset({"he", "his", "she", "her", "him"})


def _resolve_references(f: _Found) -> None:
    """Pronouns, relative pronouns, partitives and appositions stand for the party they refer to."""
    f.actor = _through_partitive(_antecedent(_relative_antecedent(f.actor)) if f.actor is not None else None)
    if f.actor is not None:
        f.actor = _previous_subject(f.actor)
    f.target = _through_partitive(_target_antecedent(f) if f.target is not None else None)
    f.actor = _named_by_apposition(f.actor)
    f.target = _named_by_apposition(f.target)


def _antecedent(tok: Token, exclude: Token | None = None) -> Token:
    """What a pronoun actor stands for in its sentence: "Iraq said it would allow", "the ILO reiterated its
    demand". The subject of a governing clause that agrees with the pronoun; else the pronoun itself.
    ``exclude`` is a subject the pronoun cannot stand for (a target is not its own event's actor)."""
    word = tok.lower_
    if tok.pos_ != "PRON" or not (word in SINGULAR_PRONOUNS or word in PLURAL_PRONOUNS or word in PERSON_PRONOUNS):
        return tok
    for anc in tok.ancestors:
        subject = _child(anc, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        if subject is None or subject.i == tok.i or subject.pos_ == "PRON" or _same(subject, exclude):
            continue
        plural = subject.tag_ in ("NNS", "NNPS")
        person = subject.ent_type_ == "PERSON"
        if word in SINGULAR_PRONOUNS and not plural and not person:
            return subject
        if word in PLURAL_PRONOUNS and (plural or subject.ent_type_ in ("ORG", "NORP", "GPE")):
            return subject
        if word in PERSON_PRONOUNS and not plural and (person or subject.lemma_.lower() in PARTY_NOUNS):
            return subject
    return tok


def _previous_subject(tok: Token) -> Token:
    """"Police reached the mosque at noon. They fired tear gas": a pronoun subject the sentence does not
    resolve stands for the subject of the sentence before, in the same paragraph, when it is the only one
    there that agrees and it is a party. Quoted "we" and "I" are left to the quote's speaker."""
    subject = _previous_sentence_subject(tok)
    if subject is None:
        return tok
    party = subject.ent_type_ in PARTY_ENTITY_TYPES or subject.lemma_.lower() in PARTY_NOUNS
    return subject if party else tok


def _previous_sentence_subject(tok: Token) -> Token | None:
    """The one agreeing subject of the sentence before that a pronoun subject opening its sentence can
    stand for ("The storm hit the coast. It killed 12 people" -> storm), or None."""
    word = tok.lower_
    if tok.pos_ != "PRON" or tok.dep_ not in SUBJECT_DEPS or word not in ("they", "he", "she", "it"):
        return None
    sent = tok.sent
    if sent.start == 0 or tok.i != _first_subject(sent):
        return None
    previous = tok.doc[sent.start - 1].sent
    last = next((t for t in reversed(previous) if not t.is_space), previous[-1])
    gap = doc_slice(tok.doc, last.idx, sent.start_char)[len(last.text):]
    if gap.count("\n") >= 2:
        return None  # a blank line: a new paragraph (a single line break is often only a hard wrap)
    # Only when one subject of that sentence could be meant: "Autopilot needs no permit, so Uber argued
    # ... It requested" has two, and the pronoun stays as written.
    candidates = [t for t in previous if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and t.pos_ != "PRON"
                  and _agrees(word, t)]
    return candidates[0] if len(candidates) == 1 else None


def _first_subject(sent: Span) -> int:
    """The index of the first subject in a sentence: only the sentence's first subject carries a topic
    over from the sentence before."""
    return next((t.i for t in sent if t.dep_ in SUBJECT_DEPS), -1)


def _named_by_apposition(tok: Token | None) -> Token | None:
    """"his counterpart, Sergei Lavrov", "the rebel group, the FARC": the name an apposition gives a
    participant described only by a common noun."""
    # Only a noun for a party: a thing's apposition is more often a misparsed place ("seized 50 rifles ...,
    # Addis Ababa").
    if tok is None or tok.ent_type_ or tok.pos_ != "NOUN" or tok.lemma_.lower() not in PARTY_NOUNS:
        return tok
    name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in PARTY_ENTITY_TYPES), None)
    return name if name is not None else tok


def _target_antecedent(f: _Found) -> Token:
    """What a pronoun target stands for ("Israel said Hamas had attacked it"), never the actor itself:
    "they arrested them" names two sides, so a pronoun that would resolve to the actor stays as it is."""
    assert f.target is not None
    target = _relative_antecedent(f.target)
    resolved = _antecedent(target, exclude=f.actor)
    if resolved.i == target.i:
        resolved = _object_antecedent(target)
    if resolved.i != target.i and f.actor is not None and resolved in f.actor.subtree:
        return target
    return resolved


def _object_antecedent(tok: Token) -> Token:
    """"expelled the ambassador, accusing him of plotting": a pronoun in a participle or purpose clause
    stands for the object of the verb that clause hangs from, when they agree."""
    word = tok.lower_
    if tok.pos_ != "PRON":
        return tok
    current = tok
    for anc in tok.ancestors:
        if current.dep_ in ("advcl", "xcomp", "conj") and anc.pos_ == "VERB":
            obj = _child(anc, OBJECT_DEPS)
            if obj is not None and obj.pos_ != "PRON" and _agrees(word, obj):
                return obj
        current = anc
    return tok


def _agrees(pronoun: str, noun: Token) -> bool:
    """Whether a personal pronoun can stand for a noun (number, and person or thing)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PARTY_NOUNS
    if pronoun in PERSON_PRONOUNS:
        return person and not plural
    if pronoun in PLURAL_PRONOUNS:
        return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")
    return pronoun in SINGULAR_PRONOUNS and not plural and noun.ent_type_ != "PERSON"


def _relative_antecedent(tok: Token) -> Token:
    """"the journalists who were arrested", "the attack, which killed five": a relative pronoun stands for
    the noun its clause modifies."""
    clause = tok.head
    if tok.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return tok
