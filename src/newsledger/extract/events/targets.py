"""Rules that find the target (recipient) of an event.

The recipient follows the construction, not the word: the preposition of the event type ("call on
X", ``TARGET_PREPS``), the "to" of what is given ("sent food to refugees"), where forces go or leave
("deployed troops to Somalia"), whom a weapon is fired at ("fired rockets at Israel"), the other side
of a clash ("clashed with Kurdish fighters"), what is protested ("in protest at the tax"), whose act
conditions a threat ("if the United States deploys missiles"), the accused rather than the audience
of a complaint, objects shared by coordinated verbs and, for acts that fall on the people of a place,
the place ("lifted a curfew in Montenegro"). ``_refine_target`` replaces a first target that is a
thing, the actor's own, or forces sent by the party or place it concerns, and applies the recipients an
act names only indirectly (``indirect_targets``: the place a withdrawal leaves, whom a ban is on).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.extract.events.acled_words import PROTESTER_WORDS, RECIPROCAL_STEMS, RETAKING_VERBS
from newsledger.extract.events.constructions import ordered_out_party
from newsledger.extract.events.found import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SPATIAL_WORDS,
    SUBJECT_DEPS,
    VOLLEYS,
    _child,
    _Found,
    _is_in_protest,
    _is_passive,
    _is_time,
    _light_verb,
    _prep_object,
)
from newsledger.extract.events.indirect_targets import (
    LEAVING_TRIGGERS,
    LEAVING_TYPES,
    PLACE_ENTITY_TYPES,
    PLACE_NOUNS,
    RESTRICTING_TYPES,
    RESTRICTION_NOUNS,
    _condition_subjects,
    _is_restriction,
    _left_behind,
    _names_a_place,
    _out_of,
    _restricted,
    _threatened_in_clause,
)
from newsledger.extract.events.labels import LABELLING_VERBS, OPPOSING_NOUNS
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.parties import (
    _is_party,
    _made_by,
    _own,
    _party_inside,
    _place_named_after,
    _through_partitive,
)

# The preposition that introduces a recipient, per event type ("call on X", "protest against X").
TARGET_PREPS: dict[str, frozenset[str]] = {
    "REQUEST": frozenset({"on", "upon", "to", "with"}),  # "pleaded with Bush to spare ..."
    "ACCUSE": frozenset({"against", "of", "about", "on", "into", "at"}),  # "an inquiry into X", "lashed out at X"
    "THREATEN": frozenset({"against", "with"}),
    "PROTEST": frozenset({"against", "outside"}),
    "ASSAULT": frozenset({"on", "against", "at"}),
    "CONSULT": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    "COOPERATE": frozenset({"with"}),
    "SUPPORT": frozenset({"to", "with", "for", "behind"}),  # "support for X", "threw its weight behind X"
    "AID": frozenset({"to", "for"}),
    "SANCTION": frozenset({"against", "on"}),
    "COERCE": frozenset({"on", "against"}),
    "REJECT": frozenset({"by", "from"}),
    "CONCEDE": frozenset({"to", "for"}),  # "bowed to opposition demands", "an amnesty for political prisoners"
}
PLACE_RECIPIENT_TYPES = frozenset({"CONCEDE", "THREATEN", "SANCTION", "MOBILIZE", "AID", "RETREAT", "REJECT",
                                   "COERCE"})
# Types whose place is a recipient only through the act they govern ("agreed to postpone the rally in
# Baku"): the place of the agreeing itself is a venue, not a party.
GOVERNED_PLACE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
# Verbs whose object is whom one meets, whatever word names them ("met representatives of the fishing industry").
MEETING_VERBS = frozenset({"meet", "host", "receive", "visit", "call", "telephone", "phone", "see", "welcome"})
# Verbs by which a visitor comes to its host.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
# Verbs whose object is what talks are about ("discussed the Kosovo crisis", "discussed Iran"), never a party to them.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine"})
# Prepositions that name whom aid reaches: "to the ministry", "among the heirs", "for cyclone survivors".
AID_RECIPIENT_PREPS = ("to", "among", "for", "into")
# Prepositions that name whom an event noun is addressed to ("an ultimatum to Ecuador", "talks with X").
NOUN_RECIPIENT_PREPS = ("to", "with", "against")
# What "in protest ..." is against: "in protest of/against/at/over X".
PROTESTED_PREPS = ("of", "against", "at", "over")
# Nouns of these types announce a clause about their recipient ("a demand that Israel ease ...").
CONTENT_NOUN_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Forces that are sent, offered or withdrawn, and the types that move them.
FORCE_NOUNS = frozenset({"troops", "troop", "soldier", "soldiers", "force", "forces", "peacekeeper", "peacekeepers",
                         "personnel", "reinforcement", "reinforcements", "contingent", "battalion", "battalions",
                         "unit", "units", "warship", "warships", "marines", "paratroopers", "observers", "monitors",
                         "advisers", "advisors", "reservist", "reservists", "warplane", "warplanes", "jet", "jets",
                         "tank", "tanks", "ship", "ships", "vessel", "vessels", "boat", "boats", "launcher",
                         "launchers", "aircraft", "bomber", "bombers", "armour", "armor", "artillery", "division",
                         "divisions", "brigade", "brigades", "paratrooper", "commando", "commandos"})
# Police sent somewhere: where they go is the recipient when it is named; when it is not, the police stay the
# target, since a deployment of police is the police acting (IndiaPoliceEvents counts it).
POLICE_FORCES = frozenset({"police", "policemen", "policeman", "officer", "officers", "gendarme", "gendarmes",
                           "guardsman", "guardsmen"})
DEPLOYMENT_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "SUPPORT", "AGREE", "COOPERATE", "REJECT", "CONCEDE",
                              "THREATEN"})
# Things launched at a target ("fired rockets at Israel"): the means of an attack, never its recipient.
PROJECTILE_NOUNS = frozenset({"rocket", "missile", "shell", "bomb", "mortar", "grenade", "bullet", "shot", "round",
                              "salvo", "volley", "projectile", "gas", "teargas", "stone", "rock", "fire", "artillery",
                              "munition", "explosive", "drone", "torpedo", "firebomb", "cocktail", "barrage", "bottle",
                              "brick", "flare", "firecracker", "acid", "egg", "chair", "object", "ied", "device",
                              "landmine", "ammunition", "tyre", "tire"})  # tyres burned in a protest or a riot
# Verbs that send a weapon at someone, or burn a thing in protest: their object is the means.
LAUNCHING_VERBS = frozenset({"fire", "drop", "launch", "hurl", "throw", "lob", "detonate", "explode", "set", "shoot",
                             "rain", "burn", "pelt", "use", "employ"})
# Crowds a purpose clause may act on ("fired tear gas to disperse the crowd", "to push back the marchers").
CROWD_NOUNS = PROTESTER_WORDS | {"crowd", "mob", "gathering", "rally"}
# Verbs whose object is the means of an act, never whom it falls on ("used tear gas and water cannons").
MEANS_VERBS = frozenset({"use", "employ"})
# Words whose "for" gives the reason, not the party addressed ("an apology for the damage", "apologised for").
REASON_WORDS = frozenset({"apology", "apologies", "apologise", "apologize", "condolence", "condolences", "thank",
                          "thanks"})
# Verbs of letting someone in or through ("allowed U.N. convoys to enter", "let aid trucks into Tigray").
ACCESS_VERBS = frozenset({"allow", "let", "permit", "admit"})
# Participles that say what a weapon is aimed at ("an IED targeting a patrol").
AIMING_VERBS = frozenset({"target", "aim"})
# Types whose direct object is the one acted on (the victim, the arrested, the mobilised).
DIRECT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
# Of these, the types whose object is a physical thing that stays the target ("attacked an army convoy").
PHYSICAL_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Support named as a noun, and the prepositions of whom it goes to ("support for", "solidarity with").
BACKING_NOUNS = frozenset({"support", "solidarity", "backing", "sympathy", "praise", "recognition"})
BACKED_PREPS = ("for", "with", "behind", "to")
RECIPIENT_PREPS = ("to", "with", "from", "against")
# Prepositions whose object is what an act is about; a party may be named inside it.
TOPIC_PREPS = frozenset({"on", "upon", "over", "about", "for", "of"})
# What disapproval is voiced as ("expressed outrage at the killing of a journalist"): it is felt at the act.
FEELING_NOUNS = frozenset({"alarm", "outrage", "anger", "indignation", "dismay", "disapproval", "displeasure",
                           "disgust", "revulsion", "abhorrence"})
FELT_AT_PREPS = ("at", "over", "about", "with", "of", "against")
# What is lodged with a body that only hears it ("lodged a complaint with the African Union over raids by X").
COMPLAINT_NOUNS = frozenset({"complaint", "protest", "grievance", "petition", "objection"})
# Prepositions of what an act follows from: "called off the strike after talks with the government" is a
# concession to the government.
SEQUEL_PREPS = frozenset({"after", "following"})
# Conjunctions of the step a concession follows ("after the port authority agreed to raise wages").
SEQUEL_MARKS = frozenset({"after", "once", "when"})
# What a concession meets ("meeting a key demand of the protesters", "giving in to calls by the unions").
DEMAND_NOUNS = frozenset({"demand", "call", "request", "condition", "grievance", "ultimatum"})
# Acts that answer another party's act (a call or a meeting after clashes answers no one in particular).
RESPONSE_TYPES = frozenset({"CONCEDE", "RETREAT", "AGREE", "COOPERATE", "SUPPORT", "AID", "SANCTION", "REJECT",
                            "ACCUSE", "THREATEN"})


# Verbs that say whom a gift is for ("donated $10 million to help refugees").
HELPING_VERBS = frozenset({"help", "assist", "aid", "support", "feed", "house", "shelter"})
# Verbs by which a vehicle carries people.
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "take", "bring", "evacuate"})
# What two sides have between them, whose "with" names the other side.
DISPUTE_NOUNS = frozenset({"dispute", "disputes", "conflict", "row", "quarrel", "feud", "war", "talks",
                           "negotiations", "differences", "standoff", "stand-off", "border", "relations", "ties"})
# Verbs that make another party act ("ordered X to", "forced X to"), and the acts that then fall on X.
CONTROL_VERBS = frozenset({"order", "force", "compel", "oblige", "require", "instruct", "direct", "coerce"})
IMPOSED_TYPES = frozenset({"COERCE", "SANCTION"})
DEATH_VERBS = frozenset({"die", "succumb", "perish"})
# Verbs whose subject orders a mobilisation it names ("Skopje ordered a partial mobilisation of reservists").
ORDERING_VERBS = CONTROL_VERBS | {"announce", "declare", "decree", "authorise", "authorize", "approve"}
# Verbs that put forces out (not "recruit": the recruited are acted on).
DEPLOY_VERBS = frozenset({"deploy", "redeploy", "station", "post", "position", "send", "rush", "dispatch", "move",
                          "mobilize", "mobilise", "airlift", "put"})
# Act nouns whose possessor, when no "of" names the one acted on, is that one: "Navalny's arrest", "the
# journalist's murder", "her deportation". Not "Turkey's arrest of journalists", "committed their
# murders" (a verb that says the act was done shares its doer) or the plural "Trump's deportations",
# which in news names the doer's acts.
PATIENT_NOUNS = frozenset({"arrest", "detention", "murder", "killing", "assassination", "execution", "release",
                           "deportation", "extradition", "abduction", "kidnapping", "torture", "rape",
                           "imprisonment", "jailing", "expulsion", "beheading", "lynching", "capture", "beating",
                           "conviction", "sentencing", "indictment", "prosecution", "internment", "eviction"})


def _possessor_acted_on(tok: Token) -> Token | None:
    """The possessor of an act noun that names the one acted on ("Navalny's arrest"), else None."""
    if tok.lemma_.lower() not in PATIENT_NOUNS and tok.lower_ not in PATIENT_NOUNS:
        return None
    if tok.tag_ != "NN" or _prep_object(tok, ("of",)) is not None or _light_verb(tok) is not None:
        return None
    return _child(tok, ("poss",))


# Verbs of giving: what or who is given is the theme, the party it goes to the recipient. Not "extradite",
# "hand over" or "release", whose target in PLOVER's gold is the one handed over.
TRANSFER_VERBS = frozenset({"send", "give", "deliver", "donate", "supply", "provide", "pledge", "promise", "offer"})
AID_PREPS = ("to", "for", "among", "in")
# Verbs that put or keep a party in the state an act imposes ("placed under house arrest", "taken into
# custody", "remains in detention", "was under investigation"), and the acts that can be such a state.
PLACING_VERBS = frozenset({"place", "put", "take", "keep", "hold", "remain", "remand", "send", "bring", "be",
                           "stay", "detain", "lock"})
STATE_PREPS = frozenset({"under", "into", "in"})
STATE_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def used_as_means(verb: Token, thing: Token) -> bool:
    """ "used tear gas and water cannons": the gear a verb of using takes is the means (people used as shields are
    still whom the act is done to)."""
    return verb.lemma_.lower() in MEANS_VERBS and not _is_party(thing)


def _passive_recipient(f: _Found) -> Token | None:
    """Where a thing thrown lands or whom a thing given reaches, for a passive verb, else None."""
    tok, theme = f.token, f.target
    if theme is not None and used_as_means(tok, theme):
        # "water cannons were used to push back the farmers"
        return _prep_object(tok, TARGET_PREPS.get(f.sense.type, frozenset())) or _used_on(tok, theme)
    if theme is not None and _is_projectile(theme):
        return _prep_object(tok, TARGET_PREPS.get(f.sense.type, frozenset()) | {"into"})
    if tok.lemma_.lower() in TRANSFER_VERBS:
        found = _prep_object(tok, ("to",))
        return found if found is not None and _is_party(found) else None
    return None


def _given_to(tok: Token, preps: tuple[str, ...] = ("to",)) -> Token | None:
    """The party a verb of giving gives to: "sent officers to Haiti", "pledged $500 million in loans to
    Bangladesh" (the "to" may hang on the thing given)."""
    holders = [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS)]
    holders += [g for h in holders[1:] for p in h.children if p.dep_ == "prep" for g in p.children
                if g.dep_ == "pobj"]
    # "sent three planes loaded with tents to Iran": the "to" may hang on what describes the cargo
    holders += [a for h in holders[1:] for a in h.children if a.dep_ == "acl"]
    for holder in holders:
        found = _prep_object(holder, preps)
        if found is not None and (_is_party(found) or found.ent_type_ in ("GPE", "LOC")):
            return found
    return None


