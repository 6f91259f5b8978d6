"""Trigger words: which tokens of a sentence name an event, and of which PLOVER type.

``trigger_of(token, lexicon)`` looks a verb or noun up in the lexicon (``triggers.tsv``, read by
``lexicon.py``) and tests each sense's condition against the words around it: the verb's objects
(its subject too when it has no object, or when the subject is a weapon), the verb's doer (``subj=``:
an armed body, a warplane), the noun's governing verb, particles and modifiers, and markers for named
parties (``@person``, ``@gpe``, ``@org``, ``@norp``). A few constructions are events whatever the word: a
statement of what another must do is a demand, asking someone to act is a request.
``drop_nested_duplicates`` keeps one event for "carried out a bomb attack" (but two for "killed in the
attack on the base", the killing part of the attack); ``non_agent_cause`` drops deaths by earthquakes and
accidents.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.acled_scope import attacked_by_nobody, told_as_words
from newsledger.extract.events.acled_words import PROTESTER_WORDS
from newsledger.extract.events.blame import lays_blame
from newsledger.extract.events.constructions import (
    cedes_ground,
    civilians_obstruct,
    gives_money_to_a_state,
    ordered_out_party,
    sent_to_a_frontier,
    stands_by_a_party,
    state_blocks,
)
from newsledger.extract.events.everyday_words import ARMED_GROUP_WORDS
from newsledger.extract.events.factuality import WARNING_VERBS, beside_another_act
from newsledger.extract.events.found import (
    ACT_CARRIERS,
    MEASURE_NOUNS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VOLLEYS,
    _child,
    _coordinated,
    _Found,
    _is_passive,
    _light_verb,
    _negated,
    _prep_object,
    verb_bases,
)
from newsledger.extract.events.found_bodies import found_killed
from newsledger.extract.events.harm import SETTING_PREPS, is_harm
from newsledger.extract.events.indirect_targets import SPEAKER_PRONOUNS
from newsledger.extract.events.labels import OPPOSING_NOUNS, RALLYING_VERBS, label_type
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.observed_fire import inside_observed_fire, observed_fire
from newsledger.extract.events.parties import _is_party, _is_person, _through_partitive
from newsledger.extract.events.references import _previous_sentence_subject
from newsledger.extract.events.senses import _refuses_to_say, everyday_sense, verbal_attack
from newsledger.nlp.words import MODALS

# Causes that kill without an actor: "an earthquake killed eight people" is no assault.
NON_AGENT_CAUSES = frozenset({"earthquake", "quake", "tsunami", "flood", "storm", "cyclone", "hurricane",
                              "typhoon", "landslide", "avalanche", "lightning", "eruption", "fire", "blaze",
                              "crash", "accident", "collision", "disease", "virus", "heat", "cold", "drought",
                              "famine", "tornado", "mudslide", "wave", "heatwave", "outbreak", "epidemic",
                              "illness", "stampede", "derailment", "leak", "spill", "wreck", "wildfire",
                              "bushfire", "rain", "rains", "downpour", "flooding", "floodwater", "snowstorm",
                              "blizzard", "sandstorm", "hailstorm", "monsoon", "aftershock", "heatstroke",
                              "cholera", "malaria", "measles", "ebola", "dengue", "covid", "coronavirus", "pandemic",
                              "hunger", "starvation", "malnutrition", "snow", "snowfall", "fog",
                              "cancer", "tumour", "tumor", "infection", "pneumonia", "hail", "hailstone",
                              "debris", "rock", "boulder", "mud", "lava", "wind", "gust", "tree", "wall", "roof",
                              "building", "bridge", "dam", "current", "comet", "fragment", "meteor", "meteorite",
                              "asteroid",
                              # habits and substances ("the drinking that ultimately killed him", "things that might
                              # actually kill them, such as obesity")
                              "drinking", "alcoholism", "obesity", "addiction",
                              "thing",
                              # animals and pests are no actors either
                              # (not "seal", "tiger", "wolf", "cell" or "swarm": Navy SEALs, Tamil Tigers, Grey
                              # Wolves, terror cells and drone swarms do attack)
                              "animal", "locust", "fungus", "bacteria", "bacterium", "pest", "parasite", "shark",
                              "crocodile", "bear", "snake", "bee", "wasp", "mosquito", "rat", "squirrel",
                              "elephant", "leopard", "boar", "dog", "weed", "armyworm", "worm", "insect",
                              "caterpillar", "beetle", "aphid", "blight", "sinkhole",
                              # drugs and habits kill without a killer
                              "fentanyl", "heroin", "opioid", "overdose", "dose", "milligram", "alcohol", "smoking",
                              "tobacco", "cigarette", "pollution", "smog"})
BLASTS = frozenset({"explosion", "blast", "fire", "leak", "burst"})
INDUSTRIAL = frozenset({"gas", "cylinder", "boiler", "transformer", "factory", "chemical", "fuel", "tanker", "pipeline",
                        "firecracker", "firecrackers", "fireworks", "reactor", "furnace", "industrial", "kitchen",
                        "electrical", "short-circuit", "battery"})
ANIMAL_GROUPS = frozenset({"swarm", "pack", "herd", "flock", "plague", "colony", "shoal"})
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "explode"})
# Verbs of accidents: "a minibus plunged into a ravine, killing eleven" tells of no attacker.
# (Not "plough", "slam" or "smash": a car that ploughs into a crowd may be an attack.)
ACCIDENT_VERBS = frozenset({"crash", "overturn", "plunge", "collide", "derail", "capsize", "sink", "skid", "topple",
                            "collapse", "flip", "tumble", "crumble", "cave", "drown"})

DEMANDING_SAYERS = frozenset({"say", "declare", "reiterate", "conclude", "announce", "insist", "state", "stress",
                              "tell", "add"})

# Named things that are no act: "Reform March" the organisation, "March" the month.
NOT_ACT_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "WORK_OF_ART", "LAW", "DATE", "TIME", "FAC", "PRODUCT"})

# Heads that make a compound trigger name a thing ("riot police", "arrest warrant"), where
# "recruitment centres" or "a mediation effort" still tell of the act.
THING_HEADS = frozenset({"police", "policeman", "policemen", "gear", "squad", "van", "vehicle", "truck", "warrant",
                         "helicopter", "aircraft", "plane", "jet", "dog", "shield", "equipment", "suit", "uniform",
                         "gun", "rifle", "drone", "film", "movie", "game", "novel", "song", "scene", "simulator",
                         "weapon", "weapons", "course", "training", "video", "videos",
                         # "protest leaders", "strike organisers": people, not an act
                         "leader", "leaders", "organiser", "organisers", "organizer", "organizers",
                         # "consulting firm", "Arson investigators", "rescue workers", "aid agencies": a trade
                         "firm", "company", "agency", "consultancy", "consultant", "investigator", "project",
                         "lawyer", "attorney", "expert", "specialist", "team", "unit", "program", "programme",
                         "scheme", "fund", "committee", "panel", "business", "industry", "sector", "service",
                         "worker", "volunteer", "boat", "coordinator", "advocate", "organisation", "organization",
                         "charity", "hotline"})

WEAPON_MODIFIERS = frozenset({"artillery", "rocket", "mortar", "tank", "sniper", "gun", "machine-gun", "cannon",
                              "missile", "shell", "enemy", "hostile", "army", "police", "small-arms", "automatic"})

INSTRUMENT_SUBJECTS = frozenset({"missile", "rocket", "shell", "bomb", "mortar", "drone", "grenade", "airstrike",
                                 "artillery", "bullet", "projectile", "explosion", "blast", "ied", "shelling",
                                 "strike", "raid", "fire", "gunfire", "explosive", "device", "landmine", "mine"})

ENTITY_MARKERS = {"PERSON": "@person", "GPE": "@gpe", "ORG": "@org", "NORP": "@norp", "MONEY": "@money",
                  "FAC": "@fac", "LOC": "@loc"}
# Verbs that take something from someone, named after "of" ("stripped them of their citizenship").
DEPRIVING_VERBS = frozenset({"strip", "deprive", "rob"})
PERSON_MARKER = "@people"  # a person or people, named or not ("released 40 communist rebels")
HELD_MARKER = "@held"  # an object held captive ("women held by a trafficking ring")
CAPTIVITY_VERBS = frozenset({"hold", "kidnap", "abduct", "capture", "trap", "enslave", "traffic", "seize"})
ARMED_MARKER = "@armed"  # a subject that is an armed body: troops, rebels, militiamen, police
ARMED_BODIES = ARMED_GROUP_WORDS | {"police", "policeman"}  # not volunteers, defenders or units
WARPLANE_MARKER = "@warplane"  # a subject that is a military aircraft: "Israeli jets", "army helicopters"
AIRCRAFT = frozenset({"aircraft", "jet", "plane", "helicopter", "warplane", "gunship", "bomber", "fighter-bomber"})
WARPLANES = frozenset({"warplane", "gunship", "bomber", "fighter-bomber"})
MILITARY_MODIFIERS = frozenset({"military", "army", "fighter", "war", "coalition", "enemy", "attack", "combat",
                                "force", "navy", "naval", "government", "regime", "air"})

# "asked Obama to help", "asked the court to free him": asking someone to act is a request.
ASKING_VERBS = frozenset({"ask", "beg", "invite", "encourage", "advise", "instruct", "press", "pressure", "lobby",
                          "implore", "exhort", "direct", "petition", "prod", "nudge"})

# Bodies that a demand is told to, where people told to do something are mostly advised.
TOLD_PARTIES = frozenset({"government", "rebel", "rebels", "militant", "militants", "neighbour", "neighbours",
                          "neighbor", "neighbors", "country", "countries", "state", "states", "army", "troops",
                          "regime", "junta", "authorities", "insurgent", "insurgents", "faction", "factions",
                          "militia", "militias", "ally", "allies", "nation", "nations", "member"})
# Forces one calls out to deploy them, where calling out a person is criticism.
CALLED_OUT_FORCES = frozenset({"army", "troops", "troop", "military", "paramilitary", "paramilitaries", "reservists",
                               "guard", "police", "force", "forces", "soldiers", "reinforcements", "militia"})
# Verbs that only say an act took place ("carried out raids"); found.LIGHT_VERBS, wider, carries
# participants to event nouns.
HAPPENING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "undertake", "initiate"})

# Adverbs spaCy often attaches as advmod where they are a phrasal verb's particle ("stepped down").
PARTICLES = frozenset({"down", "off", "out", "back", "up", "over", "in", "away"})

PARTITIVES = frozenset({"half", "part", "some", "most", "all", "much", "portion", "share", "bulk", "rest",
                        "majority", "many", "several", "dozens", "hundreds", "thousands", "scores", "each",
                        "dozen", "hundred", "thousand", "score", "millions", "million", "tens",
                        "member", "members", "third", "thirds", "two-thirds", "quarter", "fraction", "remainder",
                        "contingent", "detachment"}) | VOLLEYS

# Verbs whose gerund complement is the act that stops ("stopped arresting", "ceased shelling").
CEASING_VERBS = frozenset({"stop", "cease", "halt", "end", "quit"})
# Nouns that measure out or carry an act, so the verb above them governs it ("held a fifth round of talks",
# "sent a message of solidarity").
MEASURE_HEADS = frozenset({"round", "rounds", "series", "hour", "hours", "day", "days", "week", "weeks", "session",
                           "sessions", "wave", "spate"}) | ACT_CARRIERS

# Whom one calls on in a courtesy call ("called on the Emir at his palace").
HOST_TITLES = frozenset({"president", "minister", "governor", "king", "prince", "princess", "queen", "leader",
                         "chief", "ambassador", "premier", "emir", "sultan", "chancellor", "pope", "chairman",
                         "speaker", "counterpart", "secretary", "envoy"})
# "warned that it would strike": the warner's own act to come.
OWN_ACT_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
# An act to come, not one owed ("must", "should") or only possible ("can").
PROSPECT_MODALS = MODALS - {"can", "should", "must", "shall", "wo", "ca"}
# "would", "will": what one says one will do if a condition is not met.
CONDITIONAL_MODALS = frozenset({"would", "will", "'d", "'ll", "shall"})
# Types an act keeps when it is made to hang on a condition: a threat already, or one as a stated intent
# (``extract._stated_type``), or a demand ("must withdraw or face sanctions" asks, as the PLOVER gold codes it).
KEPT_UNDER_CONDITION = frozenset({"THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST", "REQUEST"})
# Promises whose content may be hostile: "pledged to retaliate", "vowed to crush the militants" threaten.
PROMISING_VERBS = frozenset({"pledge", "vow", "promise", "swear"})
HOSTILE_TYPES = frozenset({"THREATEN", "SANCTION", "COERCE", "ASSAULT"})
ENDING_VERBS = frozenset({"end", "stop", "halt", "cease", "renounce", "abandon", "suspend"})
# Opening, resuming or starting an exchange between two parties, and what is exchanged or linked.
OPENING_VERBS = frozenset({"resume", "launch", "begin", "start", "open", "reopen", "inaugurate", "reconnect",
                           "restore", "establish"})
EXCHANGES = frozenset({"trade", "flight", "service", "link", "route", "railway", "rail", "pipeline", "crossing",
                       "border", "exchange", "cooperation", "shipment", "ferry"})
MANOEUVRES = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"})
# Where protesters are, and what they do there.
PRESENCE_VERBS = frozenset({"fill", "flood", "throng", "pack", "camp", "parade", "march", "gather", "converge",
                            "swarm", "pour", "occupy", "mass", "descend", "sit", "chant"})
MEETINGS = frozenset({"meeting", "session", "consultation", "summit"})
# Parties that several of make two sides of a meeting ("ministers of the member states").
SIDES = frozenset({"state", "country", "nation", "side", "government", "party", "faction", "neighbour",
                   "neighbor"})
# What a court or tribunal orders a party to pay.
PAYMENTS_ORDERED = frozenset({"damages", "damage", "compensation", "fine", "penalty", "reparation", "reparations",
                              "restitution"})
# Acts of authority whose doer a warning leaves out because it is the warner ("warned that organisers would be
# prosecuted"); "warned that civilians would be killed" leaves a doer unsaid, and is no threat.
PUNISHING_VERBS = frozenset({"arrest", "prosecute", "punish", "charge", "jail", "imprison", "detain", "fine", "deport",
                             "expel", "sack", "dismiss", "ban", "sanction", "penalise", "penalize", "try", "sue"})

# "declared a state of emergency", "lifted the state of siege": the condition is about what the state is of.
STATE_NOUNS = frozenset({"state"})


NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "amod"})


def _hyphened_modifier(tok: Token) -> bool:
    if tok.i < 2 or tok.tag_ != "VBN" or tok.dep_ not in ("amod", "conj", "compound"):
        return False
    hyphen = tok.doc[tok.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not tok.doc[tok.i - 2].whitespace_


# What strikes from the air or the sea are aimed at, never what a labour strike is against.
STRUCK_SITES = frozenset({"position", "positions", "base", "bases", "camp", "camps", "target", "targets", "stronghold",
                          "strongholds", "hideout", "hideouts", "depot", "depots", "airfield", "airbase", "launcher",
                          "launchers", "bunker", "bunkers", "outpost", "outposts", "convoy", "fighters", "militants"})


def _military_strike(tok: Token) -> bool:
    """ "jets and warships carried out strikes against rebel positions": the strike noun of a warplane or armed
    body, or one aimed at a military site, is an attack, not a walkout."""
    if tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
        return False
    aimed = [_prep_object(t, ("against", "on")) for t in (tok, tok.head)]
    if any(a is not None and a.lemma_.lower() in STRUCK_SITES for a in aimed):
        return True
    light = _light_verb(tok)
    return light is not None and not {ARMED_MARKER, WARPLANE_MARKER}.isdisjoint(_subject_words(light))


def _names_the_accused(tok: Token) -> bool:
    """ "the accused", "15 accused", "the accused men": those charged, named by the participle with no charge."""
    if tok.lower_ != "accused" or any(c.dep_ in ("prep", "dobj", "agent", "ccomp", "xcomp") for c in tok.children):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    determined = before is not None and (before.tag_ in ("DT", "CD", "PRP$") or before.lower_ in ("other", "all"))
    return determined and (tok.dep_ in NOUN_ROLES or (tok.dep_ in ("acl", "advcl") and not _child(tok, ("nsubj",))))


def trigger_of(tok: Token, lexicon: dict[tuple[str, str], tuple[Sense, ...]]) -> _Found | None:
    """The event this token names, with the first sense whose condition holds, or None."""
    if observed_fire(tok):
        return _Found(tok, Sense("ASSAULT", None))  # "observed a total of 38 projectiles/shots near Serhiivka"
    if inside_observed_fire(tok):
        return None  # "projectiles" of "projectiles/shots": the count's head names the event
    found = _lexical_trigger(tok, lexicon)
    if found is not None and _hyphened_modifier(tok):
        return None  # "separatist-occupied territory", "rebel-held towns": who holds a place, not an act
    if found is not None and found.sense.type == "ASSAULT" and attacked_by_nobody(tok):
        return None
    if found is not None and found.sense.type == "ASSAULT" and told_as_words(tok):
        return _Found(tok, Sense("ACCUSE", "disapprove"))  # a campaign's attacks are words
    if found is not None and found.sense.type == "PROTEST" and _military_strike(tok):
        return _Found(tok, Sense("ASSAULT", "heavy-weapons"))
    if found is not None and found.sense.type == "ACCUSE" and _names_the_accused(tok):
        return None  # "searching for the other accused", "a chargesheet naming 15 accused": people, not an act
    if found is None and found_killed(tok) is not None:
        # "a man was found dead in Colonia Buena Vista. The victim had his hands tied": the killing nobody saw
        return _Found(tok, Sense("ASSAULT", None))
    if found is None and tok.pos_ == "VERB" and _refuses_an_act(tok):
        # "declined to return the Elgin Marbles", "ruled out joining the single currency"
        return _Found(tok, Sense("REJECT", None))
    if found is not None and found.sense.type == "AGREE" and tok.lemma_.lower() in PROMISING_VERBS and any(
            c.dep_ == "xcomp" and (act := _lexical_trigger(c, lexicon)) is not None and act.sense.type in HOSTILE_TYPES
            for c in tok.children) and not _negated(tok):
        # "pledged to retaliate against any attack": no agreement; the act vowed is the event, a threat as a
        # hostile act to come (extract._stated_type)
        return None
    if found is not None and found.sense.type == "THREATEN" and tok.lemma_.lower() in PROMISING_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ENDING_VERBS for c in tok.children):
        # "a peace accord pledging to end reprisal attacks": a promise to stop attacking is no threat
        return _Found(tok, Sense("AGREE", None))
    if found is not None and found.sense.type == "AID" and sent_to_a_frontier(tok):
        # "Turkey sent troops to the border with Syria", "troops were sent to the border region"
        return _Found(tok, Sense("MOBILIZE", "troops"))
    if found is None and tok.pos_ == "VERB" and gives_money_to_a_state(tok):
        # "the EU gave Turkey 6 billion euros" (not "gave $2,700 to the campaign": donors are no aid)
        return _Found(tok, Sense("AID", None))
    if (found is None or found.sense.type == "COOPERATE") and tok.pos_ == "VERB" and cedes_ground(tok):
        # "Israel handed over Jericho to the Palestinians": ground handed over is given up (PLOVER RETREAT)
        return _Found(tok, Sense("RETREAT", "withdraw"))
    if (found is None or found.sense.type == "REQUEST") and tok.pos_ == "VERB" and ordered_out_party(tok) is not None:
        # "asked U.N. monitors to leave", "ordered the withdrawal of U.N. peacekeepers": an expulsion (CAMEO 166x)
        return _Found(tok, Sense("SANCTION", "expel"))
    if found is None and tok.pos_ == "VERB" and stands_by_a_party(tok):
        return _Found(tok, Sense("SUPPORT", None))  # "Beijing stood by Pyongyang" (CAMEO 052 defend verbally)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in RALLYING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in OPPOSING_NOUNS for c in tok.children):
        # "sought to rally opposition to the trade pact" (CAMEO 113), not "opposition supporters rallied"
        return _Found(tok, Sense("ACCUSE", "disapprove"))
    if found is None and (labelled := label_type(tok)) is not None:
        # "described the sanctions as illegal", "branded the president a dictator"; "... the report as baseless"
        return _Found(tok, Sense(labelled, "disapprove" if labelled == "ACCUSE" else None))
    if (found is None or found.sense.type == "ACCUSE") and tok.lemma_.lower() == "warn" and tok.pos_ == "VERB" \
            and (warned := _child(tok, ("dobj",))) is not None and warned.ent_type_ in ("GPE", "ORG", "NORP"):
        # "China warned Taiwan against any move towards independence", "North Korea warned Japan that sanctions
        # would mean war": a state or group warned off is threatened (CAMEO 130); "warned against recruitment by
        # Wagner" disapproves of an act, "warned residents against swimming" advises
        return _Found(tok, Sense("THREATEN", None))
    if found is not None and found.sense.type == "PROTEST" and found.sense.mode == "obstruct" and state_blocks(tok):
        # "the army blocked roads into the city", "Israel blocked the crossings": a state's blockade (CAMEO 191);
        # rebels or strikers who block a road obstruct in protest, as the PLOVER gold codes them
        return _Found(tok, Sense("COERCE", "restrict"))
    if found is not None and found.sense.type == "COERCE" and civilians_obstruct(tok):
        return _Found(tok, Sense("PROTEST", "obstruct"))  # "fishermen blockaded the port", "protesters occupied"
    if found is None and tok.pos_ == "VERB" and lays_blame(tok):
        # "held India responsible for the shelling", "said Houthi rebels were behind the strike" (CAMEO 112)
        return _Found(tok, Sense("ACCUSE", "allege"))
    if found is None and tok.pos_ == "VERB" and tok.lemma_.lower() in PRESENCE_VERBS and any(
            c.dep_ == "nsubj" and (_through_partitive(c) or c).lemma_.lower() in PROTESTER_WORDS
            for c in tok.children):
        # "protesters filled Tahrir Square", "protesters camped outside the president's office"
        return _Found(tok, Sense("PROTEST", "demo"))
    if found is None and _meeting_of_several_parties(tok):
        # "Representatives of the two Koreas held a rare meeting", "Israeli and PLO officials held a series of
        # secret meetings": one body holding a meeting consults no one, two sides do
        return _Found(tok, Sense("CONSULT", None))
    if found is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "order" and _orders_payment(tok):
        # "ordered Russia to pay 1.3 million euros in damages": PLOVER codes a court-ordered payment as a
        # sanction of the party that must pay
        return _Found(tok, Sense("SANCTION", "convict"))
    if (found is None or found.sense.type in ("CONCEDE", "MOBILIZE")) and _mutual_exchange(tok):
        # "Saudi Arabia and Iraq reopened the Arar border crossing", "South Korea and the United States launched
        # their annual military exercise": exchange and joint manoeuvres are mutual cooperation, not a
        # concession or a show of force by one of them
        return _Found(tok, Sense("COOPERATE", None))
    if tok.pos_ == "VERB" and (found is None or found.sense.type not in KEPT_UNDER_CONDITION) \
            and threatens_unless(tok):
        # "said it would turn off gas supplies unless Kiev agreed to a price increase": one's own act made to hang
        # on what another does is a threat (CAMEO 13; the PLOVER gold codes "will withdraw its force from Chad
        # unless ..." so), whatever the act
        return _Found(tok, Sense("THREATEN", None))
    return found


def _lexical_trigger(tok: Token, lexicon: dict[tuple[str, str], tuple[Sense, ...]]) -> _Found | None:
    if _nominal_gerund(tok) and (tok.dep_ == "pobj" or (tok.lower_, "N") in lexicon):
        pos = "N"  # "killed in police firing", "after the shelling": a gerund used as a noun
    elif tok.pos_ == "VERB" and tok.dep_ != "amod":
        pos = "V"
    elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in NOT_ACT_ENTITIES:
        pos = "N"
    else:
        return None
    if pos == "V" and any(c.dep_ == "det" for c in tok.children):
        return None  # "the accused was taken into custody": a participle used as a noun names no act
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in THING_HEADS:
        return None  # "riot police", "arrest warrant", "attack helicopter", "consulting firm" name a thing
    lemma = tok.lemma_.lower()
    if pos == "V" and _hyphen_prefix(tok) == "test":
        lemma = "test-" + lemma  # "test-fired a missile" is a weapons test, not an attack
    if pos == "N" and is_cease_fire(tok):
        lemma = "ceasefire"
    if pos == "N":
        lemma = hyphened_lemma(tok, lexicon) or lemma
    if pos == "V" and lemma in DEMANDING_SAYERS and _obliges(tok):
        # "declared that China must drop barriers": a statement of what another must do is a demand (even
        # with "or face tariff penalties", as the PLOVER gold codes it).
        return _Found(tok, Sense("REQUEST", None))
    if pos == "V" and lemma in ASKING_VERBS and _asks_someone_to_act(tok):
        return _Found(tok, Sense("REQUEST", None))
    if pos == "V" and lemma == "tell" and _tells_a_party_to_act(tok):
        # "told the rebels to lay down their arms", "told Congo's neighbours not to get involved" (not "told
        # reporters to expect a decision" or "told him to rest")
        return _Found(tok, Sense("REQUEST", None))
    if pos == "V" and lemma == "call" and _calls_on_without_asking(tok):
        # "called on the Crown Prince at the palace": a courtesy call, not an appeal (that asks "to" or "for")
        return _Found(tok, Sense("CONSULT", "visit"))
    if (lemma == "attack" or (pos == "N" and lemma in ("assault", "offensive"))) and verbal_attack(tok, pos):
        return _Found(tok, Sense("ACCUSE", "disapprove"))
    if pos == "V" and lemma == "warn" and _warns_of_own_act(tok):
        # "warned Kabul that it would strike the hideouts": the warner's own act to come is a threat
        return _Found(tok, Sense("THREATEN", None))
    if pos == "N" and tok.pos_ == "VERB":
        senses = lexicon.get((tok.lower_, pos), ())  # the gerund's own noun row ("firing"), not the verb's lemma
    else:
        # The lemma's rows, then the word's own ("firing" when the tagger lemmatises it as "fire"). A verb form
        # the lexicon lists is there because the tagger gets its lemma wrong ("raped" as "rap", criticise), so
        # its own rows come first.
        own = lexicon.get((tok.lower_, pos), ()) if tok.lower_ != lemma else ()
        senses = own + lexicon.get((lemma, pos), ()) if pos == "V" else lexicon.get((lemma, pos), ()) + own
    if not senses:
        return None
    args = _argument_words(tok, pos)
    subjects = _subject_words(tok) if pos == "V" else set()
    preps = {c.lower_ for c in tok.children
             if (c.dep_ in ("prep", "prt", "agent") and not _names_a_time(c))
             or (c.dep_ == "advmod" and c.lower_ in PARTICLES)}
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")}
    # "joint air force drills": the parser hangs "joint" on the compound before the head
    mods |= {g.lemma_.lower() for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"}
    if pos == "V" and lemma in WARNING_VERBS:
        # "warned Syria of military action": the parser hangs what is warned of on whom it warns
        for prep in _warned_about(tok):
            preps.add(prep.lower_)
            args.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pobj")
    light = pos == "N" and _under_light_verb(tok)
    for sense in senses:
        if sense.holds(args, preps, mods, subjects) or (light and sense.condition == "obj"):
            if everyday_sense(tok, lemma, pos, sense):
                return None
            if lemma == "call" and sense.type == "ACCUSE" and not CALLED_OUT_FORCES.isdisjoint(args):
                return _Found(tok, Sense("MOBILIZE", "troops"))  # "the army could be called out"
            if pos == "V" and sense.type in ("COERCE", "REJECT", "MOBILIZE") and _done_in_protest(tok):
                # "truckers blockaded fuel depots in protest at fuel taxes": the act is the protest
                return _Found(tok, Sense("PROTEST", "obstruct"))
            return _Found(tok, sense)
    return None


def _done_in_protest(tok: Token) -> bool:
    # "in protest" on the verb, or on a phrase of it the parser hung it from ("for two days in protest")
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for c in preps for g in c.children if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep"]
    return any(p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in p.children)
               for p in preps)


def _names_a_time(prep: Token) -> bool:
    """A preposition that only dates the act ("called up reservists on Sunday"): it is not the verb's
    own particle, so "call on" (appeal) does not hold."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def is_cease_fire(tok: Token) -> bool:
    """ "fire" in "cease-fire", which the tokenizer splits in three."""
    return tok.lower_ == "fire" and _hyphen_prefix(tok) == "cease"


