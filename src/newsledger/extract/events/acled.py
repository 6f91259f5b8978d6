"""ACLED event and sub-event types for PLOVER events: the family from PLOVER, the sub-type from
cue words and sentence embeddings.

ACLED types a violent event by the weapon and the victim (an air strike, a grenade, an attack on
civilians) and a protest by how the authorities met it. Three kinds of evidence are combined:

1. The PLOVER type and mode decide whether ACLED would count the event at all and which sub-types
   are possible (an ASSAULT is never a peaceful protest; statements, requests and visits get none).
2. Cue words decide where the codebook names the thing itself: the weapon ("grenade", "mortar",
   "landmine"), the mode of the trigger (an arrest, a rape, an abduction), seized weapons, the
   kind of actor that takes territory. Weaker cues (armed men on both sides, police at a protest,
   a mob) only favour a sub-type.
3. Otherwise the sentence's all-MiniLM-L6-v2 embedding is compared with prototypes of the
   possible sub-types written from the codebook's definitions (``acled_subtypes``), and the
   nearest wins (zero-shot, as the best CASE 2021 task 2 systems did). A sentence nearer a
   prototype of news ACLED does not record (disasters, diplomacy, crime, claims of
   responsibility) than to the sub-type chosen gets no ACLED type; an assault whose sentence names a
   weapon (a bomb, a landmine, a missile) is not held back by the disaster prototypes.

Only sentences holding an event ACLED might count are embedded, each once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from newsledger.extract.events.acled_subtypes import NOT_ACLED_TEXTS, SUBTYPE_TEXTS
from newsledger.extract.events.everyday_words import MERGING_TRIGGERS, MILITARY_SITES
from newsledger.records import AcledType

# Words of violence between two sides ("clashes between police and protesters").
RECIPROCAL_STEMS = ("clash", "fight", "fought", "battl", "skirmish", "gunfight", "firefight", "scuffl", "brawl",
                    "confront")

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPE: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VAC,
    "Attack": VAC,
    "Abduction/forced disappearance": VAC,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}

# Cue lemmas (lower case) that name the weapon and so the explosion sub-type, most specific first.
WEAPON_CUES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"chlorine", "sarin", "chemical", "toxic", "poisonous", "mustard", "nerve", "chloropicrin", "phosgene"}),
     "Chemical weapon"),
    (frozenset({"suicide", "self-immolation"}), "Suicide bomb"),
    (frozenset({"grenade", "grenades"}), "Grenade"),
    (frozenset({"airstrike", "air-strike", "warplane", "jet", "helicopter", "chopper", "drone", "aircraft",
                "airplane", "bomber", "air", "aerial", "airforce", "plane", "quadcopter", "uav"}), "Air/drone strike"),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer", "shellfire",
                "bombard", "bombardment", "katyusha"}), "Shelling/artillery/missile attack"),
    (frozenset({"ied", "landmine", "mine", "roadside", "explosive", "bomb", "blast", "explosion", "detonate",
                "bombing", "device", "explode"}), "Remote explosive/landmine/IED"),
)
CLASH_CUES = frozenset({"clash", "gunbattle", "gunfight", "firefight", "battle", "fighting", "fight", "crossfire",
                        "exchange", "encounter", "skirmish", "confrontation"})
# Words that name an exchange of fire anywhere in the sentence ("killed in an exchange of fire").
FIREFIGHT_CUES = frozenset({"gunbattle", "gunfight", "firefight", "crossfire", "skirmish", "shootout", "fire-fight",
                            "encounter"})  # an "encounter" in South Asian news is a gunfight with the police
ARMED_WORDS = frozenset({"army", "troops", "troop", "soldier", "force", "military", "militant", "rebel", "insurgent",
                         "fighter", "militia", "guerrilla", "terrorist", "jihadist", "police", "policeman", "gunman",
                         "unit", "battalion", "regiment", "brigade", "combatant", "convoy", "camp", "post",
                         "checkpoint", "base", "position", "taliban", "shabab", "shabaab", "isis", "isil", "maoist",
                         "naxal"})
GOVERNMENT_WORDS = frozenset({"army", "troops", "troop", "soldier", "military", "government", "force", "unit",
                              "police", "regime"})
NON_STATE_WORDS = frozenset({"rebel", "militant", "insurgent", "fighter", "militia", "guerrilla", "terrorist",
                             "jihadist", "houthi", "taliban", "shabab", "shabaab", "isis", "isil", "maoist",
                             "separatist", "militiaman", "militiamen", "gunman", "gunmen", "gang", "liberation",
                             "resistance", "insurgency"})  # not "revolutionary": Iran's Revolutionary Guards
# Words that make a party the state even beside a non-state word ("government forces and allied militias").
STATE_WORDS = frozenset({"government", "regime", "junta", "police", "soldier", "military", "army"})
TERRITORY_MODES = frozenset({"capture", "retake", "recapture", "regain", "overrun"})
MOB_CUES = frozenset({"mob", "lynch", "vigilante", "villager", "crowd", "rioter"})
# The codebook's mob violence is violence by a mob; a lynching is mob violence by definition.
MOB_DECISIVE_ACTORS = frozenset({"mob", "mobs", "vigilante", "vigilantes", "crowd", "crowds"})
LYNCH_TRIGGERS = frozenset({"lynch", "lynching"})
# People taking part in a demonstration: violence by them is a violent demonstration (a riot), and
# violence against them by state forces is the state meeting a protest.
PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "agitator", "marcher",
                             "protesters", "protestors", "demonstrators", "rioters", "agitators", "marchers"})
PROTEST_CONTEXT = PROTESTER_WORDS | frozenset({"protest", "demonstration", "rally", "riot", "agitation", "march",
                                               "sit-in", "procession"})
STATE_FORCE_WORDS = frozenset({"police", "policeman", "policemen", "security", "soldier", "troops", "troop", "army",
                               "force", "officer", "gendarme", "military", "paramilitary", "constable", "ranger",
                               "rangers", "paramilitaries"})
# What protesters do in a riot (the codebook's violent demonstration), named in the sentence.
RIOTING_CUES = frozenset({"riot", "rioter", "violent", "stone", "rocks", "pelt", "vandalise", "vandalize", "torch",
                          "molotov", "petrol", "smash", "ransack", "loot", "tyre", "tyres", "tires"})
CROWD_CONTROL_CUES = frozenset({"teargas", "tear", "cannon", "baton", "disperse", "lathicharge", "lathi-charge",
                                "rubber", "pellet", "lathi"})
# A bomb squad destroying a device is the codebook's disrupted weapons use, not an explosion, as long
# as nobody was hurt.
DISPOSAL_CUES = frozenset({"disposal", "defuse", "defused", "sapper", "deminer", "demining",
                           "de-mining", "neutralise", "neutralize", "neutralised", "neutralized"})
CASUALTY_CUES = frozenset({"kill", "dead", "death", "die", "injure", "wound", "hurt", "casualty", "victim"})
COMMUNAL_CUES = frozenset({"communal", "sectarian", "ethnic", "tribal", "caste", "clan"})
# Unorganised groups who riot (a violent demonstration) rather than armed men who loot.
RIOTER_LIKE = frozenset({"youth", "supporter", "student", "worker", "resident", "villager", "youths", "supporters",
                         "students", "workers", "residents", "villagers"})
SEXUAL_CUES = frozenset({"sexual", "sexually"})
SEXUAL_TRIGGERS = frozenset({"assault", "abuse", "violence", "attack", "harass", "harassment"})
# Ordinary crime ACLED does not record: a robbery, a domestic or family quarrel (CASE 2021 files it
# as crime, not political violence). Checked only when no mob and no explosive weapon is named.
CRIMINAL_ACTORS = frozenset({"robber", "robbers", "burglar", "burglars", "thief", "thieves", "poacher", "poachers",
                             "dacoit", "dacoits", "sicario", "sicarios"})
CRIME_CONTEXT = frozenset({"robbery", "heist", "burglary", "dowry", "domestic", "quarrel"})
# Who may set up a base or headquarters in ACLED's sense: an armed organisation, not a bank.
BASE_ACTORS = (ARMED_WORDS - {"camp", "post", "checkpoint", "base", "position", "unit", "convoy"}) | NON_STATE_WORDS | {
    "armed", "faction", "navy", "marine", "separatist", "al-shabaab", "boko", "haram", "hezbollah", "hamas", "bandit",
    "dissident", "outfit", "jnim", "iswap", "m23", "wagner", "warlord", "commander"}
RIOT_CUES = frozenset({"riot", "rioter", "violent", "stone", "pelt", "vandalise", "vandalize", "torch", "clash",
                       "throw", "burn", "molotov", "smash"})
LETHAL_FORCE_CUES = frozenset({"kill", "shoot", "shot", "dead", "live", "bullet", "death"})
INTERVENTION_CUES = frozenset({"disperse", "tear", "teargas", "arrest", "detain", "baton", "cannon", "lathicharge",
                               "intervene", "break", "police", "block"})
WEAPON_OBJECTS = frozenset({"weapon", "arms", "ammunition", "explosive", "rifle", "gun", "bomb", "grenade", "ied",
                            "cartridge", "revolver", "pistol", "missile", "rocket", "launcher", "device", "mine",
                            "weapons", "explosives", "rifles", "guns", "revolvers", "ammunitions", "landmine",
                            "landmines", "ieds", "munitions", "detonator", "detonators", "mortars", "shells",
                            "grenades", "bombs", "missiles", "rockets"})
GROUP_CHANGE_TRIGGERS = frozenset({"mobilize", "mobilise", "mobilization", "mobilisation", "form", "recruit",
                                   "recruitment", "conscript", "conscription", "enlist"})
MOVING_TRIGGERS = frozenset({"move", "mass", "amass", "relocate", "redeploy", "transfer", "shift"})
MOVED_FORCES = frozenset({"troops", "troop", "soldier", "soldiers", "force", "forces", "tank", "tanks", "artillery",
                          "unit", "units", "division", "brigade", "battalion", "armour", "armor", "reinforcements",
                          "missiles", "launchers", "warships", "jets", "fighters"})
# Armed groups merging, allying or joining forces change what they are (ACLED's "Change to group/activity").
ALLYING_TRIGGERS = MERGING_TRIGGERS | {"join", "unite"}
ALLIED_THINGS = frozenset({"force", "forces", "hand", "hands", "ranks", "alliance", "coalition", "front"})
# Emergency rule over an area ACLED records as a strategic development ("Other"): curfews, states of
# emergency and martial law, internet shut down, parties and organisations banned; not measures against a
# disaster or an epidemic.
EMERGENCY_RULE = frozenset({"curfew", "emergency", "martial"})
CUT_SERVICES = frozenset({"internet", "mobile", "telecom", "broadband", "communications", "phone", "phones",
                          "network", "networks", "service", "services", "data"})
# A service cut is a shutdown when the sentence says it is the internet or the phones, not water or power.
SHUTDOWN_CUES = frozenset({"internet", "mobile", "telecom", "broadband", "phone"})
BANNED_BODIES = frozenset({"party", "parties", "organisation", "organization", "organisations", "organizations",
                           "outfit", "outfits", "movement", "activities", "group", "groups", "union", "unions",
                           "league"})
DISASTER_CUES = frozenset({"flood", "floods", "cyclone", "storm", "hurricane", "typhoon", "earthquake", "quake",
                           "pandemic", "covid", "covid-19", "coronavirus", "virus", "outbreak", "epidemic", "wildfire",
                           "bushfire", "drought", "heatwave", "heat", "snow", "blizzard", "disease", "ebola", "cholera",
                           "lockdown", "infection", "infections", "volcano", "eruption", "tsunami", "landslide",
                           "floodwater", "floodwaters", "flooding", "rain", "rains", "rainfall", "monsoon",
                           "inundation"})
AGREEMENT_CUES = frozenset({"agreement", "deal", "ceasefire", "truce", "accord", "pact", "treaty", "peace", "cessation",
                            "armistice"})
# Words that place an arrest at a protest ("riot" is left out: "riot police" guard house arrests too, and
# "march" may be the month).
AT_A_PROTEST = PROTESTER_WORDS | frozenset({"protest", "demonstration", "rally", "sit-in", "agitation", "vigil",
                                            "procession", "gathering"})
# An agreement ACLED records is between the sides of a conflict, not a trade deal signed on a visit.
CONFLICT_CUES = frozenset({"ceasefire", "truce", "armistice", "cessation", "peace", "hostilities", "prisoner",
                           "prisoners", "rebel", "rebels", "war", "conflict", "fighting", "militia", "militant",
                           "militants", "insurgent", "insurgents", "disarmament", "demobilisation", "demobilization"})
# A prisoner exchange is an agreement between the sides in ACLED's codebook.
EXCHANGE_TRIGGERS = frozenset({"exchange", "swap"})
# Ground that changes hands: handed over, ceded, or left by withdrawing forces.
TERRITORY_WORDS = frozenset({"town", "city", "district", "province", "region", "base", "airfield", "airport", "port",
                             "village", "territory", "area", "bank", "camp", "garrison", "zone", "enclave", "island",
                             "islands", "outpost", "positions", "position", "neighbourhood", "neighborhood", "valley"})
HANDOVER_TRIGGERS = frozenset({"hand", "handover", "cede", "transfer"})
# Words for ground that can be handed over, not an area things happen in.
HANDED_GROUND = (TERRITORY_WORDS - {"area", "region", "province", "zone", "valley", "bank", "position"}) | {
    "checkpoint", "checkpoints", "villages", "towns", "bases", "outposts", "districts"}
THROWING_TRIGGERS = frozenset({"hurl", "throw", "lob", "toss"})
# "air defences shot down a missile": the air is where the weapon was stopped, not where it came from.
AIR_DEFENCE_CUES = frozenset({"defence", "defense", "defences", "defenses"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
SELF_DETONATION_CUES = frozenset({"blow", "detonate", "explode", "explosive", "bomb", "vest", "belt"})
# Fire thrown by hand at a riot is not a remote explosive.
INCENDIARY_CUES = frozenset({"petrol", "molotov", "gasoline", "firebomb"})
# "claimed responsibility for the attack": CASE 2021 files the claim (ATTRIB), not the attack.
RESPONSIBILITY_CUES = frozenset({"responsibility"})
CLAIM_CUES = frozenset({"claim", "claimed", "claiming", "accept", "admit", "take"})
# Weapons no accident is made of (not "explosion", "blast", "plane" or "chemical", which accidents share), and
# the kinds of news without an attacker that their sentences may still resemble.
WEAPONS_NAMED = frozenset({"bomb", "bombing", "ied", "landmine", "grenade", "missile", "rocket", "mortar", "shelling",
                           "artillery", "airstrike", "warplane", "drone", "suicide", "explosive"})
DISASTERS = frozenset({"natural disaster", "man-made disaster"})

# The sub-types an event of each kind may take.
EXPLOSION_SUBTYPES = ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                      "Remote explosive/landmine/IED", "Grenade")
VIOLENT_SUBTYPES = ("Armed clash", *EXPLOSION_SUBTYPES, "Sexual violence", "Attack", "Abduction/forced disappearance",
                    "Mob violence", "Violent demonstration", "Excessive force against protesters",
                    "Looting/property destruction")
TERRITORY_SUBTYPES = ("Government regains territory", "Non-state actor overtakes territory", "Armed clash",
                      "Non-violent transfer of territory")
DESTRUCTION_SUBTYPES = ("Looting/property destruction", "Violent demonstration", "Mob violence", "Air/drone strike",
                        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Attack")
# With no weapon named in the sentence, no sub-type defined by a weapon ("Rebels launched an attack on villages"
# is no air strike, however near the sentence's embedding sits to one).
UNARMED_VIOLENT_SUBTYPES = tuple(s for s in VIOLENT_SUBTYPES if s not in EXPLOSION_SUBTYPES)
UNARMED_DESTRUCTION_SUBTYPES = tuple(s for s in DESTRUCTION_SUBTYPES if s not in EXPLOSION_SUBTYPES)
PROTEST_SUBTYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                    "Violent demonstration")
RIOT_SUBTYPES = ("Violent demonstration", "Mob violence")

# Tuned on the CASE 2021 sample's dev half (leave-one-out); see docs/quality/events.md.
HINT_BONUS = 0.10  # added to the similarity of the sub-type a weak cue favours
NONE_MARGIN = 0.0  # a not-ACLED prototype must beat the best allowed sub-type by more than this


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the PLOVER event and cue words allow: the possible sub-types, one the cues decide
    outright, or one they only favour (``hint``, also the answer without embeddings)."""

    allowed: tuple[str, ...]
    decided: str | None = None
    hint: str | None = None


