"""ACLED event and sub-event types for PLOVER events, from the mode and the words around them.

ACLED types a violent event by the weapon and the victim (an air strike, a grenade, an attack on
civilians) and a protest by how the authorities met it. The PLOVER type and mode say which family
an event belongs to; cue words in its sentence pick the sub-type. Events ACLED does not count
(statements, requests, visits) get none.
"""

from __future__ import annotations

from collections.abc import Collection

from newsledger.records import AcledType

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# Cue lemmas (lower case) that pick an explosion sub-type, most specific first.
WEAPON_CUES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"chlorine", "sarin", "chemical", "toxic", "poisonous", "mustard", "nerve"}), "Chemical weapon"),
    (frozenset({"suicide", "self-immolation"}), "Suicide bomb"),
    (frozenset({"grenade", "grenades"}), "Grenade"),
    (frozenset({"airstrike", "air-strike", "warplane", "jet", "helicopter", "chopper", "drone", "aircraft",
                "airplane", "bomber", "air", "aerial", "airforce", "plane"}), "Air/drone strike"),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer", "shellfire",
                "bombard", "bombardment", "katyusha"}), "Shelling/artillery/missile attack"),
    (frozenset({"ied", "landmine", "mine", "roadside", "explosive", "bomb", "blast", "explosion", "detonate",
                "bombing", "device", "explode"}), "Remote explosive/landmine/IED"),
)
CLASH_CUES = frozenset({"clash", "gunbattle", "gunfight", "firefight", "battle", "fighting", "fight", "crossfire",
                        "exchange", "encounter", "skirmish", "confrontation"})
ARMED_WORDS = frozenset({"army", "troops", "troop", "soldier", "force", "military", "militant", "rebel", "insurgent",
                         "fighter", "militia", "guerrilla", "terrorist", "jihadist", "police", "policeman", "gunman",
                         "unit", "battalion", "regiment", "brigade", "combatant", "convoy", "camp", "post",
                         "checkpoint", "base", "position", "taliban", "shabab", "isis", "isil", "maoist", "naxal"})
GOVERNMENT_WORDS = frozenset({"army", "troops", "troop", "soldier", "military", "government", "force", "unit",
                              "police", "regime"})
NON_STATE_WORDS = frozenset({"rebel", "militant", "insurgent", "fighter", "militia", "guerrilla", "terrorist",
                             "jihadist", "houthi", "taliban", "shabab", "isis", "isil", "maoist", "separatist"})
TERRITORY_MODES = frozenset({"capture", "retake", "recapture", "regain", "overrun"})
MOB_CUES = frozenset({"mob", "lynch", "vigilante", "villager", "crowd", "rioter"})
RIOT_CUES = frozenset({"riot", "rioter", "violent", "stone", "pelt", "vandalise", "vandalize", "torch", "clash",
                       "throw", "burn", "molotov", "smash"})
LETHAL_FORCE_CUES = frozenset({"kill", "shoot", "shot", "dead", "live", "bullet", "death"})
INTERVENTION_CUES = frozenset({"disperse", "tear", "teargas", "arrest", "detain", "baton", "cannon", "lathicharge",
                               "intervene", "break", "police", "block"})
WEAPON_OBJECTS = frozenset({"weapon", "arms", "ammunition", "explosive", "rifle", "gun", "bomb", "grenade", "ied",
                            "cartridge", "revolver", "pistol", "missile", "rocket", "launcher", "device", "mine",
                            "weapons", "explosives", "rifles", "guns", "revolvers", "ammunitions"})
GROUP_CHANGE_TRIGGERS = frozenset({"mobilize", "mobilise", "mobilization", "mobilisation", "form", "recruit",
                                   "recruitment", "conscript", "conscription"})
AGREEMENT_CUES = frozenset({"agreement", "deal", "ceasefire", "truce", "accord", "pact", "treaty", "peace"})