def hyphened_lemma(tok: Token, lexicon: dict[tuple[str, str], tuple[Sense, ...]]) -> str | None:
    """ "shoot-out", "pull-out": a noun the lexicon lists hyphened (and not alone), which the tokenizer splits in
    three, named by its last part."""
    prefix = _hyphen_prefix(tok)
    if not prefix or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    word = f"{prefix}-{tok.lemma_.lower()}"
    return word if (word, "N") in lexicon and (tok.lemma_.lower(), "N") not in lexicon else None


def _hyphen_prefix(tok: Token) -> str:
    """The word hyphened to the front of ``tok`` ("test" in "test-fired"), else ""."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        return doc[tok.i - 2].lower_
    return ""


def _nominal_gerund(tok: Token) -> bool:
    """A gerund the parser calls a verb though it stands as a noun: the object or complement of a preposition,
    with no object of its own ("died in police firing", parsed with "police" as its subject)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp") and not any(c.dep_ in OBJECT_DEPS
                                                                           for c in tok.children)


def _under_light_verb(tok: Token) -> bool:
    """ "carried out raids", "launched a mediation effort": a verb that only says an act took place
    lets its event noun stand, whatever verb that noun's condition names."""
    head = tok.head
    if tok.dep_ == "compound":
        head = head.head
    if tok.dep_ == "pobj":
        head = head.head
    return head != tok and head.pos_ == "VERB" and head.lemma_.lower() in HAPPENING_VERBS