def _placed_under(f: _Found) -> tuple[Token | None, Token] | None:
    """(who, whom) of a party put under an act a noun names: "police placed the editor under house arrest"
    gives (police, editor), "five suspects were taken into custody" gives (None, suspects)."""
    tok, prep = f.token, f.token.head
    if f.sense.type not in STATE_TYPES or tok.dep_ != "pobj" or prep.lower_ not in STATE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in PLACING_VERBS:
        return None
    if _is_passive(verb):
        held = _child(verb, PASSIVE_SUBJECT_DEPS)
        if held is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            held = verb.head  # "five people taken into custody"
        return (_prep_object(verb, ("by",)), held) if held is not None else None
    obj = _child(verb, ("dobj", "obj"))
    subject = _child(verb, SUBJECT_DEPS)
    if obj is not None:
        return subject, obj
    return (None, subject) if subject is not None else None


def _refine_target(f: _Found, sent_found: Sequence[_Found]) -> None:
    """Replace a target that is a thing, the actor's own, or forces sent by the party or place it concerns."""
    physical = f.sense.type in PHYSICAL_OBJECT_TYPES
    triggers = {o.token.i for o in sent_found}
    if f.target is not None and _state_of_exception(f.target):
        # "imposed a state of emergency in 10 provinces": the rule falls on the people of a place, not on a state
        f.target = _place_as_recipient(f)
    if f.sense.type == "ASSAULT" and f.target is not None and f.target.lemma_.lower() == "control":
        # "took control of the towns": the towns are taken (the parser may hang the "of" on the verb)
        f.target = _prep_object(f.target, ("of", "over")) or _prep_object(f.token, ("of", "over"))
    if f.sense.type == "ASSAULT" and f.target is not None and f.target.lemma_.lower() == "fire" and \
            f.target.head.head.i == f.token.i:
        f.target = None  # "bursts of fire", "an exchange of fire": the fire is the act, not whom it hit
    if _fought_where(f):
        # "clashed with police at the university", "clashes at Orgreave": one fights with a side, at a place
        f.target = _opponent(f.token, f.sense) if f.token.pos_ == "VERB" else None
    # An event noun as target ("warned of the recruitment of prisoners by Wagner") is resolved through
    # that event's own actor later (``_targets_from_embedded_events``).
    if f.target is not None and not _is_party(f.target) and (name := _place_named_after(f.target)) is not None:
        f.target = name  # "the breakaway Georgian regions of Abkhazia": the places, not the "Georgian" before them
    elif f.target is not None and not _is_party(f.target) and f.target.i not in triggers:
        # "protest against violations by Algerian security forces": the party behind the thing. What is
        # attacked or seized stays itself ("an army convoy") unless a preposition names its people.
        # What a protest blocks is not whom it is against ("blocked border crossings with Bulgaria").
        blocked = f.sense.type == "PROTEST" and f.sense.mode == "obstruct"
        f.target = (None if physical else _made_by(f.target, f.token)) or \
            (None if blocked else _party_inside(f.target, depth=1 if physical else 2, modifiers=not physical,
                                                agents=not physical)) \
            or f.target
    if _sent_forces(f):
        if f.sense.type == "MOBILIZE" and f.actor is None and (
                (f.token.pos_ == "NOUN" and f.token.head.lemma_.lower() not in ORDERING_VERBS)
                or (f.passive and f.token.lemma_.lower() in DEPLOY_VERBS)):
            # "four companies of para-military forces have been deployed in Bhavnagar", "amid heavy deployment
            # of security forces": with no one named sending them, the forces are who mobilises.
            f.actor = f.target
        # PLOVER's recipient of a mobilisation is whom it is aimed at, if that is clear: the forces moved
        # are the mobiliser's own and never its recipient.
        f.target = _destination(f) or (None if f.sense.type == "MOBILIZE" else f.target)
    elif f.target is not None and f.sense.type in DEPLOYMENT_TYPES and f.target.lemma_.lower() in POLICE_FORCES:
        if f.sense.type == "MOBILIZE" and f.actor is None and (f.passive or f.token.pos_ == "NOUN"):
            f.actor = f.target  # "police were put on high alert in all sensitive pockets": the police act
        # "pledged to deploy 1,000 police officers to Haiti"
        f.target = _destination(f) or (None if f.actor is f.target else f.target)
    if f.sense.type == "MOBILIZE" and f.target is not None and _own(f.target) and not _is_party(f.target):
        # "reinforced its positions along the Iraqi border", "stepped up its presence in the forest": the
        # mobiliser's own posts are the means; where they stand is the recipient
        f.target = _destination(f)
    if f.target is not None and _own(f.target) and f.token.pos_ == "VERB":
        # "closed its border with Sudan": the actor's own thing is the means; the party it is shut to is hit.
        other = _prep_object(f.token, RECIPIENT_PREPS) or _out_of(f.token)
        f.target = other if other is not None and _is_party(other) else f.target
    if f.token.lemma_.lower() in LEAVING_TRIGGERS and f.sense.type in LEAVING_TYPES:
        # Who or what is pulled out moves; the place or body left is hit ("will withdraw weapons inspectors
        # and humanitarian workers from Iraq").
        f.target = _left_behind(f) or f.target
    if f.sense.type in RESTRICTING_TYPES and f.target is not None and _is_restriction(f.target):
        f.target = _restricted(f.target, f.token) or f.target
    if f.sense.type == "CONCEDE" and f.target is not None and not _is_party(f.target):
        # "withdrew its demand that the rebels lay down their arms": the concession relieves the rebels.
        f.target = _announced_subject(f.target) or f.target
    if f.sense.type == "ACCUSE":
        f.target = _disapproved(f)
    if f.sense.type == "ACCUSE" and f.target is not None and not _is_party(f.target):
        # "began an inquiry into allegations that the president's husband took bribes": whom they are about
        f.target = _announced_subject(f.target, marked=True) or f.target
    if f.sense.type == "SANCTION" and f.sense.mode == "expel" and (told := ordered_out_party(f.token)) is not None:
        f.target = told  # "ordered the U.N. peacekeeping mission to leave the country": the mission is expelled
    if f.sense.type == "PROTEST" and f.target is not None and any(
            c.lower_ in SPATIAL_WORDS and c.i < f.target.i for c in f.target.children):
        f.target = None  # "rallied outside parliament", misparsed: where, not against whom
    if f.sense.type == "PROTEST" and _vacant(f):
        f.target = _protested(f, sent_found) or f.target
    if f.sense.type in PLACE_RECIPIENT_TYPES | GOVERNED_PLACE_TYPES and _vacant(f):
        f.target = _place_as_recipient(f) or f.target
    if f.sense.type == "CONCEDE" and f.token.pos_ == "VERB" and (
            f.target is None or _is_restriction(f.target) or not (_is_party(f.target) or _names_a_place(f.target))):
        f.target = _conceded_to(f.token) or f.target
    if f.sense.type == "THREATEN" and _vacant(f):
        # Only when the threatened act names no one it falls on.
        f.target = _condition_subject(f.token) or f.target
    if f.sense.type in IMPOSED_TYPES and (f.target is None or not _is_party(f.target)):
        f.target = _made_to_act(f.token) or f.target
    if f.sense.type == "ASSAULT" and f.target is None and f.token.dep_ == "pobj":
        f.target = _died_of(f.token)
    if f.sense.type == "ASSAULT" and f.target is not None:
        f.target = _carried(f.target) or f.target
    if f.sense.type == "ASSAULT" and (f.sense.mode == "capture" or f.token.lemma_.lower() in RETAKING_VERBS):
        # "recaptured the town of Cafunfo from UNITA rebels": who loses a place is who is hit
        taken = [f.token, *(c for c in f.token.children if c.dep_ in OBJECT_DEPS)] if f.token.pos_ == "VERB" else []
        loser = next((found for t in taken if (found := _prep_object(t, ("from",))) is not None), None)
        f.target = loser if loser is not None and _is_party(loser) else f.target
    if f.sense.type == "CONSULT" and f.target is None and f.token.lemma_.lower() in ARRIVAL_VERBS:
        # "arrived in Pyongyang for a three-day visit": the host is the place visited
        visited = _prep_object(f.token, ("in",))
        f.target = visited if visited is not None and _names_a_place(visited) else None
    if f.sense.type == "CONSULT" and f.token.pos_ == "VERB" and f.target is not None and (
            f.token.lemma_.lower() in TOPIC_VERBS
            or (not _is_party(f.target) and f.token.lemma_.lower() not in MEETING_VERBS)):
        # "discussed the fighting in Idlib in a phone call with Putin": a topic is no party to talks; whom they
        # are held with is ("held a call with his Russian counterpart to discuss grain shipments")
        f.target = _consulted(f.token)
    if f.sense.type == "AGREE" and f.target is not None and not _is_party(f.target):
        # "accepted a compromise to settle its dispute with Norway": the other side of what is settled
        f.target = _counterpart(f.target) or f.target
    if f.sense.type == "SUPPORT" and f.target is not None and f.target.dep_ in ("compound", "poss", "amod") and \
            f.target.head.lemma_.lower() in BACKING_NOUNS:
        f.target = f.target.head  # "expresses U.S. support for Koizumi's trip": the backer's name, not the backed
    if f.sense.type == "SUPPORT" and (f.target is None or f.target.lemma_.lower() in BACKING_NOUNS):
        f.target = _backed(f) or f.target
    pledged = f.sense.type == "AGREE" and f.token.lemma_.lower() in TRANSFER_VERBS  # "offered $30 billion in credit"
    if (f.sense.type == "AID" or pledged) and f.token.pos_ == "VERB" and f.target is not None \
            and not _is_party(f.target):
        # "trucked flour into the besieged town of Kafr Nabudah", "handed over 20 ambulances to the ministry":
        # the aid is the means; whom it reaches is the recipient (a sum given to no one named is no recipient)
        sum_given = f.target.ent_type_ == "MONEY" or f.target.like_num
        f.target = _aid_recipient(f.token, f.target) or (None if sum_given else f.target)