def acled_type(plover: str, mode: str | None, trigger: str, cues: Collection[str],
               actor: Collection[str] = (), target: Collection[str] = ()) -> AcledType | None:
    """The ACLED type of an event, or None when ACLED would not record it.

    ``cues`` are the lower-case lemmas of the event's sentence, ``actor``/``target`` those of its
    participants, ``trigger`` the trigger's lemma.
    """
    if plover == "ASSAULT":
        return _violence(mode, trigger, cues, actor, target)
    if plover == "PROTEST":
        # How the authorities met a protest decides first; then whether the protesters were violent.
        if "police" in cues or "security" in cues:
            if not LETHAL_FORCE_CUES.isdisjoint(cues):
                return AcledType(PROTESTS, "Excessive force against protesters")
            if not INTERVENTION_CUES.isdisjoint(set(cues) - {"police"}):
                return AcledType(PROTESTS, "Protest with intervention")
        if mode == "riot" or (not RIOT_CUES.isdisjoint(cues) and "peaceful" not in cues):
            return AcledType(RIOTS, "Violent demonstration")
        return AcledType(PROTESTS, "Peaceful protest")
    if plover == "COERCE":
        if mode == "arrest":
            return AcledType(STRATEGIC, "Arrests")
        if mode == "seize" and not WEAPON_OBJECTS.isdisjoint(target):
            return AcledType(STRATEGIC, "Disrupted weapons use")
        if mode == "destroy":
            return AcledType(STRATEGIC, "Looting/property destruction")
        if mode == "restrict" and ("protest" in target or "protester" in target or "demonstration" in target):
            return AcledType(PROTESTS, "Protest with intervention")
        return None
    if plover in ("AGREE", "SUPPORT", "RETREAT") and (
        (not AGREEMENT_CUES.isdisjoint(cues) and plover != "RETREAT") or mode in ("ceasefire", "disarm")
    ):
        return AcledType(STRATEGIC, "Agreement")
    if plover == "MOBILIZE" and mode == "base":
        return AcledType(STRATEGIC, "Headquarters or base established")
    if plover == "MOBILIZE" and trigger in GROUP_CHANGE_TRIGGERS:
        # Raising or forming a force changes what an armed group is (ACLED's "Change to group/activity").
        return AcledType(STRATEGIC, "Change to group/activity")
    return None


def _violence(mode: str | None, trigger: str, cues: Collection[str], actor: Collection[str],
              target: Collection[str]) -> AcledType:
    if mode == "sexual":
        return AcledType(VAC, "Sexual violence")
    if mode == "abduct":
        return AcledType(VAC, "Abduction/forced disappearance")
    if mode == "destroy":
        if not WEAPON_OBJECTS.isdisjoint(target):
            return AcledType(STRATEGIC, "Disrupted weapons use")
        if not MOB_CUES.isdisjoint(actor) or "rioter" in cues:
            return AcledType(RIOTS, "Violent demonstration")
        return AcledType(STRATEGIC, "Looting/property destruction")
    if trigger in TERRITORY_MODES or mode in TERRITORY_MODES:
        if not NON_STATE_WORDS.isdisjoint(actor):
            return AcledType(BATTLES, "Non-state actor overtakes territory")
        if not GOVERNMENT_WORDS.isdisjoint(actor) or trigger in ("retake", "recapture", "regain"):
            return AcledType(BATTLES, "Government regains territory")
        return AcledType(BATTLES, "Armed clash")
    for words, sub in WEAPON_CUES:
        if not words.isdisjoint(cues):
            return AcledType(EXPLOSIONS, sub)
    if not MOB_CUES.isdisjoint(actor):
        return AcledType(RIOTS, "Mob violence")
    if trigger in CLASH_CUES or (not ARMED_WORDS.isdisjoint(actor) and not ARMED_WORDS.isdisjoint(target)):
        return AcledType(BATTLES, "Armed clash")
    return AcledType(VAC, "Attack")