def _asks_someone_to_act(tok: Token) -> bool:
    children = list(tok.children)
    return any(c.dep_ in ("dobj", "dative") for c in children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(a.tag_ == "TO" for a in c.children) for c in children)


def _tells_a_party_to_act(tok: Token) -> bool:
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    return _asks_someone_to_act(tok) and any(
        c.ent_type_ in ("GPE", "ORG", "NORP") or (c.pos_ == "NOUN" and c.lemma_.lower() in TOLD_PARTIES)
        for c in told)


def _calls_on_without_asking(tok: Token) -> bool:
    """ "called on the Emir at his palace": "call on" a named party or a title, asking nothing ("to",
    "for") of them, in the active voice."""
    children = list(tok.children)
    on = [c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _names_a_time(c)]
    if not on or any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False  # "police were called to the home on ..." is a summons
    parties = [g for p in on for g in p.children if g.dep_ == "pobj"]
    return bool(parties) and all(
        (party.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or party.lemma_.lower() in HOST_TITLES)
        and not any(g.dep_ in ("acl", "relcl", "xcomp") for g in party.children) for party in parties)


def _refuses_an_act(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    acts = [c for c in tok.children if (c.dep_ == "xcomp" and lemma == "decline" and any(
        a.tag_ == "TO" for a in c.children)) or (c.dep_ in ("xcomp", "advcl", "pcomp") and lemma == "rule"
                                                  and c.tag_ == "VBG" and any(p.lower_ == "out" for p in tok.children))]
    return bool(acts) and not _refuses_to_say(list(tok.children))


def _meeting_of_several_parties(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEETINGS:
        return False
    held = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEASURE_NOUNS:
        held = tok.head.head  # "a series of secret meetings"
    if held.dep_ != "dobj" or held.head.lemma_.lower() not in ("hold", "have"):
        return False
    subject = _child(held.head, ("nsubj",))
    return subject is not None and _several_parties(subject)


def _several_parties(subject: Token) -> bool:
    """ "Israeli and PLO officials", "Representatives of the two Koreas", "Foreign ministers of the member
    states"."""
    if _coordinated(subject):
        return True
    for whole in (subject, *(g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj")):
        if any(c.lower_ in ("two", "both", "three", "four") for c in whole.children if c.dep_ in ("nummod", "det")):
            return True
        if whole is not subject and whole.tag_ in ("NNS", "NNPS") and (
                whole.lemma_.lower() in SIDES or whole.pos_ == "PROPN"):
            return True
    return False


def _orders_payment(tok: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "pay" and any(
        w.lemma_.lower() in PAYMENTS_ORDERED for w in c.subtree) for c in tok.children)


def _mutual_exchange(tok: Token) -> bool:
    """Two parties together opening or resuming an exchange ("Iran and Turkmenistan inaugurated a rail link",
    "Mexican and U.S. customs agents began jointly inspecting cargo") or holding manoeuvres (the exercise noun, with
    coordinated doers or "with" another party: "began the Garuda exercise with the French Air Force")."""
    lemma = tok.lemma_.lower()
    if lemma not in OPENING_VERBS and lemma not in MANOEUVRES:
        return False  # the cheap test first: this runs on every word the lexicon does not list
    if tok.pos_ == "NOUN":
        held = tok
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in MEASURE_HEADS:
            held = tok.head.head  # "launched 10 days of war games"
        if lemma not in MANOEUVRES or held.dep_ not in ("dobj", "nsubjpass") or (
                lemma == "game" and not any(c.lemma_.lower() == "war" for c in tok.children)):
            return False  # war games, not "Brazil and Germany played a game"
        verb = held.head
        subject = _child(verb, ("nsubj",))
        return (subject is not None and _coordinated(subject)) or any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and _is_party(g) for g in p.children)
            for p in (*verb.children, *tok.children))
    if tok.pos_ != "VERB" or lemma not in OPENING_VERBS:
        return False
    jointly = any(c.dep_ == "advmod" and c.lower_ == "jointly"
                  for c in (tok, *(x for x in tok.children if x.dep_ == "xcomp")) for c in c.children)
    subject = _child(tok, ("nsubj",))
    if subject is None or not _coordinated(subject):
        return False
    return jointly or any(
        c.dep_ == "dobj" and c.lemma_.lower() not in MANOEUVRES and (c.lemma_.lower() in EXCHANGES or any(
            g.dep_ == "compound" and g.lemma_.lower() in EXCHANGES for g in c.children)) for c in tok.children)


def _warned_about(tok: Token) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "dobj" and _is_party(c)
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "about")]


