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
from dataclasses import dataclass, replace

import numpy as np

from newsledger.extract.events.acled_crowds import (
    ARMED_GROUP_NAMES,
    ARMED_OR_NAMED_DOERS,
    ARMED_TARGETS,
    assailants_by_hand,
    beaten_by_unarmed,
    crowd_of_assailants,
    mob_justice,
    no_armed_group,
    rival_crowds,
)
from newsledger.extract.events.acled_scope import (
    PROTESTERS_VIOLENCE,
    REPELLED,
    STOPPING_A_PROTEST,
    recorded,
    supported,
)
from newsledger.extract.events.acled_subtypes import NOT_ACLED_TEXTS, SUBTYPE_TEXTS
from newsledger.extract.events.acled_words import (
    AGREEMENT_CUES,
    AIR_DEFENCE_CUES,
    ALLIED_THINGS,
    ALLYING_TRIGGERS,
    ARMED_DOERS,
    ARMED_WORDS,
    AT_A_PROTEST,
    ATTACK_WORDS,
    ATTRIBUTION,
    ATTRIBUTION_CUES,
    BANNED_BODIES,
    BASE_ACTORS,
    CASUALTY_CUES,
    CLAIM_CUES,
    CLASH_CUES,
    COMMUNAL_CUES,
    CONFLICT_CUES,
    CRIME,
    CRIME_CONTEXT,
    CRIMINAL_ACTORS,
    CROWD_CONTROL_CUES,
    CUT_SERVICES,
    DISASTER_CUES,
    DISASTERS,
    DISPOSAL_CUES,
    EMERGENCY_RULE,
    EVENT_TYPE,
    EXCHANGE_TRIGGERS,
    FIREFIGHT_CUES,
    GOVERNMENT_WORDS,
    GROUP_CHANGE_TRIGGERS,
    HANDED_GROUND,
    HANDOVER_TRIGGERS,
    INCENDIARY_CUES,
    INTERVENTION_CUES,
    LETHAL_FORCE_CUES,
    LYNCH_TRIGGERS,
    MOB_CUES,
    MOB_DECISIVE_ACTORS,
    MOVED_FORCES,
    MOVING_TRIGGERS,
    NON_STATE_WORDS,
    PROTEST_CONTEXT,
    PROTESTER_WORDS,
    RECIPROCAL_STEMS,
    REFLEXIVES,
    RESPONSIBILITY_CUES,
    RETAKING_VERBS,
    RIOT_CUES,
    RIOTER_LIKE,
    RIOTING_CUES,
    SELF_DETONATION_CUES,
    SEXUAL_CUES,
    SEXUAL_TRIGGERS,
    SHUTDOWN_CUES,
    STATE_FORCE_WORDS,
    STATE_WORDS,
    STRATEGIC,
    SYMBOLS_BURNED,
    TERRITORY_MODES,
    TERRITORY_WORDS,
    THROWING_TRIGGERS,
    WEAPON_CUES,
    WEAPON_OBJECTS,
    WEAPONS_NAMED,
)
from newsledger.extract.events.everyday_words import MILITARY_SITES
from newsledger.extract.events.observed_fire import (
    FIRE_COUNT_NOUNS,
    HEAVY_WEAPON_WORDS,
    OBSERVED_BLASTS,
    OBSERVED_FIRE,
    OBSERVED_GUNFIRE,
    TWO_WAY_FIRE,
)
from newsledger.extract.events.weapon_cues import CRUDE_BOMB, GUNFIRE, SMALL_ARMS
from newsledger.records import AcledType

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

# Coercion by a court's sentence ("sentenced to five years", "were given prison sentences"): the lexicon's only
# arrests by these words.
SENTENCING_TRIGGERS = frozenset({"sentence", "sentencing", "give", "hand"})

# Tuned on the CASE 2021 sample's dev half (leave-one-out); see docs/quality/events.md.
HINT_BONUS = 0.10  # added to the similarity of the sub-type a weak cue favours
NONE_MARGIN = 0.0  # a not-ACLED prototype must beat the best allowed sub-type by more than this