# Prepositions that say where a fight took place, never whom it was with.
BATTLEGROUND_PREPS = frozenset({"at", "on", "in", "near", "outside", "inside", "around"})


EXCEPTIONAL_RULE = frozenset({"emergency", "siege", "alert", "war", "exception"})


def _state_of_exception(tok: Token) -> bool:
    return tok.lemma_.lower() == "state" and (rule := _prep_object(tok, ("of",))) is not None and \
        rule.lemma_.lower() in EXCEPTIONAL_RULE


def _fought_where(f: _Found) -> bool:
    target = f.target
    return f.sense.type == "ASSAULT" and f.token.lemma_.lower().startswith(RECIPROCAL_STEMS) and \
        target is not None and target.dep_ == "pobj" and target.head.lower_ in BATTLEGROUND_PREPS and \
        target.head.head.i == f.token.i


def _disapproved(f: _Found) -> Token | None:
    """What disapproval voiced as a feeling is felt at ("expressed outrage at the sacking of the editor", also when
    the parser makes the feeling a complement: "voiced dismay over Iran's decision"), and what opposition rallied
    is rallied against ("rallied opposition to the trade pact"); else the target found."""
    target = f.target
    feeling = target if target is not None else _child(f.token, ("xcomp",))
    if feeling is not None and feeling.lemma_.lower() in FEELING_NOUNS:
        felt_at = _prep_object(feeling, FELT_AT_PREPS)
        target = None if felt_at is None else _party_inside(felt_at) or felt_at
    if target is not None and target.lemma_.lower() in OPPOSING_NOUNS and not any(
            c.dep_ == "det" for c in target.children):
        opposed = _prep_object(target, ("to", "against")) or _prep_object(f.token, ("to", "against"))
        target = target if opposed is None else _party_inside(opposed) or opposed
    return target