def threatens_unless(tok: Token) -> bool:
    """ "warned Syria of military action unless Damascus stopped ...", "said it would turn off gas supplies unless
    ...", "served notice that they would resume their armed struggle unless ...": a warning, or an act of the
    speaker's own to come, on a condition another must meet. Not "Ukraine will lose the war unless ...", a
    forecast, nor "would not attend unless ..."."""
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in tok.children):
        return False
    if tok.lemma_.lower() in WARNING_VERBS:
        return True
    # "would open its gates and let refugees head to Europe unless ...": a conjunct shares its head's modal
    clause = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok
    words = [c for c in (*tok.children, *clause.children) if c.dep_ in ("aux", "auxpass", "neg", "nsubj")]
    if tok.lemma_ == "be" or any(c.dep_ == "neg" for c in words) or \
            not any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in words):
        return False
    if any(c.dep_ == "auxpass" for c in words):
        return tok.lemma_.lower() in PUNISHING_VERBS  # "organisers would be prosecuted unless ..."
    subjects = [c for c in words if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ in SPEAKER_PRONOUNS and clause.dep_ in ("ccomp", "acl")


def _warns_of_own_act(tok: Token) -> bool:
    """ "warned that it would ...": a clause whose subject is the warner's pronoun and whose verb is a
    modal's, so the warner says what it will do; "warned that organisers would be prosecuted": a punishment
    with its doer left unsaid."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        modal = any(c.dep_ == "aux" and c.lower_ in PROSPECT_MODALS for c in clause.children)
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        acting = clause.lemma_ != "be" and not passive
        if modal and acting and subjects and subjects[0].lower_ in OWN_ACT_PRONOUNS:
            return True
        if modal and passive and clause.lemma_.lower() in PUNISHING_VERBS and \
                not any(c.dep_ == "agent" for c in clause.children):
            return True
    return False


def _obliges(tok: Token) -> bool:
    """ "declared that China must drop barriers"; "we must do more" binds the speaker, and asks nothing of another."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children)
               and not any(a.dep_ == "nsubj" and a.lower_ in ("i", "we") for a in c.children)
               for c in tok.children)