def acled_type(plover: str, mode: str | None, trigger: str, cues: Collection[str],
               actor: Collection[str] = (), target: Collection[str] = (),
               sentence: str | None = None, theme: Collection[str] = ()) -> AcledType | None:
    """The ACLED type of an event, or None when ACLED would not record it.

    ``cues`` are the lower-case lemmas of the event's sentence, ``actor``/``target`` those of its
    participants, ``trigger`` the trigger's lemma, ``theme`` those of the trigger's direct object (what
    is handed over, when the target is who receives it). With ``sentence`` (the sentence's text) the
    sub-type is checked and, where cue words do not decide it, chosen by embedding similarity;
    without it, by cue words alone. Raises ``ModelNotFoundError`` when the embedding model is not
    installed and a sentence is given.
    """
    cands = candidates(plover, mode, trigger, cues, actor, target, theme)
    if cands is None:
        return None
    if sentence is None:
        sub = cands.decided or cands.hint
        return AcledType(EVENT_TYPE[sub], sub) if sub is not None else None
    if plover == "ASSAULT" and not RESPONSIBILITY_CUES.isdisjoint(cues) and not CLAIM_CUES.isdisjoint(cues):
        return None
    if cands.decided is not None and EVENT_TYPE[cands.decided] == STRATEGIC and cands.decided != "Arrests":
        # Cue words that name a strategic development outright (a base set up, a prisoner swap) are not
        # second-guessed by the sentence's likeness to news ACLED does not record; an arrest is, as
        # most arrests in the news are of criminals.
        return AcledType(STRATEGIC, cands.decided)
    sims, not_acled = similarities(sentence)
    sub = choose(cands, sims)
    if plover == "ASSAULT" and not WEAPONS_NAMED.isdisjoint(cues):
        # A bomb, landmine or missile is no accident or natural disaster, however near the sentence sits to
        # one ("a landmine killed three children collecting firewood"); a claim of the attack still is no attack.
        not_acled = {group: sim for group, sim in not_acled.items() if group not in DISASTERS}
    if max(not_acled.values()) > sims[sub] + NONE_MARGIN:
        return None
    return AcledType(EVENT_TYPE[sub], sub)


