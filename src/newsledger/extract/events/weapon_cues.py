"""What a sentence's weapon words say of how an act was done, for the ACLED step's cue words.

ACLED types an explosion by the weapon used, so a weapon the sentence names but nobody used ("killed a militant
armed with a grenade", "seized rifles and a grenade", "two IED planters"), or one that is not the weapon its word
names ("grenade launchers" fire at range, as artillery does), must not decide the sub-type. Crude bombs thrown by
party workers are the codebook's riot weapons, and small-arms fire beside an explosion makes the act a fight.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.observed_fire import TWO_WAY_FIRE, observed_fire_markers, two_way_fire

# Explosive weapons whose mention may decide an explosion sub-type.
EXPLOSIVE_WORDS = frozenset({"grenade", "grenades", "ied", "ieds", "bomb", "bombs", "explosive", "explosives",
                             "landmine", "landmines", "mine", "mines", "device", "devices", "rocket", "rockets",
                             "missile", "missiles", "mortar", "mortars", "shell", "shells"})
# Verbs of taking, finding or carrying weapons: their objects were not used.
HELD_WEAPON_VERBS = frozenset({"seize", "recover", "confiscate", "find", "discover", "uncover", "unearth", "capture",
                               "carry", "possess", "hold", "store", "stockpile", "smuggle", "hide"})
ARMING_PARTICIPLES = frozenset({"armed", "equipped", "laden", "loaded", "caught"})
# Nouns a weapon word names something else by: "IED planters", "a bomb factory", "IED-making materials".
WEAPON_WORK_NOUNS = frozenset({"planter", "planters", "maker", "makers", "factory", "factories", "workshop",
                               "workshops", "material", "materials", "making", "cache", "caches", "expert", "experts",
                               "squad", "disposal", "component", "components"})
# Improvised bombs of street violence (Bangladesh's "crude bombs" and "cocktails", India's "country-made bombs").
CRUDE_MODIFIERS = frozenset({"crude", "cocktail", "country-made", "countrymade", "handmade", "hand-made", "sutli"})
GUNFIRE_VERBS = frozenset({"open", "return", "exchange", "trade"})
# What one does with a bomb, by which a "cocktail" is one.
BOMBING_VERBS = frozenset({"explode", "hurl", "throw", "blast", "detonate", "lob", "toss", "fling", "set", "use"})
GUNFIRE_NOUNS = frozenset({"exchange", "burst", "bursts", "volley", "volleys", "hail"})

# Cue words the helpers below add to a sentence's lemmas.
CRUDE_BOMB = "crude-bomb"
GUNFIRE = "gunfire"
SMALL_ARMS = "small-arms"


def not_the_weapon_used(tok: Token) -> bool:
    """A weapon word that names no weapon used in the act: a launcher's kind, a thing seized or carried, someone's
    work, or a crude bomb (told by ``weapon_markers`` instead)."""
    word = tok.lower_
    if word not in EXPLOSIVE_WORDS and tok.lemma_.lower() not in EXPLOSIVE_WORDS:
        return False
    if _next_word(tok) in ("launcher", "launchers"):
        return True  # "grenade launchers", "rocket launchers": the launcher's kind (however the parser hangs it)
    if word.startswith("grenade") and any(c.lower_ in ("rocket-propelled", "propelled", "rpg") for c in tok.children):
        return True
    if tok.dep_ in ("compound", "nmod", "npadvmod") and tok.head.lower_ in WEAPON_WORK_NOUNS:
        return True
    if word in ("bomb", "bombs") and _crude(tok):
        return True
    return _held(tok)


def _held(tok: Token) -> bool:
    """The weapon (or one of a list of them) is what was seized, found or carried, or what someone was armed with."""
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.lemma_.lower() in HELD_WEAPON_VERBS:
        return True
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "with" and prep.head.lower_ in ARMING_PARTICIPLES


def _next_word(tok: Token) -> str:
    return tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""


def _crude(tok: Token) -> bool:
    return any(c.lower_ in CRUDE_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))


def weapon_markers(tok: Token) -> set[str]:
    """Cue words for how the act was done, beyond the token's lemma: a crude bomb, gunfire, small arms."""
    word = tok.lower_
    if observed := observed_fire_markers(tok):
        return observed
    if two_way_fire(tok):
        return {TWO_WAY_FIRE}
    if word in ("bomb", "bombs") and _crude(tok):
        return {CRUDE_BOMB}
    if word in ("cocktail", "cocktails") and not any(c.lower_ == "molotov" for c in tok.children) and (
            tok.head.lemma_.lower() in BOMBING_VERBS or tok.head.lower_ in ("with", "using")):
        return {CRUDE_BOMB}  # "exploded cocktails near a polling station" (not "served cocktails")
    if word.split("/")[0] == "arms" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "small":
        return {SMALL_ARMS, GUNFIRE}  # (also "small arms/unknown weapons", and however the parser hangs "small")
    if word in ("gun", "guns", "gunners") and any(c.lower_ == "machine" for c in tok.children):
        return {GUNFIRE}
    if tok.lemma_.lower() in ("fire", "shot"):
        head = tok.head
        if tok.dep_ in ("dobj", "obj") and (head.lemma_.lower() in GUNFIRE_VERBS or head.lemma_.lower() == "fire"):
            return {GUNFIRE}  # "opened fire", "returned fire", "fired shots"
        if tok.dep_ == "pobj" and head.lower_ == "of" and (
                head.head.lemma_.lower() in GUNFIRE_NOUNS or head.head.lower_.split("/")[-1] in GUNFIRE_NOUNS):
            return {GUNFIRE}  # "an exchange of fire", "bursts of fire"
    return set()