def _takes_place(verb: Token) -> bool:
    """ "The encounter took place near the village": the idiom says its subject happened."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _argument_words(tok: Token, pos: str) -> set[str]:
    """Lemmas a condition may test: a verb's objects, a noun's governing verb."""
    words: set[str] = set()
    if pos == "V":
        # The subject of a verb with no object is what the act happens to ("peacekeepers arrived",
        # "a bomb exploded"), and a weapon as subject names the act ("a missile hit the depot"); any
        # other subject of a verb with an object is its agent and says nothing about the act.
        has_object = any(c.dep_ in OBJECT_DEPS for c in tok.children)
        for c in tok.children:
            theme = c.dep_ in ("acomp", "advmod") or (
                c.dep_ == "nsubj" and (not has_object or _is_instrument(c)))
            if c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or theme:
                words.update({c.lemma_.lower(), c.lower_})
                words.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
                words.update(_partitive_words(c))
                words.update(_entity_markers(c))
                if c.dep_ in OBJECT_DEPS and any(g.dep_ == "acl" and g.lemma_.lower() in CAPTIVITY_VERBS
                                                 for g in c.children):
                    words.add(HELD_MARKER)  # "freed 14 women held by a trafficking ring": captives
                if c.dep_ in OBJECT_DEPS and tok.lemma_.lower() in DEPRIVING_VERBS:
                    # "stripped 94 opposition figures of their citizenship": what they lose
                    lost = _prep_object(c, ("of",))
                    words.update((lost.lemma_.lower(), lost.lower_) if lost is not None else ())
                if c.dep_ in OBJECT_DEPS:
                    # "providing aerial photographs and other military intelligence"
                    words.update(item.lemma_.lower() for item in c.conjuncts)
                    words.update(_cargo(c))
                    words.update(_money_form(c))
            elif c.dep_ in ("prep", "prt") and c.lower_ not in CIRCUMSTANCE_PREPS:
                # "walked out of the talks": the object of a preposition after a particle
                nested = [g for p in c.children if p.dep_ == "prep" and c.lower_ in PARTICLES for g in p.children]
                for g in [*c.children, *nested]:
                    if g.dep_ == "pobj":
                        # "supplied the police with goggles, armoured vehicles and training"
                        for item in (g, *g.conjuncts):
                            words.add(item.lemma_.lower())
                            words.update(_entity_markers(item))
                        words.update(_partitive_words(g))  # "put the army on its highest state of alert"
            elif c.dep_ == "xcomp":
                words.update(g.lemma_.lower() for g in c.children if g.dep_ in OBJECT_DEPS)
                if c.pos_ == "NOUN":
                    words.add(c.lemma_.lower())  # "voiced dismay over ...", the object misread as a complement
                if c.tag_ == "VBG" and tok.lemma_.lower() in CEASING_VERBS:
                    words.add(c.lemma_.lower())  # "stopped arresting opposition activists": what stops
                if tok.lemma_.lower() in LETTING_VERBS and not any(g.dep_ in OBJECT_DEPS and g.pos_ == "PRON"
                                                                   for g in tok.children):
                    words.add(c.lemma_.lower())  # "allowed the exiles to return", not "allows them to return to"
            elif c.dep_ == "ccomp" and tok.lemma_.lower() in LETTING_VERBS:
                # "allowed U.N. inspectors to access the plant", "let aid convoys into Tigray": who is let in
                # is the subject of the clause the parser hangs from the verb, or that clause's head noun
                let_in = [g for g in c.children if g.dep_ == "nsubj"] + ([c] if c.pos_ in ("NOUN", "PROPN") else [])
                words.update(w for g in let_in for w in (g.lemma_.lower(), g.lower_))
                if c.pos_ == "VERB" and not any(g.pos_ == "PRON" for g in let_in):
                    words.add(c.lemma_.lower())  # "allowed monks to return to the monastery": what they may do
                    # "allowed the opposition to hold a rally": what they may hold
                    words.update(g.lemma_.lower() for g in c.children if g.dep_ in OBJECT_DEPS)
            elif c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ":
                words.add(c.lemma_.lower())  # "found the commander guilty of genocide"
            elif c.dep_ == "ccomp" and tok.lemma_.lower() == "declare":
                words.update({c.lemma_.lower(), c.lower_})  # "declared two diplomats persona non grata", misparsed
        if tok.dep_ == "xcomp" and not has_object and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            # "Syrian troops began withdrawing from Beirut": the subject of "began" is who withdraws
            words.update(w for c in tok.head.children if c.dep_ == "nsubj" for w in (c.lemma_.lower(), c.lower_))
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _is_instrument(tok.head):
            # "a grenade thrown into a cafe", "a bomb planted under a car": the weapon is what is thrown
            words.update({tok.head.lemma_.lower(), tok.head.lower_})
    elif tok.dep_ in ("nsubj", "csubj") and any(c.dep_ in OBJECT_DEPS for c in tok.head.children) \
            and not _takes_place(tok.head):
        pass  # "The opposition voiced support": the subject of a transitive verb does it, it is not voiced
    else:
        head = tok.head
        if tok.dep_ == "pobj":
            head = head.head
            if head.lemma_.lower() in MEASURE_HEADS and head.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                head = head.head  # "held a fifth round of talks", "held two hours of talks"
        words.update({head.lemma_.lower(), head.lower_})
        if head.pos_ in ("VERB", "AUX"):
            words.update(verb_bases(head))  # "staged a strike": the tagger lemmatises "staged" as "stag"
    if pos == "N" and (done_to := _prep_object(tok, ("of",))) is not None:
        # "the suspension of Dutch aid", "the recognition of Croatia": what the act is done to
        words.add(done_to.lemma_.lower())
        words.update(_entity_markers(done_to))
    return words


LETTING_VERBS = frozenset({"allow", "let", "permit"})
# "called off the strike after talks with the government": what an act follows or happens amid is not its object
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "amid", "amidst", "since", "until", "despite",
                                "following"})
LOADING_VERBS = frozenset({"load", "carry", "laden", "pack", "fill", "stack"})


def _subject_words(verb: Token) -> set[str]:
    """What a ``subj=`` condition may test: the doer of a verb (its subject, or the "by" agent of a passive),
    with its entity marker and ``@armed`` for an armed body ("Israeli troops entered the town")."""
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _is_passive(verb.head):
        # "commandos stormed a compound and freed eleven hostages": a conjunct shares its head's subject
        doers = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    words: set[str] = set()
    for doer in doers:
        forms = {doer.lemma_.lower(), doer.lower_}
        words |= forms | _entity_markers(doer)
        # a sentence-opening "Militiamen" or "Rebels" may be tagged a proper noun that keeps its plural
        singular = {doer.lower_.removesuffix("s"), doer.lower_.removesuffix("men") + "man"}
        # "army units", "police officers": a body named by the armed force it belongs to
        forces = {m.lemma_.lower() for m in doer.children if m.dep_ == "compound"}
        if not ARMED_BODIES.isdisjoint(forms | singular | forces):
            words.add(ARMED_MARKER)
        if _warplane(doer):
            words.add(WARPLANE_MARKER)
    return words


def _warplane(tok: Token) -> bool:
    """A military aircraft: a warplane or gunship, or an aircraft a nation or armed force flies ("Israeli
    aircraft", "army helicopters"), not an airliner that hits a bird."""
    lemma = tok.lemma_.lower().removesuffix("s") if tok.pos_ == "PROPN" else tok.lemma_.lower()
    if lemma not in AIRCRAFT:
        return False
    return lemma in WARPLANES or any(m.dep_ in ("amod", "compound", "nmod") and (
        m.ent_type_ == "NORP" or m.lemma_.lower() in MILITARY_MODIFIERS) for m in tok.children)


def _cargo(vehicle: Token) -> set[str]:
    """What a vehicle sent carries: "sent three planes loaded with tents, food and medicine", "dispatched
    trucks carrying flour"."""
    words: set[str] = set()
    for acl in vehicle.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in LOADING_VERBS:
            continue
        goods = [g for g in acl.children if g.dep_ == "dobj"]
        goods += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                  if g.dep_ == "pobj"]
        words.update(item.lemma_.lower() for g in goods for item in (g, *g.conjuncts))
    return words