def choose(cands: Candidates, sims: dict[str, float], bonus: float = HINT_BONUS) -> str:
    """The decided sub-type, else the allowed one nearest the sentence (the hinted one favoured)."""
    if cands.decided is not None:
        return cands.decided
    return max(cands.allowed, key=lambda sub: sims[sub] + (bonus if sub == cands.hint else 0.0))


def candidates(plover: str, mode: str | None, trigger: str, cues: Collection[str],
               actor: Collection[str] = (), target: Collection[str] = (),
               theme: Collection[str] = ()) -> Candidates | None:
    """The sub-types a PLOVER event may take, or None when ACLED would not count it."""
    if plover == "ASSAULT":
        if _ordinary_crime(trigger, cues, actor):
            return None
        return _violence(mode, trigger, cues, actor, target)
    if plover == "PROTEST":
        return _protest(mode, cues)
    if plover == "COERCE":
        if mode == "arrest":
            return _arrest(cues, actor, target)
        if mode == "disrupt" or (mode == "seize" and not WEAPON_OBJECTS.isdisjoint(target)):
            # A bomb defused, a missile intercepted, a weapons cache seized (the object's whole phrase
            # counts: "a cache of rifles").
            return _decided("Disrupted weapons use")
        if mode == "destroy":
            return _decided("Looting/property destruction")
        if mode == "restrict" and ("protest" in target or "protester" in target or "demonstration" in target):
            return _decided("Protest with intervention")
        if _emergency_rule(mode, trigger, cues, set(target) | set(theme)):
            return _decided("Other")
        if trigger == "raid":
            # An air raid is an air strike; a police raid is not an ACLED event by itself.
            sub = _weapon(cues)
            return _decided(sub) if sub in ("Air/drone strike", "Shelling/artillery/missile attack") else None
        return None
    if plover in ("AGREE", "SUPPORT", "RETREAT") and (
        (not AGREEMENT_CUES.isdisjoint(cues) and plover != "RETREAT" and not CONFLICT_CUES.isdisjoint(cues))
        or mode in ("ceasefire", "disarm")
        or (plover == "RETREAT" and (trigger in EXCHANGE_TRIGGERS
                                     or (mode == "release" and not EXCHANGE_TRIGGERS.isdisjoint(cues))))
    ):
        return _decided("Agreement")
    if plover in ("COOPERATE", "RETREAT", "CONCEDE") and (
        (trigger in HANDOVER_TRIGGERS and _hands_over_ground(cues, theme))
        or (mode == "withdraw" and _withdrawn_from_ground(cues, actor))
    ):
        # Ground handed over, or left by withdrawing forces, changes hands without a fight.
        return _decided("Non-violent transfer of territory")
    if plover == "MOBILIZE" and mode == "base":
        # A base or headquarters counts when an armed organisation sets it up ("the rebels set up a
        # base"); a bank opening its headquarters is no ACLED event.
        armed = not BASE_ACTORS.isdisjoint(actor) or (not actor and not BASE_ACTORS.isdisjoint(cues))
        military = not MILITARY_SITES.isdisjoint(theme)
        return _decided("Headquarters or base established") if armed or military else None
    if plover == "MOBILIZE" and trigger in GROUP_CHANGE_TRIGGERS:
        # Raising or forming a force changes what an armed group is (ACLED's "Change to group/activity").
        return _decided("Change to group/activity")
    if plover == "MOBILIZE" and mode == "troops" and trigger in MOVING_TRIGGERS and not MOVED_FORCES.isdisjoint(theme):
        # Forces moved or massed somewhere; a routine deployment of police is no ACLED event.
        return _decided("Change to group/activity")
    if plover == "COOPERATE" and trigger in ALLYING_TRIGGERS and _armed_groups_ally(trigger, cues, actor, theme):
        return _decided("Change to group/activity")
    return None