def _conceded_to(verb: Token) -> Token | None:
    """Whom a concession answers when its object is the act given up or the restriction eased: the party whose
    step it follows ("called off their stoppage after the port authority agreed to raise wages") or whose demand
    it meets ("ended the state of emergency, meeting a key demand of opposition groups")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in SEQUEL_MARKS for m in clause.children):
            subject = _child(clause, SUBJECT_DEPS)
            if subject is not None and _is_party(subject) and not _own(subject):
                return subject
        elif clause.tag_ == "VBG":
            met = [*(c for c in clause.children if c.dep_ in OBJECT_DEPS),
                   *(g for p in clause.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
            for demand in (m for m in met if m.lemma_.lower() in DEMAND_NOUNS):
                found = _party_inside(demand)
                if found is not None:
                    return found
    return None


def _carried(vehicle: Token) -> Token | None:
    """Who rode in a vehicle attacked: "ambushed a bus carrying Israeli settlers" hit the settlers."""
    for acl in vehicle.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS:
            riders = _child(acl, ("dobj",))
            if riders is not None and _is_party(riders):
                return riders
    return None


def _counterpart(thing: Token) -> Token | None:
    """The party a dispute, deal or talks inside an agreed thing is with ("a formula for ending its fisheries
    dispute with its common market partners")."""
    for tok in thing.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in DISPUTE_NOUNS \
                and _is_party(tok):
            return tok
    return None


def _backed(f: _Found) -> Token | None:
    """Whom support is given to: "expressed solidarity with the Palestinian uprising", "threw its support behind
    the Serbian government's position" (the party inside the thing backed, else the thing)."""
    backing = f.target if f.target is not None else (f.token if f.token.lemma_.lower() in BACKING_NOUNS else None)
    if backing is None:
        return None
    holders = (backing, backing.head if backing.dep_ in OBJECT_DEPS else f.token, f.token)
    backed = next((b for h in holders if (b := _prep_object(h, BACKED_PREPS)) is not None), None)
    if backed is None:
        return None
    return backed if _is_party(backed) else _party_inside(backed, depth=1) or backed


def _consulted(verb: Token) -> Token | None:
    holders = [verb, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
               *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    if verb.dep_ in ("xcomp", "advcl", "relcl") and verb.head.pos_ == "VERB":
        # "held a phone call with his Russian counterpart to discuss ...": the talks the purpose belongs to
        holders += [verb.head, *(c for c in verb.head.children if c.dep_ in OBJECT_DEPS)]
    for holder in holders:
        found = _prep_object(holder, ("with",))
        if found is not None and found.pos_ in ("NOUN", "PROPN", "PRON") and not _is_time(found):
            return found
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in MEETING_VERBS:
        return _child(verb.head, ("dobj",))  # "met Egypt's intelligence chief in Cairo to discuss ..."
    return None


def _aid_recipient(verb: Token, given: Token) -> Token | None:
    # The parser may hang the preposition on any word of what is given ("20 ambulances and a consignment of
    # medical equipment to the ministry", "cheques of Rs 1 million each among the heirs").
    for holder in (verb, *(t for t in given.subtree if t.pos_ in ("NOUN", "PROPN", "ADV", "DET", "NUM"))):
        found = _prep_object(holder, AID_RECIPIENT_PREPS)
        if found is None or _is_time(found):
            continue
        if found.lemma_.lower() in PLACE_NOUNS and not _is_party(found):
            found = _prep_object(found, ("of",)) or found  # "the besieged town of Gorazde"
        # "among" shares out among people ("among the heirs of the labourers")
        if _is_party(found) or _names_a_place(found) or (found.head.lower_ == "among" and found.pos_ == "NOUN"):
            return found
    # "donated $10 million to help Bosnian Muslim refugees": whom the gift is to help
    helped = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_VERBS
                   and any(a.tag_ == "TO" for a in c.children)), None)
    if helped is not None:
        # "to help Asian economies", "to help villagers rebuild", which the parser may read as a clause
        found = _child(helped, ("dobj",)) or next(
            (g for c in helped.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"), None)
        return found if found is not None and found.pos_ in ("NOUN", "PROPN") else None
    return None


def _died_of(tok: Token) -> Token | None:
    """"a prisoner died as a result of torture", "a detainee died under torture": violence one dies of
    falls on whoever died."""
    current = tok
    for _ in range(4):
        if current.dep_ not in ("pobj", "prep") or current.head == current:
            return None
        current = current.head
        if current.pos_ == "VERB":
            break
    if current.pos_ != "VERB" or current.lemma_.lower() not in DEATH_VERBS:
        return None
    subject = _child(current, SUBJECT_DEPS)
    if subject is not None and subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
        return current.head  # "the people who died due to police firing"
    return subject


def _made_to_act(tok: Token) -> Token | None:
    """"ordered the newspaper La Prensa to suspend publication", "forced the agency to halt its work": a
    coercive act imposed on a party falls on that party, not on what it is made to give up."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in CONTROL_VERBS:
        return None
    obj = _child(tok.head, OBJECT_DEPS)
    if obj is None:
        return None
    name = next((c for c in obj.children if c.dep_ == "appos" and _is_party(c)), None)
    # Whoever is made to act is an agent, whatever its noun: "the newspaper", "the company".
    return name or (obj if obj.pos_ in ("NOUN", "PROPN", "PRON") else None)


def _protested(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"a hunger strike in protest of the government's refusal", "marched in protest at the killing by
    police": the phrase says what is protested; an act named there is resolved to its doer later."""
    phrase = _in_protest(f)
    if phrase is None:
        return None
    protest, clause = phrase
    # The parser often hangs the complement on the clause: "went on strike in protest at the tax".
    holders = [protest, clause] if clause.pos_ == "VERB" else [protest, clause, clause.head]
    what = next((found for h in holders if (found := _prep_object(h, PROTESTED_PREPS)) is not None), None)
    if what is None:
        return None
    if _is_party(what) or what.i in {o.token.i for o in sent_found}:
        return what
    return _party_inside(what) or what


def _in_protest(f: _Found) -> tuple[Token, Token] | None:
    """The noun "protest" of an "in protest" phrase of ``f`` (or ``f`` itself) and the word it hangs from."""
    tok = f.token
    if _is_in_protest(tok):
        return tok, tok.head.head
    light = _light_verb(tok) if tok.pos_ != "VERB" else None
    for holder in (tok, light):
        protest = _prep_object(holder, ("in",)) if holder is not None else None
        if protest is not None and _is_in_protest(protest):
            return protest, light or tok
    return None


def _condition_subject(tok: Token) -> Token | None:
    """"threatened to stop the talks if the United States deploys missiles": a threat is made to the one
    whose act is its condition."""
    for verb in _governed_verbs(tok):
        for subject in _condition_subjects(verb):
            if _is_party(subject):
                return subject
    return None


def _sent_forces(f: _Found) -> bool:
    """"deployed troops to Somalia", "contribute 4,000 troops to the force": forces sent, offered or pulled
    out are what moves; the recipient is where they go or leave."""
    return f.target is not None and f.sense.type in DEPLOYMENT_TYPES and (
        f.target.lemma_.lower() in FORCE_NOUNS or f.target.lower_ in FORCE_NOUNS)


def _destination(f: _Found) -> Token | None:
    """Where the forces of ``f`` go ("to X", "in X") or, for a retreat, leave ("from X")."""
    preps: tuple[str, ...] = ("from",) if f.sense.type == "RETREAT" else ("to", "into", "in", "inside")
    if f.sense.type == "MOBILIZE":
        # "massed troops near Ukraine's border", "sent warships toward Taiwan", "off the coast of Jersey"
        preps += ("near", "along", "toward", "towards", "off", "on", "at", "around", "close")
    assert f.target is not None
    holders = [f.target, *_governed_verbs(f.token)]
    if f.target.dep_ == "pobj" and f.target.head.lower_ == "of":
        holders.append(f.target.head.head)  # "tens of thousands of troops near Ukraine's border"
    for holder in holders:
        found = _prep_object(holder, preps) or (_out_of(holder) if f.sense.type == "RETREAT" else None)
        if found is None or _is_time(found) or _in_force(found):
            continue
        if _is_party(found) or found.ent_type_ in PLACE_ENTITY_TYPES or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in found.children):
            return found  # "in the Kibera slum": a place named by a name the tagger gives no type
        # "withdrew troops from the border with Ukraine": the party the place belongs to.
        inner = _party_inside(found)
        if inner is None and found.lemma_.lower() in ("border", "frontier", "boundary"):
            inner = _prep_object(holder, ("with",))  # "deployed troops along its border with Kuwait", misparsed
        if inner is not None:
            return inner
    return None


def _in_force(tok: Token) -> bool:
    """"were deployed in force": in numbers, not to a force."""
    return tok.lower_ == "force" and tok.head.lower_ == "in" and not any(
        c.dep_ in ("det", "amod", "compound") for c in tok.children)


def _governed_verbs(tok: Token) -> list[Token]:
    """The trigger and the verbs it governs through "to" complements ("refused to deploy", "ready to send")."""
    verbs = [tok]
    for verb in verbs:
        if len(verbs) < 5:
            verbs.extend(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _vacant(f: _Found) -> bool:
    """No party as target yet: none, the actor's own people, or a thing (unless a thing is what is hit)."""
    if f.target is None or _own(f.target) or f.target.lemma_.lower() in RESTRICTION_NOUNS:
        return True  # "imposed a curfew in Kashmir": the curfew is the act, its people the target
    # A protest's object is a party or a grievance, so a road or bridge it blocks leaves the target open.
    return f.sense.type not in PHYSICAL_OBJECT_TYPES and not _is_party(f.target)


def _announced_subject(tok: Token, marked: bool = False) -> Token | None:
    """The party that is the subject of a clause hanging from ``tok`` (with "that" when ``marked``)."""
    for clause in tok.children:
        if clause.dep_ not in ("acl", "ccomp"):
            continue
        if marked and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        subject = _child(clause, SUBJECT_DEPS)
        if subject is not None and _is_party(subject):
            return subject
    return None


def recipient_preps(tok: Token, type_: str) -> frozenset[str]:
    """The prepositions that introduce the recipient of a trigger of this type, less the "for" that gives an
    apology's or thanks' reason ("apologised for any inconvenience", "an apology for the damage")."""
    preps = TARGET_PREPS.get(type_, frozenset())
    return preps - {"for"} if tok.lemma_.lower() in REASON_WORDS else preps


# Volleys, and the words that name one only as what is fired ("a hail of bullets", "a burst of gunfire").
FIRED_IN = VOLLEYS | {"hail", "round", "burst"}
# Harm done, which falls on whom its preposition names.
HARM_NOUNS = frozenset({"injury", "casualty", "casualties", "loss", "losses", "damage", "death", "wound", "life"})
HARMED_PREPS = ("to", "on", "among")


def _verb_target(tok: Token, sense: Sense) -> Token | None:
    """The recipient of an active verb: its type's preposition, the party addressed, or what it acts on."""
    targets = recipient_preps(tok, sense.type)
    obj = _child(tok, OBJECT_DEPS)
    if obj is None and (as_what := _prep_object(tok, ("as",))) is not None:
        # "denounced as an ugly crime Serbia's suppression of ...", "condemned as illegal the decision of ...":
        # the object shifted past its label
        det = _child(as_what, ("det",))
        shifted_past = det is not None and any(c.dep_ == "amod" and c.i < det.i for c in as_what.children)
        obj = as_what if shifted_past else _child(as_what, ("appos",))
    if obj is not None and _reflexive(obj):
        if sense.type in DIRECT_OBJECT_TYPES:
            # "a suicide bomber blew himself up among mourners": the bomber is no target; those around are. "At
            # a mosque, killing 30 worshippers" names a place, and whom the blast killed is told by the killing.
            return _prep_object(tok, ("among",))
        obj = None  # "gave themselves up to the army": not themselves, but whom they yield to
    if sense.condition == "prep":
        # "call on X", "warn against X": the preposition that licensed the trigger names the recipient.
        found = _prep_object(tok, targets)
        if found is not None and obj is not None and _is_party(obj) and not _is_party(found):
            return obj  # "warned the United States against arms sales": the one warned, not the topic
        if obj is not None and sense.type in DIRECT_OBJECT_TYPES and not _is_projectile(obj):
            return obj  # "gunned down hundreds of people at a music festival": the particle licensed the verb
        if found is not None:
            return found
    if sense.type == "RETREAT" and tok.lemma_.lower() in ACCESS_VERBS:
        let_in = _let_in(tok)
        if let_in is not None:
            return let_in
    if sense.type == "REJECT":
        # "refused to allow Norwegian mediators to meet rebel leaders": who is not let in is refused
        allowing = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ACCESS_VERBS), None)
        let_in = _let_in(allowing) if allowing is not None else None
        if let_in is not None and _is_party(let_in):
            return let_in
    if sense.type == "REQUEST":
        # "pleaded with Bush to spare an inmate": whom one asks, before whom the act asked for touches.
        found = _prep_object(tok, targets)
        if found is not None and _is_party(found):
            return found
    if sense.type in ("ACCUSE", "REJECT") and tok.lemma_.lower() in LABELLING_VERBS:
        # "called the agreement a betrayal of the Arab cause": what is labelled, not what the label is of
        labelled = _child(tok, ("dobj", "dative"))
        if labelled is not None and not _reflexive(labelled):
            return labelled
    if sense.type not in DIRECT_OBJECT_TYPES and tok.lemma_.lower() in TRANSFER_VERBS:
        # "sent 1,000 police officers to Haiti": who is sent is the theme; the party they go to receives
        # ("pledged $500 million in aid for Gaza").
        found = _given_to(tok, ("to", "for"))
        if found is not None:
            return found
    if sense.type == "AID":
        # Aid goes to someone whatever the verb: "released Rs 250 crore to flood-hit families", "approved a
        # credit for Bangladesh", "disbursed cheques among the heirs".
        found = _given_to(tok, AID_PREPS)
        if found is not None:
            return found
    if sense.type == "THREATEN":
        found = _threatened_in_clause(tok)
        if found is not None:
            return found
    if sense.type not in DIRECT_OBJECT_TYPES:
        found = _recipient(tok, targets, sequel=sense.type in RESPONSE_TYPES, own=sense.type == "REQUEST")
        if found is not None and sense.type == "ACCUSE" and _addressee(found):
            # "complained to the UN over Israeli air raids": the accused is the one behind the grievance;
            # the UN only hears it.
            return _topic_party(tok) or found
        if found is not None:
            return found
    if obj is not None and obj.lemma_.lower() in HARM_NOUNS:
        # "the grenade caused splinter injuries to two jawans", "inflicted heavy losses on the rebels", "firing
        # claimed the lives of two civilians"
        preps = HARMED_PREPS + (("of",) if obj.lemma_.lower() in ("life", "death") else ())  # "the lives of two"
        harmed = _prep_object(tok, HARMED_PREPS) or _prep_object(obj, preps)
        if harmed is not None:
            return harmed
    if obj is not None and obj.lemma_.lower() in FIRED_IN and (fired := _prep_object(obj, ("of",))) is not None:
        obj = fired  # "fired a pair of missiles at a compound": the missiles, aimed at the compound
    if obj is not None and (_is_projectile(obj) or used_as_means(tok, obj)):
        # "fired rockets at Israel", "dropped bombs on the town": the weapon is the means, not the target.
        # "set fire to cars and houses": where the fire is set; "fired tear gas to disperse students", "detonated
        # an IED targeting a patrol": whom it is used on.
        # With none of these a weapon fired or thrown names no one it falls on ("dropped bombs before a gunship
        # fired"); a weapon destroyed, defused or test-fired is what the act is done to.
        launched = sense.type in ("ASSAULT", "PROTEST") and tok.lemma_.lower() in LAUNCHING_VERBS
        return (_prep_object(tok, targets | {"into", "to"}) or _prep_object(obj, targets | {"into"})
                or _used_on(tok, obj) or (None if launched else obj))
    return obj or _prep_object(tok, targets) or _opponent(tok, sense) or \
        (_participle_subject(tok) if sense.type in DIRECT_OBJECT_TYPES else None)