def _money_form(amount: Token) -> set[str]:
    """What a sum is given as: "provide $200 million in emergency loans", "pledged $5 million in aid"."""
    if amount.ent_type_ != "MONEY" and not amount.like_num:
        return set()
    form = _prep_object(amount, ("in",))
    return {form.lemma_.lower(), form.lower_} if form is not None else set()


def _is_instrument(tok: Token) -> bool:
    # "Rockets" opening a sentence is often tagged a proper noun and keeps its plural as lemma.
    return not INSTRUMENT_SUBJECTS.isdisjoint({tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")})


def _entity_markers(tok: Token) -> set[str]:
    """ "@person", "@gpe", ...: lets a condition ask for a named party ("met Kerry", "released
    Adli Yaish") where no list of words could."""
    marker = ENTITY_MARKERS.get(tok.ent_type_)
    return {m for m in (marker, PERSON_MARKER if _is_person(tok) else None) if m is not None}


def _partitive_words(head: Token) -> set[str]:
    """ "forgave half of Zambia's debt", "suspended part of a military aid programme": the condition
    is about what the part is of."""
    lemma = head.lemma_.lower()
    measure = lemma in PARTITIVES or lemma in MEASURE_NOUNS or lemma in STATE_NOUNS or head.like_num
    whole = _prep_object(head, ("of",)) if measure else None
    if whole is None:
        return set()
    return {whole.lemma_.lower(), whole.lower_} | {g.lemma_.lower() for g in whole.children
                                                   if g.dep_ in ("compound", "amod")}


def drop_nested_duplicates(found: list[_Found]) -> list[_Found]:
    """One event for "carried out a bomb attack": a noun trigger under a verb trigger of its type goes, and so
    does what is imposed ("imposed visa restrictions" is one sanction, not a sanction and a restriction; but
    "broke up demonstrations", "defused a bomb" keep the protest and the bomb, which ACLED counts). A noun whose harm
    the verb tells stays ("the bombing of a checkpoint killed 9", "were killed in the attack on an army base"): it
    names the incident, its target and its kind, and the killing becomes part of it."""
    by_token = {f.token.i: f for f in found}
    kept = []
    for f in found:
        if beside_another_act(f.token):
            kept.append(f)  # "retaliated for the killing", "torched a house after the killing": another act
            continue
        if f.token.pos_ != "VERB":
            up = f.token.head if f.token.dep_ != "pobj" else f.token.head.head
            other = by_token.get(up.i)
            imposed = other is not None and other.token.lemma_.lower() == "impose" and f.token.dep_ == "dobj"
            if other is not None and other is not f and (other.sense.type == f.sense.type or imposed) \
                    and not _harm_told_of(f.token, other.token):
                continue
        kept.append(f)
    return kept


def _harm_told_of(noun: Token, verb: Token) -> bool:
    """ "the blast killed 12", "were wounded in the shootout": the verb tells the harm the noun's event did."""
    if not is_harm(verb):
        return False
    if noun.dep_ in ("nsubj", "csubj"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS


def non_agent_cause(f: _Found) -> bool:
    """An assault, blockade or restriction whose doer is a quake, a storm, a disease or an accident: "an
    earthquake killed eight people", "landslides blocked the highway"."""
    if f.sense.type not in ("ASSAULT", "PROTEST", "COERCE", "THREATEN"):
        return False
    if f.sense.type == "ASSAULT" and _in_an_accident(f.token):
        return True
    words = set()
    if f.actor is not None and not _armed(f.actor):
        # (Dylann Roof, not a roof; "firing by the cadres claimed two lives" is gunfire, though lemmatised "fire")
        if not (f.actor.ent_type_ == "PERSON" and f.actor.ent_iob_ == "I") and f.actor.lower_ != "firing":
            # "Wildfires" opening a sentence may be tagged a proper noun that keeps its plural as lemma.
            words.update({f.actor.lemma_.lower(), f.actor.lower_.removesuffix("s")})
        # "The storm hit the coast. It killed 12 people": the pronoun's thing from the sentence before.
        before = _previous_sentence_subject(f.actor)
        if before is not None:
            words.add(before.lemma_.lower())
        # "lightning strikes killed 11", "Cyclone Chido killed 94", "Cyclone Bulbul hits ..., killing 38" (a
        # name the tagger types as no entity) ("a lightning offensive" is an army's);
        # "a gas cylinder explosion injured nine"
        if f.actor.lemma_.lower() in ("strike", "bolt", "flash") or f.actor.ent_type_ or f.actor.pos_ == "PROPN":
            words.update(m.lemma_.lower() for m in f.actor.children if m.dep_ == "compound"
                         and m.lemma_.lower() in NON_AGENT_CAUSES)
        if _industrial_blast(f.actor):
            return True
        if f.actor.lemma_.lower() in ANIMAL_GROUPS:  # "a swarm of locusts"
            words.update(g.lemma_.lower() for p in f.actor.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")
    for c in f.token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by"):
            # "killed in firing" is gunfire, though spaCy lemmatises "firing" as "fire" (a blaze).
            causes = [g for g in c.children if g.dep_ == "pobj" and not _armed(g) and g.lower_ != "firing"]
            words.update(g.lemma_.lower() for g in causes)
            if any(_industrial_blast(g) for g in causes):
                return True  # "injured in a gas explosion at a noodle restaurant"
    if f.sense.type != "ASSAULT":
        words.discard("wave")  # "a wave of protesters blocked the road" is people
    return not NON_AGENT_CAUSES.isdisjoint(words)


def _industrial_blast(tok: Token) -> bool:
    """ "a gas cylinder explosion", "a boiler blast": an explosion named for what blew up."""
    return tok.lemma_.lower() in BLASTS and any(m.lemma_.lower() in INDUSTRIAL for m in tok.children
                                                if m.dep_ in ("compound", "amod"))


def _in_an_accident(tok: Token) -> bool:
    """ "crashed into the ocean, killing all 228 on board", "were killed when a minibus plunged into a ravine",
    "a tanker exploded after overturning, killing two", "injured 37 people and may have been caused by a gas leak":
    a death, an injury or (with a gas leak) an explosion in a sentence that tells of an accident (a verb of crashing
    with nothing crashed into on purpose, or a gas leak) and of no weapon."""
    lemma = tok.lemma_.lower()
    if lemma not in HARM_VERBS and lemma not in BLASTS:
        return False
    sentence = tok.sent
    accident = lemma in HARM_VERBS and any(
        w.pos_ == "VERB" and (w.lemma_.lower() in ACCIDENT_VERBS or _hyphen_prefix(w) == "crash")
        and not any(c.dep_ == "dobj" for c in w.children) for w in sentence)
    if accident and not any(_is_instrument(w) or _armed(w) for w in sentence):
        return True
    # (an explosion is an instrument; a gas leak says what blew up)
    gas_leak = any(w.lemma_.lower() == "leak" and any(c.lower_ == "gas" for c in w.children) for w in sentence)
    return gas_leak and not any((_is_instrument(w) and w.lemma_.lower() not in BLASTS) or _armed(w) for w in sentence)


def _armed(cause: Token) -> bool:
    """ "killed in rocket fire", "hit by artillery fire": a weapon's fire is no accident."""
    return any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in WEAPON_MODIFIERS for m in cause.children)