def _armed_groups_ally(trigger: str, cues: Collection[str], actor: Collection[str], theme: Collection[str]) -> bool:
    """Armed groups merging or joining forces: the actor is one, or a pronoun or nothing stands for it in a
    sentence that names one. States and parties allying are diplomacy."""
    if trigger == "join" and ALLIED_THINGS.isdisjoint(theme):
        return False  # "joined the talks": no forces joined
    if trigger == "unite" and theme and ALLIED_THINGS.isdisjoint(theme):
        return False  # "united the party behind him"; "the rebel groups united" stays
    if not STATE_WORDS.isdisjoint(actor):
        return False
    armed = NON_STATE_WORDS | {"armed", "faction", "factions", "gang", "gangs"}
    if not armed.isdisjoint(actor):
        return True
    named = {w for w in actor if w not in ("they", "them", "it", "which", "who", "that")}
    return not named and not armed.isdisjoint(cues)


def _emergency_rule(mode: str | None, trigger: str, cues: Collection[str], objects: Collection[str]) -> bool:
    """A curfew, a state of emergency or martial law, an internet shutdown, a party banned."""
    if not DISASTER_CUES.isdisjoint(cues):
        return False
    if mode == "curfew" or trigger == "curfew":
        return True
    if mode == "restrict" and (not EMERGENCY_RULE.isdisjoint(objects) or (
            ("state" in objects and "emergency" in cues) or ("law" in objects and "martial" in cues))):
        return True
    if mode == "withhold" and not CUT_SERVICES.isdisjoint(objects) and not SHUTDOWN_CUES.isdisjoint(cues):
        return True
    return mode == "ban" and not BANNED_BODIES.isdisjoint(objects)