# Sub-types the cue words decide by who fought (people of no armed group), which any violent sub-type's likeness
# vouches for as ACLED's news.
DECIDED_BY_SIDES = frozenset({"Mob violence"})
# What two sides exchange in a battle ("exchanged fire", "an exchange of gunfire").
EXCHANGED_FIRE = frozenset({"fire", "gunfire", "shot", "shots", "bullet", "bullets"})


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the PLOVER event and cue words allow: the possible sub-types, one the cues decide
    outright, or one they only favour (``hint``, also the answer without embeddings)."""

    allowed: tuple[str, ...]
    decided: str | None = None
    hint: str | None = None


def acled_type(plover: str, mode: str | None, trigger: str, cues: Collection[str],
               actor: Collection[str] = (), target: Collection[str] = (),
               sentence: str | None = None, theme: Collection[str] = (), subject: Collection[str] = (),
               told_as_done: bool = False, aftermath: Collection[str] = ()) -> AcledType | None:
    """The ACLED type of an event, or None when ACLED would not record it.

    ``cues`` are the lower-case lemmas of the event's sentence, ``actor``/``target`` those of its
    participants, ``trigger`` the trigger's lemma, ``theme`` those of the trigger's direct object (what
    is handed over, when the target is who receives it), ``subject`` those of its grammatical subject (which may be
    an attack, where ``actor`` is who made it) and of the actor's head, ``told_as_done`` whether a verb of the
    sentence's main clause or of a clause beside it tells the act ("militants attacked police stations", "were killed
    as troops shelled the town"; not "the attack stirred a debate"), ``aftermath`` the cue words of how a protest
    went that the next sentence tells (``acled_scope.protest_aftermath``). With ``sentence`` (the sentence's text)
    the sub-type is checked and, where cue words do not decide it, chosen by embedding similarity; without it, by cue
    words alone. Raises ``ModelNotFoundError`` when the embedding model is not installed and a sentence is given.
    """
    cands = candidates(plover, mode, trigger, cues, actor, target, theme, subject, aftermath)
    if cands is None:
        return None

    def typed(sub: str | None) -> AcledType | None:
        if sub is None or not recorded(plover, mode, sub, trigger, cues, actor, target):
            return None
        return AcledType(EVENT_TYPE[sub], sub)

    unnarrowed = cands
    # The embedding may choose only a sub-type whose act the sentence tells (a verbal "attack" on a rival sits
    # near sexual violence when the sentence is about women, but tells no rape).
    cands = replace(cands, allowed=tuple(sub for sub in cands.allowed if sub == cands.hint or supported(sub, cues)))
    if sentence is None:
        return typed(cands.decided or cands.hint)
    if plover == "ASSAULT" and not RESPONSIBILITY_CUES.isdisjoint(cues) and not CLAIM_CUES.isdisjoint(cues):
        return None
    if cands.decided is not None and EVENT_TYPE[cands.decided] == STRATEGIC and cands.decided != "Arrests":
        # Cue words that name a strategic development outright (a base set up, a prisoner swap) are not
        # second-guessed by the sentence's likeness to news ACLED does not record; an arrest is, as
        # most arrests in the news are of criminals.
        return typed(cands.decided)
    if not cands.allowed and cands.decided is None:
        return None
    sims, not_acled = similarities(sentence)
    not_acled = dict(not_acled)  # a copy: the gates below narrow it, and the sentence's similarities are cached
    sub = choose(cands, sims)
    violent_doer = not ARMED_OR_NAMED_DOERS.isdisjoint(actor) or not ATTACK_WORDS.isdisjoint(subject)
    if plover == "ASSAULT" and (not WEAPONS_NAMED.isdisjoint(cues) or CRUDE_BOMB in cues or violent_doer):
        # A bomb, landmine or missile is no accident or natural disaster, however near the sentence sits to
        # one ("a landmine killed three children collecting firewood"), nor is what armed men, an attack or a mob
        # does ("Maoists blasted the forest office", "another Shebab attack killed 18 people"); a claim of the
        # attack still is no attack.
        not_acled = {group: sim for group, sim in not_acled.items() if group not in DISASTERS}
    if told_as_done and ((plover == "ASSAULT" and violent_doer) or cands.decided in DECIDED_BY_SIDES
                         or (plover == "PROTEST" and ATTRIBUTION_CUES.isdisjoint(cues))):
        # A sentence that tells an act by a verb of its main clauses and names its doers sits near the claims of
        # responsibility. It tells the act itself where the doers are armed men, even where the act is blamed on
        # them or claimed ("In July 2009 Boko Haram militants attacked police stations", "ISGS claimed to have
        # killed two JNIM fighters"), or a crowd of no armed group ("members of the ruling party assaulted a
        # journalist"), or where a demonstration is told and nothing is claimed. (An act named by a noun is more
        # often retold: "the Paris attacks highlight the threat". Tried with any verb whose sentence claims and
        # blames nothing: politicians who "attacked" or "clashed with" each other, and attacks of years ago, were
        # exported from real news.)
        not_acled.pop(ATTRIBUTION, None)
    if plover == "ASSAULT" and REPELLED in cues:
        # an attack fought off is a battle told, however near it sits to a claim ("claimed to have repelled an attack")
        not_acled.pop(ATTRIBUTION, None)
    if plover == "ASSAULT" and mob_justice(cues, actor, target):
        # A crowd punishing a suspected thief sits near crime news, and one burning him near fires, but it is a riot
        not_acled = {group: sim for group, sim in not_acled.items() if group != CRIME and group not in DISASTERS}
    if plover == "PROTEST" and told_as_done:
        # Traders and merchants demonstrating sit near news of crime by their trade, but a demonstration is no crime.
        not_acled.pop(CRIME, None)
    # Whether the sentence is news ACLED records at all is judged against the sub-type the embedding would have
    # chosen before the choice was narrowed: a mass shooting's sentence nearest sexual violence is still violence,
    # and a fight the cue words give to a mob (supporters of two candidates clashing) may sit nearest another kind
    # of violence: any will do. A weapon the cue words name gets no such leeway, as weapons are named in words too
    # ("vowed to bomb ISIS"), nor does a battle told by a noun (tried: it let general remarks on police shootings
    # through). A battle a verb of the main clauses tells gets it, as does one named by a word for a gunfight: "a drug
    # trafficker was killed after exchanging fire with military police", "a shoot-out took place" sit nearer crime
    # than the battle prototypes, yet ACLED records them. So does fire a monitor counted, and a road barricaded by
    # protesters.
    likeness = max(sims[sub], sims[choose(unnarrowed, sims)])
    if cands.decided in DECIDED_BY_SIDES or (cands.decided == "Armed clash" and (
            told_as_done or trigger in FIREFIGHT_CUES or GUNFIRE in cues or REPELLED in cues)) or (
            OBSERVED_FIRE in cues and cands.decided is not None) or (plover == "PROTEST" and trigger == "barricade"):
        likeness = max(likeness, *(sims[s] for s in unnarrowed.allowed))
    if max(not_acled.values()) > likeness + NONE_MARGIN:
        return None
    return typed(sub)


def choose(cands: Candidates, sims: dict[str, float], bonus: float = HINT_BONUS) -> str:
    """The decided sub-type, else the allowed one nearest the sentence (the hinted one favoured)."""
    if cands.decided is not None:
        return cands.decided
    return max(cands.allowed, key=lambda sub: sims[sub] + (bonus if sub == cands.hint else 0.0))


def candidates(plover: str, mode: str | None, trigger: str, cues: Collection[str],
               actor: Collection[str] = (), target: Collection[str] = (),
               theme: Collection[str] = (), subject: Collection[str] = (),
               aftermath: Collection[str] = ()) -> Candidates | None:
    """The sub-types a PLOVER event may take, or None when ACLED would not count it."""
    if plover == "ASSAULT":
        if _ordinary_crime(trigger, cues, actor, target):
            return None
        if theme and REFLEXIVES.issuperset(theme) and not target and _weapon(cues) is None:
            return None  # "a farmer killing himself to save his land" (a bomber blowing himself up is a bombing)
        return _violence(mode, trigger, cues, actor, target, subject)
    if plover == "PROTEST" and trigger == "barricade":
        # protesters barricading a road or an entrance: ACLED's violent demonstration (7 of the 8 dev notes)
        return Candidates(PROTEST_SUBTYPES, decided="Violent demonstration")
    if plover == "PROTEST":
        return _protest_as_it_went(aftermath, cues) or _protest(mode, cues)
    if plover == "COERCE":
        if mode == "arrest" and trigger in SENTENCING_TRIGGERS:
            return None  # a court's sentence is a trial's end, not an arrest ACLED records
        if mode == "arrest":
            return _arrest(cues, actor, target)
        if mode == "disrupt" or (mode == "seize" and not WEAPON_OBJECTS.isdisjoint(target)):
            # A bomb defused, a missile intercepted, a weapons cache seized (the object's whole phrase
            # counts: "a cache of rifles").
            return _decided("Disrupted weapons use")
        if mode == "seize" and not ARMED_GROUP_NAMES.isdisjoint(actor) and STATE_WORDS.isdisjoint(actor):
            # "militants seized a truck loaded with supplies": what an armed group takes is looted
            return _decided("Looting/property destruction")
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
    if plover == "MOBILIZE" and mode == "troops" and trigger in DEPLOYING_TRIGGERS and _military_moved(
            trigger, set(actor) | set(theme) | set(subject)):
        # "US forces deployed troops at the entrance of the city", "pro-Houthi reinforcements arrived": ACLED's
        # movement of forces (police sent to keep order are no armed group's move)
        return _decided("Change to group/activity")
    if plover == "COOPERATE" and trigger in ALLYING_TRIGGERS and _armed_groups_ally(trigger, cues, actor, theme):
        return _decided("Change to group/activity")
    return None


# Deployments and reinforcements; who may be moved by them as an armed side, and police, who are not one.
DEPLOYING_TRIGGERS = frozenset({"deploy", "deployment", "redeploy", "redeployment", "reinforcement", "reinforcements"})
MILITARY_MOVERS = frozenset({"army", "troops", "troop", "soldier", "soldiers", "military", "force", "forces",
                             "coalition", "militia", "militias", "rebel", "rebels", "militant", "militants", "fighter",
                             "fighters", "unit", "units", "battalion", "battalions", "brigade", "brigades", "marines",
                             "paratroopers", "tank", "tanks", "reinforcement", "reinforcements"})
POLICE_MOVERS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmes", "gendarmerie", "officer",
                           "officers", "riot", "guard", "guards"})


def _military_moved(trigger: str, movers: Collection[str]) -> bool:
    """The actor, subject or what is deployed names an armed side and no police."""
    named = set(movers) | ({trigger} if trigger.startswith("reinforcement") else set())
    return not MILITARY_MOVERS.isdisjoint(named) and POLICE_MOVERS.isdisjoint(named)


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


def _ordinary_crime(trigger: str, cues: Collection[str], actor: Collection[str], target: Collection[str]) -> bool:
    """A robbery or a domestic killing: crime ACLED does not record (a mob punishing a thief it does)."""
    if trigger in LYNCH_TRIGGERS or not MOB_CUES.isdisjoint(actor) or _weapon(cues) is not None or mob_justice(
            cues, actor, target):
        # A mob's justice and a bomb or grenade are ACLED's whatever the motive.
        return False
    return not CRIMINAL_ACTORS.isdisjoint(actor) or not CRIME_CONTEXT.isdisjoint(cues)


def _violence(mode: str | None, trigger: str, cues: Collection[str], actor: Collection[str],
              target: Collection[str], subject: Collection[str] = ()) -> Candidates:
    if mode == "sexual" or (trigger in SEXUAL_TRIGGERS and not SEXUAL_CUES.isdisjoint(cues)):
        return _decided("Sexual violence")
    if mode == "abduct":
        return _decided("Abduction/forced disappearance")
    if ("jungle" in cues and "justice" in cues) or mob_justice(cues, actor, target):
        return _decided("Mob violence")  # West African "jungle justice": a crowd punishing a suspect
    if (mode == "destroy" or mode == "explosives") and not DISPOSAL_CUES.isdisjoint(cues) and (
            CASUALTY_CUES.isdisjoint(cues)):
        return _decided("Disrupted weapons use")
    if OBSERVED_FIRE in cues and trigger in FIRE_COUNT_NOUNS:
        # A monitor's count of fire along a front: fired both ways or with small arms it is a clash; blasts or heavy
        # weapons fired one way are shelling (a lone "explosion" is more often a bomb; "observed 2 explosions near
        # Bolotene" is not). Shots alone are left to who fired them.
        if SMALL_ARMS in cues or TWO_WAY_FIRE in cues or OBSERVED_GUNFIRE in cues or "exchange" in cues:
            return Candidates(VIOLENT_SUBTYPES, decided="Armed clash")
        if OBSERVED_BLASTS in cues or not HEAVY_WEAPON_WORDS.isdisjoint(cues):
            return Candidates(VIOLENT_SUBTYPES, decided="Shelling/artillery/missile attack")
    weapon = _weapon(cues)
    crude_bombs = CRUDE_BOMB in cues and ARMED_OR_NAMED_DOERS.isdisjoint(actor) and (
        _weapon(set(cues) - DETONATION_WORDS) is None)
    fought = weapon is not None and _fought_with(trigger, weapon, cues)
    if crude_bombs or fought:
        weapon = None
    if crude_bombs:
        # Crude bombs thrown by party workers, unnamed men or rioters are the codebook's riot weapons, not an IED
        # attack: rioters' or a blockade's are a violent demonstration, anyone else's a mob's (a demonstration
        # named beside them is more often the one they were thrown at)
        riot = "Violent demonstration" if not PROTESTER_WORDS.isdisjoint(actor) or not STREET_ACTIONS.isdisjoint(
            cues) else "Mob violence"
        return Candidates(VIOLENT_SUBTYPES, decided=riot)
    if mode == "destroy":
        if not WEAPON_OBJECTS.isdisjoint(target):
            return _decided("Disrupted weapons use")
        destruction = DESTRUCTION_SUBTYPES if weapon is not None else UNARMED_DESTRUCTION_SUBTYPES
        if _partisans_at_no_protest(actor, cues) and weapon is None:
            # "supporters of the winning candidate vandalized the residence of a rival's supporter": a party's men
            # wrecking a house at no demonstration, strike or blockade are a mob
            return Candidates(destruction, decided="Mob violence")
        if not PROTESTER_WORDS.isdisjoint(actor) or "rioter" in cues or not RIOTER_LIKE.isdisjoint(actor):
            # (tried: youths or supporters at no protest as a mob; "angry youths torched a police station" and
            # "party supporters vandalised buses during the bandh" are riots of a demonstration)
            return Candidates(destruction, hint="Violent demonstration")
        if not MOB_CUES.isdisjoint(actor):
            return Candidates(destruction, hint="Mob violence")
        if weapon is None and (no_armed_group(subject, actor, cues) or crowd_of_assailants(actor, cues)):
            # "members of the ruling party vandalized the office of a rival", "farmers ransacked huts": people of no
            # armed group destroying property riot
            return Candidates(destruction, decided="Mob violence")
        if CASUALTY_CUES.isdisjoint(cues) and weapon is None:
            # Property burned, looted or razed with nobody hurt and no weapon named.
            return Candidates(destruction, decided="Looting/property destruction")
        return Candidates(destruction, hint="Looting/property destruction")
    if trigger in TERRITORY_MODES or mode in TERRITORY_MODES:
        # Who takes the ground decides between the two territorial sub-types.
        if not NON_STATE_WORDS.isdisjoint(actor) and STATE_WORDS.isdisjoint(actor):
            # "government forces and allied militias" retake ground for the government
            return Candidates(TERRITORY_SUBTYPES, decided="Non-state actor overtakes territory")
        if not GOVERNMENT_WORDS.isdisjoint(actor) or trigger in RETAKING_VERBS:
            return Candidates(TERRITORY_SUBTYPES, decided="Government regains territory")
        return Candidates(TERRITORY_SUBTYPES, hint="Armed clash")
    if REPELLED in cues and (weapon is None or weapon in FOUGHT_WEAPONS) and PROTESTER_WORDS.isdisjoint(cues) and \
            PROTEST_CONTEXT.isdisjoint(cues):
        # "militants attacked the village; volunteer fighters repulsed the assault": the defenders fought back
        return Candidates(VIOLENT_SUBTYPES, decided="Armed clash")
    if weapon == "Remote explosive/landmine/IED" and trigger in THROWING_TRIGGERS:
        weapon = "Grenade"  # a bomb thrown by hand ("militants hurled a bomb at a police post")
    if weapon == "Grenade" and not DRONE_WORDS.isdisjoint(cues):
        weapon = "Air/drone strike"  # "dropped a grenade from a drone on the positions"
    if weapon is not None:
        return Candidates(VIOLENT_SUBTYPES, decided=weapon)
    at_protest = _at_protest(mode, trigger, cues, actor, target)
    if at_protest is not None:
        return at_protest
    if trigger in LYNCH_TRIGGERS or not MOB_DECISIVE_ACTORS.isdisjoint(actor):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if beaten_by_unarmed(trigger, cues, actor, target):
        # "at least 12 assailants assaulted a journalist with iron rods": no armed group beats people with sticks
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if assailants_by_hand(trigger, cues, actor, target):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if no_armed_group(subject, actor, cues):
        # students or residents beating someone to death, locals assaulting a driver, two factions of a party's
        # student wing clashing: people who are no armed group riot (the codebook's mob violence; students
        # clashing with the police are left to the demonstration they more often are, and fans throwing bottles
        # at police only lean to a mob)
        if STATE_FORCE_WORDS.isdisjoint(target):
            return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Mob violence")
    if not MOB_CUES.isdisjoint(actor) or "mob" in cues:
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Mob violence")
    if rival_crowds(trigger, cues):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Mob violence")
    if (SMALL_ARMS in cues or (fought and not target)) and CIVILIAN_WORDS.isdisjoint(target):
        # "fired grenade launchers, heavy machine guns and small arms at the positions": small-arms fire is fighting,
        # as are "explosions and gunfire" with nobody named as their target
        return Candidates(VIOLENT_SUBTYPES, decided="Armed clash")
    if trigger in CLASH_CUES and ARMED_WORDS.isdisjoint(actor) and ARMED_WORDS.isdisjoint(target) and (
            not COMMUNAL_CUES.isdisjoint(cues) or not RIOTER_LIKE.isdisjoint(set(actor) | set(target))
            or (actor and ARMED_DOERS.isdisjoint(cues))):
        # "communal clashes between Hindu and Muslim residents", "the families of the victims and the accused
        # clashed at the hospital": neighbours fighting, not armed groups
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Mob violence")
    if trigger in CLASH_CUES and not actor and not PROTESTER_WORDS.isdisjoint(cues) and \
            NON_STATE_WORDS.isdisjoint(cues):
        # "the clash occurred when protesters tried to storm the airport": a fight at a protest is a riot
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Violent demonstration")
    if not STATE_FORCE_WORDS.isdisjoint(target) and STATE_FORCE_WORDS.isdisjoint(actor) and RIOTER_LIKE.isdisjoint(
            actor) and (RIOTING_CUES.isdisjoint(cues) or not ARMED_DOERS.isdisjoint(actor)):
        # Police or soldiers shot at are one armed side of a battle in ACLED's codebook, not civilians attacked
        # (youths stoning them riot; gunmen who torch the police station they attacked do not)
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Armed clash")
    if not ARMED_TARGETS.isdisjoint(target) and CIVILIAN_WORDS.isdisjoint(target) and \
            PROTESTER_WORDS.isdisjoint(actor) and MOB_CUES.isdisjoint(actor):
        # Soldiers, police, a rival group or unnamed others killing militants or gunmen: violence against an armed
        # side is a battle by the codebook ("JNIM militants assassinated two militiamen", "five militants were
        # killed during a security operation", "gunmen attacked a Dozo position")
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Armed clash")
    if trigger in FIREFIGHT_CUES or (not EXCHANGED_FIRE.isdisjoint(cues) and "exchange" in cues):
        # "killed in a shootout with police", "was killed after exchanging fire with military police"
        return Candidates(UNARMED_VIOLENT_SUBTYPES, decided="Armed clash")
    if (trigger in CLASH_CUES or not FIREFIGHT_CUES.isdisjoint(cues)
            or (trigger in ("gunfire", "fire") and "exchange" in cues)
            or (not ARMED_WORDS.isdisjoint(actor) and not ARMED_WORDS.isdisjoint(target))):
        return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Armed clash")
    return Candidates(UNARMED_VIOLENT_SUBTYPES, hint="Attack")


# Explosion sub-types a fight may use; words that tell a blast, not what blew up; aircraft that drop grenades.
FOUGHT_WEAPONS = frozenset({"Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"})
DETONATION_WORDS = frozenset({"explode", "exploded", "explosion", "blast", "detonate", "detonated", "bombing",
                              "blow-up"})
DRONE_WORDS = frozenset({"drone", "drones", "quadcopter", "quadcopters", "uav", "uavs"})
CIVILIAN_WORDS = frozenset({"civilian", "civilians"})
# Street actions of a party's campaign whose violence is a violent demonstration ("during the nationwide blockade").
STREET_ACTIONS = frozenset({"blockade", "hartal", "bandh", "shutdown", "strike", "picketing", "siege"})


# A party's or a candidate's men, by what they are to it.
PARTISANS = frozenset({"supporter", "supporters", "follower", "followers", "loyalist", "loyalists", "cadre", "cadres",
                       "activist", "activists"})


# What makes partisans' violence a demonstration's, told or not: the state or the ruling party it falls on ("stormed
# the Corps Commander's residence", "opposition supporters ... ransacking the ruling party's offices"), or the arrest
# or verdict it answers ("following his arrest").
STATE_GRIEVANCES = STATE_FORCE_WORDS | frozenset({"commander", "government", "ministry", "arrest", "verdict",
                                                  "conviction", "opposition", "ruling"})


def _partisans_at_no_protest(actor: Collection[str], cues: Collection[str]) -> bool:
    return not PARTISANS.isdisjoint(actor) and PROTESTER_WORDS.isdisjoint(actor) and "rioter" not in cues and \
        PROTEST_CONTEXT.isdisjoint(cues) and STREET_ACTIONS.isdisjoint(cues) and STATE_GRIEVANCES.isdisjoint(cues)


def _at_protest(mode: str | None, trigger: str, cues: Collection[str], actor: Collection[str],
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
    if rioting or trigger.startswith(RECIPROCAL_STEMS):
        # "protesters clashed with police": both sides fight, which the codebook counts as a riot
        return Candidates(VIOLENT_SUBTYPES, hint="Violent demonstration")
    if not LETHAL_FORCE_CUES.isdisjoint(cues) or (mode == "firearms" and "ammunition" in cues):
        return Candidates(VIOLENT_SUBTYPES, decided="Excessive force against protesters")
    if mode == "crowd-control" or not CROWD_CONTROL_CUES.isdisjoint(cues):
        return Candidates((*VIOLENT_SUBTYPES, "Protest with intervention"), decided="Protest with intervention")
    return Candidates(VIOLENT_SUBTYPES, hint="Excessive force against protesters")


def _fought_with(trigger: str, weapon: str, cues: Collection[str]) -> bool:
    """The weapon named is one side's in a fight, which the codebook types by its sides: a clash or gunfight ("clashed
    using hand grenades"), small-arms fire beside shelling, or gunfire beside a grenade or bomb ("the attack was
    initiated by an IED detonation followed by small arms fire", "threw a hand grenade at the checkpoint and soldiers
    returned fire"). An air strike, a suicide bombing or a chemical attack stays what it is."""
    if weapon not in FOUGHT_WEAPONS:
        return False
    if trigger in CLASH_CUES or trigger in FIREFIGHT_CUES or SMALL_ARMS in cues:
        return True
    return weapon != "Shelling/artillery/missile attack" and GUNFIRE in cues


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


MEETING_A_PROTEST = INTERVENTION_CUES | CROWD_CONTROL_CUES


def _protest_as_it_went(aftermath: Collection[str], cues: Collection[str]) -> Candidates | None:
    """The sub-type the account of how the protest went decides (the next sentence's, or the protesters' own acts told
    beside the protest: ``acled_scope.protest_turns``), by the codebook: protesters clashing, throwing stones or
    vandalising riot; security forces killing or shooting at peaceful protesters use excessive force;
    dispersing, detaining or teargassing them is an intervention."""
    if not aftermath or "peaceful" in cues or "peacefully" in cues:
        return None
    if not PROTESTERS_VIOLENCE.isdisjoint(aftermath):
        return Candidates(PROTEST_SUBTYPES, decided="Violent demonstration")
    if STATE_FORCE_WORDS.isdisjoint(aftermath):
        return None
    if not LETHAL_FORCE_CUES.isdisjoint(aftermath):
        return Candidates(PROTEST_SUBTYPES, decided="Excessive force against protesters")
    if not (MEETING_A_PROTEST | STOPPING_A_PROTEST).isdisjoint(set(aftermath) - {"police"}):
        return Candidates(PROTEST_SUBTYPES, decided="Protest with intervention")
    return None


def _protest(mode: str | None, cues: Collection[str]) -> Candidates:
    # Protesters who throw stones, torch or vandalise make a riot however the police met them (the
    # codebook keeps excessive force and intervention for peaceful protests); then how the
    # authorities met the protest; then weaker signs of violence.
    peaceful = "peacefully" in cues or "peaceful" in cues
    if not SYMBOLS_BURNED.isdisjoint(cues):
        cues = set(cues) - {"burn", "burning", "burned", "burnt"}  # an effigy burned: no riot by that word
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
