"""ACLED's sides of an event: actor1 and actor2 from an event's parties, and the actor type of each (ACLED's
``inter1`` / ``inter2``) with the interaction they make.

ACLED sorts every party into one of eight types (its codebook's "actor types"): state forces, rebel groups,
political militias, identity militias, rioters, protesters, civilians, and external or other forces (foreign
armies, peacekeepers, private military companies). Analysts filter on them ("violence against civilians by
state forces" is interaction 17), so the export gives them beside ACLED's other columns.

The type is read from the party's words and the event's sub-type, which fixes some sides by definition: the
target of violence against civilians is a civilian, the doers of a riot are rioters, the people of a protest
are protesters, and a peaceful protest has no second side. A doer named by no word of this module is the
codebook's "unidentified armed group" (a political militia), except that shelling and air strikes are a state's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from newsledger.extract.events.acled_words import (
    BATTLES,
    CRIMINAL_ACTORS,
    MOB_DECISIVE_ACTORS,
    RECIPROCAL_STEMS,
    RIOTS,
    VAC,
)
from newsledger.extract.places import demonym_country
from newsledger.extract.places.gazetteer import COUNTRY, gazetteer

STATE, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)
NO_PARTY = 0
# ACLED's own names of the types, as its current exports write them.
ACTOR_TYPES = {STATE: "State forces", REBELS: "Rebel group", POLITICAL_MILITIA: "Political militia",
               IDENTITY_MILITIA: "Identity militia", RIOTERS: "Rioters", PROTESTERS: "Protesters",
               CIVILIANS: "Civilians", EXTERNAL: "External/Other forces"}

# Forces that are no country's own: peacekeepers, foreign missions and alliances, private military companies.
EXTERNAL_WORDS = frozenset({
    "un", "peacekeeper", "peacekeeping", "minusma", "monusco", "minusca", "unmiss", "unifil", "amisom", "atmis",
    "barkhane", "takuba", "nato", "coalition", "ecowas", "ecomog", "mnjtf", "multinational", "wagner", "kfor",
    "isaf", "sadc", "samim", "eufor", "mercenary", "contractor"})
STATE_FORCES = frozenset({
    "army", "soldier", "troops", "troop", "military", "police", "policeman", "policemen", "policewoman", "gendarme",
    "gendarmerie", "commando", "paramilitary", "paramilitaries", "constable", "officer", "government", "regime",
    "junta", "governmental", "navy", "sailor", "marine", "airforce", "air-force", "fds", "fama", "fardc", "sandf",
    "rab", "bsf", "crpf", "cisf", "itbp", "ssb", "jawan", "ranger", "guard", "guardsman", "security",
    "defence", "defense", "sheriff", "deputy", "trooper", "patrol", "battalion", "brigade", "regiment", "unit", "squad",
    "prison", "warden", "customs", "border", "authorities", "authority", "state", "forces"})
REBEL_WORDS = frozenset({
    "rebel", "militant", "jihadist", "insurgent", "terrorist", "separatist", "guerrilla", "guerilla", "fighter",
    "jnim", "isgs", "iswap", "isis", "isil", "daesh", "islamic", "taliban", "shabaab", "shabab", "shebab",
    "al-shabaab", "boko", "haram", "pkk", "ansaroul", "ansarul", "ansar", "aqim", "qaeda", "al-qaeda", "katiba",
    "macina", "hts", "m23", "adf", "maoist", "naxal", "naxalite", "ypg", "sdf", "houthi", "hamas",
    "hezbollah", "jihad", "mujahideen", "extremist", "ttp", "lashkar", "jaish", "hizbul", "ulfa", "eln", "farc",
    "jihadi", "novorossiya", "dpr", "lpr"})
IDENTITY_WORDS = frozenset({
    "ethnic", "communal", "tribal", "clan", "dozo", "dozos", "vdp", "volunteer", "hunter", "fulani", "peulh",
    "herder", "herdsman", "herdsmen", "pastoralist", "self-defence", "self-defense", "kamajor", "anti-balaka",
    "mai-mai", "nyatura", "hema", "lendu", "dogon", "ambassagou"})
MILITIA_WORDS = frozenset({
    "gunman", "gunmen", "assailant", "attacker", "gang", "gangster", "cartel", "militia", "militiaman",
    "militiamen", "bandit", "kidnapper", "abductor", "hitman", "hitmen", "koglweogo", "armed", "unidentified",
    "unknown", "criminal", "pirate", "vigilante", "outfit", "sicario", "narco"}) | CRIMINAL_ACTORS
# Words that make a party the state only when nothing names another kind ("rebel forces", "Islamic State").
GENERIC_FORCES = frozenset({"forces", "security", "unit", "state", "defence", "defense", "patrol", "squad"})
PROTESTER_NAMES = frozenset({"protester", "protestor", "demonstrator", "marcher", "agitator", "picketer",
                             "striker"})
RIOTER_NAMES = frozenset({"rioter", "looter", "arsonist"}) | MOB_DECISIVE_ACTORS
CIVILIAN_WORDS = frozenset({
    "civilian", "villager", "resident", "people", "person", "man", "men", "woman", "women", "child", "children",
    "boy", "girl", "farmer", "trader", "merchant", "teacher", "student", "pupil", "worker", "driver", "journalist",
    "reporter", "family", "families", "passenger", "shepherd", "pastor", "priest", "imam", "cleric", "chief",
    "elder", "leader", "official", "councillor", "councilor", "mayor", "activist", "doctor", "nurse", "local",
    "inhabitant", "displaced", "refugee", "migrant", "member", "supporter", "businessman", "vendor", "shopkeeper",
    "youth", "teenager", "minor", "victim", "hostage", "individual", "citizen", "worshipper",
    "devotee", "pilgrim", "tourist", "candidate", "politician", "lawyer", "judge", "employee", "owner", "wife",
    "husband", "son", "daughter", "brother", "sister", "mother", "father", "relative", "neighbour", "neighbor",
    "national", "cadre", "faction", "follower", "partisan"})
ARMED_NAMES = STATE_FORCES | EXTERNAL_WORDS | REBEL_WORDS | IDENTITY_WORDS | (MILITIA_WORDS - CRIMINAL_ACTORS)
ARMED_TYPES = frozenset({STATE, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL})
NON_STATE_ARMED = frozenset({REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA})
# The one type a side has by the sub-type's definition (the codebook's), whatever the words say.
FIXED_ACTOR = {"Peaceful protest": PROTESTERS, "Violent demonstration": RIOTERS, "Mob violence": RIOTERS}
# A protest the state (or a counter-crowd) met: protesters on one side, whoever met them on the other, however the
# report tells it ("police dispersed the protesters").
MET_PROTESTS = frozenset({"Protest with intervention", "Excessive force against protesters"})
# Doers the text does not name: shelling and air strikes take artillery and aircraft, which states have; anyone
# else unnamed is the codebook's "unidentified armed group", a political militia.
STATE_WEAPON_SUBTYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
EACH_OTHER = ("each other", "one another")


def acled_parties(event_type: str, actor: str, co_actors: Sequence[str], target: str, co_targets: Sequence[str],
                  triggers: Collection[str]) -> tuple[str, str, str, str]:
    """actor1, assoc_actor_1, actor2, assoc_actor_2. A battle or a clash between groups whose text coordinates its
    parties and names no target ("Security forces and JNIM militants exchanged fire", "clashes between police and
    protesters") has them all as actors, as PLOVER records reciprocal acts; ACLED puts the second side in actor2,
    and keeps assoc_actor_1 for the first side's allies."""
    # Not "students and workers rioted": for a riot, some report's trigger must say the sides met.
    two_sided = event_type == BATTLES or (event_type == RIOTS and _reciprocal(triggers))
    if two_sided and not target and co_actors:
        return actor, "", co_actors[0], "; ".join(co_actors[1:])
    return actor, "; ".join(co_actors), target, "; ".join(co_targets)


def actor_types(event_type: str, sub_event_type: str, actor1: str, actor2: str, *,
                country: str | None = None, triggers: Collection[str] = ()) -> tuple[int, int]:
    """ACLED's inter1 and inter2 of an event's sides (0: no second side). ``country`` (ISO2) is where the event
    took place (state forces of another country are external forces there); the ``triggers`` its reports
    give it tell a fight between sides ("clashed") from an act of one side on the other ("assaulted")."""
    if sub_event_type == "Peaceful protest":  # "against the government" names a grievance, not a second side
        return PROTESTERS, NO_PARTY
    if sub_event_type in MET_PROTESTS:
        met_by = (word_type(actor1, country), word_type(actor2, country))
        return PROTESTERS, next((t for t in met_by if t in ARMED_TYPES | {RIOTERS}), STATE)
    each_other = actor2.lower().strip() in EACH_OTHER
    reciprocal = each_other or _reciprocal(triggers)
    first = FIXED_ACTOR.get(sub_event_type) or word_type(actor1, country)
    second = None if each_other else word_type(actor2, country, victim=True)
    if event_type == VAC:
        return first or POLITICAL_MILITIA, CIVILIANS
    if event_type == RIOTS:
        # Two crowds that fought are both rioters; the victims of one are civilians (ACLED's "Rioters-Civilians").
        if second not in ARMED_TYPES and reciprocal:
            second = RIOTERS
        elif sub_event_type == "Mob violence" and actor2 and second is None:
            second = CIVILIANS
        return RIOTERS, second or NO_PARTY
    if event_type == BATTLES:
        if first is None and second in NON_STATE_ARMED:
            first = STATE  # "militants were killed when the army repulsed their attack"
        first = first or POLITICAL_MILITIA
        if second is None:
            second = first if reciprocal and not actor2 else (STATE if first in NON_STATE_ARMED else POLITICAL_MILITIA)
        return first, second
    if first is None:
        first = STATE if sub_event_type in STATE_WEAPON_SUBTYPES else POLITICAL_MILITIA
    if sub_event_type == "Looting/property destruction" and second not in ARMED_TYPES:
        second = CIVILIANS  # ACLED codes whoever owned what was looted or destroyed as civilians
    return first, second or NO_PARTY


def _reciprocal(triggers: Collection[str]) -> bool:
    return any(t.lower().startswith(RECIPROCAL_STEMS) for t in triggers)


def interaction(inter1: int, inter2: int) -> str:
    """ACLED's interaction: the two types in code order, or one type "only"."""
    if not inter1 and not inter2:
        return ""
    if not inter2 or not inter1:
        return f"{ACTOR_TYPES[inter1 or inter2]} only"
    low, high = sorted((inter1, inter2))
    return f"{ACTOR_TYPES[low]}-{ACTOR_TYPES[high]}"


def word_type(text: str, country: str | None = None, *, victim: bool = False) -> int | None:
    """The ACLED actor type a party's own words name, or None. Forces of a country ("French troops", "military
    forces of Armenia", "a Saudi air raid") are external where the event's country is known to be another. A
    ``victim`` suspected of a crime ("a presumed thief") is a civilian all the same."""
    words = _words(text)
    if not words:
        return None
    if words & EXTERNAL_WORDS:
        return EXTERNAL
    # "government forces and allied militias", "Burkinabe soldiers and VDP volunteers": the state leads.
    if words & (STATE_FORCES - GENERIC_FORCES) or (
            words & STATE_FORCES and not words & (REBEL_WORDS | IDENTITY_WORDS | MILITIA_WORDS)):
        return EXTERNAL if _foreign(text, country) else STATE
    if victim and words & CRIMINAL_ACTORS and not words & ARMED_NAMES:
        return CIVILIANS
    for kind, names in ((REBELS, REBEL_WORDS), (IDENTITY_MILITIA, IDENTITY_WORDS),
                        (POLITICAL_MILITIA, MILITIA_WORDS), (PROTESTERS, PROTESTER_NAMES),
                        (RIOTERS, RIOTER_NAMES)):
        if words & names:
            return kind
    # Only a person is a civilian: not "a passenger bus", not "Rajdhani village area".
    if _words(_head(text)) & CIVILIAN_WORDS:
        return CIVILIANS
    if _countries(text) and not words - _words(" ".join(_country_names(text))) - {"the"}:
        return EXTERNAL if _foreign(text, country) else STATE  # a country acting: its forces
    return None


def _head(text: str) -> str:
    """The last word before any "of" phrase: the head of an English noun phrase ("members of BNP")."""
    before = re.split(r"\s+of\s+", text, maxsplit=1)[0].split()
    return before[-1] if before else ""


def _words(text: str) -> set[str]:
    tokens = re.findall(r"[\w'-]+", text.lower())
    return {*tokens, *(t[:-1] for t in tokens if len(t) > 3 and t.endswith("s") and not t.endswith("ss"))}


def _country_names(text: str) -> list[str]:
    """Capitalised words and pairs of words ("Burkina Faso") that name a country or its people."""
    tokens = re.findall(r"[A-Z][\w]+", text)
    return [*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens))]


def _countries(text: str) -> set[str]:
    found: set[str] = set()
    for name in _country_names(text):
        code = demonym_country(name) or next(
            (e.country for e, main in gazetteer().lookup(name) if main and e.feature == COUNTRY), None)
        if code:
            found.add(code)
    return found


def _foreign(text: str, country: str | None) -> bool:
    named = _countries(text) if country else set()
    return bool(named) and country not in named