def _decided(sub: str) -> Candidates:
    return Candidates((sub,), decided=sub)


def _withdrawn_from_ground(cues: Collection[str], actor: Collection[str]) -> bool:
    """Forces leaving a town or base; "positions" count only when an armed party leaves them ("the department
    retreated from its position" on a case is a change of mind)."""
    ground = TERRITORY_WORDS.intersection(cues)
    if ground - {"position", "positions"}:
        return True
    return bool(ground) and not (ARMED_WORDS - {"position", "camp", "post", "base", "checkpoint"}).isdisjoint(actor)


def _hands_over_ground(cues: Collection[str], theme: Collection[str]) -> bool:
    """Ground is what is handed over: the object names it, or the object is a pronoun ("handed it over")
    and the sentence names the ground."""
    if not HANDED_GROUND.isdisjoint(theme):
        return True
    # "handed it over", "handed control of several villages to ..."
    return bool(theme) and set(theme) <= {"it", "them", "control"} and not HANDED_GROUND.isdisjoint(cues)


def _arrest(cues: Collection[str], actor: Collection[str], target: Collection[str]) -> Candidates:
    """Arrests by the state; people seized by an armed group are abducted, and protesters detained at
    their protest make it a protest the authorities intervened in."""
    if not NON_STATE_WORDS.isdisjoint(actor) and GOVERNMENT_WORDS.isdisjoint(actor):
        return _decided("Abduction/forced disappearance")
    if not PROTESTER_WORDS.isdisjoint(target) or not AT_A_PROTEST.isdisjoint(cues):
        return _decided("Protest with intervention")
    return _decided("Arrests")