def _participle_subject(verb: Token) -> Token | None:
    """"detained more than 200 farmers marching towards New Delhi", parsed as if the farmers were the subject of
    a clause: those acted on."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"), None)
    subject = _child(clause, ("nsubj",)) if clause is not None else None
    return subject if subject is not None and _is_party(subject) else None


def _let_in(verb: Token) -> Token | None:
    """"allowed a convoy of World Food Programme trucks to enter Mekelle": who is let in, however parsed."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    return _child(verb, OBJECT_DEPS) or (_child(clause, SUBJECT_DEPS) if clause is not None else None)


def _reflexive(tok: Token) -> bool:
    return tok.lower_.endswith(("self", "selves"))


def _used_on(verb: Token, weapon: Token) -> Token | None:
    """Whom a weapon is used on when no preposition says it: the party a purpose clause acts on ("fired tear
    gas to disperse hundreds of students") or a participle describing the weapon aims at ("an IED targeting
    a security patrol")."""
    aiming = [c for h in (verb, weapon) for c in h.children
              if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in AIMING_VERBS]
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)]
    for clause in [*aiming, *purposes]:
        obj = _child(clause, OBJECT_DEPS) or _prep_object(clause, ("at",))
        if obj is None:
            continue
        obj = _through_partitive(obj) or obj
        if _is_party(obj) or clause in aiming or obj.lemma_.lower() in CROWD_NOUNS:
            return obj
    return None


