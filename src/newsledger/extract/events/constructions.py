"""Constructions that name an event whatever the lexicon's row for the verb says: money a state is given
("the EU gave Turkey 6 billion euros": aid), ground handed over or ceded ("handed over Jericho": a retreat), a party
stood by ("Beijing stood by Pyongyang": support), one's own forces sent to a border ("sent troops to the border":
a mobilisation, not aid), civilians blocking a place ("fishermen blockaded the port": a protest) and a state
doing so ("the army blocked roads into the city": a blockade), envoys, monitors or a foreign mission told to leave
("ordered U.N. monitors to leave": an expulsion).
``triggers.trigger_of`` asks them.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.acled_words import HANDED_GROUND, PROTESTER_WORDS, RIOTER_LIKE
from newsledger.extract.events.everyday_words import ARMED_GROUP_WORDS
from newsledger.extract.events.found import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, _child, _prep_object
from newsledger.extract.events.parties import _is_party, _through_partitive

CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dirham", "rouble",
                        "ruble", "shilling", "naira", "rand"})
# Ground handed over or ceded ("handed over Jericho", "ceded the town"), not suspects or documents.
CEDING_VERBS = frozenset({"hand", "cede"})
# One's own forces sent to a border or a region are deployed (MOBILIZE), not given to anyone (AID).
SENDING_VERBS = frozenset({"send", "dispatch", "rush"})
OWN_FORCES = frozenset({"troops", "troop", "soldiers", "forces", "police", "policemen", "reinforcements", "personnel",
                        "units", "commandos", "paramilitaries"})
FRONTIER_NOUNS = frozenset({"border", "frontier", "region", "area", "front", "frontline", "province", "district",
                            "street", "streets", "capital", "zone", "coast", "town", "city", "village", "villages"})
# Civilians who block or occupy a place protest (PLOVER PROTEST obstruct), as armed bodies and states coerce.
OBSTRUCTING_VERBS = frozenset({"blockade", "block", "occupy", "barricade", "seal", "besiege"})
CIVILIAN_CROWDS = PROTESTER_WORDS | RIOTER_LIKE | frozenset({
    "fishermen", "farmers", "truckers", "drivers", "miners", "traders", "unionists", "locals",
    "activists", "teachers", "nurses", "doctors", "pensioners", "taxi"})
# A state's own armed bodies, and the words that make "forces" a state's.
STATE_FORCES = frozenset({"army", "troops", "troop", "soldier", "police", "policeman", "military", "authorities",
                          "government", "navy", "gendarme", "gendarmerie"})
STATE_MODIFIERS = frozenset({"government", "security", "state", "army", "police", "military", "federal",
                             "paramilitary", "riot"})
# What a blockade or occupation is done for that makes it a protest.
PROTESTING_PURPOSES = frozenset({"protest", "demonstrate", "demand", "denounce", "condemn", "press", "oppose"})
# Envoys, monitors and foreign missions told to leave are expelled (CAMEO 166x: a sanction), as people deported
# are coerced and troops ordered out retreat (whose troops they are, the parse does not tell).
ORDERING_VERBS = frozenset({"order", "ask", "tell", "instruct", "force", "direct", "give"})
LEAVING_VERBS = frozenset({"leave", "quit", "vacate", "depart", "exit"})
DEPARTURE_NOUNS = frozenset({"withdrawal", "departure", "exit", "pullout", "pull-out"})
ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "monitor", "observer", "inspector", "peacekeeper", "mission",
                    "staff", "personnel", "agency", "attache", "consul", "delegation", "verifier"})


def _obstructor(verb: Token) -> Token | None:
    """Who blocks, blockades or occupies, when ``verb`` is such a verb."""
    if verb.lemma_.lower() not in OBSTRUCTING_VERBS:
        return None
    return _through_partitive(_child(verb, SUBJECT_DEPS))


def civilians_obstruct(verb: Token) -> bool:
    """ "Fishermen blockaded the port", "protesters occupied the central square"."""
    doer = _obstructor(verb)
    if doer is None:
        return False
    if doer.lower_ in CIVILIAN_CROWDS or doer.lemma_.lower() in CIVILIAN_CROWDS:
        return True
    # "Several hundred Kurds occupied the Greek embassy to protest against the arrest": done to protest, by
    # people who are not an armed body
    purposes = (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children))
    return doer.lemma_.lower() not in ARMED_GROUP_WORDS and doer.lower_ not in ARMED_GROUP_WORDS and any(
        c.lemma_.lower() in PROTESTING_PURPOSES for c in purposes)


def state_blocks(verb: Token) -> bool:
    """ "The army blocked roads into the city", "Israel blocked the crossings", "security forces sealed the
    area": a state's blockade (CAMEO 191), not the obstruction of a protest (rebels and strikers block in protest,
    as the PLOVER gold codes them)."""
    doer = _obstructor(verb)
    if doer is None:
        return False
    lemma = doer.lemma_.lower()
    if doer.ent_type_ == "GPE" or lemma in STATE_FORCES:
        return True
    return lemma in ("force", "forces", "unit", "units", "personnel") and any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in STATE_MODIFIERS or c.ent_type_ == "NORP")
        for c in doer.children)


def gives_money_to_a_state(verb: Token) -> bool:
    """ "the EU gave Turkey 6 billion euros", not "gave $2,700 to the campaign" (a donor is no aid giver)."""
    if verb.lemma_.lower() != "give":
        return False
    money = any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in CURRENCIES) for c in verb.children)
    state = _child(verb, ("dative",)) or _prep_object(verb, ("to",))
    return money and state is not None and state.ent_type_ == "GPE"


def cedes_ground(verb: Token) -> bool:
    """ "handed over Jericho", "ceded the airport", not "handed over the suspects" (judicial cooperation)."""
    lemma = verb.lemma_.lower()
    if lemma not in CEDING_VERBS or (lemma == "hand" and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back") for c in verb.children)):
        return False
    ground = _child(verb, ("dobj", *PASSIVE_SUBJECT_DEPS))
    return ground is not None and (ground.ent_type_ in ("GPE", "LOC", "FAC") or ground.lemma_.lower() in HANDED_GROUND)


def stands_by_a_party(verb: Token) -> bool:
    """ "stood by Pyongyang", "stands behind the president", not "stood by his comment" or "stood idly by"."""
    if verb.lemma_.lower() != "stand":
        return False
    ally = _prep_object(verb, ("by", "behind"))
    return ally is not None and (ally.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or (
        _is_party(ally) and ally.pos_ != "PRON"))


def sent_to_a_frontier(verb: Token) -> bool:
    """ "sent troops to the border", "police were sent to the capital", not "sent troops to Mali" (aid to a state)."""
    if verb.lemma_.lower() not in SENDING_VERBS:
        return False
    sent = _child(verb, ("dobj", *PASSIVE_SUBJECT_DEPS))
    where = _prep_object(verb, ("to", "into", "toward", "towards"))
    return sent is not None and where is not None and (_through_partitive(sent) or sent).lower_ in OWN_FORCES \
        and where.lemma_.lower() in FRONTIER_NOUNS


def ordered_out_party(verb: Token) -> Token | None:
    """The envoys or mission ``verb`` orders out, else None: "asked U.N. monitors to leave the Nuba Mountains",
    "ordered the ICRC to leave the region", "ordered the withdrawal of U.N. peacekeepers"; not "ordered residents
    to leave" or "ordered the troops to leave"."""
    if verb.lemma_.lower() not in ORDERING_VERBS:
        return None
    told = _child(verb, ("dobj", "dative"))
    leave = _child(verb, ("xcomp", "ccomp"))
    if leave is not None and leave.lemma_.lower() in LEAVING_VERBS:
        told = told or _child(leave, ("nsubj",))
    elif told is not None and told.lemma_.lower() in DEPARTURE_NOUNS:
        told = _prep_object(told, ("of",))
    else:
        return None
    party = _through_partitive(told) if told is not None else None
    party = party or told
    return party if party is not None and (party.ent_type_ == "ORG" or party.lemma_.lower() in ENVOYS) else None