def _ordinary_crime(trigger: str, cues: Collection[str], actor: Collection[str]) -> bool:
    """A robbery or a domestic killing: crime ACLED does not record (a mob punishing a thief it does)."""
    if trigger in LYNCH_TRIGGERS or not MOB_CUES.isdisjoint(actor) or _weapon(cues) is not None:
        # A mob's justice and a bomb or grenade are ACLED's whatever the motive.
        return False
    return not CRIMINAL_ACTORS.isdisjoint(actor) or not CRIME_CONTEXT.isdisjoint(cues)


def _violence(mode: str | None, trigger: str, cues: Collection[str], actor: Collection[str],
              target: Collection[str]) -> Candidates:
    if mode == "sexual" or (trigger in SEXUAL_TRIGGERS and not SEXUAL_CUES.isdisjoint(cues)):
        return _decided("Sexual violence")
    if mode == "abduct":
        return _decided("Abduction/forced disappearance")
    if "jungle" in cues and "justice" in cues:
        return _decided("Mob violence")  # West African "jungle justice": a crowd punishing a suspect
    if (mode == "destroy" or mode == "explosives") and not DISPOSAL_CUES.isdisjoint(cues) and (
            CASUALTY_CUES.isdisjoint(cues)):
        return _decided("Disrupted weapons use")
    weapon = _weapon(cues)
    if mode == "destroy":
        if not WEAPON_OBJECTS.isdisjoint(target):
            return _decided("Disrupted weapons use")
        destruction = DESTRUCTION_SUBTYPES if weapon is not None else UNARMED_DESTRUCTION_SUBTYPES
        if not PROTESTER_WORDS.isdisjoint(actor) or "rioter" in cues or not RIOTER_LIKE.isdisjoint(actor):
            return Candidates(destruction, hint="Violent demonstration")
        if not MOB_CUES.isdisjoint(actor):
            return Candidates(destruction, hint="Mob violence")
        if CASUALTY_CUES.isdisjoint(cues) and weapon is None:
            # Property burned, looted or razed with nobody hurt and no weapon named.
            return Candidates(destruction, decided="Looting/property destruction")
        return Candidates(destruction, hint="Looting/property destruction")
    if trigger in TERRITORY_MODES or mode in TERRITORY_MODES:
        # Who takes the ground decides between the two territorial sub-types.
        if not NON_STATE_WORDS.isdisjoint(actor) and STATE_WORDS.isdisjoint(actor):
            # "government forces and allied militias" retake ground for the government
            return Candidates(TERRITORY_SUBTYPES, decided="Non-state actor overtakes territory")
        if not GOVERNMENT_WORDS.isdisjoint(actor) or trigger in ("retake", "recapture", "regain"):
            return Candidates(TERRITORY_SUBTYPES, decided="Government regains territory")
        return Candidates(TERRITORY_SUBTYPES, hint="Armed clash")
    if weapon == "Remote explosive/landmine/IED" and trigger in THROWING_TRIGGERS:
        weapon = "Grenade"  # a bomb thrown by hand ("hurled crude bombs at a party office")
    if weapon is not None:
        return Candidates(VIOLENT_SUBTYPES, decided=weapon)
    at_protest = _at_protest(mode, cues, actor, target)
    if at_protest is not None:
        return at_protest
    if trigger in LYNCH_TRIGGERS or not MOB_DECISIVE_ACTORS.isdisjoint(actor):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if (mode == "beat" or trigger in ("burn", "lynch")) and not RIOTER_LIKE.isdisjoint(actor) and \
            ARMED_WORDS.isdisjoint(actor):
        # students or residents beating someone to death or burning him alive: a mob, not an armed group
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if not MOB_CUES.isdisjoint(actor) or "mob" in cues:
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Mob violence")
    if trigger in CLASH_CUES and ARMED_WORDS.isdisjoint(actor) and ARMED_WORDS.isdisjoint(target) and (
            not COMMUNAL_CUES.isdisjoint(cues) or not RIOTER_LIKE.isdisjoint(set(actor) | set(target))):
        # "communal clashes between Hindu and Muslim residents": neighbours fighting, not armed groups
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Mob violence")
    if (trigger in CLASH_CUES or not FIREFIGHT_CUES.isdisjoint(cues)
            or (trigger in ("gunfire", "fire") and "exchange" in cues)
            or (not ARMED_WORDS.isdisjoint(actor) and not ARMED_WORDS.isdisjoint(target))):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Armed clash")
    return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Attack")