def _addressee(tok: Token) -> bool:
    """A "to" phrase on the verb: whom one speaks to ("complained to the UN"), or the body a complaint is lodged
    with ("lodged a complaint with the African Union")."""
    if tok.dep_ != "pobj":
        return False
    lodged_with = tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in COMPLAINT_NOUNS
    return lodged_with or (tok.head.lower_ == "to" and tok.head.dep_ in ("prep", "dative"))


def _topic_party(verb: Token) -> Token | None:
    """The party named in what a verb is about: "over two Israeli air raids", "about Russia's actions"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("over", "about", "against", "of", "for"):
            obj = _child(prep, ("pobj",))
            if obj is None:
                continue
            if _is_party(obj):
                return obj
            found = _party_inside(obj)
            if found is not None:
                return found
    return None


def _is_projectile(tok: Token) -> bool:
    tok = _through_partitive(tok) or tok  # "fired dozens of rockets at northern Israel"
    return tok.lemma_.lower() in PROJECTILE_NOUNS or tok.lower_ in PROJECTILE_NOUNS


def _opponent(tok: Token, sense: Sense) -> Token | None:
    """"clashed with Kurdish fighters", "fought with the army": in violence "with" a party names the other
    side ("with rockets" names a means and is no party)."""
    if sense.type != "ASSAULT":
        return None
    found = _prep_object(tok, ("with",))
    return found if found is not None and _is_party(found) else None


def _shared_with_conjunct(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"donated and delivered goods to X", "killing or wounding 50": coordinated acts share the object and
    recipient of the one that names them."""
    tok = f.token
    if _child(tok, OBJECT_DEPS) is not None:
        return None
    types = {o.token.i: o.sense.type for o in sent_found}
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or _child(conj, SUBJECT_DEPS) is not None:
            continue
        shared = _verb_target(conj, f.sense)
        # Other verbs share only a party ("arrested and questioned three men"), not a thing ("marched and
        # burned tyres").
        if shared is not None and (types.get(conj.i) == f.sense.type or _is_party(shared)):
            return shared
    return None


