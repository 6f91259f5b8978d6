"""Recipients an act names only indirectly: the place or body a withdrawal leaves ("pulled out of Lithuania",
"withdrew its monitors from Darfur"), whom a ban, embargo or sanctions are on ("lifted a ban on three
newspapers", where the parser hangs the "on" on the verb), and whom a threatened act would hit when the
threatener speaks of itself ("warned it would turn Seoul into a sea of fire"). ``targets`` applies them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsledger.extract.events.found import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _child,
    _Found,
    _is_time,
    _light_verb,
    _prep_object,
)
from newsledger.extract.events.parties import PLACE_NOUNS, _is_party, _party_inside, _through_partitive

# Restrictions named as the object of their own act ("imposed a curfew", "declared a state of emergency").
RESTRICTION_NOUNS = frozenset({"curfew", "emergency", "state", "ban", "restriction", "lockdown", "embargo",
                               "siege", "law", "sanction", "sanctions", "blockade", "cordon", "tariff", "tariffs",
                               "duty", "duties"})
# Restrictions that surround a place or party.
CORDONS = frozenset({"siege", "blockade", "closure", "encirclement", "quarantine", "cordon"})
# Places and the press a ban or curfew can fall on ("a curfew on the southern city of Port Harcourt", "its ban on
# the Chinese-language press"), besides parties.
RESTRICTED_THINGS = PLACE_NOUNS | frozenset({"press", "media", "newspaper", "magazine", "paper", "daily", "weekly",
                                            "station", "broadcaster", "channel", "website", "platform", "site",
                                            "app", "network"})
# The types whose restriction falls on whom it is "on" or "against" ("lifted a ban on three newspapers").
RESTRICTING_TYPES = frozenset({"CONCEDE", "RETREAT", "SANCTION", "COERCE", "THREATEN"})
# Words of leaving a place or a body, and the types they take (a retreat, a withdrawal as a sanction, and the
# threats and pledges made of them): what is left is the recipient ("pulled out of Lithuania").
LEAVING_TRIGGERS = frozenset({"withdraw", "withdrawal", "pull", "pullout", "retreat", "walk"})
LEAVING_TYPES = frozenset({"RETREAT", "SANCTION", "THREATEN", "CONCEDE", "AGREE"})
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "NORP"})
# Pronouns by which a threatener speaks of itself ("warned it would ...").
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _out_of(tok: Token) -> Token | None:
    """The object of "out of" on a verb ("pulled out of the Jenin refugee camp"), which spaCy hangs as
    "out" with "of" beneath it."""
    out = next((c for c in tok.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")), None)
    return _prep_object(out, ("of",)) if out is not None else None


def _left_behind(f: _Found) -> Token | None:
    """What a withdrawal leaves, when it names no party it falls on: "pulled out of Lithuania", "completed
    their withdrawal from Kosovo", "pulled out of the talks with the rebels" (the party inside)."""
    tok = f.token
    light = _light_verb(tok) if tok.pos_ != "VERB" else None
    for holder in (tok, light, tok.head if tok.dep_ in OBJECT_DEPS else None):
        if holder is None:
            continue
        found = _prep_object(holder, ("from",)) or _out_of(holder)
        if found is None or _is_time(found):
            continue
        if _is_party(found):
            return found
        named = _prep_object(found, ("of",))  # "the eastern Congolese town of Kisangani"
        if named is not None and named.ent_type_ in PLACE_ENTITY_TYPES:
            return named
        named_before = found.doc[found.left_edge.i:found.i]
        if found.ent_type_ in PLACE_ENTITY_TYPES | {"FAC"} or _names_a_place(found) or any(
                t.ent_type_ in PLACE_ENTITY_TYPES or t.pos_ == "PROPN" for t in named_before):
            return found  # "the Jenin refugee camp"
        return _party_inside(found)
    return None


def _is_restriction(tok: Token) -> bool:
    return tok.lemma_.lower() in RESTRICTION_NOUNS or tok.lower_ in RESTRICTION_NOUNS


def _restricted(restriction: Token, verb: Token) -> Token | None:
    """Whom a ban, embargo or sanctions fall on: "lifted a ban on three newspapers" (the parser may hang the
    "on" on the verb), "eased the embargo against Serbia", "the ban imposed on the former chief minister"."""
    holders = [restriction, verb, *(c for c in restriction.children if c.dep_ == "acl")]
    # "the siege of Sarajevo", "its blockade of Armenia": a cordon's "of" is what it surrounds, as is its "around"
    # ("their cordon around the opposition headquarters": the opposition, who are inside)
    cordon = _prep_object(restriction, ("of", "around")) if restriction.lemma_.lower() in CORDONS else None
    if cordon is not None and (_is_party(cordon) or _names_a_place(cordon) or cordon.lemma_.lower() in PLACE_NOUNS):
        return cordon
    if cordon is not None and (inside := _party_inside(cordon, depth=1)) is not None:
        return inside
    for holder in holders:
        found = _prep_object(holder, ("on", "against"))
        if found is None:
            continue
        found = _through_partitive(found) or found
        # "the social media platform X": a name the tagger reads as a noun, told what it is by its modifier
        kind = {found.lemma_.lower()} | {c.lemma_.lower() for c in found.children if c.dep_ == "compound"}
        if _is_party(found) or found.ent_type_ in PLACE_ENTITY_TYPES or not kind.isdisjoint(RESTRICTED_THINGS):
            return found
    return None


# Prepositions of the party a threatened act would touch ("break off relations with", "impose sanctions on").
THREATENED_PREPS = ("with", "to", "against", "on")


def _threatened_in_clause(verb: Token) -> Token | None:
    """"warned it would turn Seoul into a sea of fire", "warned that they would kill the hostages unless ...":
    a threat told as what the threatener itself would do falls on whom that act does, else on the one whose
    act is its condition. None when the verb names whom it warns ("warned Israel that ...")."""
    obj = _child(verb, OBJECT_DEPS)
    if obj is not None and _is_party(obj):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        punished = _child(clause, ("nsubjpass",))
        if punished is not None and (_is_party(punished) or punished.pos_ in ("NOUN", "PROPN")) and \
                not any(c.dep_ == "agent" for c in clause.children):
            return punished  # "warned that organisers would be prosecuted"
        subject = _child(clause, SUBJECT_DEPS)
        if subject is None or subject.lower_ not in SPEAKER_PRONOUNS:
            continue
        done_to = _child(clause, OBJECT_DEPS)
        if done_to is not None and _is_party(done_to):
            return done_to
        # "warned it would break off relations with Tallinn", "... would impose sanctions on Iran"
        related = _prep_object(clause, THREATENED_PREPS) or (
            _prep_object(done_to, THREATENED_PREPS) if done_to is not None else None)
        if related is not None and _is_party(related):
            return related
        for subject in _condition_subjects(clause):
            if _is_party(subject) and subject.lower_ not in SPEAKER_PRONOUNS:
                return subject
    return None


def _condition_subjects(verb: Token) -> Iterator[Token]:
    """The subjects of the "if" and "unless" clauses of a verb ("... if Taiwan moved towards independence")."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            subject = _child(clause, SUBJECT_DEPS)
            if subject is not None:
                yield subject


def _names_a_place(tok: Token) -> bool:
    """ "in Kashmir", "in Manipur's Imphal East district", "in Leh" (a name the tagger has no type for)."""
    if tok.ent_type_ in PLACE_ENTITY_TYPES:
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return True
    return tok.lemma_.lower() in PLACE_NOUNS and any(c.dep_ in ("compound", "poss") and
                                                     c.ent_type_ in PLACE_ENTITY_TYPES for c in tok.children)