def _at_protest(mode: str | None, cues: Collection[str], actor: Collection[str],
                target: Collection[str]) -> Candidates | None:
    """Violence at a demonstration, by the codebook: state forces killing or shooting peaceful
    protesters use excessive force, breaking up a protest with tear gas or batons is an
    intervention, and protesters who fight, throw stones or burn make it a violent demonstration."""
    rioting = not RIOTING_CUES.isdisjoint(cues) and "peaceful" not in cues and "peacefully" not in cues
    if not PROTESTER_WORDS.isdisjoint(actor):
        return Candidates(VIOLENT_SUBTYPES, decided="Violent demonstration")
    if not RIOTER_LIKE.isdisjoint(actor) and not PROTEST_CONTEXT.isdisjoint(cues):
        # "youths threw petrol bombs at police during a demonstration"
        return Candidates(VIOLENT_SUBTYPES, decided="Violent demonstration")
    facing = (not PROTEST_CONTEXT.isdisjoint(target) or not PROTESTER_WORDS.isdisjoint(cues)
              or not CROWD_CONTROL_CUES.isdisjoint(cues)  # tear gas, water cannon, batons: a crowd is there
              or (mode in (None, "crowd-control", "firearms", "beat", "massacre")
                  and not PROTEST_CONTEXT.isdisjoint(cues)))
    # "police used a lathi charge to disperse ...": with no actor on the charge, crowd-control gear in the
    # state's hands still says who acted (a clash "between protesters and police" does not).
    state = not STATE_FORCE_WORDS.isdisjoint(actor) or (
        not actor and not STATE_FORCE_WORDS.isdisjoint(cues) and not CROWD_CONTROL_CUES.isdisjoint(cues))
    if not state or not facing:
        # Not the state facing protesters; a clash "between protesters and police" still is a riot.
        if not PROTESTER_WORDS.isdisjoint(cues) and not STATE_FORCE_WORDS.isdisjoint(cues) and not actor:
            if not rioting and not LETHAL_FORCE_CUES.isdisjoint(cues):
                # "three were killed when Rangers fired on protesters"
                return Candidates(VIOLENT_SUBTYPES, hint="Excessive force against protesters")
            return Candidates(VIOLENT_SUBTYPES, hint="Violent demonstration")
        return None
    if rioting:
        return Candidates(VIOLENT_SUBTYPES, hint="Violent demonstration")
    if not LETHAL_FORCE_CUES.isdisjoint(cues) or (mode == "firearms" and "ammunition" in cues):
        return Candidates(VIOLENT_SUBTYPES, decided="Excessive force against protesters")
    if mode == "crowd-control" or not CROWD_CONTROL_CUES.isdisjoint(cues):
        return Candidates((*VIOLENT_SUBTYPES, "Protest with intervention"), decided="Protest with intervention")
    return Candidates(VIOLENT_SUBTYPES, hint="Excessive force against protesters")


