"""Who the sides of violence are, for the ACLED step: people of no armed group (a crowd, a mob, party workers, two
families fighting over land, a crowd punishing a suspected thief), whose violence the ACLED codebook counts as a riot,
and the words that make a side armed (militants, state forces, village defence militias), whose fights are battles.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newsledger.extract.events.acled_actors import REBEL_WORDS
from newsledger.extract.events.acled_words import (
    ACCUSED_OF,
    ARMED_DOERS,
    ARMED_GROUP_WEAPONS,
    BLUNT_WEAPONS,
    CLASH_CUES,
    CRIMINAL_ACTORS,
    NON_STATE_WORDS,
    RECIPROCAL_STEMS,
    STATE_FORCE_WORDS,
    SUSPECTED_CULPRITS,
    SUSPICION_CUES,
    UNORGANISED_SIDES,
    VAGUE_CROWDS,
)

# Words that make doers an armed, official or criminal side, whatever else they are ("armed herders").
ARMING_WORDS = ARMED_DOERS | STATE_FORCE_WORDS | NON_STATE_WORDS | CRIMINAL_ACTORS | {"armed"}
# Village defence militias of the Sahel, armed sides whose fights are battles ("attacked a Dozo position").
DEFENCE_MILITIAS = frozenset({"dozo", "dozos", "vdp", "vdps", "koglweogo", "koglweogos", "self-defence",
                              "self-defense"})
# Armed groups by kind or by name ("militants", "ISGS"), and the targets whose attack is a battle with them.
ARMED_GROUP_NAMES = NON_STATE_WORDS | REBEL_WORDS
ARMED_OR_NAMED_DOERS = ARMED_DOERS | REBEL_WORDS
ARMED_TARGETS = ARMED_GROUP_NAMES | DEFENCE_MILITIAS
# Doers the text cannot name: the codebook's unidentified armed group, not a crowd.
UNKNOWN_DOERS = frozenset({"unidentified", "unknown", "masked", "suspected"})
CROWD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores"})
# Unnamed attackers in numbers; violence by hand or blade; words of firearms.
CROWD_ATTACKERS = frozenset({"assailants", "attackers"})
HAND_VIOLENCE = frozenset({"assault", "stab", "hack", "beat", "lynch", "torture"})  # (a killing may be a shooting)
FIREARM_CUES = frozenset({"gun", "guns", "gunman", "gunmen", "gunfire", "gunshot", "firearm", "firearms", "rifle",
                          "rifles", "pistol", "pistols", "revolver", "shoot", "shot", "shots", "bullet", "bullets",
                          "shooting", "ak-47", "kalashnikov"})
# Sides of a fight that name no armed group ("two groups", "rival factions", "two families"), and the words that
# make them two sides; the words that arm a side.
RIVAL_SIDES = frozenset({"group", "groups", "family", "families", "faction", "factions", "camp", "camps"})
RIVALRY_CUES = frozenset({"two", "rival", "between", "each"})
ARMED_SIDE_WORDS = ARMED_DOERS | STATE_FORCE_WORDS | ARMED_TARGETS | {"armed", "gang", "gangs", "militiaman",
                                                                      "militiamen", "clan", "clans"}


def no_armed_group(subject: Collection[str], actor: Collection[str], cues: Collection[str]) -> bool:
    """The doers are people of no armed group, by what they are (``_unorganised``) or as a crowd (``_vague_crowd``)."""
    doers, words = set(subject), set(actor)
    return _unorganised(doers, words) or _vague_crowd(doers, words, cues)


def _unorganised(doers: set[str], actor: set[str]) -> bool:
    """The doers (the heads of the grammatical subject and the actor, and what they are part of: "members of the
    student wing") are people of no armed group (residents, supporters, party members, farmers), and nothing in the
    actor's phrase arms them ("armed herders"). "A member of HTS" is an armed group's; locals who act with the police
    (or soldiers "along with local youths") act with a state force."""
    return not UNORGANISED_SIDES.isdisjoint(doers) and ARMING_WORDS.isdisjoint(doers | actor) and \
        REBEL_WORDS.isdisjoint(doers | actor) and STATE_FORCE_WORDS.isdisjoint(doers)


def _vague_crowd(doers: set[str], actor: set[str], cues: Collection[str]) -> bool:
    """ "a group of people attacked a media office", "at least 35-40 people vandalized the house": a crowd no word arms,
    with no gun or blade named.
    Unidentified people are the codebook's unidentified armed group, "the group" of conflict news an armed one, and
    "people" alone anyone ("we have people chopping the heads off Christians")."""
    crowd = ("group" in doers or counted_crowd(actor)) and not VAGUE_CROWDS.isdisjoint(doers)
    return crowd and ARMING_WORDS.isdisjoint(doers | actor) and ARMED_GROUP_WEAPONS.isdisjoint(cues) and \
        UNKNOWN_DOERS.isdisjoint(actor)


def counted_crowd(actor: Collection[str]) -> bool:
    """The actor's phrase counts a crowd: five or more ("at least 35-40 people", "about 100 persons"), or dozens."""
    for word in actor:
        number = re.match(r"^(\d+)(?:-\d+)?$", word)
        if (number is not None and 5 <= int(number.group(1)) < 1900) or word in CROWD_COUNTS:
            return True
    return False


def beaten_by_unarmed(trigger: str, cues: Collection[str], actor: Collection[str], target: Collection[str]) -> bool:
    """Violence with blunt weapons only (sticks, rods, bricks; no gun or blade named) by doers of no state force or
    armed group, against no state force and in no clash beside one: stones thrown at the police, or stone-throwing
    youths clashing with them, are left to the riot and battle rules."""
    if trigger in CLASH_CUES and not STATE_FORCE_WORDS.isdisjoint(cues):
        return False
    return (not BLUNT_WEAPONS.isdisjoint(cues) and ARMED_GROUP_WEAPONS.isdisjoint(cues)
            and ARMING_WORDS.isdisjoint(actor) and STATE_FORCE_WORDS.isdisjoint(target))


def assailants_by_hand(trigger: str, cues: Collection[str], actor: Collection[str], target: Collection[str]) -> bool:
    """Unnamed assailants, in numbers, who beat, stab or hack people with no gun named and no armed group or state
    force in the sentence ("assailants stabbed and injured two supporters of a candidate", "at least 18 assailants
    assaulted two journalists"): a crowd's violence, as ACLED codes it; one assailant, or gunmen, attack."""
    return not CROWD_ATTACKERS.isdisjoint(actor) and trigger in HAND_VIOLENCE and FIREARM_CUES.isdisjoint(cues) and \
        ARMED_SIDE_WORDS.isdisjoint(cues) and STATE_FORCE_WORDS.isdisjoint(target)


def crowd_of_assailants(actor: Collection[str], cues: Collection[str]) -> bool:
    """ "at least 20-25 assailants vandalized a microbus": named assailants, with no armed side in the sentence
    ("shops were torched by the assailants" after militants attacked) and not unidentified (the codebook's
    unidentified armed group)."""
    return not CROWD_ATTACKERS.isdisjoint(actor) and ARMED_SIDE_WORDS.isdisjoint(cues) and \
        UNKNOWN_DOERS.isdisjoint(actor)


def rival_crowds(trigger: str, cues: Collection[str]) -> bool:
    """A fight, the act itself or one the sentence tells it was part of, between two groups, families or factions
    that nothing in the sentence arms ("two groups clashed over a land dispute", "two were wounded in fighting between
    two families", "two rival groups clashed using sharp weapons"): the codebook's mob violence, not a battle of armed
    groups ("clashes between two armed families" is one; clans are left to the battle rules, as their militias are
    armed sides)."""
    fight = trigger.startswith(RECIPROCAL_STEMS) or any(word.startswith(RECIPROCAL_STEMS) for word in cues)
    return fight and not RIVAL_SIDES.isdisjoint(cues) and not RIVALRY_CUES.isdisjoint(cues) and \
        ARMED_SIDE_WORDS.isdisjoint(cues)


def mob_justice(cues: Collection[str], actor: Collection[str], target: Collection[str]) -> bool:
    """People punishing a suspected thief, robber or witch ("a group beat to death a suspected rabbit thief", "locals
    assaulted a mason accused of theft"): the codebook's mob violence. Not when the doers are state forces, an armed
    group, criminals or a village militia ("Dozos beat a presumed chicken thief to death" is an attack), nor, with no
    doer named, where state forces are in the sentence ("a suspected robber was shot dead in a police operation")."""
    suspected = not SUSPICION_CUES.isdisjoint(set(cues) - set(actor))  # not "suspected JNIM militants stole ..."
    accused = not SUSPECTED_CULPRITS.isdisjoint(target) or (suspected and (
        not ACCUSED_OF.isdisjoint(cues) or not (SUSPECTED_CULPRITS - set(actor)).isdisjoint(cues)))
    if not accused or not (ARMING_WORDS | ARMED_TARGETS).isdisjoint(actor):
        return False
    return bool(actor) or (STATE_FORCE_WORDS | DEFENCE_MILITIAS).isdisjoint(cues)