def _recipient(tok: Token, type_preps: frozenset[str], sequel: bool = False, own: bool = False) -> Token | None:
    """Whom a verbal or cooperative act is addressed to: "offered troops to Lebanon", "demanded that
    the US cancel", "rejected calls by Belarus", "threatened to cut off electricity to Nakhichevan";
    with ``sequel``, also the party of what the act answers ("called off the strike after talks with X");
    with ``own``, the actor's own people too ("urged its citizens to leave")."""
    obj = _child(tok, OBJECT_DEPS)
    if obj is not None and (_is_party(obj) or obj.lower_ in ("whom", "who")) and (own or not _own(obj)):
        return obj  # "whom" is resolved to its antecedent later
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    verbs += [g for v in verbs[1:] for g in v.children if g.dep_ in ("xcomp", "conj")]
    for verb in verbs[1:]:
        # "threatened to ban Ugandan opposition candidates": the object of what is threatened.
        obj = _child(verb, OBJECT_DEPS)
        if obj is not None and _is_party(obj) and not _own(obj):
            return obj
    for verb in verbs:
        found = _prep_object(verb, RECIPIENT_PREPS) or _prep_object(verb, type_preps - {"of", "about", "for"})
        if found is not None and not _is_time(found):
            # "conceded to demands from UNITA": the party behind the thing, else the thing.
            return found if _is_party(found) else _party_inside(found) or found
    nouns = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS]
    for noun in nouns:
        found = _party_inside(noun)
        if found is not None:
            return found
    for c in tok.children:
        if c.dep_ == "ccomp":
            subject = _child(c, SUBJECT_DEPS)
            if subject is not None and _is_party(subject):
                return subject
    # "reneged on his commitment to the Zambian people", "calling for independence from Iraq".
    preps = TOPIC_PREPS | SEQUEL_PREPS if sequel else TOPIC_PREPS
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _party_inside(obj)
            if found is not None:
                return found
    return None


def _place_as_recipient(f: _Found) -> Token | None:
    """Curfews, sanctions and deployments fall on the people of a place: "lifted a curfew in Montenegro",
    "threatened to ban voting in East Jerusalem", "remained on alert in the West Bank"."""
    tok = f.token
    light = _light_verb(tok) if tok.pos_ != "VERB" else None
    own = [tok, light] if light is not None else [tok]
    # The acts it governs ("refused to deploy peacekeepers in Iraq") and the things acted on.
    verbs = list(own)
    for verb in verbs:
        if len(verbs) < 6:
            verbs.extend(c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")
    things = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS]
    holders = [*verbs, *things] if f.sense.type in PLACE_RECIPIENT_TYPES else [*verbs[len(own):], *things]
    for holder in holders:
        found = _prep_object(holder, ("in", "into"))
        if found is not None and _names_a_place(found):
            return found
    return None


def _coordinated_passive_target(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"recruits have been executed ... and have been injured": the second verb shares the first's subject."""
    if f.token.dep_ != "conj":
        return None
    earlier = [o for o in sent_found if o.token.i < f.token.i and o.passive and o.target is not None]
    return earlier[-1].target if earlier else None