def _weapon(cues: Collection[str]) -> str | None:
    """The explosion sub-type the weapon named in the sentence gives, if any."""
    if not REFLEXIVES.isdisjoint(cues) and not SELF_DETONATION_CUES.isdisjoint(cues):
        return "Suicide bomb"  # "blew himself up"
    words_named = set(cues)
    if not AIR_DEFENCE_CUES.isdisjoint(words_named):
        words_named.discard("air")
    if not INCENDIARY_CUES.isdisjoint(words_named):
        words_named -= {"bomb", "bombs"}
    for words, sub in WEAPON_CUES:
        if not words.isdisjoint(words_named):
            return sub
    return None


def _protest(mode: str | None, cues: Collection[str]) -> Candidates:
    # Protesters who throw stones, torch or vandalise make a riot however the police met them (the
    # codebook keeps excessive force and intervention for peaceful protests); then how the
    # authorities met the protest; then weaker signs of violence.
    peaceful = "peacefully" in cues or "peaceful" in cues
    if not peaceful and not RIOTING_CUES.isdisjoint(set(cues) - {"riot"}):
        return Candidates(PROTEST_SUBTYPES, hint="Violent demonstration")
    if "police" in cues or "security" in cues:
        if not LETHAL_FORCE_CUES.isdisjoint(cues):
            return Candidates(PROTEST_SUBTYPES, hint="Excessive force against protesters")
        if not INTERVENTION_CUES.isdisjoint(set(cues) - {"police"}):
            return Candidates(PROTEST_SUBTYPES, hint="Protest with intervention")
    if mode == "riot" and peaceful and RIOTING_CUES.isdisjoint(set(cues) - {"riot"}):
        # "riot" named only as the police's gear at a march that "passed peacefully".
        return Candidates(PROTEST_SUBTYPES, hint="Peaceful protest")
    if mode == "riot":
        return Candidates(RIOT_SUBTYPES, hint="Violent demonstration")
    if not RIOT_CUES.isdisjoint(cues) and not peaceful:
        return Candidates(PROTEST_SUBTYPES, hint="Violent demonstration")
    return Candidates(PROTEST_SUBTYPES, hint="Peaceful protest")


# --- embeddings -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _prototypes() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Sub-type names, their prototype vectors (one row each) and the not-ACLED prototype vectors."""
    from newsledger.nlp.embed import load_encoder  # imported here: only the embedding path needs it

    encoder = load_encoder()

    def centroids(groups: dict[str, tuple[str, ...]]) -> np.ndarray:
        rows = []
        for texts in groups.values():
            mean = encoder.encode(list(texts)).mean(axis=0)
            rows.append(mean / np.linalg.norm(mean))
        return np.array(rows, dtype=np.float32)

    return tuple(SUBTYPE_TEXTS), centroids(SUBTYPE_TEXTS), centroids(NOT_ACLED_TEXTS)


@functools.lru_cache(maxsize=512)
def similarities(sentence: str) -> tuple[dict[str, float], dict[str, float]]:
    """Cosine similarity of a sentence to each sub-type's prototype, and to each kind of news ACLED does not
    record (``NOT_ACLED_TEXTS``)."""
    from newsledger.nlp.embed import load_encoder

    names, subtypes, not_acled = _prototypes()
    vec = load_encoder().encode([sentence])[0]
    sims = dict(zip(names, (float(s) for s in subtypes @ vec), strict=True))
    sims.setdefault("Other", -1.0)
    return sims, dict(zip(NOT_ACLED_TEXTS, (float(s) for s in not_acled @ vec), strict=True))
